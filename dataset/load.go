package dataset

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	hebel "github.com/hebel-project/hebel"
)

// Kinds lists the dataset kinds LoadKind accepts, for `hebel data load
// KIND PATH`.
var Kinds = []string{"cow-trade", "cow-nmc", "atop", "cow-alliance", "rivalry", "igo", "us-troops",
	"sipri", "gsdb", "ties", "un-sanctions", "fao-cereals", "nk-anchor", "fbic", "baci"}

// dirLayout is where LoadDir finds each kind below its root (glob
// patterns, as in /work/shared/data/world).
var dirLayout = []struct{ kind, pattern string }{
	{"cow-trade", "trade-cow-dyadic/cow_trade_ndy*.csv"},
	{"cow-trade", "trade-cow-dyadic/cow_trade_sy*.csv"},
	{"cow-nmc", "cow-nmc-states/cow_nmc.csv"},
	{"atop", "alliances-atop-cow/atop_alliance.csv"},
	{"cow-alliance", "alliances-atop-cow/cow_alliance.csv"},
	{"rivalry", "alliances-atop-cow/*_rivalries.csv"},
	{"igo", "igo-cow/cow_igo_ndy*.csv"},
	{"igo", "igo-cow/cow_igo_sy*.csv"},
	{"us-troops", "us-troops-abroad/troopdata-rebuild-country-year.csv"},
	{"sipri", "milex-sipri/sipri_milex_long.csv"},
	{"gsdb", "sanctions-gsdb/GSDB_V3.csv"},
	{"ties", "sanctions-ties/TIESv4-1.csv"},
	{"un-sanctions", "sanctions-un-consolidated/*.xml"},
	{"fao-cereals", "food-fao-cereal-imports/*.csv"},
	{"nk-anchor", "nk-anchor-figures/*.csv"},
	{"fbic", "fbic-china-influence/*.csv"},
	{"baci", "baci/BACI_*.csv"},
}

// LoadDir loads every dataset found below root, laid out as in the
// project's shared data/world directory (trade-cow-dyadic/,
// alliances-atop-cow/, …; an optional baci/ directory holds BACI files).
// It returns the world and the row errors of all files; a dataset whose
// files are absent is reported once and skipped. It fails only when root
// is not a readable directory. World.Sources lists the datasets loaded.
func LoadDir(root string) (*hebel.World, []error) {
	if fi, err := os.Stat(root); err != nil || !fi.IsDir() {
		if err == nil {
			err = fmt.Errorf("not a directory")
		}
		return nil, []error{fmt.Errorf("loading world data from %s: %w", root, err)}
	}
	w := newWorld()
	var errs []error
	for _, l := range dirLayout {
		paths, _ := filepath.Glob(filepath.Join(root, l.pattern))
		if len(paths) == 0 {
			if l.kind != "baci" {
				errs = append(errs, &RowError{File: l.pattern, Err: fmt.Errorf("no file for %s", l.kind)})
			}
			continue
		}
		sort.Strings(paths)
		for _, p := range paths {
			errs = append(errs, loadInto(w, l.kind, p)...)
		}
	}
	return w, errs
}

// LoadKind loads one file of the given kind (one of Kinds) into a new
// World. "cow-trade" and "igo" accept the dyadic and the state-year files
// (told apart by the header); "baci" expects country_codes_V*.csv beside
// the main file. Unknown kinds and unreadable files give one error.
func LoadKind(kind, path string) (*hebel.World, []error) {
	w := newWorld()
	errs := loadInto(w, kind, path)
	return w, errs
}

// newWorld returns an empty World with a Sources map.
func newWorld() *hebel.World {
	return &hebel.World{Sources: map[string]hebel.DatasetInfo{}}
}

// loadInto loads path as kind and appends the result to w.
func loadInto(w *hebel.World, kind, path string) []error {
	file := filepath.Base(path)
	f, err := os.Open(path)
	if err != nil {
		return []error{&RowError{File: file, Err: err}}
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	head, _ := br.Peek(256)
	header := strings.ToLower(string(head))
	var errs []error
	addFlows := func(fl []hebel.Flow, e []error, ids ...string) {
		w.Flows = append(w.Flows, fl...)
		errs = append(errs, e...)
		cite(w, ids...)
	}
	addTies := func(t []hebel.Tie, e []error, ids ...string) {
		w.Ties = append(w.Ties, t...)
		errs = append(errs, e...)
		cite(w, ids...)
	}
	addInds := func(in []hebel.Indicator, e []error, ids ...string) {
		w.Indicators = append(w.Indicators, in...)
		errs = append(errs, e...)
		cite(w, ids...)
	}
	dyadic := strings.Contains(header, "ccode1")
	switch kind {
	case "cow-trade":
		if dyadic {
			fl, e := LoadCOWTrade(br, file)
			addFlows(fl, e, IDCOWTradeDyadic)
		} else {
			in, e := LoadCOWTradeNational(br, file)
			addInds(in, e, IDCOWTradeNational)
		}
	case "cow-nmc":
		in, e := LoadCOWNMC(br, file)
		addInds(in, e, IDCOWNMC)
	case "atop":
		t, e := LoadATOP(br, file)
		addTies(t, e, IDATOP)
	case "cow-alliance":
		t, e := LoadCOWAlliance(br, file)
		addTies(t, e, IDCOWAlliance)
	case "rivalry":
		t, e := LoadRivalries(br, file)
		id := IDRivalryTD
		if strings.Contains(header, "tssr_id") {
			id = IDRivalryTSS
		}
		addTies(t, e, id)
	case "igo":
		if dyadic {
			t, e := LoadIGODyadic(br, file)
			addTies(t, e, IDIGODyadic)
		} else {
			in, e := LoadIGONational(br, file)
			addInds(in, e, IDIGONational)
		}
	case "us-troops":
		t, e := LoadUSTroops(br, file)
		addTies(t, e, IDUSTroops)
	case "sipri":
		in, e := LoadSIPRI(br, file)
		addInds(in, e, IDSIPRI)
	case "gsdb":
		t, e := LoadGSDB(br, file)
		addTies(t, e, IDGSDB)
	case "ties":
		t, e := LoadTIES(br, file)
		addTies(t, e, IDTIES)
	case "un-sanctions":
		l, e := LoadUNSanctions(br, file)
		addInds(l.Counts(), e, IDUNSanctions)
		info := w.Sources[IDUNSanctions]
		if info.Version == "" || l.Generated > info.Version {
			info.Version = l.Generated
		}
		w.Sources[IDUNSanctions] = info
	case "fao-cereals":
		in, e := LoadFAOCereals(br, file)
		addInds(in, e, IDFAOCereals)
	case "nk-anchor":
		fl, in, e := LoadNKAnchor(br, file)
		addFlows(fl, e, IDNKAnchor)
		w.Indicators = append(w.Indicators, in...)
	case "fbic":
		in, e := LoadFBIC(br, file)
		addInds(in, e, IDFBIC)
	case "baci":
		countries, e := loadBACICountriesBeside(path)
		errs = append(errs, e...)
		fl, e := LoadBACI(br, file, countries)
		addFlows(fl, e, IDBACI)
		info := w.Sources[IDBACI]
		info.Version = BACIVersion(file)
		w.Sources[IDBACI] = info
	default:
		return []error{fmt.Errorf("loading %s: unknown dataset kind %q (want one of %s)", path, kind, strings.Join(Kinds, ", "))}
	}
	return errs
}

// cite adds the DatasetInfo of ids to w.Sources.
func cite(w *hebel.World, ids ...string) {
	for _, id := range ids {
		if _, ok := w.Sources[id]; !ok {
			w.Sources[id] = Sources[id]
		}
	}
}

// loadBACICountriesBeside reads the country_codes_V*.csv next to a BACI
// main file (the newest by name when there are several).
func loadBACICountriesBeside(path string) (BACICountries, []error) {
	paths, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "country_codes_V*.csv"))
	if len(paths) == 0 {
		return BACICountries{}, []error{&RowError{File: filepath.Base(path), Err: fmt.Errorf("no country_codes_V*.csv beside it")}}
	}
	sort.Strings(paths)
	f, err := os.Open(paths[len(paths)-1])
	if err != nil {
		return BACICountries{}, []error{&RowError{File: filepath.Base(paths[len(paths)-1]), Err: err}}
	}
	defer f.Close()
	return LoadBACICountries(f, filepath.Base(f.Name()))
}

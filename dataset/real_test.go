package dataset

import (
	"encoding/csv"
	"testing"

	hebel "github.com/hebel-project/hebel"
)

func TestRealCOWTrade(t *testing.T) {
	f, name := openShared(t, "trade-cow-dyadic/cow_trade_ndy.csv")
	flows, errs := LoadCOWTrade(f, name)
	checkErrs(t, errs)
	if len(errs) > 0 {
		t.Errorf("%d errors, first %v", len(errs), errs[0])
	}
	var found int
	for _, fl := range flows {
		if fl.Year == 2014 && fl.From == "PRK" && fl.To == "CHN" && fl.Value == 2845 {
			found++
		}
		if fl.Year == 2014 && fl.From == "CHN" && fl.To == "PRK" && fl.Value == 3883 {
			found++
			if fl.Prov.Row < 2 || fl.Prov.File != "cow_trade_ndy.csv" {
				t.Errorf("provenance %+v", fl.Prov)
			}
		}
	}
	if found != 2 {
		t.Errorf("CHN–PRK 2014 flows found %d times, want 2", found)
	}
}

// TestCOWStatesTable checks the checked-in COW table against cow_states.csv.
func TestCOWStatesTable(t *testing.T) {
	f, _ := openShared(t, "cow-nmc-states/cow_states.csv")
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	abb := map[int]string{}
	for _, r := range recs[1:] {
		var cc int
		for _, c := range r[1] {
			cc = cc*10 + int(c-'0')
		}
		abb[cc] = r[0]
	}
	if len(abb) != len(cowStates) {
		t.Errorf("cow_states.csv has %d codes, table %d", len(abb), len(cowStates))
	}
	for _, s := range cowStates {
		if abb[s.ccode] != s.abb {
			t.Errorf("ccode %d: file abbreviation %q, table %q", s.ccode, abb[s.ccode], s.abb)
		}
	}
}

func TestRealLoadDir(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every shared dataset (several seconds)")
	}
	w, errs := LoadDir(sharedWorld(t))
	checkErrs(t, errs)
	for i, e := range errs {
		if i < 10 {
			t.Errorf("LoadDir error: %v", e)
		}
	}
	has := func(what string, ok bool) {
		if !ok {
			t.Errorf("missing: %s", what)
		}
	}
	tie := func(kind, from, to string, year int) bool {
		for _, x := range w.Ties {
			if x.Kind == kind && x.From == from && x.To == to && x.Start <= year && (x.End >= year || x.End == 0) {
				return true
			}
		}
		return false
	}
	ind := func(country, name string, year int, pred func(float64) bool) bool {
		for _, x := range w.Indicators {
			if x.Country == country && x.Name == name && x.Year == year && pred(x.Value) {
				return true
			}
		}
		return false
	}
	any := func(float64) bool { return true }
	has("ATOP CHN–PRK defence pact 2018", tie(KindDefense, "CHN", "PRK", 2018))
	has("COW CHN–PRK defence pact 1961", tie(KindDefense, "CHN", "PRK", 1961))
	has("US troops in KOR 2024 = 24515", func() bool {
		for _, x := range w.Ties {
			if x.Kind == KindTroops && x.To == "KOR" && x.Start == 2024 {
				return x.Value == 24515
			}
		}
		return false
	}())
	has("UN sanctions on PRK in GSDB", tie(KindSanctions, "UN", "PRK", 2017))
	has("US sanctions on PRK in TIES", tie(KindSanctions, "USA", "PRK", 2003))
	has("CINC of CHN 2010", ind("CHN", "cinc", 2010, func(v float64) bool { return v > 0.1 && v < 0.3 }))
	has("SIPRI milex CHN 2023", ind("CHN", "milex", 2023, func(v float64) bool { return v > 100000 }))
	has("FAO cereal imports PRK 2010 = 484 kt", ind("PRK", "cereal_imports", 2010, func(v float64) bool { return v == 484 }))
	has("FBIC China over PRK 1994", ind("PRK", "fbic_china", 1994, any))
	has("UN DPRK individuals 2025 = 80", ind("PRK", "un_designated_individuals", 2025, func(v float64) bool { return v == 80 }))
	has("UN DPRK entities 2020 = 75", ind("PRK", "un_designated_entities", 2020, func(v float64) bool { return v == 75 }))
	has("refined petroleum cap", ind("PRK", "refined_petroleum_cap", 2018, func(v float64) bool { return v == 500000 }))
	var nk bool
	for _, f := range w.Flows {
		if f.Prov.Dataset == IDNKAnchor && f.Channel == hebel.ChannelRefined && f.From == "RUS" && f.Year == 2018 && f.Value == 241114 && f.Unit == "bbl" && f.Prov.URL != "" {
			nk = true
		}
	}
	has("RUS→PRK 2018 241114 bbl", nk)
	for id := range w.Sources {
		if _, ok := Sources[id]; !ok {
			t.Errorf("source %q not described", id)
		}
	}
}

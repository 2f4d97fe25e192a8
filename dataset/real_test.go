package dataset

import (
	"encoding/csv"
	"math"
	"path/filepath"
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

// TestRealNewWorldData checks figures the sources' READMEs state.
func TestRealNewWorldData(t *testing.T) {
	root := sharedWorld(t)
	flow := func(kind, file string, pred func(f hebel.Flow) bool) (float64, int) {
		w, errs := LoadKind(kind, filepath.Join(root, file))
		for i, e := range errs {
			if i < 5 {
				t.Errorf("%s: %v", kind, e)
			}
		}
		sum, n := 0.0, 0
		for _, f := range w.Flows {
			if pred(f) {
				sum += f.Value
				n++
			}
		}
		return sum, n
	}
	if v, _ := flow("eurostat-gas", "energy-gas-eurostat/eurostat_nrg_ti_gas_selected_exporters_TJ_GCV_1990_2022.csv", func(f hebel.Flow) bool {
		return f.From == "RUS" && f.To == "DEU" && f.Year == 2021
	}); math.Round(v) != 2161623 {
		t.Errorf("Eurostat RUS→DEU gas 2021 = %v TJ, want 2,161,623", v)
	}
	if v, _ := flow("faostat-tm", "food-faostat-tm/faostat_tm_cereals_all_reporters.csv.gz", func(f hebel.Flow) bool {
		return f.From == "RUS" && f.To == "EGY" && f.Year == 2022 && f.Note == "item=Wheat"
	}); v != 1948982 {
		t.Errorf("FAOSTAT RUS→EGY wheat 2022 = %v kUSD, want 1,948,982", v)
	}
	if v, n := flow("faostat-tm", "food-faostat-tm/faostat_tm_cereals_all_reporters.csv.gz", func(f hebel.Flow) bool {
		return f.To == "PRK" && f.From == "CHN" && f.Year == 2019
	}); n == 0 || v <= 0 {
		t.Errorf("FAOSTAT CHN→PRK cereals 2019 (mirror rows): %v in %d rows", v, n)
	}
	if _, n := flow("baci-energy", "energy-baci-hs27/baci_hs2709_271111_bilateral_1995_2024.csv.gz", func(f hebel.Flow) bool {
		return f.From == "CHN" && f.To == "PRK" && f.Channel == hebel.ChannelCrude && f.Year == 2013 && f.Unit == "t"
	}); n != 1 {
		t.Errorf("BACI CHN→PRK crude 2013 in tonnes: %d rows, want 1", n)
	}
	if v, _ := flow("sipri-arms", "arms-sipri/sipri_trade_register_2025-03-13.csv", func(f hebel.Flow) bool {
		return f.From == "PRK" && f.To == "RUS" && (f.Year == 2023 || f.Year == 2024)
	}); v < 250 {
		t.Errorf("SIPRI PRK→RUS 2023–24 = %v TIV, want ≥ 250", v)
	}
	if v, _ := flow("gcdf", "aid-china-gcdf/odadata_cow_gcdf.csv", func(f hebel.Flow) bool {
		return f.To == "PAK" && f.Year >= 2013 && f.Year <= 2021
	}); v < 1e9 {
		t.Errorf("GCDF CHN→PAK 2013–2021 = %v, want billions", v)
	}
}

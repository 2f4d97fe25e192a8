package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hebel-project/hebel/dataset/bundle"
	"github.com/hebel-project/hebel/leverage"
)

// noDB points --db at a file that does not exist: the commands must read
// the bundle alone and create nothing.
func noDB(t *testing.T) map[string]string {
	return map[string]string{envDB: filepath.Join(t.TempDir(), "none.db")}
}

func TestLeverageCommand(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"pair text", []string{"leverage", "CHN", "PRK", "--year", "2014"}, 0, []string{"Leverage of CHN over PRK (2014", "total trade (2014, USD million)", "It rests on total trade 2014", "Sources:", "[1]"}},
		{"pair as of", []string{"leverage", "CHN", "PRK", "--as-of", "2024-12-10"}, 0, []string{"as of 2024-12-10", "total trade (2014, USD million, stale)", "refined petroleum (2023, bbl)", "CHN: no figure for 2023: latest figure 2021 carried forward", "defence pact", "Stale: total trade"}},
		{"pair today", []string{"leverage", "CHN", "PRK"}, 0, []string{"as of ", "refined petroleum (2023, bbl)", "Not used, data too old: total trade (latest 2014)"}},
		{"unknown state", []string{"leverage", "XXX", "PRK"}, exitUsage, nil},
		{"state name", []string{"leverage", "Germany", "PRK"}, exitUsage, nil},
		{"export market", []string{"leverage", "CHN", "AUS", "--as-of", "2019-12-31"}, 0, []string{"export market (2014, USD million, stale): AUS exports", "CHN buys"}},
		{"gas", []string{"leverage", "RUS", "DEU", "--as-of", "2021-12-31"}, 0, []string{"natural gas (2021, TJ GCV)", "RUS supplies 2,161,623 TJ GCV", "lists only RUS, NOR, DZA, AZE, IRN, LBY, QAT, USA, TKM"}},
		{"pair json", []string{"leverage", "chn", "prk", "--format", "json"}, 0, []string{`"from": "CHN"`, `"sources"`}},
		{"rank", []string{"leverage", "--from", "CHN", "--rank", "--year", "2014", "--limit", "5"}, 0, []string{"States ranked by CHN's leverage over them (2014", "  1. ", "Sources:"}},
		{"rank default year", []string{"leverage", "--from", "CHN", "--rank", "--limit", "3"}, 0, []string{"(2014, as of "}},
		{"rank json", []string{"leverage", "--from", "USA", "--rank", "--year", "2010", "--limit", "2", "--format", "json"}, 0, []string{`"from": "USA"`, `"year": 2010`}},
		{"one state", []string{"leverage", "CHN"}, exitUsage, nil},
		{"rank with args", []string{"leverage", "CHN", "--rank"}, exitUsage, nil},
		{"bad format", []string{"leverage", "CHN", "PRK", "--format", "xml"}, exitUsage, nil},
		{"whatif", []string{"whatif", "--cut", "CHN:PRK:oil,food", "--enforce-sanctions", "--substitute", "RUS,BLR", "--headroom", "2", "--as-of", "2024-12-10"}, 0, []string{"Assumptions:", "headroom h = 2", "refined petroleum to PRK (2023", "RUS (now 105,845 bbl", "shortfall after substitution", "Sources:"}},
		{"whatif trade 2014", []string{"whatif", "--cut", "CHN:PRK:trade", "--year", "2014"}, 0, []string{"total trade to PRK (2014", "shortfall after substitution", "Affected second-hand"}},
		{"whatif gas", []string{"whatif", "--cut", "RUS:DEU:gas", "--as-of", "2021-12-31"}, 0, []string{"natural gas to DEU (2021", "NOR (now"}},
		{"whatif bad state", []string{"whatif", "--cut", "CHN:XXX:oil"}, exitUsage, nil},
		{"whatif nothing", []string{"whatif", "--cut", "PRK:CHN:fertilizer"}, 0, []string{"Nothing is cut"}},
		{"whatif bad cut", []string{"whatif", "--cut", "CHN"}, exitUsage, nil},
		{"whatif bad channel", []string{"whatif", "--cut", "CHN:PRK:gold"}, exitUsage, nil},
		{"whatif no cut", []string{"whatif"}, exitUsage, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := run(t, "", noDB(t), tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr %s\n%s", code, tc.code, errOut, out)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

// TestLeverageJSONProvenance walks every number of 'hebel leverage CHN
// PRK --format json' and resolves it to a bundle row, a claim or an
// assumption.
func TestLeverageJSONProvenance(t *testing.T) {
	w, err := bundle.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"leverage", "CHN", "PRK", "--format", "json"},
		{"leverage", "CHN", "PRK", "--year", "2014", "--format", "json"},
		{"whatif", "--cut", "CHN:PRK:oil,food,trade", "--enforce-sanctions", "--as-of", "2024-12-10", "--format", "json"},
	} {
		code, out, errOut := run(t, "", noDB(t), args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		n, errs := leverage.ResolveProvenance([]byte(out), w)
		for _, err := range errs {
			t.Errorf("%v: %v", args, err)
		}
		if n < 15 {
			t.Errorf("%v: only %d figures", args, n)
		}
		var v struct {
			Score struct {
				Value float64 `json:"value"`
			} `json:"score"`
		}
		json.Unmarshal([]byte(out), &v)
		if args[0] == "leverage" && v.Score.Value <= 0 {
			t.Errorf("%v: score %v", args, v.Score.Value)
		}
	}
}

// TestLeverageReadsStore: rows loaded with 'hebel data load' join the
// bundle.
func TestLeverageReadsStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.db")
	env := map[string]string{envDB: db}
	fixture := filepath.Join("..", "..", "dataset", "testdata", "baci")
	matches, _ := filepath.Glob(filepath.Join(fixture, "BACI_*.csv"))
	if len(matches) == 0 {
		t.Skip("no BACI fixture in dataset/testdata/baci")
	}
	// The fixture has one bad row on purpose: exit 1, the rest loaded.
	if code, out, errOut := run(t, "", env, "data", "load", "baci", matches[0]); !strings.HasPrefix(out, "loaded") {
		t.Fatalf("data load: exit %d %s %s", code, out, errOut)
	}
	code, out, errOut := run(t, "", env, "leverage", "CHN", "PRK", "--year", "2022", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "baci") {
		t.Errorf("CHN over PRK in 2022 does not cite the loaded BACI rows:\n%s", out)
	}
}

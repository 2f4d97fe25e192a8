package entity

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestTableUpToDate re-runs the generator on the shared lexicons and
// compares its output with the checked-in countries_table.go.
func TestTableUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the generator")
	}
	lexicon := filepath.Join(sharedDir(t), "data", "lexicon")
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go tool not in PATH")
	}
	out := filepath.Join(t.TempDir(), "countries_table.go")
	cmd := exec.Command(goTool, "run", "gen_countries.go", "-shared", lexicon, "-o", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run gen_countries.go: %v\n%s", err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("countries_table.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("countries_table.go is out of date: run go generate in entity/")
	}
}

// TestTable checks the checked-in table without the shared data.
func TestTable(t *testing.T) {
	seen := map[string]bool{}
	for i, r := range countryTable {
		if i > 0 && (len(r.id) != 3 || strings.ToUpper(r.id) != r.id || r.name == "") {
			t.Errorf("row %d: bad id or name %q %q", i, r.id, r.name)
		}
		if seen[r.id] {
			t.Errorf("row %d: duplicate id %s", i, r.id)
		}
		seen[r.id] = true
		for g := range strings.SplitSeq(r.forms, ";") {
			if r.forms != "" && (len(g) < 4 || g[2] != ':' || !strings.ContainsRune("*de", rune(g[0])) || kindRank[g[1]] == 0 && g[1] != 'b') {
				t.Errorf("row %s: bad group %q", r.id, g)
			}
		}
	}
	for _, id := range []string{"-", "PRK", "CHN", "RUS", "UKR", "USA", "JPN", "KOR", "BLR", "DEU", "XKX"} {
		if !seen[id] {
			t.Errorf("table lacks %s", id)
		}
	}
}

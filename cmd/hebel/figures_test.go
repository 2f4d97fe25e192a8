package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/hebel-project/hebel/figure"
)

// figuresJSON runs 'hebel figures --format json' with extra arguments.
func figuresJSON(t *testing.T, db string, args ...string) figure.List {
	t.Helper()
	code, out, errOut := run(t, "", nil, append([]string{"--db", db, "figures", "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("figures: exit %d: %s", code, errOut)
	}
	var l figure.List
	if err := json.Unmarshal([]byte(out), &l); err != nil {
		t.Fatal(err)
	}
	return l
}

// withoutCopies returns the figures without the estimates of near copies.
func withoutCopies(l figure.List) []figure.JSON {
	var out []figure.JSON
	drop := func(es []figure.EstimateJSON) []figure.EstimateJSON {
		var kept []figure.EstimateJSON
		for _, e := range es {
			if e.CopyOf == "" {
				kept = append(kept, e)
			}
		}
		return kept
	}
	for _, f := range l.Figures {
		g := f
		g.Estimates, g.Also = drop(f.Estimates), drop(f.Also)
		out = append(out, g)
	}
	return out
}

// nearCopy writes a near copy of the seed into dir: its last sentence
// cut, one word changed, dated later than the seed by a sidecar.
func nearCopy(t *testing.T, dir string) string {
	t.Helper()
	buf, err := os.ReadFile("../../examples/seed-article.de.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.TrimSpace(string(buf))
	text = strings.TrimSpace(text[:strings.LastIndex(text, "\n")]) // the last line, a picture credit
	copyText := strings.Replace(text, "beharrlich", "hartnäckig", 1)
	if copyText == text {
		t.Fatal("the word to change is not in the seed")
	}
	p := filepath.Join(dir, "syndicated-copy.txt")
	if err := os.WriteFile(p, []byte(copyText+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	meta := `{"published": "2024-12-20", "title": "Syndicated copy"}`
	if err := os.WriteFile(p+".meta.json", []byte(meta), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestNearCopyChangesNothing: ingesting a near copy of the seed (last
// sentence cut, one word changed, published later) changes no figure —
// its estimates are listed as copies and counted nowhere — and no number
// of the leverage model.
func TestNearCopyChangesNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "copy.db")
	if code, _, errOut := run(t, "", nil, "--db", db, "ingest", "-q", "../../examples/seed-article.de.txt"); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	leverageOut := func() []string {
		var outs []string
		for _, pair := range [][2]string{{"PRK", "RUS"}, {"RUS", "PRK"}, {"USA", "KOR"}, {"CHN", "PRK"}} {
			code, out, errOut := run(t, "", nil, "--db", db, "leverage", pair[0], pair[1], "--format", "json")
			if code != 0 {
				t.Fatalf("leverage %v: %s", pair, errOut)
			}
			outs = append(outs, out)
		}
		return outs
	}
	before, levBefore := figuresJSON(t, db), leverageOut()
	if code, _, errOut := run(t, "", nil, "--db", db, "ingest", "-q", nearCopy(t, dir)); code != 0 {
		t.Fatalf("ingest copy: %s", errOut)
	}
	after, levAfter := figuresJSON(t, db), leverageOut()
	copies := 0
	for _, f := range after.Figures {
		for _, e := range f.Estimates {
			if e.CopyOf != "" {
				copies++
			}
		}
	}
	if copies == 0 {
		t.Fatal("the near copy's estimates are not marked as copies")
	}
	if !reflect.DeepEqual(withoutCopies(after), withoutCopies(before)) {
		t.Errorf("the near copy changed the figures:\nbefore %+v\nafter  %+v", before, after)
	}
	for i := range levBefore {
		if levAfter[i] != levBefore[i] {
			t.Errorf("the near copy changed leverage output %d", i)
		}
	}
}

// TestFiguresOrderAndReingest: the figures of news-dev are the same
// whatever order the documents are ingested in, and ingesting them again
// (unchanged or forced) changes nothing.
func TestFiguresOrderAndReingest(t *testing.T) {
	dir := sharedDir(t, "data/eval/news-dev")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	files = append(files, "../../examples/seed-article.de.txt")
	reversed := append([]string(nil), files...)
	sort.Sort(sort.Reverse(sort.StringSlice(reversed)))
	tmp := t.TempDir()
	ingest := func(db string, force bool, fs []string) {
		args := []string{"--db", db, "ingest", "-q"}
		if force {
			args = append(args, "--force")
		}
		if code, _, errOut := run(t, "", nil, append(args, fs...)...); code != 0 {
			t.Fatalf("ingest: %s", errOut)
		}
	}
	a, b := filepath.Join(tmp, "a.db"), filepath.Join(tmp, "b.db")
	ingest(a, false, files)
	ingest(b, false, reversed)
	fa, fb := figuresJSON(t, a), figuresJSON(t, b)
	if len(fa.Figures) == 0 {
		t.Fatal("no figures")
	}
	if !reflect.DeepEqual(fa, fb) {
		t.Error("the order of ingest changed the figures")
	}
	ingest(a, false, reversed)
	if again := figuresJSON(t, a); !reflect.DeepEqual(again, fa) {
		t.Error("ingesting again changed the figures")
	}
	ingest(a, true, files)
	if forced := figuresJSON(t, a); !reflect.DeepEqual(forced, fa) {
		t.Error("ingesting again with --force changed the figures")
	}
	for _, f := range fa.Figures {
		docs := map[string]bool{}
		for _, e := range f.Estimates {
			if docs[e.Document] {
				t.Errorf("figure %s holds two estimates of %s", f.ID, e.Document)
			}
			docs[e.Document] = true
		}
	}
}

// TestFiguresAcceptance is issue 10's check on news-dev, news-dev2 and the
// seed in one database: North Korean troops in Russia are one figure with
// estimates of at least three claimants; the leverage model takes one
// estimate, never a sum; the 2020 withdrawal from Germany is no
// deployment; the report on the seed shows its figures with claimants.
func TestFiguresAcceptance(t *testing.T) {
	var files []string
	for _, set := range []string{"data/eval/news-dev", "data/eval/news-dev2"} {
		m, _ := filepath.Glob(filepath.Join(sharedDir(t, set), "*.txt"))
		files = append(files, m...)
	}
	files = append(files, "../../examples/seed-article.de.txt")
	db := filepath.Join(t.TempDir(), "all.db")
	if code, _, errOut := run(t, "", nil, append([]string{"--db", db, "ingest", "-q"}, files...)...); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	l := figuresJSON(t, db, "--actor", "PRK", "--measure", "deployed")
	var fig *figure.JSON
	for i, f := range l.Figures {
		if f.Label == "troops of PRK deployed in RUS" {
			fig = &l.Figures[i]
		}
	}
	if fig == nil {
		t.Fatalf("no figure of North Korean troops in Russia among %d", len(l.Figures))
	}
	claimants, dates := map[string]bool{}, map[string]bool{}
	for _, e := range fig.Estimates {
		who := e.Document
		if e.Claimant != nil {
			who = *e.Claimant
		}
		claimants[who] = true
		if e.Date != nil {
			dates[e.Date.Format("2006-01")] = true
		}
	}
	t.Logf("troops of PRK deployed in RUS: %d estimates, %d claimants, %d dates %v, latest %+v",
		len(fig.Estimates), len(claimants), len(dates), keys(dates), fig.Latest)
	if len(fig.Estimates) < 3 || len(claimants) < 3 || fig.Claimants < 3 {
		t.Errorf("%d estimates from %d claimants, want at least 3 of each", len(fig.Estimates), len(claimants))
	}
	if len(dates) < 2 {
		t.Errorf("estimates of %d dates, want several", len(dates))
	}

	// the model takes one estimate: its troops value is one of the
	// figure's values, not a sum
	code, out, errOut := run(t, "", nil, "--db", db, "leverage", "PRK", "RUS", "--format", "json")
	if code != 0 {
		t.Fatalf("leverage: %s", errOut)
	}
	values := map[float64]bool{}
	for _, e := range fig.Estimates {
		values[e.Value] = true
	}
	var pair struct {
		Evidence []struct {
			Channel string `json:"channel"`
			Value   struct {
				Value float64 `json:"value"`
				Unit  string  `json:"unit"`
			} `json:"value"`
			Note string `json:"note"`
		} `json:"evidence"`
	}
	if err := json.Unmarshal([]byte(out), &pair); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, ev := range pair.Evidence {
		if ev.Channel == "security" && ev.Value.Unit == "persons" {
			found = true
			if !values[ev.Value.Value] {
				t.Errorf("troops of PRK in RUS enter as %v, which no single estimate states (%v)", ev.Value.Value, keys2(values))
			}
		}
	}
	if !found {
		t.Error("no troops of PRK in RUS in the model")
	}

	// a withdrawal is no deployment
	for _, f := range figuresJSON(t, db, "--actor", "DEU", "--measure", "deployed").Figures {
		for _, e := range f.Estimates {
			if e.Value == 11900 || e.Value == 12000 {
				t.Errorf("a withdrawal became a deployment: %s %+v", f.Label, e)
			}
		}
	}

	// the report on the seed shows its figures with their claimants
	code, rep, errOut := run(t, "", nil, "--db", db, "report", "../../examples/seed-article.de.txt")
	if code != 0 {
		t.Fatalf("report: %s", errOut)
	}
	for _, want := range []string{"≈10,000", "≥100", "≤1,000", "Western intelligence services", "National Intelligence Service", "troops of PRK killed", "troops of PRK wounded"} {
		if !strings.Contains(rep, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func keys2(m map[float64]bool) []float64 {
	var out []float64
	for k := range m {
		out = append(out, k)
	}
	sort.Float64s(out)
	return out
}

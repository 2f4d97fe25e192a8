package entity

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGoldenNewsDev checks that the shipped tagger's names and the
// recogniser's mentions on the news-dev texts are unchanged: speed work
// must not change the output. After retraining the model, run
// go test ./entity -run TestGoldenNewsDev -update and review the diff.
func TestGoldenNewsDev(t *testing.T) {
	texts := newsDev(t)
	names := make([]string, 0, len(texts))
	for n := range texts {
		names = append(names, n)
	}
	slices.Sort(names)
	var b strings.Builder
	for _, name := range names {
		text, p := texts[name], profileFor(name)
		fmt.Fprintf(&b, "== %s\n", name)
		if tg := TaggerFor(p); tg != nil {
			for _, n := range tg.Names(text, p) {
				fmt.Fprintf(&b, "tag %d %d %s %q\n", n.Start, n.End, n.Class, text[n.Start:n.End])
			}
		}
		for _, e := range Actors().Find(text, p) {
			for _, m := range e.Mentions {
				fmt.Fprintf(&b, "act %d %d %s %s %v %q\n", m.Start, m.End, e.ID, m.Extractor, m.Coref, m.Text)
			}
		}
	}
	path := filepath.Join("testdata", "newsdev.golden")
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got := b.String(); got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := range max(len(gl), len(wl)) {
			g, w := "", ""
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("output changed at line %d:\n got  %s\n want %s", i+1, g, w)
			}
		}
	}
}

package relation

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
	"github.com/hebel-project/hebel/segment"
)

type newsText struct {
	name, text string
	p          *lang.Profile
}

func newsDev(t testing.TB) []newsText {
	dir := sharedDir(t, "data/eval/news-dev")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var out []newsText
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p := en.Profile
		if strings.HasPrefix(filepath.Base(f), "de-") {
			p = de.Profile
		}
		out = append(out, newsText{filepath.Base(f), string(b), p})
	}
	if len(out) == 0 {
		t.Skip("no news-dev texts")
	}
	return out
}

// TestEvidenceNamesBothActors checks over news-dev that every relation
// has a modality and evidence in which a mention of each side occurs.
func TestEvidenceNamesBothActors(t *testing.T) {
	n := 0
	for _, d := range newsDev(t) {
		ents := actors(d.text)
		for _, r := range Find(d.text, segment.Split(d.text, d.p), ents, nil, d.p) {
			n++
			if _, ok := r.Attributes["modality"].(string); !ok {
				t.Errorf("%s: %s %s→%s has no modality", d.name, r.Type, r.From, r.To)
			}
			for _, side := range []string{r.From, r.To} {
				found := false
				for _, e := range ents {
					if e.ID != side {
						continue
					}
					for _, m := range e.Mentions {
						for _, ev := range r.Evidence {
							found = found || ev.Contains(m.Span)
						}
					}
				}
				if !found {
					t.Errorf("%s: %s %s→%s: no mention of %s in its evidence", d.name, r.Type, r.From, r.To, side)
				}
			}
		}
	}
	if n == 0 {
		t.Error("no relations found over news-dev")
	}
}

// BenchmarkFind measures the relation pass alone (sentences and actors
// prepared beforehand) over news-dev.
func BenchmarkFind(b *testing.B) {
	type prepared struct {
		newsText
		sents []segment.Sentence
		ents  []hebel.Entity
	}
	var docs []prepared
	size := 0
	for _, d := range newsDev(b) {
		docs = append(docs, prepared{d, segment.Split(d.text, d.p), actors(d.text)})
		size += len(d.text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			Find(d.text, d.sents, d.ents, nil, d.p)
		}
	}
}

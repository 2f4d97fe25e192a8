package claim_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hebel-project/hebel/internal/sharedtest"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/claim"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
	"github.com/hebel-project/hebel/quantity"
	"github.com/hebel-project/hebel/segment"
)

// newsDev is the news dev set, shared beside the repository.

type benchDoc struct {
	text  string
	p     *lang.Profile
	sents []segment.Sentence
}

// loadNewsDev reads the news dev texts, or skips when they are absent.
func loadNewsDev(b *testing.B) ([]benchDoc, int64) {
	newsDev := sharedtest.Dir(b, "data", "eval", "news-dev")
	files, _ := filepath.Glob(filepath.Join(newsDev, "*.txt"))
	if len(files) == 0 {
		b.Skipf("no news text in %s (a fresh machine has no ../shared)", newsDev)
	}
	var docs []benchDoc
	var n int64
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		p := de.Profile
		if strings.HasPrefix(filepath.Base(f), "en-") {
			p = en.Profile
		}
		text := string(data)
		docs = append(docs, benchDoc{text, p, segment.Split(text, p)})
		n += int64(len(data))
	}
	return docs, n
}

// BenchmarkBuild measures the claim pass – quantity.Find and Build – over
// the news dev set; sentences are split beforehand, as the pipeline does.
func BenchmarkBuild(b *testing.B) {
	docs, n := loadNewsDev(b)
	b.SetBytes(n)
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			claim.Build(d.text, d.sents, quantity.Find(d.text, d.p), nil, nil, d.p)
		}
	}
}

// BenchmarkBuildOnly measures Build alone, quantities found beforehand.
func BenchmarkBuildOnly(b *testing.B) {
	docs, n := loadNewsDev(b)
	qs := make([][]hebel.Quantity, len(docs))
	for i, d := range docs {
		qs[i] = quantity.Find(d.text, d.p)
	}
	b.SetBytes(n)
	b.ResetTimer()
	for range b.N {
		for i, d := range docs {
			claim.Build(d.text, d.sents, qs[i], nil, nil, d.p)
		}
	}
}

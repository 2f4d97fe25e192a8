package quote

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hebel-project/hebel/segment"
)

// BenchmarkFind measures the quote pass alone (sentences split outside
// the timer) over the news-dev texts.
func BenchmarkFind(b *testing.B) {
	dir := sharedDir(b, "data/eval/news-dev")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	type doc struct {
		text  string
		sents []segment.Sentence
		name  string
	}
	var docs []doc
	n := 0
	for _, p := range paths {
		bs, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		prof := profileOf(p)
		docs = append(docs, doc{string(bs), segment.Split(string(bs), prof), p})
		n += len(bs)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			prof := profileOf(d.name)
			Find(d.text, d.sents, nil, prof)
		}
	}
}

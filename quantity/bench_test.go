package quantity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hebel-project/hebel/internal/sharedtest"

	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

// BenchmarkFind measures Find over the news dev set in
// ../shared/data/eval/news-dev (skipped when absent).
func BenchmarkFind(b *testing.B) {
	dir := sharedtest.Dir(b, "data", "eval", "news-dev")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		b.Skipf("no news text in %s (a fresh machine has no ../shared)", dir)
	}
	type doc struct {
		text string
		en   bool
	}
	var docs []doc
	var n int64
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc{string(data), strings.HasPrefix(filepath.Base(f), "en-")})
		n += int64(len(data))
	}
	b.SetBytes(n)
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			if d.en {
				Find(d.text, en.Profile)
			} else {
				Find(d.text, de.Profile)
			}
		}
	}
}

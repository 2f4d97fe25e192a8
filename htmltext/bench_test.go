package htmltext

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/hebel-project/hebel/internal/sharedtest"
)

// benchPages is how many pages of the trafilatura evaluation set the
// benchmarks read: enough to mix layouts, few enough for -count 10.
const benchPages = 60

func loadPages(b *testing.B) [][]byte {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(sharedtest.Dir(b, "data", "eval", "trafilatura-eval", "html"), "*.html.gz"))
	if len(files) == 0 {
		b.Skip("trafilatura-eval not found (a fresh machine has no ../shared)")
	}
	sort.Strings(files)
	if len(files) > benchPages {
		files = files[:benchPages]
	}
	var pages [][]byte
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(fh)
		if err != nil {
			b.Fatal(err)
		}
		data, err := io.ReadAll(zr)
		fh.Close()
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
	}
	return pages
}

// BenchmarkExtract measures Hebel's HTML path (reader + htmltext) beside
// bare go-trafilatura, the peer a user would otherwise pick, in the same
// run; MB/s are of HTML input.
func BenchmarkExtract(b *testing.B) {
	pages := loadPages(b)
	var n int64
	for _, p := range pages {
		n += int64(len(p))
	}
	for _, bc := range []struct {
		name    string
		extract func([]byte, string) (string, error)
	}{
		{"hebel", hebelExtract(Options{})},
		{"hebel-fallback", hebelExtract(DefaultOptions())},
		{"go-trafilatura", peer(false)},
		{"go-trafilatura-fallback", peer(true)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(n)
			for i := 0; i < b.N; i++ {
				for _, p := range pages {
					bc.extract(p, "https://example.org/")
				}
			}
			b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

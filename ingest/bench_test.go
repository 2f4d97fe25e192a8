package ingest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hebel-project/hebel/internal/cputime"
	"github.com/hebel-project/hebel/internal/sharedtest"

	"github.com/hebel-project/hebel/langid"
	"github.com/hebel-project/hebel/pipeline"
	"github.com/hebel-project/hebel/reader"
)

// loadTexts reads the files matching pattern, skipping the benchmark when
// there are none (a fresh machine has no ../shared).
func loadTexts(b *testing.B, pattern string) (names []string, data [][]byte, total int64) {
	b.Helper()
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		b.Skipf("no files match %s (a fresh machine has no ../shared)", pattern)
	}
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		names = append(names, f)
		data = append(data, d)
		total += int64(len(d))
	}
	return names, data, total
}

// benchmarkPipeline measures the whole text pipeline on one core: read
// and normalise, detect the language, segment, find actors (and, as the
// extractors land, claims, quotes and relations). MB/s is per input byte;
// docs/s is reported as a metric.
//
// With cold set, every document goes through a fresh pipeline (a fresh
// actor recogniser: empty per-word tagger cache), as the first document
// of a run does; the language models and tables loaded once per process
// stay loaded.
func benchmarkPipeline(b *testing.B, pattern string, cold bool) {
	names, data, total := loadTexts(b, pattern)
	det := langid.New()
	p := pipeline.New(det)
	opts := reader.DefaultOptions()
	// Warm the language models once so that loading them is not measured.
	for i, d := range data {
		doc, _, err := reader.Read(names[i], d, opts)
		if err != nil {
			b.Fatal(err)
		}
		p.Run(*doc)
	}
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	start := cputime.Now()
	for i := 0; i < b.N; i++ {
		for j, d := range data {
			doc, _, err := reader.Read(names[j], d, opts)
			if err != nil {
				b.Fatal(err)
			}
			if cold {
				p = pipeline.New(det)
			}
			p.Run(*doc)
		}
	}
	b.ReportMetric(float64(b.N*len(data))/b.Elapsed().Seconds(), "docs/s")
	cputime.Report(b, start, total)
}

func BenchmarkPipelineNewsDev(b *testing.B) {
	benchmarkPipeline(b, filepath.Join(sharedtest.Dir(b, "data", "eval", "news-dev"), "*.txt"), false)
}

// BenchmarkPipelineNewsDevCold is BenchmarkPipelineNewsDev with every
// document through a fresh pipeline (cold per-word caches).
func BenchmarkPipelineNewsDevCold(b *testing.B) {
	benchmarkPipeline(b, filepath.Join(sharedtest.Dir(b, "data", "eval", "news-dev"), "*.txt"), true)
}

func BenchmarkPipelineExample(b *testing.B) {
	benchmarkPipeline(b, "../examples/seed-article.de.txt", false)
}

package langid

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hebel-project/hebel/internal/sharedtest"

	"github.com/pemistahl/lingua-go"
)

func newsDev(b *testing.B) ([]string, int64) {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(sharedtest.Dir(b, "data", "eval", "news-dev"), "*.txt"))
	if len(files) == 0 {
		b.Skip("../shared/data/eval/news-dev not found (a fresh machine has no ../shared)")
	}
	var texts []string
	var n int64
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(d))
		n += int64(len(d))
	}
	return texts, n
}

// BenchmarkDetect is Hebel's detector on whole news texts: bounded sample,
// function-word fast path, lingua-go for the rest.
func BenchmarkDetect(b *testing.B) {
	texts, n := newsDev(b)
	d := New()
	for _, t := range texts {
		d.Detect(t) // load models outside the timer
	}
	b.SetBytes(n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			d.Detect(t)
		}
	}
}

// BenchmarkLinguaWhole is the peer a user would otherwise pick: lingua-go
// over the same candidate languages on the whole text.
func BenchmarkLinguaWhole(b *testing.B) {
	texts, n := newsDev(b)
	det := lingua.NewLanguageDetectorBuilder().FromLanguages(candidates...).Build()
	for _, t := range texts {
		det.DetectLanguageOf(t)
	}
	b.SetBytes(n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			det.DetectLanguageOf(t)
		}
	}
}

// BenchmarkLinguaDeEn is lingua-go limited to {de, en}, as PEERS.md
// measured it.
func BenchmarkLinguaDeEn(b *testing.B) {
	texts, n := newsDev(b)
	det := lingua.NewLanguageDetectorBuilder().FromLanguages(lingua.German, lingua.English).Build()
	for _, t := range texts {
		det.DetectLanguageOf(t)
	}
	b.SetBytes(n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			det.DetectLanguageOf(t)
		}
	}
}

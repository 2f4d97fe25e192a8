package entity

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hebel-project/hebel/internal/cputime"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

// benchFind measures r on the news-dev texts of one language; with cold,
// every text goes through a fresh Recognizer like r (empty word cache).
func benchFind(b *testing.B, code string, p *lang.Profile, r *Recognizer, cold ...bool) {
	var texts []string
	n := 0
	for name, t := range newsDev(b) {
		if strings.HasPrefix(name, code) {
			texts = append(texts, t)
			n += len(t)
		}
	}
	r.Find(texts[0], p) // load tables and model
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	start := cputime.Now()
	for range b.N {
		for _, t := range texts {
			if len(cold) > 0 && cold[0] {
				r = &Recognizer{Tagger: r.Tagger}
			}
			r.Find(t, p)
		}
	}
	cputime.Report(b, start, int64(n))
}

// BenchmarkFindActorsDE measures actor recognition (gazetteers, tagger,
// coreference) on the German news-dev texts; MB/s is per core.
func BenchmarkFindActorsDE(b *testing.B) { benchFind(b, "de", de.Profile, Actors()) }

// BenchmarkFindActorsEN is the same on the English news-dev texts.
func BenchmarkFindActorsEN(b *testing.B) { benchFind(b, "en", en.Profile, Actors()) }

// BenchmarkFindActorsENCold is BenchmarkFindActorsEN with a fresh
// Recognizer (cold word cache) for every text.
func BenchmarkFindActorsENCold(b *testing.B) { benchFind(b, "en", en.Profile, Actors(), true) }

// BenchmarkFindActorsDECold is BenchmarkFindActorsDE with a fresh
// Recognizer (cold word cache) for every text.
func BenchmarkFindActorsDECold(b *testing.B) { benchFind(b, "de", de.Profile, Actors(), true) }

// BenchmarkReadTagger measures reading the shipped English and German
// tagger models, which every process does once before its first text of
// that language.
func BenchmarkReadTagger(b *testing.B) {
	for _, code := range []string{"en", "de"} {
		data, err := models.ReadFile("tagger_" + code + ".bin")
		if err != nil {
			b.Fatal(err)
		}
		b.Run(code, func(b *testing.B) {
			b.ReportAllocs()
			start := cputime.Now()
			for b.Loop() {
				if _, err := ReadTagger(bytes.NewReader(data)); err != nil {
					b.Fatal(err)
				}
			}
			cputime.Report(b, start, 0)
		})
	}
}

// BenchmarkFindActorsNoTaggerDE is actor recognition without the tagger.
func BenchmarkFindActorsNoTaggerDE(b *testing.B) { benchFind(b, "de", de.Profile, &Recognizer{}) }

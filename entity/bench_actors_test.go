package entity

import (
	"strings"
	"testing"

	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

func benchFind(b *testing.B, code string, p *lang.Profile, r *Recognizer) {
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
	b.ResetTimer()
	for range b.N {
		for _, t := range texts {
			r.Find(t, p)
		}
	}
}

// BenchmarkFindActorsDE measures actor recognition (gazetteers, tagger,
// coreference) on the German news-dev texts; MB/s is per core.
func BenchmarkFindActorsDE(b *testing.B) { benchFind(b, "de", de.Profile, Actors()) }

// BenchmarkFindActorsEN is the same on the English news-dev texts.
func BenchmarkFindActorsEN(b *testing.B) { benchFind(b, "en", en.Profile, Actors()) }

// BenchmarkFindActorsNoTaggerDE is actor recognition without the tagger.
func BenchmarkFindActorsNoTaggerDE(b *testing.B) { benchFind(b, "de", de.Profile, &Recognizer{}) }

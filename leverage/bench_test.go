package leverage

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkAllPairs computes every ordered pair's leverage score, channel
// by channel, for one year of a synthetic world of 200 states (about
// 12,000 trade flows and 6,000 product-channel flows) on the scores-only
// path, rebuilding its per-year index (totals, HHI, supplier vectors)
// each time; the year's baskets are built once before.
func BenchmarkAllPairs(b *testing.B) {
	w := randomWorld(rand.New(rand.NewPCG(7, 7)), 200, 0.3)
	m := mustModel(b, w, DefaultOptions())
	for _, ch := range m.chans {
		m.year(2014, ch)
	}
	b.ReportMetric(float64(len(w.Flows)), "flows")
	b.ResetTimer()
	for b.Loop() {
		m.mu.Lock()
		clear(m.lean)
		m.mu.Unlock()
		m.Scores(2014)
	}
}

// BenchmarkAllPairsFromScratch is BenchmarkAllPairs including New and
// the indexing of the year's flows.
func BenchmarkAllPairsFromScratch(b *testing.B) {
	w := randomWorld(rand.New(rand.NewPCG(7, 7)), 200, 0.3)
	for b.Loop() {
		m := mustModel(b, w, DefaultOptions())
		m.Scores(2014)
	}
}

// BenchmarkAllPairsRich is the same computation on the rich path (one
// Pair per ordered pair, without sources), for comparison.
func BenchmarkAllPairsRich(b *testing.B) {
	w := randomWorld(rand.New(rand.NewPCG(7, 7)), 200, 0.3)
	m := mustModel(b, w, DefaultOptions())
	states := m.States(2014)
	b.ResetTimer()
	for b.Loop() {
		for _, a := range states {
			for _, c := range states {
				if a != c {
					m.pair(a, c, 2014, false)
				}
			}
		}
	}
}

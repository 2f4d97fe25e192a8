package leverage

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkAllPairs computes every ordered pair's leverage, channel by
// channel, for one year of a synthetic world of 200 states (about 12,000
// trade flows and 6,000 product-channel flows).
func BenchmarkAllPairs(b *testing.B) {
	w := randomWorld(rand.New(rand.NewPCG(7, 7)), 200, 0.3)
	m := mustModel(b, w, DefaultOptions())
	m.year(2014)
	b.ReportMetric(float64(len(w.Flows)), "flows")
	b.ResetTimer()
	for b.Loop() {
		m.Scores(2014)
	}
}

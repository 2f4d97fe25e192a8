package leverage

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/hebel-project/hebel"
)

// TestLeanMatchesRich checks that the scores-only path (Scores, Rank)
// gives every ordered pair the same score as the rich path (Analyze).
func TestLeanMatchesRich(t *testing.T) {
	withIndicators := func(w *hebel.World) *hebel.World {
		// Reported totals and supply figures exercise the denominators.
		r := rand.New(rand.NewPCG(3, 3))
		for i := 0; i < 40; i += 2 {
			c := randomWorldState(i)
			w.Indicators = append(w.Indicators,
				hebel.Indicator{Country: c, Year: 2014, Name: "imports_total", Value: 1e5 * r.Float64(), Unit: "USD million", Prov: prov("ind", 9000+i)},
				hebel.Indicator{Country: c, Year: 2014, Name: "exports_total", Value: 1e5 * r.Float64(), Unit: "USD million", Prov: prov("ind", 9001+i)})
		}
		return w
	}
	supply := DefaultOptions()
	supply.SupplyIndicator = map[hebel.Channel]string{hebel.ChannelTrade: "imports_total"}
	weighted := DefaultOptions()
	weighted.Weights = map[hebel.Channel]float64{hebel.ChannelTrade: 2, hebel.ChannelSecurity: 0.5}
	for _, tc := range []struct {
		name     string
		world    *hebel.World
		headroom float64
		export   float64
		opts     Options
	}{
		{"seed world", seedWorld(), 1, 0, DefaultOptions()},
		{"random default", randomWorld(rand.New(rand.NewPCG(1, 2)), 40, 0.3), 1, 0, DefaultOptions()},
		{"random no headroom", randomWorld(rand.New(rand.NewPCG(1, 2)), 40, 0.3), 0, 0, DefaultOptions()},
		{"random export share", randomWorld(rand.New(rand.NewPCG(5, 6)), 40, 0.2), 2, 0.3, DefaultOptions()},
		{"random totals", withIndicators(randomWorld(rand.New(rand.NewPCG(8, 9)), 40, 0.3)), 1, 0.1, DefaultOptions()},
		{"random supply", withIndicators(randomWorld(rand.New(rand.NewPCG(8, 9)), 40, 0.3)), 1, 0, supply},
		{"random weights", randomWorld(rand.New(rand.NewPCG(4, 4)), 40, 0.3), 1, 0, weighted},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := tc.opts
			opts.Headroom, opts.ExportShare = tc.headroom, tc.export
			m := mustModel(t, tc.world, opts)
			scores := m.Scores(2014)
			if len(scores) == 0 {
				t.Fatal("no scores")
			}
			n := 0
			for a, row := range scores {
				for b, lean := range row {
					rich := m.pair(a, b, 2014, true).Score.Value
					if math.Abs(lean-rich) > 1e-12 {
						t.Errorf("%s over %s: lean %v, rich %v", a, b, lean, rich)
					}
					n++
				}
			}
			r, err := m.Rank(m.States(2014)[0], 2014, 5)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range r.Pairs {
				if lean := scores[r.From][p.To]; math.Abs(lean-p.Score.Value) > 1e-12 {
					t.Errorf("rank %s over %s: lean %v, rich %v", r.From, p.To, lean, p.Score.Value)
				}
			}
			t.Logf("%d pairs agree", n)
		})
	}
}

// randomWorldState is the code randomWorld gives state i.
func randomWorldState(i int) string {
	const digits = "0123456789"
	return "S" + string(digits[i/100%10]) + string(digits[i/10%10]) + string(digits[i%10])
}

package leverage

import (
	"fmt"
	"math/rand/v2"

	"github.com/hebel-project/hebel"
)

// prov returns a synthetic provenance row.
func prov(ds string, row int) hebel.Provenance {
	return hebel.Provenance{Dataset: ds, Version: "1", File: ds + ".csv", Row: row}
}

// seedWorld is a small hand-made world: B (PRK-like) buys almost all its
// trade and oil from A, a little from R, and nothing from X.
func seedWorld() *hebel.World {
	w := &hebel.World{Sources: map[string]hebel.DatasetInfo{"trade": {Name: "trade", Complete: true}, "oil": {Name: "oil", Complete: true}}}
	row := 0
	flow := func(ds string, y int, from, to string, ch hebel.Channel, v float64, unit string) {
		row++
		w.Flows = append(w.Flows, hebel.Flow{Year: y, From: from, To: to, Channel: ch, Value: v, Unit: unit, Prov: prov(ds, row)})
	}
	flow("trade", 2014, "CHN", "PRK", hebel.ChannelTrade, 3883, "USD million")
	flow("trade", 2014, "RUS", "PRK", hebel.ChannelTrade, 80, "USD million")
	flow("trade", 2014, "IND", "PRK", hebel.ChannelTrade, 60, "USD million")
	flow("trade", 2014, "PRK", "CHN", hebel.ChannelTrade, 2845, "USD million")
	flow("trade", 2014, "CHN", "USA", hebel.ChannelTrade, 400000, "USD million")
	flow("trade", 2014, "USA", "CHN", hebel.ChannelTrade, 120000, "USD million")
	flow("trade", 2014, "RUS", "CHN", hebel.ChannelTrade, 40000, "USD million")
	flow("trade", 2014, "CHN", "RUS", hebel.ChannelTrade, 50000, "USD million")
	flow("oil", 2014, "CHN", "PRK", hebel.ChannelRefined, 400000, "bbl")
	flow("oil", 2014, "RUS", "PRK", hebel.ChannelRefined, 100000, "bbl")
	flow("oil", 2014, "CHN", "PRK", hebel.ChannelFood, 300, "kt")
	flow("oil", 2014, "RUS", "PRK", hebel.ChannelFood, 50000, "t")
	row++
	w.Indicators = append(w.Indicators, hebel.Indicator{Country: "PRK", Year: 2014, Name: "refined_petroleum_cap", Value: 500000, Unit: "bbl", Prov: prov("oil", row)})
	row++
	w.Ties = append(w.Ties, hebel.Tie{Kind: "defense", From: "CHN", To: "PRK", Start: 1961, Prov: prov("ties", row)})
	row++
	w.Ties = append(w.Ties, hebel.Tie{Kind: "sanctions", From: "USA", To: "PRK", Start: 2006, Prov: prov("ties", row),
		Attributes: map[string]string{"types": "arms"}})
	// A news claim where the datasets are silent: 2024 deliveries.
	w.Flows = append(w.Flows, hebel.Flow{Year: 2014, From: "BLR", To: "PRK", Channel: hebel.ChannelFood, Value: 20, Unit: "kt",
		Prov: hebel.Provenance{Dataset: NewsDataset, URL: "https://example.org/a"}, ClaimID: "claim-1"})
	return w
}

// randomWorld is a synthetic world of n states with trade, oil and food
// flows in mixed units and scales.
func randomWorld(r *rand.Rand, n int, density float64) *hebel.World {
	w := &hebel.World{Sources: map[string]hebel.DatasetInfo{"synthetic": {Name: "synthetic", Complete: true}}}
	states := make([]string, n)
	for i := range states {
		states[i] = fmt.Sprintf("S%03d", i)
	}
	row := 0
	for _, a := range states {
		for _, b := range states {
			if a == b {
				continue
			}
			for _, c := range []struct {
				ch    hebel.Channel
				units []string
				p     float64
			}{
				{hebel.ChannelTrade, []string{"USD million"}, density},
				{hebel.ChannelRefined, []string{"bbl", "t"}, density / 4},
				{hebel.ChannelFood, []string{"t", "kt"}, density / 4},
				{hebel.ChannelFertilizer, []string{"t"}, density / 8},
			} {
				if r.Float64() < c.p {
					row++
					w.Flows = append(w.Flows, hebel.Flow{Year: 2014, From: a, To: b, Channel: c.ch,
						Value: r.ExpFloat64() * 100, Unit: c.units[r.IntN(len(c.units))], Prov: prov("synthetic", row)})
				}
			}
		}
		row++
		w.Indicators = append(w.Indicators, hebel.Indicator{Country: a, Year: 2014, Name: "cinc", Value: r.Float64() / float64(n), Unit: "share of world capabilities", Prov: prov("synthetic", row)})
	}
	for i := 0; i < n; i += 3 {
		row++
		w.Ties = append(w.Ties, hebel.Tie{Kind: "defense", From: states[i], To: states[(i*7+1)%n], Start: 2000, Prov: prov("synthetic", row)})
	}
	return w
}

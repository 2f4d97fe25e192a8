package leverage

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
)

// sparseWorld is a world whose flows come from a dataset that does not
// list every partner (hand-transcribed figures): a missing row is unknown.
func sparseWorld() *hebel.World {
	w := &hebel.World{Sources: map[string]hebel.DatasetInfo{"notes": {Name: "notes"}, "matrix": {Name: "matrix", Complete: true}}}
	row := 0
	flow := func(ds string, y int, from, to string, ch hebel.Channel, v float64, unit string) {
		row++
		w.Flows = append(w.Flows, hebel.Flow{Year: y, From: from, To: to, Channel: ch, Value: v, Unit: unit, Prov: prov(ds, row)})
	}
	// Oil: A's deliveries known for 2019 and 2021, R's for 2018, 2021 (a
	// zero the source states) and 2023.
	flow("notes", 2018, "RUS", "PRK", hebel.ChannelRefined, 240000, "bbl")
	flow("notes", 2019, "CHN", "PRK", hebel.ChannelRefined, 150000, "bbl")
	flow("notes", 2021, "CHN", "PRK", hebel.ChannelRefined, 90000, "bbl")
	flow("notes", 2021, "RUS", "PRK", hebel.ChannelRefined, 0, "bbl")
	flow("notes", 2023, "RUS", "PRK", hebel.ChannelRefined, 100000, "bbl")
	// Cereals from a complete matrix: CHN delivers in 2020 only.
	flow("matrix", 2020, "CHN", "PRK", hebel.ChannelCereals, 30, "USD thousand")
	flow("matrix", 2020, "RUS", "PRK", hebel.ChannelCereals, 10, "USD thousand")
	flow("matrix", 2022, "RUS", "PRK", hebel.ChannelCereals, 12, "USD thousand")
	return w
}

// TestUnknownIsNotZero: a supplier without a row in a sparse dataset is
// unknown (its latest figure carried forward, or no figure at all), never
// 0; in a complete matrix a missing row is the source's zero.
func TestUnknownIsNotZero(t *testing.T) {
	m := mustModel(t, sparseWorld(), DefaultOptions())
	for y, want := range map[int]float64{2018: -1, 2019: 150000, 2020: 150000, 2021: 90000, 2022: 90000, 2023: 90000} {
		p := m.pair("CHN", "PRK", y, true)
		c := channelOf(p, hebel.ChannelRefined, "bbl")
		if c == nil {
			t.Fatalf("%d: no refined channel", y)
		}
		switch {
		case want < 0 && c.FromA != nil:
			t.Errorf("%d: CHN has no figure up to %d, got %v", y, y, c.FromA.Value)
		case want < 0:
			if c.Score != nil || c.Coverage.Unknown == "" || !containsChannel(p.Coverage.Unknown, hebel.ChannelRefined) {
				t.Errorf("%d: unknown CHN scored: %+v", y, c)
			}
		case c.FromA == nil || c.FromA.Value != want:
			t.Errorf("%d: CHN = %+v, want %v", y, c.FromA, want)
		}
	}
	// RUS's 2021 zero is the source's (2022 has no data: 2021 is used).
	p := m.pair("RUS", "PRK", 2022, true)
	if c := channelOf(p, hebel.ChannelRefined, "bbl"); c == nil || c.Year != 2021 || c.FromA == nil || c.FromA.Value != 0 || !zeroIsSaid(m, c.FromA) {
		t.Errorf("RUS 2022: %+v", c)
	}
	// Cereals 2022: the matrix lists RUS only, so CHN's 0 is the source's.
	p = m.pair("CHN", "PRK", 2022, true)
	c := channelOf(p, hebel.ChannelCereals, "")
	if c == nil || c.FromA == nil || c.FromA.Value != 0 || c.Score == nil || c.Score.Value != 0 {
		t.Fatalf("cereals 2022: %+v", c)
	}
	zeroSaid := false
	for _, id := range c.FromA.Sources {
		if s, _ := m.Source(id); s.Kind == KindAssumption && strings.Contains(s.Text, "the data list PRK's partners and no delivery from CHN") {
			zeroSaid = true
		}
	}
	if !zeroSaid {
		t.Errorf("a complete matrix's zero must say so: %v", c.FromA.Sources)
	}
}

// TestAsOfUsesNothingLater: as of a date, rows of later years, partial
// figures counted after it and ties that start later are not used.
func TestAsOfUsesNothingLater(t *testing.T) {
	w := sparseWorld()
	w.Flows = append(w.Flows, hebel.Flow{Year: 2023, From: "RUS", To: "PRK", Channel: hebel.ChannelRefined, Value: 5000, Unit: "bbl",
		Prov: prov("notes", 99), Note: "partial year: period 2023-11..2023-12"})
	w.Ties = append(w.Ties, hebel.Tie{Kind: "defense", From: "RUS", To: "PRK", Start: 2024, Prov: hebel.Provenance{Dataset: NewsDataset, File: "doc", Row: 1},
		Attributes: map[string]string{"claim_id": "doc#relation-1", "claimant": "someone"}})
	opts := DefaultOptions()
	opts.AsOf = time.Date(2023, 10, 31, 0, 0, 0, 0, time.UTC)
	m := mustModel(t, w, opts)
	p, err := m.Analyze("CHN", "PRK", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range p.Channels {
		if c.Year > 2023 {
			t.Errorf("%s uses %d, after the as-of date", c.Channel, c.Year)
		}
	}
	for _, e := range p.Evidence {
		if strings.Contains(e.Note, "2023-11") {
			t.Errorf("a partial figure counted after the as-of date is used: %+v", e)
		}
	}
	if p.AsOf != "2023-10-31" || channelOf(p, hebel.ChannelSecurity, "") != nil {
		t.Errorf("as of %q; security %+v", p.AsOf, channelOf(p, hebel.ChannelSecurity, ""))
	}
	opts.AsOf = time.Date(2024, 12, 10, 0, 0, 0, 0, time.UTC)
	p, _ = mustModel(t, w, opts).Analyze("RUS", "PRK", 0)
	if sec := channelOf(p, hebel.ChannelSecurity, ""); sec == nil || sec.Year != 2024 || sec.FromA == nil || sec.FromA.Value == 0 {
		t.Errorf("the 2024 pact from the news is not in force as of December 2024: %+v", sec)
	}
}

// TestLapsedPactIsHistory: a pact that ended is no guarantee later; one in
// force when its dataset ends holds, named with the year its data end.
func TestLapsedPactIsHistory(t *testing.T) {
	w := sparseWorld()
	w.Ties = append(w.Ties,
		hebel.Tie{Kind: "defense", From: "RUS", To: "PRK", Start: 1961, End: 1995, Prov: prov("atop", 500)},
		hebel.Tie{Kind: "defense", From: "CHN", To: "PRK", Start: 1961, End: 2018, Prov: prov("atop", 501), Attributes: map[string]string{"right_censored": "true"}})
	opts := DefaultOptions()
	opts.AsOf = time.Date(2022, 6, 30, 0, 0, 0, 0, time.UTC)
	m := mustModel(t, w, opts)
	p, _ := m.Analyze("RUS", "PRK", 0)
	if sec := channelOf(p, hebel.ChannelSecurity, ""); sec == nil || sec.FromA == nil || sec.FromA.Value != 0 {
		t.Errorf("RUS: the pact lapsed in 1995: %+v", sec)
	}
	p, _ = m.Analyze("CHN", "PRK", 0)
	sec := channelOf(p, hebel.ChannelSecurity, "")
	if sec == nil || sec.FromA == nil || sec.FromA.Value == 0 || sec.Year != 2018 {
		t.Fatalf("CHN: the pact in force when ATOP ends holds: %+v", sec)
	}
}

// TestSweepNoFalseZeros: over every year, a channel whose supplier had a
// figure never shows 0 for it unless a source says 0 (a row of 0, or a
// complete matrix without the supplier).
func TestSweepNoFalseZeros(t *testing.T) {
	m := mustModel(t, sparseWorld(), DefaultOptions())
	for y := 2012; y <= 2024; y++ {
		p := m.pair("CHN", "PRK", y, true)
		for _, c := range p.Channels {
			if c.FromA == nil || c.FromA.Value != 0 {
				continue
			}
			if !zeroIsSaid(m, c.FromA) {
				t.Errorf("%d %s: CHN 0 without a source saying so: %v", y, c.Channel, c.FromA.Sources)
			}
		}
	}
}

// zeroIsSaid reports whether a zero figure rests on a row of 0, a tie
// (no alliance in force), or a complete matrix that lists no delivery.
func zeroIsSaid(m *Model, f *Figure) bool {
	for _, id := range f.Sources {
		s, ok := m.Source(id)
		switch {
		case !ok:
		case s.Kind == KindAssumption:
			if strings.Contains(s.Text, "the data list") && strings.Contains(s.Text, "no delivery from") {
				return true
			}
		case strings.Contains(s.Text, ": 0 ") || strings.Contains(s.Text, " tie "):
			return true
		}
	}
	return false
}

// TestAddingDataNeverLowersCoverage: adding the rows of another sparse
// dataset never removes a channel with data, lowers the partners with
// figures, or makes a known figure unknown.
func TestAddingDataNeverLowersCoverage(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for iter := range 15 {
		base := randomWorld(r, 10, 0.3)
		base.Sources["extra"] = hebel.DatasetInfo{Name: "extra"}
		more := &hebel.World{Sources: base.Sources, Ties: base.Ties, Indicators: base.Indicators,
			Flows: append([]hebel.Flow(nil), base.Flows...)}
		for i := range 30 {
			from, to := randomWorldState(r.IntN(10)), randomWorldState(r.IntN(10))
			if from == to {
				continue
			}
			more.Flows = append(more.Flows, hebel.Flow{Year: 2014, From: from, To: to, Channel: hebel.ChannelRefined,
				Value: r.ExpFloat64() * 100, Unit: "bbl", Prov: prov("extra", 10000+i)})
		}
		m0, m1 := mustModel(t, base, DefaultOptions()), mustModel(t, more, DefaultOptions())
		for _, a := range m0.States(2014) {
			for _, b := range m0.States(2014) {
				if a == b {
					continue
				}
				p0, p1 := m0.pair(a, b, 2014, true), m1.pair(a, b, 2014, true)
				for _, c0 := range p0.Channels {
					if channelOf(p1, c0.Channel, "") == nil {
						t.Fatalf("iter %d %s over %s: channel %s lost", iter, a, b, c0.Channel)
					}
					c1 := channelOf(p1, c0.Channel, c0.Unit)
					switch {
					case c1 == nil:
						// another unit of the channel, in which A's figure is known
					case c1.Coverage.Partners < c0.Coverage.Partners:
						t.Fatalf("iter %d %s over %s %s: partners %d → %d", iter, a, b, c0.Channel, c0.Coverage.Partners, c1.Coverage.Partners)
					case c0.FromA != nil && c1.FromA == nil:
						t.Fatalf("iter %d %s over %s %s: a known figure became unknown", iter, a, b, c0.Channel)
					}
				}
			}
		}
	}
}

// TestUnknownNeverCountsAsZero: in random worlds of sparse datasets, the
// score is the weighted mean over the channels where A's figure is known,
// and the scores-only path agrees.
func TestUnknownNeverCountsAsZero(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	w := randomWorld(r, 14, 0.35)
	w.Sources = map[string]hebel.DatasetInfo{"synthetic": {Name: "synthetic"}} // sparse: missing is unknown
	m := mustModel(t, w, DefaultOptions())
	scores := m.Scores(2014)
	n := 0
	for _, a := range m.States(2014) {
		for _, b := range m.States(2014) {
			if a == b {
				continue
			}
			p := m.pair(a, b, 2014, true)
			var wsum, lsum float64
			for _, c := range p.Channels {
				if c.FromA == nil {
					if c.Score != nil {
						t.Fatalf("%s over %s %s: unknown figure scored", a, b, c.Channel)
					}
					continue
				}
				wsum += c.Weight.Value
				lsum += c.Weight.Value * c.Score.Value
			}
			lean, ok := scores[a][b]
			if wsum == 0 {
				if p.Score != nil || ok {
					t.Fatalf("%s over %s: no known channel, score %+v lean %v", a, b, p.Score, lean)
				}
				continue
			}
			k := 0.0
			if p.CounterDependence != nil {
				k = p.CounterDependence.Value
			}
			if want := clamp01((1 - k) * lsum / wsum); p.Score == nil || math.Abs(p.Score.Value-want) > 1e-12 || math.Abs(lean-want) > 1e-12 {
				t.Fatalf("%s over %s: score %+v lean %v, want %v", a, b, p.Score, lean, want)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no pair scored")
	}
}

// TestNamedSubstituteWithoutDeliveries: a state that sells B nothing but
// exports in the channel to others can step in, with a share of those
// exports, and the shortfall falls.
func TestNamedSubstituteWithoutDeliveries(t *testing.T) {
	w := &hebel.World{Sources: map[string]hebel.DatasetInfo{"m": {Name: "m", Complete: true}}}
	add := func(row int, from, to string, v float64) {
		w.Flows = append(w.Flows, hebel.Flow{Year: 2023, From: from, To: to, Channel: hebel.ChannelRefined, Value: v, Unit: "bbl", Prov: prov("m", row)})
	}
	add(1, "CHN", "PRK", 100)
	add(2, "RUS", "IND", 5000)
	add(3, "RUS", "TUR", 3000)
	m := mustModel(t, w, DefaultOptions())
	cut := []Cut{{From: "CHN", To: "PRK", Channels: []hebel.Channel{hebel.ChannelRefined}}}
	alone, err := m.WhatIf(Scenario{Year: 2023, Cuts: cut, Substitutes: []string{}, Headroom: 1, ExportShare: 0.1})
	if err != nil {
		t.Fatal(err)
	}
	with, err := m.WhatIf(Scenario{Year: 2023, Cuts: cut, Substitutes: []string{"RUS"}, Headroom: 1, ExportShare: 0.1})
	if err != nil {
		t.Fatal(err)
	}
	if len(alone.Effects) != 1 || len(with.Effects) != 1 {
		t.Fatalf("effects %+v %+v", alone.Effects, with.Effects)
	}
	a, b := alone.Effects[0], with.Effects[0]
	if a.Shortfall.Value != 100 || b.Shortfall.Value >= a.Shortfall.Value || b.Replaced.Value != 100 {
		t.Errorf("shortfall alone %v, with RUS %v (replaced %v): RUS's 8,000 bbl of exports, a tenth divertible, cover the cut", a.Shortfall.Value, b.Shortfall.Value, b.Replaced.Value)
	}
	// The cutter's loss is measured against its exports in the channel:
	// here PRK is its only recorded buyer (fewer than MinPartners), so the
	// share is unknown, not 100%.
	if x := b.ExporterLoss[0]; x.Share != nil || x.Note == "" {
		t.Errorf("exporter loss %+v", x)
	}
}

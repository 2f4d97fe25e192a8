package leverage

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/hebel-project/hebel"
)

func mustModel(t testing.TB, w *hebel.World, opts Options) *Model {
	t.Helper()
	m, err := New(w, opts)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func channelOf(p *Pair, ch hebel.Channel, unit string) *ChannelLeverage {
	for i := range p.Channels {
		if p.Channels[i].Channel == ch && (unit == "" || SameDimension(p.Channels[i].Unit, unit)) {
			return &p.Channels[i]
		}
	}
	return nil
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9*math.Max(1, math.Abs(b)) }

func TestAnalyzeSeedWorld(t *testing.T) {
	m := mustModel(t, seedWorld(), DefaultOptions())
	p, err := m.Analyze("CHN", "PRK", 2014)
	if err != nil {
		t.Fatal(err)
	}
	tr := channelOf(p, hebel.ChannelTrade, "")
	if tr == nil {
		t.Fatal("no trade channel")
	}
	total := 3883.0 + 80 + 60
	if !near(tr.ImportShare.Value, 3883/total) || !near(tr.Imports.Value, total) || tr.Unit != "USD million" {
		t.Errorf("trade share %v imports %v %s", tr.ImportShare.Value, tr.Imports.Value, tr.Unit)
	}
	wantHHI := (3883*3883 + 80*80 + 60*60) / (total * total)
	if !near(tr.HHI.Value, wantHHI) {
		t.Errorf("HHI %v, want %v", tr.HHI.Value, wantHHI)
	}
	c := 140.0 // headroom 1: RUS and IND can double
	if !near(tr.Substitutability.Value, c/(c+3883)) {
		t.Errorf("S %v", tr.Substitutability.Value)
	}
	wantL := math.Cbrt(3883 / total * wantHHI * (1 - c/(c+3883)))
	if !near(tr.Score.Value, wantL) {
		t.Errorf("L_trade %v, want %v", tr.Score.Value, wantL)
	}
	// Counter-dependence: PRK takes 3883 of CHN's 453883.
	if !near(tr.CounterDependence.Value, 3883/(3883+400000+50000.0)) {
		t.Errorf("k %v", tr.CounterDependence.Value)
	}
	oil := channelOf(p, hebel.ChannelRefined, "bbl")
	if oil == nil || oil.Cap == nil || oil.Cap.Value != 500000 {
		t.Fatalf("refined channel %+v", oil)
	}
	// Food comes in kt and t: one dimension, converted, not mixed.
	food := channelOf(p, hebel.ChannelFood, "t")
	if food == nil || !near(food.FromA.Value, 300) || !near(food.Imports.Value, 300+50+20) {
		t.Fatalf("food %+v", food)
	}
	if sec := channelOf(p, hebel.ChannelSecurity, ""); sec == nil || sec.ImportShare.Value != 1 {
		t.Errorf("security %+v", sec)
	}
	if len(p.Sanctions) != 1 || p.Sanctions[0].Sender != "USA" {
		t.Errorf("sanctions %+v", p.Sanctions)
	}
	var claim *Evidence
	for i := range p.Evidence {
		if p.Evidence[i].Kind == KindClaim {
			claim = &p.Evidence[i]
		}
	}
	if claim == nil || !claim.Used || claim.From != "BLR" {
		t.Errorf("news claim not used as input: %+v", p.Evidence)
	}
	if p.Score == nil || p.Score.Value <= 0 || p.Score.Value > 1 {
		t.Errorf("score %v", p.Score.Value)
	}
}

// TestEveryNumberHasSources walks the JSON of a pair and checks that each
// number sits in a figure whose sources resolve to a row of the world, a
// claim or an assumption (the acceptance test, on a synthetic world).
func TestEveryNumberHasSources(t *testing.T) {
	w := seedWorld()
	m := mustModel(t, w, DefaultOptions())
	p, err := m.Analyze("CHN", "PRK", 2014)
	if err != nil {
		t.Fatal(err)
	}
	out, err := m.WhatIf(Scenario{Year: 2014, Cuts: []Cut{{From: "CHN", To: "PRK"}}, EnforceSanctions: true, Headroom: 2})
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]any{"pair": p, "whatif": out} {
		data, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		n := CheckProvenance(t, data, w)
		if n < 20 {
			t.Errorf("%s: only %d numbers checked", name, n)
		}
	}
}

func TestPropertiesRandomWorlds(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for iter := range 20 {
		w := randomWorld(r, 12+r.IntN(10), 0.3)
		m := mustModel(t, w, DefaultOptions())
		states := m.States(2014)
		for _, a := range states {
			for _, b := range states {
				if a == b {
					continue
				}
				p := m.pair(a, b, 2014, true)
				if p.Score == nil {
					continue
				}
				if v := p.Score.Value; v < 0 || v > 1 || math.IsNaN(v) {
					t.Fatalf("iter %d %s over %s: score %v", iter, a, b, v)
				}
				for _, c := range p.Channels {
					for _, f := range []*Figure{c.Score, c.ImportShare, &c.HHI, c.Substitutability, c.Dependence, c.CounterDependence} {
						if f == nil {
							continue
						}
						if f.Value < 0 || f.Value > 1 || math.IsNaN(f.Value) {
							t.Fatalf("%s over %s %s: share out of [0,1]: %+v", a, b, c.Channel, f)
						}
					}
				}
			}
		}
		// Units never mixed: every basket holds one dimension.
		for _, yi := range m.years {
			for k, b := range yi.imports {
				if unitOf(b.unit).dim != k.dim {
					t.Fatalf("basket %v holds unit %s", k, b.unit)
				}
			}
		}
		// A what-if that cuts nothing changes nothing.
		o, err := m.WhatIf(Scenario{Year: 2014, Headroom: 1})
		if err != nil || len(o.Effects) != 0 || len(o.SecondHand) != 0 {
			t.Fatalf("empty scenario: %v %+v", err, o)
		}
		// Adding a substitute never raises the shortfall.
		a, b := states[r.IntN(len(states))], states[r.IntN(len(states))]
		if a == b {
			continue
		}
		var subs []string
		prev := map[hebel.Channel]float64{}
		for _, s := range append([]string{""}, states...) {
			if s != "" {
				subs = append(subs, s)
			}
			o, err := m.WhatIf(Scenario{Year: 2014, Cuts: []Cut{{From: a, To: b}}, Substitutes: append([]string{}, subs...), Headroom: r.Float64() * 0})
			if err != nil {
				t.Fatal(err)
			}
			o2, _ := m.WhatIf(Scenario{Year: 2014, Cuts: []Cut{{From: a, To: b}}, Substitutes: append([]string{}, subs...), Headroom: 1.5})
			for i, e := range o2.Effects {
				key := e.Channel + hebel.Channel(e.Unit)
				if old, ok := prev[key]; ok && e.Shortfall.Value > old+1e-9 {
					t.Fatalf("adding substitute %s raised %s shortfall %v → %v", s, e.Channel, old, e.Shortfall.Value)
				}
				prev[key] = e.Shortfall.Value
				if e.Shortfall.Value > o.Effects[i].Shortfall.Value+1e-9 {
					t.Fatalf("more headroom raised shortfall")
				}
			}
		}
	}
}

func TestSumFlowsNeverMixesUnits(t *testing.T) {
	for _, tc := range []struct {
		units []string
		want  float64
		ok    bool
	}{
		{[]string{"USD million", "USD thousand"}, 1.001, true},
		{[]string{"kt", "t"}, 1.001, true},
		{[]string{"t", "bbl"}, 0, false},
		{[]string{"USD million", "t"}, 0, false},
		{[]string{"bbl", "barrels"}, 2, true},
	} {
		var fs []hebel.Flow
		for _, u := range tc.units {
			fs = append(fs, hebel.Flow{Value: 1, Unit: u})
		}
		v, _, err := SumFlows(fs)
		if (err == nil) != tc.ok || (tc.ok && !near(v, tc.want)) {
			t.Errorf("%v: %v, %v", tc.units, v, err)
		}
	}
}

func TestWhatIfSeedWorld(t *testing.T) {
	m := mustModel(t, seedWorld(), DefaultOptions())
	oil, _ := ParseChannels("oil,food")
	o, err := m.WhatIf(Scenario{Year: 2014, Cuts: []Cut{{From: "CHN", To: "PRK", Channels: oil}}, Substitutes: []string{"RUS", "BLR"}, Headroom: 2})
	if err != nil {
		t.Fatal(err)
	}
	var ref *Effect
	for i := range o.Effects {
		if o.Effects[i].Channel == hebel.ChannelRefined {
			ref = &o.Effects[i]
		}
	}
	if ref == nil {
		t.Fatalf("no refined effect: %+v", o.Effects)
	}
	// CHN 400,000 bbl lost; RUS 100,000 × 2 can replace 200,000.
	if !near(ref.Lost.Value, 400000) || !near(ref.Replaced.Value, 200000) || !near(ref.Shortfall.Value, 200000) || !near(ref.ShortfallShare.Value, 0.4) {
		t.Errorf("refined effect %+v", ref)
	}
	if len(ref.ExporterLoss) != 1 || ref.ExporterLoss[0].Country != "CHN" {
		t.Errorf("exporter loss %+v", ref.ExporterLoss)
	}
}

func TestParseChannels(t *testing.T) {
	for in, want := range map[string]int{"oil,food": 4, "all": 0, "trade": 1, "refined,oil": 2, "": 0} {
		got, err := ParseChannels(in)
		if err != nil || len(got) != want {
			t.Errorf("%q: %v %v", in, got, err)
		}
	}
	if _, err := ParseChannels("gold"); hebel.ErrorCode(err) != hebel.EINVALID {
		t.Errorf("unknown channel: %v", err)
	}
}

func TestSpearman(t *testing.T) {
	if v := Spearman([]float64{1, 2, 3, 4}, []float64{10, 20, 30, 40}); !near(v, 1) {
		t.Errorf("monotone: %v", v)
	}
	if v := Spearman([]float64{1, 2, 3}, []float64{3, 2, 1}); !near(v, -1) {
		t.Errorf("reversed: %v", v)
	}
	if v := Spearman([]float64{1, 1, 2}, []float64{1, 1, 2}); !near(v, 1) {
		t.Errorf("ties: %v", v)
	}
}

package leverage

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/hebel-project/hebel"
)

// Cut stops From's deliveries to To in Channels (nil: every channel).
type Cut struct {
	From     string          `json:"from"`
	To       string          `json:"to"`
	Channels []hebel.Channel `json:"channels,omitempty"`
}

// Scenario is a what-if: cuts, optionally with sanctions enforced by the
// cutting states, and the substitution assumptions.
type Scenario struct {
	Year int   `json:"year"` // 0: per channel the latest year with data for the pair
	Cuts []Cut `json:"cuts"`
	// EnforceSanctions: each cutting state A also enforces the measures in
	// force against B: where a cap on B's imports in a channel is known, A
	// withholds what B receives above the cap (up to all A delivers); where
	// a sanctions tie names a channel (an attribute whose key is the
	// channel name, or "channels"), A stops that channel.
	EnforceSanctions bool `json:"enforce_sanctions"`
	// Substitutes, when set, are the only states that may replace lost
	// deliveries; nil lets every other supplier of B substitute.
	Substitutes []string `json:"substitutes,omitempty"`
	// Headroom and ExportShare: see Options. Headroom 0 means nobody can
	// add anything.
	Headroom    float64 `json:"headroom"`
	ExportShare float64 `json:"export_share"`
}

// NewScenario returns a scenario with the default headroom and export
// share and no cuts.
func NewScenario() Scenario {
	return Scenario{Headroom: DefaultHeadroom, ExportShare: DefaultExportShare}
}

// Outcome is what a scenario does to B, channel by channel.
type Outcome struct {
	Scenario    Scenario   `json:"scenario"`
	Year        int        `json:"year"`
	Effects     []Effect   `json:"effects"`
	SecondHand  []Exposure `json:"second_hand"`
	Assumptions []string   `json:"assumptions"`
	Notes       []string   `json:"notes,omitempty"`
	Sources     []Source   `json:"sources,omitempty"`
}

// Effect is B's shortfall in one channel and unit.
type Effect struct {
	To      string        `json:"to"`
	Cutters []string      `json:"cutters"`
	Channel hebel.Channel `json:"channel"`
	Year    int           `json:"year"`
	Unit    string        `json:"unit"`
	Reason  string        `json:"reason"`
	// Supply: B's imports in the channel before the cut.
	Supply Figure `json:"supply"`
	// Lost: the deliveries cut (the shortfall before substitution).
	Lost      Figure `json:"lost"`
	LostShare Figure `json:"lost_share"`
	// Replaced = min(Lost, Σ capacity of the allowed substitutes).
	Replaced Figure `json:"replaced"`
	// Shortfall = Lost − Replaced, after substitution.
	Shortfall      Figure       `json:"shortfall"`
	ShortfallShare Figure       `json:"shortfall_share"`
	Substitutes    []Substitute `json:"substitutes"`
	// ExporterLoss: what each cutting state gives up, as a share of its
	// exports in the channel.
	ExporterLoss []Exposure `json:"exporter_loss"`
}

// Exposure is a state touched second-hand: a cutter's lost exports, or a
// third state that trades heavily with B.
type Exposure struct {
	Country string `json:"country"`
	Via     string `json:"via"`  // the state through which it is touched
	Kind    string `json:"kind"` // "exports lost", "sells to", "buys from"
	Volume  Figure `json:"volume"`
	Share   Figure `json:"share"` // of the country's own exports or imports
}

type effectKey struct {
	to  string
	ch  hebel.Channel
	dim string
	cy  int
}

// WhatIf runs the scenario. It fails with EINVALID on a negative headroom
// or export share or a cut with missing or equal states.
func (m *Model) WhatIf(s Scenario) (*Outcome, error) {
	if s.Headroom < 0 || s.ExportShare < 0 || math.IsNaN(s.Headroom) || math.IsNaN(s.ExportShare) {
		return nil, hebel.Errorf(hebel.EINVALID, "whatif: headroom and export share must be ≥ 0")
	}
	y := s.Year
	if y < 0 {
		return nil, hebel.Errorf(hebel.EINVALID, "whatif: year %d", y)
	}
	o := &Outcome{Scenario: s, Year: y, Effects: []Effect{}, SecondHand: []Exposure{}}
	hRef, eRef := m.led.assume(headroomText(s.Headroom)), m.led.assume(exportShareText(s.ExportShare))
	o.Assumptions = append(o.Assumptions, headroomText(s.Headroom), exportShareText(s.ExportShare))
	if s.Substitutes != nil {
		o.Assumptions = append(o.Assumptions, "only these states may substitute: "+strings.Join(s.Substitutes, ", "))
	} else {
		o.Assumptions = append(o.Assumptions, "every other supplier of B may substitute")
	}
	if s.EnforceSanctions {
		o.Assumptions = append(o.Assumptions, "sanctions enforced: the cutter withholds deliveries above a known cap and stops channels a sanctions tie names")
	}
	o.Assumptions = append(o.Assumptions, "second-hand: third states' trade with B as a share of their own trade, from the trade channel")

	lost := map[effectKey]map[string]float64{}
	reasons := map[effectKey][]string{}
	var keys []effectKey
	addLoss := func(k effectKey, from string, v float64, reason string) {
		if lost[k] == nil {
			lost[k] = map[string]float64{}
			keys = append(keys, k)
		}
		if v > lost[k][from] {
			lost[k][from] = v
		}
		if !contains(reasons[k], reason) {
			reasons[k] = append(reasons[k], reason)
		}
	}
	for _, c := range s.Cuts {
		if c.From == "" || c.To == "" || c.From == c.To {
			return nil, hebel.Errorf(hebel.EINVALID, "whatif: a cut needs two different states, got %q and %q", c.From, c.To)
		}
		chs := c.Channels
		if chs == nil {
			chs = m.chans
		}
		var py map[hebel.Channel][]int
		if y == 0 {
			py = m.pairYears(c.From, c.To)
		}
		for _, ch := range chs {
			cy, ok := m.yearFor(ch, c.To, y, py)
			if !ok {
				if y == 0 {
					o.Notes = append(o.Notes, fmt.Sprintf("%s: no data on %s's imports", ch, c.To))
				} else {
					o.Notes = append(o.Notes, fmt.Sprintf("%s: no data on %s's imports up to %d", ch, c.To, y))
				}
				continue
			}
			yi := m.year(cy)
			found := false
			for _, dim := range yi.importDim[ckey{ch, c.To}] {
				if v, _ := yi.imports[bkey{ch, c.To, dim}].value(c.From); v > 0 {
					addLoss(effectKey{c.To, ch, dim, cy}, c.From, v, "cut")
					found = true
				}
			}
			if !found {
				o.Notes = append(o.Notes, fmt.Sprintf("%s: %s delivers nothing to %s in %d as far as the data shows", ch, c.From, c.To, cy))
			}
		}
		if s.EnforceSanctions {
			m.enforce(o, c, y, py, addLoss)
		}
	}
	sort.SliceStable(keys, func(i, j int) bool {
		if keys[i].to != keys[j].to {
			return keys[i].to < keys[j].to
		}
		return channelIndex(keys[i].ch) < channelIndex(keys[j].ch)
	})
	affected := map[string]bool{}
	for _, k := range keys {
		e := m.effect(k, lost[k], reasons[k], s, hRef, eRef)
		if e != nil {
			o.Effects = append(o.Effects, *e)
			affected[k.to] = true
		}
	}
	cutters := map[string]bool{}
	for _, c := range s.Cuts {
		cutters[c.From] = true
	}
	var bs []string
	for b := range affected {
		bs = append(bs, b)
	}
	sort.Strings(bs)
	for _, b := range bs {
		o.SecondHand = append(o.SecondHand, m.thirdParties(b, y, cutters)...)
	}
	o.Sources = m.Sources(o)
	return o, nil
}

func channelIndex(c hebel.Channel) int {
	for i, x := range channelOrder {
		if x == c {
			return i
		}
	}
	return len(channelOrder)
}

// enforce adds the losses that enforcing sanctions against c.To causes.
func (m *Model) enforce(o *Outcome, c Cut, y int, py map[hebel.Channel][]int, addLoss func(effectKey, string, float64, string)) {
	for _, ch := range m.chans {
		cy, ok := m.yearFor(ch, c.To, y, py)
		if !ok {
			continue
		}
		yi := m.year(cy)
		for _, dim := range yi.importDim[ckey{ch, c.To}] {
			bk := yi.imports[bkey{ch, c.To, dim}]
			xa, _ := bk.value(c.From)
			if xa <= 0 {
				continue
			}
			if r, ok := m.indicator(c.To, m.opts.CapIndicator[ch], cy, 1000); ok && unitOf(r.unit).dim == dim {
				if excess := bk.bilateral - r.value*unitOf(r.unit).factor; excess > 0 {
					addLoss(effectKey{c.To, ch, dim, cy}, c.From, math.Min(xa, excess), "sanctions: deliveries above the cap withheld")
				}
			}
			for _, t := range yi.sanctions {
				if t.To == c.To && namesChannel(t.Attributes, ch) {
					addLoss(effectKey{c.To, ch, dim, cy}, c.From, xa, "sanctions: channel banned by "+t.From)
				}
			}
		}
	}
}

func namesChannel(attrs map[string]string, ch hebel.Channel) bool {
	if v := strings.ToLower(attrs[string(ch)]); v == "1" || v == "true" || v == "yes" {
		return true
	}
	for _, c := range strings.Split(attrs["channels"]+","+attrs["types"], ",") {
		if strings.TrimSpace(c) == string(ch) {
			return true
		}
	}
	// GSDB: a complete export ban covers every channel.
	return strings.Contains(attrs["descr_trade"], "exp_compl")
}

// effect computes B's shortfall in one channel from the losses by cutter.
func (m *Model) effect(k effectKey, losses map[string]float64, reasons []string, s Scenario, hRef, eRef int) *Effect {
	yi := m.year(k.cy)
	bk := yi.imports[bkey{k.ch, k.to, k.dim}]
	if bk == nil {
		return nil
	}
	f := bk.factor
	fig := func(v float64, refs []int) Figure { return Figure{Value: v / f, Unit: bk.unit, Sources: refs} }
	share := func(v float64, refs []int) Figure { return Figure{Value: clamp01(v), Unit: UnitShare, Sources: refs} }
	total, totalRefs := bk.bilateral, bk.refs
	if r, ok := m.indicator(k.to, m.opts.ImportsIndicator[k.ch], k.cy, 0); ok && unitOf(r.unit).dim == k.dim {
		if v := r.value * unitOf(r.unit).factor; v > total {
			total, totalRefs = v, union(bk.refs, []int{r.ref})
		}
	}
	e := &Effect{To: k.to, Channel: k.ch, Year: k.cy, Unit: bk.unit, Reason: strings.Join(reasons, "; ")}
	var l float64
	var lRefs []int
	for c, v := range losses {
		e.Cutters = append(e.Cutters, c)
		l += v
		_, p := bk.value(c)
		lRefs = append(lRefs, p.refs...)
	}
	sort.Strings(e.Cutters)
	lRefs = union(lRefs)
	e.Supply = fig(total, totalRefs)
	e.Lost = fig(l, lRefs)
	e.LostShare = share(l/total, union(lRefs, totalRefs))
	allowed := func(c string) bool { return s.Substitutes == nil || contains(s.Substitutes, c) }
	capSum := 0.0
	capRefs := []int{hRef, eRef}
	seen := map[string]bool{}
	addSub := func(c string, cur float64, curRefs []int) {
		cp := s.Headroom * cur
		refs := union(curRefs, []int{hRef, eRef})
		if s.ExportShare > 0 {
			if xb := yi.exports[bkey{k.ch, c, k.dim}]; xb != nil {
				cp += s.ExportShare * math.Max(0, xb.bilateral-cur)
				refs = union(refs, xb.refs)
			}
		}
		capSum += cp
		capRefs = append(capRefs, refs...)
		if len(curRefs) == 0 {
			curRefs = []int{m.led.assume(fmt.Sprintf("%s→%s %s %d: no delivery recorded, taken as 0", c, k.to, k.ch, k.cy))}
		}
		e.Substitutes = append(e.Substitutes, Substitute{Country: c, Current: fig(cur, curRefs), Capacity: fig(cp, refs)})
	}
	for i := range bk.parts {
		q := &bk.parts[i]
		seen[q.cty] = true
		if _, cut := losses[q.cty]; cut || !allowed(q.cty) {
			continue
		}
		addSub(q.cty, q.value, q.refs)
	}
	for _, c := range s.Substitutes {
		if _, cut := losses[c]; !seen[c] && !cut {
			addSub(c, 0, nil)
		}
	}
	if e.Substitutes == nil {
		e.Substitutes = []Substitute{}
	}
	capRefs = union(capRefs)
	replaced := math.Min(l, capSum)
	e.Replaced = fig(replaced, union(lRefs, capRefs))
	e.Shortfall = fig(l-replaced, union(lRefs, capRefs))
	e.ShortfallShare = share((l-replaced)/total, union(lRefs, capRefs, totalRefs))
	for _, c := range e.Cutters {
		v := losses[c]
		_, p := bk.value(c)
		x := Exposure{Country: c, Via: k.to, Kind: "exports lost", Volume: fig(v, p.refs)}
		if eb := yi.exports[bkey{k.ch, c, k.dim}]; eb != nil && eb.bilateral > 0 {
			x.Share = share(v/eb.bilateral, eb.refs)
		} else {
			x.Share = share(0, []int{m.led.assume("exports of " + c + " unknown")})
		}
		e.ExporterLoss = append(e.ExporterLoss, x)
	}
	return e
}

// thirdParties lists states other than the cutters whose trade with B is
// at least 1% of their own exports or imports, largest first, at most 8.
func (m *Model) thirdParties(b string, y int, cutters map[string]bool) []Exposure {
	cy, ok := m.yearFor(hebel.ChannelTrade, b, y, nil)
	if !ok {
		return nil
	}
	yi := m.year(cy)
	var out []Exposure
	for _, dim := range yi.importDim[ckey{hebel.ChannelTrade, b}] {
		in := yi.imports[bkey{hebel.ChannelTrade, b, dim}]
		out = append(out, m.exposures(yi, in, b, dim, "sells to", yi.exports, cutters)...)
		if ex := yi.exports[bkey{hebel.ChannelTrade, b, dim}]; ex != nil {
			out = append(out, m.exposures(yi, ex, b, dim, "buys from", yi.imports, cutters)...)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Share.Value > out[j].Share.Value })
	if len(out) > 8 {
		out = out[:8]
	}
	return out
}

func (m *Model) exposures(yi *yearIndex, bk *basket, b, dim, kind string, own map[bkey]*basket, cutters map[string]bool) []Exposure {
	var out []Exposure
	for _, q := range bk.parts {
		if cutters[q.cty] || q.value <= 0 {
			continue
		}
		ob := own[bkey{hebel.ChannelTrade, q.cty, dim}]
		if ob == nil || ob.bilateral <= 0 {
			continue
		}
		sh := q.value / ob.bilateral
		if sh < 0.01 {
			continue
		}
		out = append(out, Exposure{Country: q.cty, Via: b, Kind: kind,
			Volume: Figure{Value: q.value / bk.factor, Unit: bk.unit, Sources: q.refs},
			Share:  Figure{Value: clamp01(sh), Unit: UnitShare, Sources: ob.refs}})
	}
	return out
}

// WhatIf indexes w and runs the scenario; see Model.WhatIf.
func WhatIf(w *hebel.World, s Scenario, opts Options) (*Outcome, error) {
	m, err := New(w, opts)
	if err != nil {
		return nil, err
	}
	return m.WhatIf(s)
}

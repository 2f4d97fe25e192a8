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
	AsOf        string     `json:"as_of,omitempty"`
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
	// SupplyLowerBound: Supply sums only the partners with figures (the
	// data do not list every partner), so the shares are upper bounds.
	SupplyLowerBound bool `json:"supply_lower_bound,omitempty"`
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
	Country string        `json:"country"`
	Via     string        `json:"via"`  // the state through which it is touched
	Kind    string        `json:"kind"` // "exports lost", "sells to", "buys from"
	Channel hebel.Channel `json:"channel"`
	Volume  Figure        `json:"volume"`
	// Share of the country's own exports (imports) in the channel; nil
	// when those are not in the data.
	Share *Figure `json:"share"`
	Note  string  `json:"note,omitempty"`
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
	if !m.opts.AsOf.IsZero() {
		o.AsOf = m.opts.AsOf.Format("2006-01-02")
	}
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
	o.Assumptions = append(o.Assumptions, "second-hand: third states' deliveries to B (and purchases from B) in the channel cut, as a share of their own exports (imports) in it")

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
		for _, ch := range chs {
			cy, ok := m.yearFor(ch, c.To, y)
			if !ok {
				if y == 0 {
					o.Notes = append(o.Notes, fmt.Sprintf("%s: no data on %s's imports", ch, c.To))
				} else {
					o.Notes = append(o.Notes, fmt.Sprintf("%s: no data on %s's imports up to %d", ch, c.To, y))
				}
				continue
			}
			yi := m.year(cy, ch)
			found, unknown := false, true
			for _, dim := range m.dims(yi, ch, c.From, c.To) {
				v, _, known := yi.imports[bkey{ch, c.To, dim}].known(c.From)
				unknown = unknown && !known
				if v > 0 {
					addLoss(effectKey{c.To, ch, dim, cy}, c.From, v, "cut")
					found = true
				}
			}
			switch {
			case found:
			case unknown:
				o.Notes = append(o.Notes, fmt.Sprintf("%s: %s's deliveries to %s in %d are not in the data: the cut cannot be measured", ch, c.From, c.To, cy))
			default:
				o.Notes = append(o.Notes, fmt.Sprintf("%s: %s delivers nothing to %s in %d as far as the data shows", ch, c.From, c.To, cy))
			}
		}
		if s.EnforceSanctions {
			m.enforce(c, y, addLoss)
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
	for _, k := range keys {
		if affected[k.to] {
			o.SecondHand = append(o.SecondHand, m.thirdParties(k, cutters)...)
		}
	}
	sort.SliceStable(o.SecondHand, func(i, j int) bool { return o.SecondHand[i].Share.Value > o.SecondHand[j].Share.Value })
	if len(o.SecondHand) > 12 {
		o.SecondHand = o.SecondHand[:12]
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
func (m *Model) enforce(c Cut, y int, addLoss func(effectKey, string, float64, string)) {
	for _, ch := range m.chans {
		cy, ok := m.yearFor(ch, c.To, y)
		if !ok {
			continue
		}
		yi := m.year(cy, ch)
		sanctions, _ := m.sanctionsAgainst(c.To, cy)
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
			for _, t := range sanctions {
				if namesChannel(t.Attributes, ch) {
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
	yi := m.year(k.cy, k.ch)
	bk := yi.imports[bkey{k.ch, k.to, k.dim}]
	if bk == nil {
		return nil
	}
	f := bk.factor
	fig := func(v float64, refs []int) Figure { return Figure{Value: v / f, Unit: bk.unit, Sources: refs} }
	share := func(v float64, refs []int) Figure { return Figure{Value: clamp01(v), Unit: UnitShare, Sources: refs} }
	total, totalRefs := bk.bilateral, bk.refs
	reported := false
	if r, ok := m.indicator(k.to, m.opts.ImportsIndicator[k.ch], k.cy, 0); ok && unitOf(r.unit).dim == k.dim {
		if v := r.value * unitOf(r.unit).factor; v > total {
			total, totalRefs, reported = v, union(bk.refs, []int{r.ref}), true
		}
	}
	e := &Effect{To: k.to, Channel: k.ch, Year: k.cy, Unit: bk.unit, Reason: strings.Join(reasons, "; "),
		SupplyLowerBound: (!bk.complete || bk.listed != nil) && !reported}
	for c := range losses {
		e.Cutters = append(e.Cutters, c)
	}
	sort.Strings(e.Cutters)
	var l float64
	var lRefs []int
	for _, c := range e.Cutters {
		l += losses[c]
		if _, p := bk.value(c); p != nil {
			lRefs = append(lRefs, p.refs...)
		}
	}
	lRefs = union(lRefs)
	e.Supply = fig(total, totalRefs)
	e.Lost = fig(l, lRefs)
	e.LostShare = share(l/total, union(lRefs, totalRefs))
	allowed := func(c string) bool { return s.Substitutes == nil || contains(s.Substitutes, c) }
	ex := 0.0
	if m.opts.divertible(k.ch) {
		ex = s.ExportShare
	}
	capSum := 0.0
	capRefs := []int{hRef, eRef}
	seen := map[string]bool{}
	addSub := func(c string, cur float64, year int, curRefs []int, claim bool) {
		cp := s.Headroom * cur
		refs := union(curRefs, []int{hRef, eRef})
		if ex > 0 {
			if xb := yi.exports[bkey{k.ch, c, k.dim}]; xb != nil {
				cp += ex * math.Max(0, xb.bilateral-cur)
				refs = union(refs, xb.refs)
			}
		}
		capSum += cp
		capRefs = append(capRefs, refs...)
		if len(curRefs) == 0 {
			curRefs = []int{m.led.assume(fmt.Sprintf("%s→%s %s %d: no delivery recorded; as a substitute it counts with what it exports to others", c, k.to, k.ch, k.cy))}
		}
		sub := Substitute{Country: c, Current: fig(cur, curRefs), Capacity: fig(cp, refs), FromClaims: claim}
		if year != k.cy {
			sub.Year = year
		}
		e.Substitutes = append(e.Substitutes, sub)
	}
	for i := range bk.parts {
		q := &bk.parts[i]
		seen[q.cty] = true
		if _, cut := losses[q.cty]; cut || !allowed(q.cty) {
			continue
		}
		addSub(q.cty, q.value, q.year, q.refs, q.claim)
	}
	for _, c := range s.Substitutes {
		if _, cut := losses[c]; !seen[c] && !cut && c != k.to {
			addSub(c, 0, k.cy, nil, false)
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
		var refs []int
		if _, p := bk.value(c); p != nil {
			refs = p.refs
		}
		x := Exposure{Country: c, Via: k.to, Kind: "exports lost", Channel: k.ch, Volume: fig(v, refs)}
		_, p := bk.value(c)
		exp, expRefs, ok := m.channelExports(yi, k.ch, c, k.dim)
		switch {
		case p != nil && p.year != k.cy:
			x.Note = fmt.Sprintf("its deliveries are a figure of %d carried forward, so its loss cannot be put as a share of its exports in %d", p.year, k.cy)
		case ok:
			sh := share(v/exp, union(refs, expRefs))
			x.Share = &sh
		default:
			x.Note = fmt.Sprintf("its total exports in this channel in %d are not in the data (no complete list of its buyers and no reported total), so its loss cannot be put as a share", k.cy)
		}
		e.ExporterLoss = append(e.ExporterLoss, x)
	}
	return e
}

// channelExports returns c's exports in a channel, year and dimension to
// all buyers: a reported total, or the sum over a complete list of at
// least MinPartners buyers; ok is false when it is unknown.
func (m *Model) channelExports(yi *yearIndex, ch hebel.Channel, c, dim string) (float64, []int, bool) {
	eb := yi.exports[bkey{ch, c, dim}]
	exp, refs := 0.0, []int(nil)
	if eb != nil {
		exp, refs = eb.bilateral, eb.refs
	}
	if r, ok := m.indicator(c, m.opts.ExportsIndicator[ch], yi.year, 0); ok && unitOf(r.unit).dim == dim {
		if v := r.value * unitOf(r.unit).factor; v > exp {
			return v, union(refs, []int{r.ref}), true
		}
	}
	if eb == nil || !eb.complete || len(eb.parts) < m.opts.MinPartners || exp <= 0 {
		return 0, nil, false
	}
	return exp, refs, true
}

// thirdParties lists states other than the cutters whose deliveries to B
// in the channel cut are at least 1% of their own exports in it, or whose
// purchases from B are at least 1% of their imports in it.
func (m *Model) thirdParties(k effectKey, cutters map[string]bool) []Exposure {
	yi := m.year(k.cy, k.ch)
	var out []Exposure
	if in := yi.imports[bkey{k.ch, k.to, k.dim}]; in != nil {
		out = append(out, m.exposures(yi, in, k, "sells to", yi.exports, cutters)...)
	}
	if ex := yi.exports[bkey{k.ch, k.to, k.dim}]; ex != nil {
		out = append(out, m.exposures(yi, ex, k, "buys from", yi.imports, cutters)...)
	}
	return out
}

func (m *Model) exposures(yi *yearIndex, bk *basket, k effectKey, kind string, own map[bkey]*basket, cutters map[string]bool) []Exposure {
	var out []Exposure
	for _, q := range bk.parts {
		if cutters[q.cty] || q.value <= 0 || q.year != yi.year {
			continue
		}
		ob := own[bkey{k.ch, q.cty, k.dim}]
		if ob == nil || ob.bilateral <= 0 || !ob.complete || len(ob.parts) < m.opts.MinPartners {
			continue // its own total is unknown
		}
		sh := q.value / ob.bilateral
		if sh < 0.01 {
			continue
		}
		out = append(out, Exposure{Country: q.cty, Via: k.to, Kind: kind, Channel: k.ch,
			Volume: Figure{Value: q.value / bk.factor, Unit: bk.unit, Sources: q.refs},
			Share:  &Figure{Value: clamp01(sh), Unit: UnitShare, Sources: ob.refs}})
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

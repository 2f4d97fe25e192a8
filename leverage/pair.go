package leverage

import (
	"fmt"
	"math"

	"github.com/hebel-project/hebel"
)

// Pair is the leverage of From (A) over To (B) in one year, channel by
// channel, with the combined score.
type Pair struct {
	From string `json:"from"`
	To   string `json:"to"`
	Year int    `json:"year"` // requested, 0 for the latest data; each channel names the year of its data
	// Score is the combined leverage L in [0, 1] (see the package doc).
	Score Figure `json:"score"`
	// CounterDependence k is the share of A's exports that go to B (trade
	// channel); it discounts the score.
	CounterDependence Figure            `json:"counter_dependence"`
	Channels          []ChannelLeverage `json:"channels"`
	Sanctions         []Sanction        `json:"sanctions,omitempty"`
	Evidence          []Evidence        `json:"evidence,omitempty"`
	Notes             []string          `json:"notes,omitempty"`
	// Sources are the rows, claims and assumptions the figures refer to.
	Sources []Source `json:"sources,omitempty"`
}

// ChannelLeverage is A's leverage over B in one channel and unit.
type ChannelLeverage struct {
	Channel hebel.Channel `json:"channel"`
	Year    int           `json:"year"`
	Unit    string        `json:"unit"`
	// Imports T: B's imports in the channel from all partners.
	Imports Figure `json:"imports"`
	// FromA x_A: A's deliveries to B.
	FromA Figure `json:"from_a"`
	// ImportShare d = x_A / T.
	ImportShare Figure `json:"import_share"`
	// Reliance m: share of B's supply that is imported (1 when unknown).
	Reliance Figure `json:"reliance"`
	// Dependence D = d × m.
	Dependence Figure `json:"dependence"`
	// HHI = Σ_k (x_k / T)², B's supplier concentration.
	HHI Figure `json:"hhi"`
	// Substitutes are B's other suppliers, largest first, each with the
	// capacity the headroom assumption gives it.
	Substitutes []Substitute `json:"substitutes"`
	// Capacity C = Σ capacities of the substitutes.
	Capacity Figure `json:"substitute_capacity"`
	// Substitutability S = C / (C + x_A).
	Substitutability Figure `json:"substitutability"`
	// CounterDependence is the share of A's exports in the channel that go to B.
	CounterDependence Figure `json:"counter_dependence"`
	// Cap is a ceiling on B's imports in the channel, when one is known.
	Cap *Figure `json:"cap,omitempty"`
	// Weight ω of the channel in the pair score.
	Weight Figure `json:"weight"`
	// Score L_c = (D × HHI × (1 − S))^(1/3).
	Score Figure `json:"score"`
	// FromClaims is set when A's deliveries come from news claims only.
	FromClaims bool `json:"from_claims,omitempty"`
}

// Substitute is one other supplier of B in a channel.
type Substitute struct {
	Country  string `json:"country"`
	Current  Figure `json:"current"`  // x_k, its deliveries to B
	Capacity Figure `json:"capacity"` // h × x_k + e × its other exports
}

// Sanction is a sanctions tie in force against B or imposed by A.
type Sanction struct {
	Sender     string            `json:"sender"`
	Target     string            `json:"target"`
	Start      int               `json:"start"`
	End        int               `json:"end,omitempty"`
	Attributes map[string]string `json:"attributes,omitempty"`
	Sources    []int             `json:"sources"`
}

// Analyze returns A's leverage over B in year y, with every source filled
// in. With y = 0 each channel uses its latest year with data for the pair
// (the latest year in which A's deliveries to B are recorded, else B's
// latest year) and names it. It fails with EINVALID on empty or equal
// codes and ENOTFOUND when the world has no data on B.
func (m *Model) Analyze(a, b string, y int) (*Pair, error) {
	if a == "" || b == "" || a == b {
		return nil, hebel.Errorf(hebel.EINVALID, "leverage: need two different states, got %q and %q", a, b)
	}
	if y < 0 {
		return nil, hebel.Errorf(hebel.EINVALID, "leverage: year %d", y)
	}
	p := m.pair(a, b, y, true)
	if len(p.Channels) == 0 && len(p.Sanctions) == 0 {
		return nil, hebel.Errorf(hebel.ENOTFOUND, "leverage: no data on %s's imports or ties up to %d", b, y)
	}
	p.Sources = m.Sources(p)
	return p, nil
}

// Analyze indexes w and returns A's leverage over B in year y; see
// Model.Analyze.
func Analyze(w *hebel.World, a, b string, y int, opts Options) (*Pair, error) {
	m, err := New(w, opts)
	if err != nil {
		return nil, err
	}
	return m.Analyze(a, b, y)
}

// pair computes the pair. With full unset it keeps three substitutes per
// channel and leaves the score's sources empty (for all-pairs work).
func (m *Model) pair(a, b string, y int, full bool) *Pair {
	p := &Pair{From: a, To: b, Year: y}
	var wsum, lsum float64
	var scoreRefs [][]int
	k := Figure{Unit: UnitShare}
	haveK := false
	var py map[hebel.Channel][]int
	if y == 0 {
		py = m.pairYears(a, b)
		if full {
			p.Notes = append(p.Notes, "no year requested: each channel uses its latest year with data for the pair")
		}
	}
	for _, ch := range m.chans {
		cy, ok := m.yearFor(ch, b, y, py)
		if !ok {
			continue
		}
		yi := m.year(cy)
		for _, dim := range yi.importDim[ckey{ch, b}] {
			c := m.channel(yi, ch, a, b, dim, full)
			if c == nil {
				continue
			}
			p.Channels = append(p.Channels, *c)
			wsum += c.Weight.Value
			lsum += c.Weight.Value * c.Score.Value
			if full {
				scoreRefs = append(scoreRefs, c.Score.Sources, c.Weight.Sources)
			}
			if ch == hebel.ChannelTrade && !haveK {
				k, haveK = c.CounterDependence, true
			}
		}
		if full && y > 0 && cy != y {
			p.Notes = append(p.Notes, fmt.Sprintf("%s: no data for %d; %d used", ch, y, cy))
		}
	}
	if !haveK && full {
		k = Figure{Value: 0, Unit: UnitShare, Sources: []int{m.led.assume("counter-dependence k = 0: no trade figures for A's exports")}}
	}
	p.CounterDependence = k
	score := 0.0
	if wsum > 0 {
		score = clamp01((1 - k.Value) * lsum / wsum)
	}
	p.Score = Figure{Value: score, Unit: UnitShare}
	if full {
		p.Score.Sources = union(append(scoreRefs, k.Sources)...)
		if len(p.Score.Sources) == 0 {
			p.Score.Sources = []int{m.led.assume("score 0: no channel has data")}
		}
		m.context(p, y)
	}
	return p
}

// channel computes A's leverage over B in one channel, year and unit
// dimension; nil when B imports nothing there.
func (m *Model) channel(yi *yearIndex, ch hebel.Channel, a, b, dim string, full bool) *ChannelLeverage {
	bk := yi.imports[bkey{ch, b, dim}]
	if bk == nil {
		return nil
	}
	f := bk.factor
	fig := func(v float64, refs []int) Figure { return Figure{Value: v / f, Unit: bk.unit, Sources: refs} }
	share := func(v float64, refs []int) Figure { return Figure{Value: clamp01(v), Unit: UnitShare, Sources: refs} }

	total, totalRefs := bk.bilateral, bk.refs
	if r, ok := m.indicator(b, m.opts.ImportsIndicator[ch], yi.year, 0); ok && unitOf(r.unit).dim == dim {
		if v := r.value * unitOf(r.unit).factor; v > total {
			total = v
			totalRefs = union(bk.refs, []int{r.ref})
		}
	}
	if total <= 0 {
		return nil
	}
	xa, pa := bk.value(a)
	var aRefs []int
	if pa != nil {
		aRefs = pa.refs
	} else if full {
		aRefs = []int{m.led.assume(fmt.Sprintf("%s→%s %s %d: no delivery recorded, taken as 0", a, b, ch, yi.year))}
	}
	c := &ChannelLeverage{Channel: ch, Year: yi.year, Unit: bk.unit, FromClaims: pa != nil && pa.claim}
	c.Imports = fig(total, totalRefs)
	c.FromA = fig(xa, aRefs)
	d := xa / total
	c.ImportShare = share(d, totalRefs)
	mRel, relRefs := 1.0, []int{m.relianceRef}
	if r, ok := m.indicator(b, m.opts.SupplyIndicator[ch], yi.year, 0); ok && unitOf(r.unit).dim == dim && r.value > 0 {
		mRel, relRefs = math.Min(1, total/(r.value*unitOf(r.unit).factor)), union(totalRefs, []int{r.ref})
	}
	c.Reliance = share(mRel, relRefs)
	depRefs := totalRefs
	if full || mRel != 1 {
		depRefs = union(totalRefs, relRefs)
	}
	c.Dependence = share(d*mRel, depRefs)
	c.HHI = share(bk.sumsq/(total*total), totalRefs)

	// Substitutes and their capacity.
	capSum := 0.0
	if !full && m.opts.ExportShare == 0 {
		capSum = m.opts.Headroom * math.Max(0, bk.bilateral-xa) // the loop below then only lists three
	}
	for i := range bk.parts {
		q := &bk.parts[i]
		if q.cty == a {
			continue
		}
		if !full && m.opts.ExportShare == 0 {
			if len(c.Substitutes) == 3 {
				break
			}
			c.Substitutes = append(c.Substitutes, Substitute{Country: q.cty, Current: fig(q.value, q.refs),
				Capacity: fig(m.opts.Headroom*q.value, bk.subRefs)})
			continue
		}
		cp := m.opts.Headroom * q.value
		capRefs := bk.subRefs
		if m.opts.ExportShare > 0 {
			if xb := yi.exports[bkey{ch, q.cty, dim}]; xb != nil {
				cp += m.opts.ExportShare * math.Max(0, xb.bilateral-q.value)
				if full {
					capRefs = union(capRefs, xb.refs)
				}
			}
		}
		capSum += cp
		if full || len(c.Substitutes) < 3 {
			subRefs := q.refs
			if full {
				subRefs = union(q.refs, []int{m.headroomRef, m.exportShareRef})
			}
			c.Substitutes = append(c.Substitutes, Substitute{Country: q.cty, Current: fig(q.value, q.refs),
				Capacity: fig(cp, union(subRefs, capRefs))})
		}
	}
	if c.Substitutes == nil {
		c.Substitutes = []Substitute{}
	}
	c.Capacity = fig(capSum, bk.subRefs)
	s := 1.0
	if xa > 0 {
		s = capSum / (capSum + xa)
	}
	c.Substitutability = share(s, bk.subRefs)

	// A's counter-dependence in the channel.
	xk := 0.0
	var kRefs []int
	if full {
		kRefs = []int{m.led.assume(fmt.Sprintf("%s exports no %s in %d as far as the data shows: counter-dependence 0", a, ch, yi.year))}
	}
	if eb := yi.exports[bkey{ch, a, dim}]; eb != nil {
		exp := eb.bilateral
		reported := false
		if r, ok := m.indicator(a, m.opts.ExportsIndicator[ch], yi.year, 0); ok && unitOf(r.unit).dim == dim {
			if v := r.value * unitOf(r.unit).factor; v > exp {
				exp, reported = v, true
				kRefs = union(eb.refs, []int{r.ref})
			}
		}
		switch {
		case !reported && len(eb.parts) < m.opts.MinPartners:
			if full {
				kRefs = union(eb.refs, []int{m.led.assume(fmt.Sprintf("%s's %s exports in %d: fewer than %d buyers recorded, counter-dependence taken as 0", a, ch, yi.year, m.opts.MinPartners))})
			}
		case exp > 0:
			if !reported {
				kRefs = eb.refs
			}
			xk = xa / exp
		}
	}
	c.CounterDependence = share(xk, kRefs)

	if r, ok := m.indicator(b, m.opts.CapIndicator[ch], yi.year, 1000); ok && unitOf(r.unit).dim == dim {
		cf := Figure{Value: r.value * unitOf(r.unit).factor / f, Unit: bk.unit, Sources: []int{r.ref}}
		c.Cap = &cf
	}
	w := m.opts.weight(ch)
	c.Weight = Figure{Value: w, Unit: "weight"}
	if full {
		c.Weight.Sources = []int{m.led.assume(fmt.Sprintf("channel weight ω(%s) = %g", ch, w))}
	}
	l := 0.0
	if xa > 0 {
		l = math.Cbrt(clamp01(d*mRel) * clamp01(bk.sumsq/(total*total)) * clamp01(1-s))
	}
	c.Score = share(l, bk.subRefs)
	if full {
		c.Score.Sources = union(depRefs, bk.subRefs)
	}
	return c
}

// context adds sanctions in force and news evidence about the pair.
func (m *Model) context(p *Pair, y int) {
	if y == 0 {
		for _, c := range p.Channels {
			y = max(y, c.Year)
		}
		if y == 0 {
			y = m.LatestYear()
		}
	}
	yi := m.year(y)
	for i, t := range yi.sanctions {
		if t.To == p.To {
			p.Sanctions = append(p.Sanctions, Sanction{Sender: t.From, Target: t.To, Start: t.Start, End: t.End,
				Attributes: t.Attributes, Sources: []int{yi.sanctRefs[i]}})
		}
	}
	years := map[int]bool{y: true}
	for _, c := range p.Channels {
		years[c.Year] = true
	}
	for cy := range years {
		for _, e := range m.year(cy).evidence {
			if e.To == p.To {
				p.Evidence = append(p.Evidence, e)
			}
		}
	}
	if yi.skipped > 0 {
		p.Notes = append(p.Notes, fmt.Sprintf("%d flows of %d with negative or non-finite values were skipped", yi.skipped, y))
	}
}

func clamp01(v float64) float64 {
	switch {
	case v < 0 || math.IsNaN(v):
		return 0
	case v > 1:
		return 1
	}
	return v
}

package leverage

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/hebel-project/hebel"
)

// Pair is the leverage of From (A) over To (B), channel by channel, with
// the combined score and what it rests on.
type Pair struct {
	From string `json:"from"`
	To   string `json:"to"`
	Year int    `json:"year"`            // requested, 0 for the latest data; each channel names the year of its data
	AsOf string `json:"as_of,omitempty"` // the model's as-of date (YYYY-MM-DD), when it has one
	// Score is the combined leverage L in [0, 1] (see the package doc),
	// over the channels in Coverage.Scored; nil when no channel has both
	// B's data and A's deliveries.
	Score *Figure `json:"score"`
	// CounterDependence k is the share of A's exports that go to B (trade
	// channel); it discounts the score. Nil when A's exports are unknown
	// (then nothing is discounted).
	CounterDependence *Figure           `json:"counter_dependence"`
	Channels          []ChannelLeverage `json:"channels"`
	// Coverage says which channels the score rests on, of which years.
	Coverage  PairCoverage `json:"coverage"`
	Sanctions []Sanction   `json:"sanctions,omitempty"`
	// SanctionsExposure is the sanctions channel (see sanctions.go): nil
	// when no sanctions regime is in force against B.
	SanctionsExposure *SanctionsExposure `json:"sanctions_exposure,omitempty"`
	Evidence          []Evidence         `json:"evidence,omitempty"`
	Notes             []string           `json:"notes,omitempty"`
	// Sources are the rows, claims and assumptions the figures refer to.
	Sources []Source `json:"sources,omitempty"`
}

// PairCoverage is what a pair's score rests on.
type PairCoverage struct {
	Scored     []hebel.Channel `json:"scored"`               // channels in the score
	Unknown    []hebel.Channel `json:"unknown,omitempty"`    // B has data, A's deliveries are unknown: not in the score
	Unweighted []hebel.Channel `json:"unweighted,omitempty"` // shown with weight 0
	Years      []ChannelYear   `json:"years"`                // each channel's data year
	// Stale lists the channels whose data are more than StaleAfter years
	// older than Reference (the year asked for, the as-of year, or the
	// latest year of the data).
	Stale      []hebel.Channel `json:"stale,omitempty"`
	StaleAfter int             `json:"stale_after"`
	Reference  int             `json:"reference_year"`
	// TooOld are channels whose latest data for B lie more than MaxLag
	// years before Reference: not used.
	TooOld []ChannelYear `json:"too_old,omitempty"`
}

// ChannelYear is the year of one channel's data.
type ChannelYear struct {
	Channel hebel.Channel `json:"channel"`
	Year    int           `json:"year"`
}

// ChannelLeverage is A's leverage over B in one channel and unit. In the
// export-market channel the roles turn: Imports are B's exports to all
// buyers, FromA what A buys from B, Substitutes B's other buyers.
type ChannelLeverage struct {
	Channel hebel.Channel `json:"channel"`
	Year    int           `json:"year"`
	Unit    string        `json:"unit"`
	// Imports T: B's imports in the channel from all partners with data.
	Imports Figure `json:"imports"`
	// FromA x_A: A's deliveries to B; nil when unknown.
	FromA *Figure `json:"from_a"`
	// ImportShare d = x_A / T.
	ImportShare *Figure `json:"import_share"`
	// Reliance m: share of B's supply that is imported (1 when unknown).
	Reliance Figure `json:"reliance"`
	// Dependence D = d × m.
	Dependence *Figure `json:"dependence"`
	// HHI = Σ_k (x_k / T)², B's supplier concentration.
	HHI Figure `json:"hhi"`
	// Substitutes are B's other suppliers, largest first, each with the
	// capacity the headroom and export-share assumptions give it; at most
	// MaxSubstitutesListed, the others counted in MoreSubstitutes (all are
	// in Capacity).
	Substitutes     []Substitute `json:"substitutes"`
	MoreSubstitutes int          `json:"more_substitutes,omitempty"`
	// Capacity C = Σ capacities of the substitutes.
	Capacity Figure `json:"substitute_capacity"`
	// Substitutability S = C / (C + x_A).
	Substitutability *Figure `json:"substitutability"`
	// CounterDependence is the share of A's exports in the channel that go
	// to B (in the export-market channel: of A's imports that come from B);
	// nil when A's total is unknown.
	CounterDependence *Figure `json:"counter_dependence"`
	// Cap is a ceiling on B's imports in the channel, when one is known.
	Cap *Figure `json:"cap,omitempty"`
	// Weight ω of the channel in the pair score.
	Weight Figure `json:"weight"`
	// Score L_c = (D × HHI × (1 − S))^(1/3); nil when x_A is unknown.
	Score *Figure `json:"score"`
	// FromClaims is set when A's deliveries come from news claims only.
	FromClaims bool `json:"from_claims,omitempty"`
	// Stale: the data are more than Options.StaleAfter years old.
	Stale    bool     `json:"stale,omitempty"`
	Coverage Coverage `json:"coverage"`
}

// Coverage says what a channel's figures rest on and what they lack.
type Coverage struct {
	Partners int      `json:"partners"` // partners with a figure
	Complete bool     `json:"complete"` // the data list every partner: one without a figure delivered nothing recorded
	Datasets []string `json:"datasets"`
	// Carried are partners whose figure is from an earlier year.
	Carried []Carried `json:"carried,omitempty"`
	// Lacks says what the data leave out (partners an extract does not
	// list, a dataset's known gaps).
	Lacks string `json:"lacks,omitempty"`
	// Unknown says why A's figure is unknown.
	Unknown string `json:"unknown,omitempty"`
	// LowerBound: T sums only the partners with figures; the shares are
	// upper bounds.
	LowerBound bool `json:"imports_lower_bound,omitempty"`
}

// Carried is a partner whose figure is carried forward from an earlier
// year.
type Carried struct {
	Country string `json:"country"`
	Year    int    `json:"year"`
	Note    string `json:"note"`
}

// Substitute is one other supplier of B in a channel.
type Substitute struct {
	Country  string `json:"country"`
	Year     int    `json:"year,omitempty"` // the year of Current when it is not the channel's
	Current  Figure `json:"current"`        // x_k, its deliveries to B
	Capacity Figure `json:"capacity"`       // h × x_k + e × its other exports
	// FromClaims: Current rests on news claims only (a pact the datasets
	// do not know yet).
	FromClaims bool `json:"from_claims,omitempty"`
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
// in. With y = 0 each channel uses its latest year with data for B (up to
// the model's as-of date) and names it. It fails with EINVALID on empty or
// equal codes and ENOTFOUND when the world has no data on B.
func (m *Model) Analyze(a, b string, y int) (*Pair, error) {
	if a == "" || b == "" || a == b {
		return nil, hebel.Errorf(hebel.EINVALID, "leverage: need two different states, got %q and %q", a, b)
	}
	if y < 0 {
		return nil, hebel.Errorf(hebel.EINVALID, "leverage: year %d", y)
	}
	p := m.pair(a, b, y, true)
	if len(p.Channels) == 0 && len(p.Sanctions) == 0 && p.SanctionsExposure == nil {
		if y > 0 {
			return nil, hebel.Errorf(hebel.ENOTFOUND, "leverage: no data on %s's imports or ties up to %d", b, y)
		}
		return nil, hebel.Errorf(hebel.ENOTFOUND, "leverage: no data on %s's imports or ties", b)
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

// reference is the year staleness is measured from.
func (m *Model) reference(y int) int {
	if y > 0 {
		return y
	}
	return m.last
}

// requestYear is the year a request of y (0: latest) looks up to.
func (m *Model) requestYear(y int) int {
	if y > 0 {
		return y
	}
	return m.last
}

// orderDims orders the dimensions B has in channel ch by Options.Units.
func (m *Model) orderDims(ch hebel.Channel, dims []string) []string {
	pref := m.opts.Units[ch]
	if len(pref) == 0 || len(dims) < 2 {
		return dims
	}
	out := make([]string, 0, len(dims))
	for _, p := range pref {
		if contains(dims, p) {
			out = append(out, p)
		}
	}
	for _, d := range dims {
		if !contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// side returns the basket a channel reads for B, and the indicator of
// its total: B's imports, or in the export-market channel B's exports.
func (m *Model) side(yi *yearIndex, ch hebel.Channel, b, dim string) (*basket, string) {
	if ch == hebel.ChannelExportMarket {
		return yi.exports[bkey{hebel.ChannelTrade, b, dim}], m.opts.ExportsIndicator[hebel.ChannelTrade]
	}
	return yi.imports[bkey{ch, b, dim}], m.opts.ImportsIndicator[ch]
}

// dims returns the dimensions of B's data in channel ch, ordered; for
// every channel but security only the first in which A's deliveries are
// known (or the first, when they are known in none).
func (m *Model) dims(yi *yearIndex, ch hebel.Channel, a, b string) []string {
	var dims []string
	if ch == hebel.ChannelExportMarket {
		dims = yi.exportDim[ckey{hebel.ChannelTrade, b}]
	} else {
		dims = yi.importDim[ckey{ch, b}]
	}
	dims = m.orderDims(ch, dims)
	if ch == hebel.ChannelSecurity || len(dims) < 2 {
		return dims
	}
	for _, d := range dims {
		bk, _ := m.side(yi, ch, b, d)
		if _, _, ok := bk.known(a); ok {
			return []string{d}
		}
	}
	return dims[:1]
}

// pair computes the pair. With full unset it keeps three substitutes per
// channel and leaves the score's sources empty (for all-pairs work).
func (m *Model) pair(a, b string, y int, full bool) *Pair {
	p := &Pair{From: a, To: b, Year: y}
	if !m.opts.AsOf.IsZero() {
		p.AsOf = m.opts.AsOf.Format("2006-01-02")
	}
	ry := m.requestYear(y)
	ref := m.reference(y)
	p.Coverage = PairCoverage{Scored: []hebel.Channel{}, Years: []ChannelYear{}, StaleAfter: m.opts.StaleAfter, Reference: ref}
	var wsum, lsum float64
	var scoreRefs [][]int
	var k *Figure
	haveK := false
	for _, ch := range m.chans {
		cy, ok := m.channelYear(ch, b, ry)
		if !ok {
			if ly, found := m.latestBefore(ch, b, ry); found && full {
				p.Coverage.TooOld = append(p.Coverage.TooOld, ChannelYear{ch, ly})
			}
			continue
		}
		yi := m.year(cy, ch)
		for _, dim := range m.dims(yi, ch, a, b) {
			c := m.channel(yi, ch, a, b, dim, full)
			if c == nil {
				continue
			}
			c.Stale = ref-cy > m.opts.StaleAfter
			p.Channels = append(p.Channels, *c)
			if !containsYear(p.Coverage.Years, ch) {
				p.Coverage.Years = append(p.Coverage.Years, ChannelYear{ch, cy})
				if c.Stale {
					p.Coverage.Stale = append(p.Coverage.Stale, ch)
				}
			}
			switch {
			case c.Weight.Value == 0:
				p.Coverage.Unweighted = appendChannel(p.Coverage.Unweighted, ch)
			case c.Score == nil:
				p.Coverage.Unknown = appendChannel(p.Coverage.Unknown, ch)
			default:
				p.Coverage.Scored = appendChannel(p.Coverage.Scored, ch)
				wsum += c.Weight.Value
				lsum += c.Weight.Value * c.Score.Value
				if full {
					scoreRefs = append(scoreRefs, c.Score.Sources, c.Weight.Sources)
				}
			}
			if ch == hebel.ChannelTrade && !haveK {
				k, haveK = c.CounterDependence, true
			}
		}
		if full && y > 0 && cy != y {
			p.Notes = append(p.Notes, fmt.Sprintf("%s: no data for %d; %d used", ch, y, cy))
		}
	}
	if se := m.sanctionsExposure(a, b, ry, full); se != nil {
		p.SanctionsExposure = se
		se.Stale = ref-se.Year > m.opts.StaleAfter
		p.Coverage.Years = append(p.Coverage.Years, ChannelYear{hebel.ChannelSanctions, se.Year})
		if se.Stale {
			p.Coverage.Stale = append(p.Coverage.Stale, hebel.ChannelSanctions)
		}
		switch {
		case se.Weight.Value == 0:
			p.Coverage.Unweighted = appendChannel(p.Coverage.Unweighted, hebel.ChannelSanctions)
		case se.Score == nil:
			p.Coverage.Unknown = appendChannel(p.Coverage.Unknown, hebel.ChannelSanctions)
		default:
			p.Coverage.Scored = appendChannel(p.Coverage.Scored, hebel.ChannelSanctions)
			wsum += se.Weight.Value
			lsum += se.Weight.Value * se.Score.Value
			if full {
				scoreRefs = append(scoreRefs, se.Score.Sources, se.Weight.Sources)
			}
		}
	}
	var unknown []hebel.Channel
	for _, ch := range p.Coverage.Unknown {
		if !containsChannel(p.Coverage.Scored, ch) {
			unknown = append(unknown, ch)
		}
	}
	p.Coverage.Unknown = unknown
	p.CounterDependence = k
	kv := 0.0
	if k != nil {
		kv = k.Value
	} else if full && wsum > 0 {
		p.Notes = append(p.Notes, fmt.Sprintf("%s's total exports are not in the data: the score is not discounted by its counter-dependence", a))
	}
	if wsum > 0 {
		p.Score = &Figure{Value: clamp01((1 - kv) * lsum / wsum), Unit: UnitShare}
		if full {
			var kr []int
			if k != nil {
				kr = k.Sources
			}
			p.Score.Sources = union(append(scoreRefs, kr)...)
		}
	}
	if full {
		m.context(p, y)
	}
	return p
}

func containsYear(list []ChannelYear, ch hebel.Channel) bool {
	for _, x := range list {
		if x.Channel == ch {
			return true
		}
	}
	return false
}

func appendChannel(list []hebel.Channel, ch hebel.Channel) []hebel.Channel {
	if containsChannel(list, ch) {
		return list
	}
	return append(list, ch)
}

// channel computes A's leverage over B in one channel, year and unit
// dimension; nil when B has nothing there.
func (m *Model) channel(yi *yearIndex, ch hebel.Channel, a, b, dim string, full bool) *ChannelLeverage {
	bk, totalName := m.side(yi, ch, b, dim)
	if bk == nil {
		return nil
	}
	f := bk.factor
	fig := func(v float64, refs []int) Figure { return Figure{Value: v / f, Unit: bk.unit, Sources: refs} }
	share := func(v float64, refs []int) *Figure { return &Figure{Value: clamp01(v), Unit: UnitShare, Sources: refs} }

	total, totalRefs := bk.bilateral, bk.refs
	reported := false
	if r, ok := m.indicator(b, totalName, yi.year, 0); ok && unitOf(r.unit).dim == dim {
		if v := r.value * unitOf(r.unit).factor; v > total {
			total, reported = v, true
			totalRefs = union(bk.refs, []int{r.ref})
		}
	}
	if total <= 0 {
		return nil
	}
	xa, pa, known := bk.known(a)
	c := &ChannelLeverage{Channel: ch, Year: yi.year, Unit: bk.unit, FromClaims: pa != nil && pa.claim}
	c.Coverage = m.coverage(bk, a, ch, known, reported)
	c.Imports = fig(total, totalRefs)
	if known {
		var aRefs []int
		switch {
		case pa != nil:
			aRefs = pa.refs
		case full:
			aRefs = union(bk.refs, []int{m.led.assume(fmt.Sprintf("%s→%s %s %d: the data list %s's partners and no delivery from %s: 0",
				a, b, ch, yi.year, b, a))})
		default:
			aRefs = bk.refs
		}
		c.FromA = ptr(fig(xa, aRefs))
		c.ImportShare = share(xa/total, union(totalRefs, aRefs))
	}
	mRel, relRefs := 1.0, []int{m.relianceRef}
	if r, ok := m.indicator(b, m.opts.SupplyIndicator[ch], yi.year, 0); ok && unitOf(r.unit).dim == dim && r.value > 0 {
		mRel, relRefs = math.Min(1, total/(r.value*unitOf(r.unit).factor)), union(totalRefs, []int{r.ref})
	}
	c.Reliance = *share(mRel, relRefs)
	depRefs := totalRefs
	if full || mRel != 1 {
		depRefs = union(totalRefs, relRefs)
	}
	if known {
		c.Dependence = share(xa/total*mRel, union(depRefs, c.FromA.Sources))
	}
	c.HHI = *share(bk.sumsq/(total*total), totalRefs)

	// Substitutes and their capacity.
	h := m.opts.Headroom
	e := 0.0
	if m.opts.divertible(ch) {
		e = m.opts.ExportShare
	}
	capSum := 0.0
	lean := !full && e == 0
	if lean {
		capSum = h * math.Max(0, bk.bilateral-xa) // the loop below then only lists three
	}
	for i := range bk.parts {
		q := &bk.parts[i]
		if q.cty == a {
			continue
		}
		if lean {
			if len(c.Substitutes) == 3 {
				break
			}
			c.Substitutes = append(c.Substitutes, Substitute{Country: q.cty, Current: fig(q.value, q.refs),
				Capacity: fig(h*q.value, bk.subRefs)})
			continue
		}
		cp := h * q.value
		var xbRefs []int
		if e > 0 {
			if xb := m.exportsOf(yi, ch, q.cty, dim); xb != nil {
				cp += e * math.Max(0, xb.bilateral-q.value)
				xbRefs = xb.refs
			}
		}
		capSum += cp
		switch {
		case len(c.Substitutes) < MaxSubstitutesListed && (full || len(c.Substitutes) < 3):
			sub := Substitute{Country: q.cty, Current: fig(q.value, q.refs), FromClaims: q.claim,
				Capacity: fig(cp, union(q.refs, xbRefs, []int{m.headroomRef, m.exportShareRef}))}
			if q.year != yi.year {
				sub.Year = q.year
			}
			c.Substitutes = append(c.Substitutes, sub)
		case full:
			c.MoreSubstitutes++
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
	if known {
		c.Substitutability = share(s, bk.subRefs)
	}
	if pa == nil || pa.year == yi.year {
		// A carried-forward figure is no share of A's exports this year.
		c.CounterDependence = m.counterDependence(yi, ch, a, b, dim, xa, known, full)
	}

	if ch != hebel.ChannelExportMarket {
		if r, ok := m.indicator(b, m.opts.CapIndicator[ch], yi.year, 1000); ok && unitOf(r.unit).dim == dim {
			cf := Figure{Value: r.value * unitOf(r.unit).factor / f, Unit: bk.unit, Sources: []int{r.ref}}
			c.Cap = &cf
		}
	}
	w := m.opts.weight(ch)
	c.Weight = Figure{Value: w, Unit: "weight"}
	if full {
		c.Weight.Sources = []int{m.led.assume(weightText(ch, w))}
	}
	if known {
		l := 0.0
		if xa > 0 {
			l = math.Cbrt(clamp01(xa/total*mRel) * clamp01(bk.sumsq/(total*total)) * clamp01(1-s))
		}
		c.Score = share(l, bk.subRefs)
		if full {
			c.Score.Sources = union(depRefs, bk.subRefs, c.FromA.Sources)
		}
	}
	return c
}

// MaxSubstitutesListed is how many substitutes a channel lists by name.
const MaxSubstitutesListed = 12

func weightText(ch hebel.Channel, w float64) string {
	switch {
	case w != 0:
		return fmt.Sprintf("channel weight ω(%s) = %g", ch, w)
	case ch == hebel.ChannelFinance:
		return "channel weight ω(finance) = 0: the data cover Chinese lenders only, so no share of B's development finance can be formed; shown, not scored"
	case strings.HasPrefix(string(ch), "hs:"):
		return fmt.Sprintf("channel weight ω(%s) = 0: a broad HS section overlaps total trade and the product channels; shown, not scored", ch)
	}
	return fmt.Sprintf("channel weight ω(%s) = 0", ch)
}

func ptr(f Figure) *Figure { return &f }

// exportsOf returns k's exports basket in a channel (trade for the
// export-market channel).
func (m *Model) exportsOf(yi *yearIndex, ch hebel.Channel, k, dim string) *basket {
	if ch == hebel.ChannelExportMarket {
		return yi.imports[bkey{hebel.ChannelTrade, k, dim}] // another buyer's purchases
	}
	return yi.exports[bkey{ch, k, dim}]
}

// coverage describes what a channel's basket rests on.
func (m *Model) coverage(bk *basket, a string, ch hebel.Channel, known, reported bool) Coverage {
	cv := Coverage{Partners: len(bk.parts), Complete: bk.complete, Datasets: append([]string{}, bk.datasets...)}
	for _, q := range bk.parts {
		if q.note != "" {
			cv.Carried = append(cv.Carried, Carried{Country: q.cty, Year: q.year, Note: q.note})
		}
	}
	var lacks []string
	for _, ds := range bk.datasets {
		info := m.world.Sources[ds]
		if len(info.Exporters) > 0 && ch != hebel.ChannelExportMarket {
			lacks = append(lacks, fmt.Sprintf("%s lists only %s as suppliers", ds, strings.Join(info.Exporters, ", ")))
		}
	}
	for _, cty := range sortedKeys(setOf(bk.gaps)) {
		if _, found := bk.pos[cty]; !found {
			lacks = append(lacks, bk.gaps[cty])
		}
	}
	for _, ds := range bk.mirror {
		lacks = append(lacks, fmt.Sprintf("the importer reported nothing to %s this year: its imports are what %d reporting partners declared, and partners that did not report are unknown", ds, len(bk.listed)))
	}
	cv.Lacks = strings.Join(lacks, "; ")
	// T sums only the partners with figures when the data do not list
	// every partner: an incomplete source, or a complete one that knows
	// only some partners (an extract of a few exporters, an importer seen
	// only through its reporting partners).
	cv.LowerBound = (!bk.complete || bk.listed != nil) && !reported
	if !known {
		switch {
		case bk.gaps[a] != "":
			cv.Unknown = bk.gaps[a]
		case bk.listed != nil && !bk.listed[a]:
			cv.Unknown = fmt.Sprintf("the data list only %s", strings.Join(sortedKeys(bk.listed), ", "))
		default:
			cv.Unknown = fmt.Sprintf("no figure for %s in this year or the %d before, and the sources (%s) do not list every partner", a, m.opts.MaxLag, strings.Join(bk.datasets, ", "))
		}
	}
	return cv
}

// counterDependence is the share of A's exports in the channel that go to
// B (x_a of them), or in the export-market channel of A's imports that
// come from B; nil when A's total is unknown.
func (m *Model) counterDependence(yi *yearIndex, ch hebel.Channel, a, b, dim string, xa float64, known, full bool) *Figure {
	if !known {
		return nil
	}
	var eb *basket
	totalName := m.opts.ExportsIndicator[ch]
	if ch == hebel.ChannelExportMarket {
		eb = yi.imports[bkey{hebel.ChannelTrade, a, dim}]
		totalName = m.opts.ImportsIndicator[hebel.ChannelTrade]
	} else {
		eb = yi.exports[bkey{ch, a, dim}]
	}
	if eb == nil {
		return nil
	}
	exp := eb.bilateral
	refs := eb.refs
	reported := false
	if r, ok := m.indicator(a, totalName, yi.year, 0); ok && unitOf(r.unit).dim == dim {
		if v := r.value * unitOf(r.unit).factor; v > exp {
			exp, reported = v, true
			refs = union(eb.refs, []int{r.ref})
		}
	}
	if !reported && (!eb.complete || len(eb.parts) < m.opts.MinPartners) || exp <= 0 {
		return nil
	}
	if !full {
		refs = nil
	}
	return &Figure{Value: clamp01(xa / exp), Unit: UnitShare, Sources: refs}
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
	sanctions, refs := m.sanctionsAgainst(p.To, y)
	for i, t := range sanctions {
		p.Sanctions = append(p.Sanctions, Sanction{Sender: t.From, Target: t.To, Start: t.Start, End: t.End,
			Attributes: t.Attributes, Sources: []int{refs[i]}})
	}
	skipped := 0
	years := []int{y}
	for _, c := range p.Channels {
		if !slices.Contains(years, c.Year) {
			years = append(years, c.Year)
		}
	}
	slices.Sort(years)
	for _, cy := range years {
		for _, ch := range m.chans {
			if ch == hebel.ChannelExportMarket {
				continue // the trade channel's rows
			}
			yi := m.year(cy, ch)
			for _, e := range yi.evidence {
				if e.To == p.To {
					p.Evidence = append(p.Evidence, e)
				}
			}
			if cy == y {
				skipped += yi.skipped
			}
		}
	}
	if skipped > 0 {
		p.Notes = append(p.Notes, fmt.Sprintf("%d flows of %d with negative or non-finite values were skipped", skipped, y))
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

func sortedKeys(set map[string]bool) []string { return slices.Sorted(maps.Keys(set)) }

func setOf(m map[string]string) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

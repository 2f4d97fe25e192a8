package leverage

import (
	"fmt"
	"sort"
	"strings"

	"github.com/hebel-project/hebel"
)

// yearIndex holds one year's flows grouped into baskets: per channel and
// importer the deliveries of every supplier (imports), per channel and
// exporter the deliveries to every buyer (exports), each basket in one
// unit dimension.
type yearIndex struct {
	year      int
	imports   map[bkey]*basket
	exports   map[bkey]*basket
	importDim map[ckey][]string // dimensions of (channel, importer), in order first seen
	evidence  []Evidence        // claims and rows considered but not summed, or summed claims
	sanctions []hebel.Tie
	sanctRefs []int
	skipped   int // flows with a negative, infinite or NaN value
}

type bkey struct {
	ch       hebel.Channel
	cty, dim string
}

// basket is one importer's (or exporter's) deliveries in one channel,
// year and unit dimension. Values are in the dimension's base unit.
type basket struct {
	unit      string // display unit
	factor    float64
	bilateral float64 // Σ parts
	parts     []part  // largest first
	pos       map[string]int
	refs      []int   // every row behind the parts
	sumsq     float64 // Σ parts², for the HHI
	subRefs   []int   // refs + headroom and export-share assumptions
}

type part struct {
	cty   string
	value float64
	refs  []int
	claim bool // the value comes from news claims, no dataset reports it
}

func (b *basket) value(cty string) (float64, *part) {
	if b == nil {
		return 0, nil
	}
	if i, ok := b.pos[cty]; ok {
		return b.parts[i].value, &b.parts[i]
	}
	return 0, nil
}

// Evidence is a flow from a dataset or a news claim that the model saw
// for a pair: either summed (Used) or set aside because another source
// reports the same flow.
type Evidence struct {
	Kind     string        `json:"kind"` // KindDataset or KindClaim
	From     string        `json:"from"`
	To       string        `json:"to"`
	Channel  hebel.Channel `json:"channel"`
	Year     int           `json:"year"`
	Value    Figure        `json:"value"`
	Claimant string        `json:"claimant,omitempty"`
	Used     bool          `json:"used"`
	Note     string        `json:"note,omitempty"`
}

type contrib struct {
	dataset string
	unit    string
	value   float64 // base unit
	ref     int
	claim   bool
	flow    *hebel.Flow
}

type fkey struct {
	ch       hebel.Channel
	from, to string
	dim      string
}

func (m *Model) claimant(f *hebel.Flow) string {
	if c := m.opts.Claimants[f.ClaimID]; c != "" {
		return c
	}
	return f.Note
}

func (m *Model) buildYear(y int) *yearIndex {
	yi := &yearIndex{year: y, imports: map[bkey]*basket{}, exports: map[bkey]*basket{}, importDim: map[ckey][]string{}}
	groups := map[fkey][]contrib{}
	var order []fkey
	dsRank := map[string]int{}
	for i, d := range m.opts.Prefer {
		dsRank[d] = i
	}
	w := m.world
	for _, i := range m.flowsByYear[y] {
		f := &w.Flows[i]
		if !validValue(f.Value) {
			yi.skipped++
			continue
		}
		u := unitOf(f.Unit)
		claim := f.ClaimID != "" || f.Prov.Dataset == NewsDataset || strings.HasPrefix(f.Note, "claim")
		if partialYear(f) {
			ref := m.led.row(f.Prov, "", "", fmt.Sprintf("%s %s→%s %d (partial year): %g %s", f.Channel, f.From, f.To, f.Year, f.Value, f.Unit))
			yi.evidence = append(yi.evidence, Evidence{Kind: KindDataset, From: f.From, To: f.To, Channel: f.Channel, Year: y,
				Value: Figure{Value: f.Value, Unit: f.Unit, Sources: []int{ref}}, Note: "not summed: " + f.Note})
			continue
		}
		c := contrib{dataset: f.Prov.Dataset, unit: f.Unit, value: f.Value * u.factor, claim: claim, flow: f}
		if claim {
			p := f.Prov
			if f.ClaimID == "" && p.Dataset != NewsDataset {
				p.Dataset = p.Dataset + " (claim)"
			}
			c.ref = m.led.row(p, f.ClaimID, m.claimant(f), lazyText{flow: f}.String())
		} else {
			c.ref = m.led.flowRow(f)
			if _, ok := dsRank[f.Prov.Dataset]; !ok {
				dsRank[f.Prov.Dataset] = len(m.opts.Prefer) + len(dsRank)
			}
		}
		k := fkey{f.Channel, f.From, f.To, u.dim}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], c)
	}
	m.addTies(yi, y, groups, &order)
	for _, k := range order {
		value, refs, claim, unit := m.resolve(yi, k, groups[k], dsRank)
		if refs == nil {
			continue
		}
		yi.add(yi.imports, bkey{k.ch, k.to, k.dim}, k.from, unit, value, refs, claim)
		yi.add(yi.exports, bkey{k.ch, k.from, k.dim}, k.to, unit, value, refs, claim)
		ik := ckey{k.ch, k.to}
		if !contains(yi.importDim[ik], k.dim) {
			yi.importDim[ik] = append(yi.importDim[ik], k.dim)
		}
	}
	for _, bs := range []map[bkey]*basket{yi.imports, yi.exports} {
		for _, b := range bs {
			b.finish(m.headroomRef, m.exportShareRef)
		}
	}
	return yi
}

// resolve picks the value of one flow reported by several rows: rows of
// one dataset are summed (product lines add up); of several datasets the
// preferred one wins; claims count only where no dataset reports the flow,
// and then the largest claim is used. Everything set aside is evidence.
func (m *Model) resolve(yi *yearIndex, k fkey, cs []contrib, dsRank map[string]int) (value float64, refs []int, claim bool, unit string) {
	best := ""
	for _, c := range cs {
		if !c.claim && (best == "" || dsRank[c.dataset] < dsRank[best]) {
			best = c.dataset
		}
	}
	var top *contrib
	if best == "" {
		for i := range cs {
			if top == nil || cs[i].value > top.value {
				top = &cs[i]
			}
		}
	}
	for i := range cs {
		c := &cs[i]
		used := (best != "" && !c.claim && c.dataset == best) || (best == "" && c == top)
		if used {
			value += c.value
			refs = append(refs, c.ref)
			if unit == "" {
				unit = c.unit
			}
		}
		if c.claim || !used {
			kind, note := KindDataset, ""
			if c.claim {
				kind = KindClaim
			}
			switch {
			case !used && best != "":
				note = "not summed: dataset " + best + " reports this flow"
			case !used:
				note = "not summed: a larger claim reports this flow"
			default:
				note = "used as input: no dataset reports this flow"
			}
			ev := Evidence{Kind: kind, From: k.from, To: k.to, Channel: k.ch, Year: yi.year,
				Value: Figure{Value: c.flow.Value, Unit: c.unit, Sources: []int{c.ref}}, Used: used, Note: note}
			if c.claim {
				ev.Claimant = m.claimant(c.flow)
			}
			yi.evidence = append(yi.evidence, ev)
		}
	}
	return value, refs, best == "", unit
}

// addTies turns the year's security ties into contributions of the
// security channel (allies weighted by power, troops by persons) and
// collects the sanctions in force.
func (m *Model) addTies(yi *yearIndex, y int, groups map[fkey][]contrib, order *[]fkey) {
	type ally struct{ refs []int }
	allies := map[[2]string]*ally{} // (B, ally)
	var allyOrder [][2]string
	for i := range m.world.Ties {
		t := &m.world.Ties[i]
		end := t.End
		if end == 0 {
			end = y
		}
		if y < t.Start || y > end {
			continue
		}
		text := fmt.Sprintf("%s tie %s–%s %d–%s", t.Kind, t.From, t.To, t.Start, endText(t.End))
		switch {
		case contains(m.opts.SanctionKinds, t.Kind):
			yi.sanctions = append(yi.sanctions, *t)
			yi.sanctRefs = append(yi.sanctRefs, m.led.row(t.Prov, tieClaim(t), t.Attributes["claimant"], text))
		case contains(m.opts.TroopKinds, t.Kind):
			if !validValue(t.Value) || t.Value == 0 {
				continue
			}
			u := unitOf(t.Unit)
			ref := m.led.row(t.Prov, tieClaim(t), t.Attributes["claimant"], text)
			k := fkey{hebel.ChannelSecurity, t.From, t.To, u.dim}
			if _, ok := groups[k]; !ok {
				*order = append(*order, k)
			}
			groups[k] = append(groups[k], contrib{dataset: t.Prov.Dataset, unit: t.Unit, value: t.Value * u.factor, ref: ref,
				flow: &hebel.Flow{Year: y, From: t.From, To: t.To, Channel: hebel.ChannelSecurity, Value: t.Value, Unit: t.Unit, Prov: t.Prov}})
		case contains(m.opts.AllianceKinds, t.Kind):
			ref := m.led.row(t.Prov, tieClaim(t), t.Attributes["claimant"], text)
			for _, p := range [][2]string{{t.To, t.From}, {t.From, t.To}} {
				a := allies[p]
				if a == nil {
					a = &ally{}
					allies[p] = a
					allyOrder = append(allyOrder, p)
				}
				a.refs = append(a.refs, ref)
			}
		}
	}
	// Allies are weighted by power when every ally of B has a power
	// figure, else counted.
	byB := map[string][][2]string{}
	for _, p := range allyOrder {
		byB[p[0]] = append(byB[p[0]], p)
	}
	for _, p := range allyOrder {
		b := p[0]
		list := byB[b]
		if list == nil {
			continue
		}
		delete(byB, b)
		rows := make([]indRow, len(list))
		weighted := true
		for i, q := range list {
			r, ok := m.indicator(q[1], m.opts.PowerIndicator, y, m.opts.MaxLag)
			if !ok || r.value <= 0 {
				weighted = false
			}
			rows[i] = r
		}
		for i, q := range list {
			refs := allies[q].refs
			c := contrib{dataset: "ties", unit: "allies", value: 1, ref: refs[0]}
			if weighted {
				c.unit, c.value = "cinc", rows[i].value
			}
			k := fkey{hebel.ChannelSecurity, q[1], b, unitOf(c.unit).dim}
			if _, ok := groups[k]; !ok {
				*order = append(*order, k)
			}
			for j, r := range refs {
				cj := c
				cj.ref = r
				if j > 0 {
					cj.value = 0 // several rows for one alliance count once
				}
				cj.flow = &hebel.Flow{Year: y, From: q[1], To: b, Channel: hebel.ChannelSecurity, Value: cj.value, Unit: c.unit}
				groups[k] = append(groups[k], cj)
			}
			if weighted {
				groups[k] = append(groups[k], contrib{dataset: "ties", unit: c.unit, ref: rows[i].ref,
					flow: &hebel.Flow{Year: y, From: q[1], To: b, Channel: hebel.ChannelSecurity, Unit: c.unit}})
			}
		}
	}
}

// partialYear reports whether a flow covers only part of its year (the
// loaders' Note starts "partial year"): such rows are evidence, never
// summed with whole-year rows.
func partialYear(f *hebel.Flow) bool { return strings.HasPrefix(f.Note, "partial year") }

func endText(end int) string {
	if end == 0 {
		return "ongoing"
	}
	return fmt.Sprint(end)
}

func (yi *yearIndex) add(bs map[bkey]*basket, k bkey, cty, unit string, value float64, refs []int, claim bool) {
	b := bs[k]
	if b == nil {
		u := unitOf(unit)
		b = &basket{unit: unit, factor: u.factor, pos: map[string]int{}}
		bs[k] = b
	}
	if i, ok := b.pos[cty]; ok {
		b.parts[i].value += value
		b.parts[i].refs = append(b.parts[i].refs, refs...)
		b.parts[i].claim = b.parts[i].claim && claim
	} else {
		b.pos[cty] = len(b.parts)
		b.parts = append(b.parts, part{cty: cty, value: value, refs: refs, claim: claim})
	}
	b.bilateral += value
	b.refs = append(b.refs, refs...)
}

func (b *basket) finish(headroomRef, exportShareRef int) {
	sort.SliceStable(b.parts, func(i, j int) bool {
		if b.parts[i].value != b.parts[j].value {
			return b.parts[i].value > b.parts[j].value
		}
		return strings.Compare(b.parts[i].cty, b.parts[j].cty) < 0
	})
	for i, p := range b.parts {
		b.pos[p.cty] = i
	}
	b.refs = union(b.refs)
	for _, p := range b.parts {
		b.sumsq += p.value * p.value
	}
	b.subRefs = union(b.refs, []int{headroomRef, exportShareRef})
}

// tieClaim is the claim id of a tie taken from the news (NewsWorld), ""
// for a dataset row.
func tieClaim(t *hebel.Tie) string { return t.Attributes["claim_id"] }

package leverage

import (
	"fmt"
	"slices"
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
	exportDim map[ckey][]string // dimensions of (channel, exporter)
	evidence  []Evidence        // claims and rows considered but not summed, or summed claims
	skipped   int               // flows with a negative, infinite or NaN value
	// emptied are the import baskets whose every row was set aside as an
	// outlier, with the datasets of those rows and their unit.
	emptied map[bkey]emptiedBasket
}

type emptiedBasket struct {
	unit     string
	datasets []string
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
	// complete: a complete dataset lists the partners this year, so a
	// partner without a part delivered nothing that source records.
	complete bool
	// listed, when set, are the only partners the complete datasets list
	// (a dataset of one lender); others are unknown.
	listed map[string]bool
	// gaps: partners a dataset is known not to record (unknown, not zero).
	gaps map[string]string
	// mirror names the datasets in which the importer reported nothing
	// this year: they know only the partners that reported (listed).
	mirror   []string
	datasets []string // datasets behind the parts, sorted
	carried  int      // parts carried forward from earlier years
}

type part struct {
	cty   string
	value float64
	refs  []int
	claim bool   // the value comes from news claims, no dataset reports it
	year  int    // the year of the figure: earlier than the basket's when carried forward
	note  string // why the figure is from an earlier year
}

// known returns partner cty's value in the basket: its part, or 0 when
// the basket's complete dataset lists no delivery from it; ok is false
// when the value is unknown (no figure, and no source that says zero).
func (b *basket) known(cty string) (v float64, p *part, ok bool) {
	if b == nil {
		return 0, nil, false
	}
	if i, found := b.pos[cty]; found {
		return b.parts[i].value, &b.parts[i], true
	}
	if !b.complete || b.gaps[cty] != "" || (b.listed != nil && !b.listed[cty]) {
		return 0, nil, false
	}
	return 0, nil, true
}

// value returns cty's part, 0 when it has none.
func (b *basket) value(cty string) (float64, *part) {
	v, p, _ := b.known(cty)
	return v, p
}

// Evidence is a flow from a dataset or a news claim that the model saw
// for a pair: either summed (Used) or set aside because another source
// reports the same flow, or because it is an outlier.
type Evidence struct {
	Kind     string        `json:"kind"` // KindDataset or KindClaim
	From     string        `json:"from"`
	To       string        `json:"to"`
	Channel  hebel.Channel `json:"channel"`
	Year     int           `json:"year"`
	Value    Figure        `json:"value"`
	Claimant string        `json:"claimant,omitempty"`
	Used     bool          `json:"used"`
	Outlier  bool          `json:"outlier,omitempty"`
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

// ykey names the index of one channel in one year.
type ykey struct {
	y  int
	ch hebel.Channel
}

// indexChannel is the channel whose rows an index of ch holds: the
// export-market channel reads the total-trade flows.
func indexChannel(ch hebel.Channel) hebel.Channel {
	if ch == hebel.ChannelExportMarket {
		return hebel.ChannelTrade
	}
	return ch
}

// year returns the index of channel ch in year y, building it on first
// use. Channels are indexed apart, so that a question about one channel
// in an old year does not index every other.
func (m *Model) year(y int, ch hebel.Channel) *yearIndex {
	k := ykey{y, indexChannel(ch)}
	m.mu.Lock()
	defer m.mu.Unlock()
	if yi, ok := m.years[k]; ok {
		return yi
	}
	yi := m.buildYear(k)
	m.years[k] = yi
	return yi
}

// raw returns the index of channel k.ch in year k.y of its own rows;
// m.mu must be held.
func (m *Model) raw(k ykey) *yearIndex {
	if yi, ok := m.raws[k]; ok {
		return yi
	}
	yi := m.buildRaw(k)
	m.raws[k] = yi
	return yi
}

// resolved is one flow after resolve: its value and where it came from.
type resolved struct {
	k        fkey
	value    float64
	refs     []int
	claim    bool
	unit     string
	datasets []string
}

// buildRaw indexes the rows of one channel in one year: flows, and for
// security the ties in force, resolved per flow (see resolve), mirror-data
// outliers set aside.
func (m *Model) buildRaw(key ykey) *yearIndex {
	y := key.y
	yi := &yearIndex{year: y, imports: map[bkey]*basket{}, exports: map[bkey]*basket{},
		importDim: map[ckey][]string{}, exportDim: map[ckey][]string{}}
	groups := map[fkey][]contrib{}
	var order []fkey
	dsRank := map[string]int{}
	for i, d := range m.opts.Prefer {
		dsRank[d] = i
	}
	w := m.world
	for _, i := range m.flowsByYearCh[key] {
		f := &w.Flows[i]
		if !validValue(f.Value) {
			yi.skipped++
			continue
		}
		u := unitOf(f.Unit)
		claim := isClaim(f)
		ref := m.flowRef(int(i))
		if partialYear(f) {
			ev := Evidence{Kind: KindDataset, From: f.From, To: f.To, Channel: f.Channel, Year: y,
				Value: Figure{Value: f.Value, Unit: f.Unit, Sources: []int{ref}}, Note: "not summed: " + f.Note}
			if claim {
				ev.Kind, ev.Claimant = KindClaim, m.claimant(f)
			}
			yi.evidence = append(yi.evidence, ev)
			continue
		}
		c := contrib{dataset: f.Prov.Dataset, unit: f.Unit, value: f.Value * u.factor, claim: claim, flow: f, ref: ref}
		if !claim {
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
	if key.ch == hebel.ChannelSecurity {
		m.addTies(y, groups, &order)
	}
	rs := make([]resolved, 0, len(order))
	tot := map[bkey]float64{}
	val := map[fkey]float64{}
	for _, k := range order {
		value, refs, claim, unit, ds := m.resolve(yi, k, groups[k], dsRank)
		if refs == nil {
			continue
		}
		rs = append(rs, resolved{k, value, refs, claim, unit, ds})
		tot[bkey{k.ch, k.to, k.dim}] += value
		val[k] = value
	}
	for _, r := range rs {
		if note := m.outlier(r.k, r.value, tot, val); note != "" {
			if yi.emptied == nil {
				yi.emptied = map[bkey]emptiedBasket{}
			}
			ek := bkey{r.k.ch, r.k.to, r.k.dim}
			e := yi.emptied[ek]
			e.unit = r.unit
			for _, d := range r.datasets {
				if !contains(e.datasets, d) {
					e.datasets = append(e.datasets, d)
				}
			}
			yi.emptied[ek] = e
			for _, ref := range r.refs {
				s, _ := m.Source(ref)
				yi.evidence = append(yi.evidence, Evidence{Kind: s.Kind, From: r.k.from, To: r.k.to, Channel: r.k.ch, Year: y,
					Value: Figure{Value: r.value / unitOf(r.unit).factor, Unit: r.unit, Sources: []int{ref}}, Outlier: true, Note: note})
				break
			}
			continue
		}
		yi.add(yi.imports, bkey{r.k.ch, r.k.to, r.k.dim}, r.k.from, r.unit, r.value, r.refs, r.claim, r.datasets)
		addDim(yi.importDim, ckey{r.k.ch, r.k.to}, r.k.dim)
		if r.k.ch != hebel.ChannelSecurity { // nobody "exports" alliances: no counter-dependence, no diversion
			yi.add(yi.exports, bkey{r.k.ch, r.k.from, r.k.dim}, r.k.to, r.unit, r.value, r.refs, r.claim, r.datasets)
			addDim(yi.exportDim, ckey{r.k.ch, r.k.from}, r.k.dim)
		}
	}
	for k := range yi.emptied {
		if _, ok := yi.imports[k]; ok {
			delete(yi.emptied, k)
		}
	}
	for k, b := range yi.imports {
		m.cover(b, k, y, true)
		b.finish(m.headroomRef, m.exportShareRef)
	}
	for k, b := range yi.exports {
		m.cover(b, k, y, false)
		b.finish(m.headroomRef, m.exportShareRef)
	}
	return yi
}

func addDim(dims map[ckey][]string, k ckey, dim string) {
	if !contains(dims[k], dim) {
		dims[k] = append(dims[k], dim)
	}
}

// cover sets what a basket's datasets say about the partners it lacks:
// complete (a partner without a part delivered nothing recorded), the
// partners listed when the complete datasets list only some exporters,
// and the known gaps of its datasets (an import basket's suppliers only).
func (m *Model) cover(b *basket, k bkey, y int, imports bool) {
	limited := true
	for _, ds := range b.datasets {
		if ds == allianceDataset {
			b.complete, limited = true, false
			continue
		}
		info := m.world.Sources[ds]
		if !info.Complete {
			continue
		}
		b.complete = true
		if !imports || len(info.Exporters) == 0 {
			limited = false
			continue
		}
		if b.listed == nil {
			b.listed = map[string]bool{}
		}
		for _, e := range info.Exporters {
			b.listed[e] = true
		}
	}
	if !limited || !b.complete {
		b.listed = nil
	}
	if !imports {
		return
	}
	// An importer that does not report is seen only through its partners'
	// reports (mirror rows): partners that did not report either are
	// unknown, not zero.
	for _, ds := range b.datasets {
		rep, mirror := m.reportersOf(ds, y)
		if !mirror || !b.complete || rep[k.cty] {
			continue
		}
		if b.listed == nil {
			b.listed = map[string]bool{}
		}
		for c := range rep {
			b.listed[c] = true
		}
		b.mirror = append(b.mirror, ds)
	}
	for _, ds := range b.datasets {
		for _, g := range m.world.Sources[ds].Gaps {
			if g.To == k.cty && g.Channel == k.ch && g.Since <= y {
				if b.gaps == nil {
					b.gaps = map[string]string{}
				}
				b.gaps[g.From] = g.Note
			}
		}
	}
}

// reportersOf returns the states that reported to dataset ds in year y,
// and whether ds marks mirror rows at all.
func (m *Model) reportersOf(ds string, y int) (map[string]bool, bool) {
	m.repMu.Lock()
	defer m.repMu.Unlock()
	if m.reps == nil {
		m.reps = map[int]map[string]map[string]bool{}
	}
	r, ok := m.reps[y]
	if !ok {
		r = m.reporters(y)
		m.reps[y] = r
	}
	rep, mirror := r[ds]
	return rep, mirror
}

// reporters returns, per dataset whose rows note "mirror" (an importer's
// imports taken from what its partners reported), the states that
// reported in year y: the importers of its other rows and the exporters
// of its mirror rows.
func (m *Model) reporters(y int) map[string]map[string]bool {
	var out map[string]map[string]bool
	w := m.world
	mirror := map[string]bool{}
	for _, i := range m.flowsByYear[y] {
		f := &w.Flows[i]
		if strings.Contains(f.Note, "mirror") {
			mirror[f.Prov.Dataset] = true
		}
	}
	if len(mirror) == 0 {
		return nil
	}
	out = map[string]map[string]bool{}
	for ds := range mirror {
		out[ds] = map[string]bool{}
	}
	for _, i := range m.flowsByYear[y] {
		f := &w.Flows[i]
		rep, ok := out[f.Prov.Dataset]
		if !ok {
			continue
		}
		if strings.Contains(f.Note, "mirror") {
			rep[f.From] = true
		} else {
			rep[f.To] = true
		}
	}
	return out
}

// buildYear indexes year y: its own rows, plus, for each importer's
// basket, the suppliers that have no figure this year but one in the last
// MaxLag years, carried forward with their year named, unless the
// basket's complete dataset says they delivered nothing (lookBack). m.mu
// must be held.
func (m *Model) buildYear(key ykey) *yearIndex {
	y := key.y
	raw := m.raw(key)
	yi := *raw
	yi.imports = make(map[bkey]*basket, len(raw.imports))
	for k, bk := range raw.imports {
		yi.imports[k] = bk
		if k.ch == hebel.ChannelSecurity {
			yi.imports[k] = m.attest(bk, y)
			continue
		}
		if bk.complete && len(bk.gaps) == 0 && bk.listed == nil {
			continue // a full list of partners: nobody to carry forward
		}
		carried := m.lookBack(k, bk, y)
		if len(carried) == 0 {
			continue
		}
		nb := bk.clone()
		m.addCarried(nb, carried)
		yi.imports[k] = nb
	}
	// Baskets whose rows were all outliers: what the suppliers known
	// before delivered is carried forward, if anything.
	for k, e := range raw.emptied {
		bk := &basket{unit: e.unit, factor: unitOf(e.unit).factor, pos: map[string]int{}, datasets: e.datasets}
		m.cover(bk, k, y, true)
		carried := m.lookBack(k, bk, y)
		if len(carried) == 0 {
			continue
		}
		m.addCarried(bk, carried)
		yi.imports[k] = bk
		addDimCopy(&yi, k)
	}
	return &yi
}

// addDimCopy records k's dimension in yi's own copy of importDim.
func addDimCopy(yi *yearIndex, k bkey) {
	ck := ckey{k.ch, k.cty}
	if contains(yi.importDim[ck], k.dim) {
		return
	}
	dims := make(map[ckey][]string, len(yi.importDim)+1)
	for key, v := range yi.importDim {
		dims[key] = v
	}
	dims[ck] = append(append([]string(nil), yi.importDim[ck]...), k.dim)
	yi.importDim = dims
}

// addCarried adds carried-forward parts to a basket and finishes it.
func (m *Model) addCarried(nb *basket, carried []part) {
	{
		for _, q := range carried {
			nb.pos[q.cty] = len(nb.parts)
			nb.parts = append(nb.parts, q)
			nb.bilateral += q.value
			nb.refs = append(nb.refs, q.refs...)
			nb.carried++
		}
		nb.sumsq = 0
		nb.finish(m.headroomRef, m.exportShareRef)
	}
}

// lookBack returns the suppliers of basket k that have no figure in year
// y but one in the MaxLag years before, each with its latest figure
// (resolved like a year's rows: the preferred dataset, else the largest
// claim), unless the basket's complete dataset says it delivered nothing.
func (m *Model) lookBack(k bkey, bk *basket, y int) []part {
	type sy struct {
		from string
		year int
	}
	groups := map[sy][]contrib{}
	latest := map[string]int{}
	dsRank := map[string]int{}
	for i, d := range m.opts.Prefer {
		dsRank[d] = i
	}
	w := m.world
	for _, i := range m.flowsInto[ckey{k.ch, k.cty}] {
		f := &w.Flows[i]
		if f.Year >= y || y-f.Year > m.opts.MaxLag || !validValue(f.Value) || partialYear(f) {
			continue
		}
		u := unitOf(f.Unit)
		if u.dim != k.dim {
			continue
		}
		if _, ok := bk.pos[f.From]; ok {
			continue
		}
		if _, _, ok := bk.known(f.From); ok {
			continue // the complete dataset lists no delivery this year
		}
		claim := isClaim(f)
		if !claim {
			if _, ok := dsRank[f.Prov.Dataset]; !ok {
				dsRank[f.Prov.Dataset] = len(m.opts.Prefer) + len(dsRank)
			}
		}
		key := sy{f.From, f.Year}
		groups[key] = append(groups[key], contrib{dataset: f.Prov.Dataset, unit: f.Unit, value: f.Value * u.factor, claim: claim, flow: f, ref: m.flowRef(int(i))})
		latest[f.From] = max(latest[f.From], f.Year)
	}
	var out []part
	scratch := &yearIndex{}
	for from, ly := range latest {
		value, refs, claim, _, _ := m.resolve(scratch, fkey{k.ch, from, k.cty, k.dim}, groups[sy{from, ly}], dsRank)
		if refs == nil {
			continue
		}
		note := fmt.Sprintf("no figure for %d: latest figure %d carried forward", y, ly)
		if g := bk.gaps[from]; g != "" {
			note = g + fmt.Sprintf("; latest declared figure %d carried forward", ly)
		}
		out = append(out, part{cty: from, value: value, refs: refs, claim: claim, year: ly, note: note})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].cty < out[j].cty })
	return out
}

// attest names, in a security basket of year y, the allies whose ties are
// attested only up to an earlier year (an alliance in force when its
// dataset ends, a pact from an article of an earlier year): in force, and
// taken to hold since; and marks the allies whose ties all come from news
// claims.
func (m *Model) attest(bk *basket, y int) *basket {
	var nb *basket
	nT := len(m.world.Flows)
	for i, q := range bk.parts {
		last, ties, claims := 0, 0, 0
		for _, ref := range q.refs {
			if ref < nT || ref >= nT+len(m.world.Ties) {
				continue
			}
			t := &m.world.Ties[ref-nT]
			ties++
			if tieClaim(t) != "" || t.Prov.Dataset == NewsDataset {
				claims++
			}
			if t.End != 0 {
				last = max(last, y)
				continue
			}
			last = max(last, evidenceEnd(t, y))
		}
		claim := ties > 0 && claims == ties
		if (last == 0 || last >= y) && claim == q.claim {
			continue
		}
		if nb == nil {
			nb = bk.clone()
		}
		nb.parts[i].claim = claim
		if last > 0 && last < y {
			nb.parts[i].year = last
			nb.parts[i].note = fmt.Sprintf("in force in %d, the latest year its sources attest; taken to hold since", last)
		}
	}
	if nb == nil {
		return bk
	}
	return nb
}

func (b *basket) clone() *basket {
	nb := *b
	nb.parts = append([]part(nil), b.parts...)
	nb.pos = make(map[string]int, len(b.pos)+4)
	for k, v := range b.pos {
		nb.pos[k] = v
	}
	nb.refs = append([]int(nil), b.refs...)
	return &nb
}

// resolve picks the value of one flow reported by several rows: rows of
// one dataset are summed (product lines add up); of several datasets the
// preferred one wins; claims count only where no dataset reports the flow,
// and then the largest claim is used. Everything set aside is evidence.
func (m *Model) resolve(yi *yearIndex, k fkey, cs []contrib, dsRank map[string]int) (value float64, refs []int, claim bool, unit string, datasets []string) {
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
			if !contains(datasets, c.dataset) {
				datasets = append(datasets, c.dataset)
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
	return value, refs, best == "", unit, datasets
}

// allianceDataset labels the security channel's alliance contributions:
// every alliance in force is listed, so a state without one is no ally.
const allianceDataset = "alliances in force"

// sanctionsAgainst returns the sanctions ties against b in force in year
// y with their source IDs, from the index New builds (no scan of every
// tie per question).
func (m *Model) sanctionsAgainst(b string, y int) (ties []*hebel.Tie, refs []int) {
	for _, i := range m.sanctionsOn[b] {
		t := &m.world.Ties[i]
		if y < t.Start || t.End != 0 && y > t.End {
			continue
		}
		ties = append(ties, t)
		refs = append(refs, m.tieRef(int(i)))
	}
	return ties, refs
}

// addTies turns the year's security ties into contributions of the
// security channel: allies weighted by power, troops by persons.
func (m *Model) addTies(y int, groups map[fkey][]contrib, order *[]fkey) {
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
		ref := m.tieRef(i)
		switch {
		case contains(m.opts.TroopKinds, t.Kind):
			if !validValue(t.Value) || t.Value == 0 {
				continue
			}
			u := unitOf(t.Unit)
			k := fkey{hebel.ChannelSecurity, t.From, t.To, u.dim}
			if _, ok := groups[k]; !ok {
				*order = append(*order, k)
			}
			claim := tieClaim(t) != "" || t.Prov.Dataset == NewsDataset
			groups[k] = append(groups[k], contrib{dataset: t.Prov.Dataset, unit: t.Unit, value: t.Value * u.factor, ref: ref, claim: claim,
				flow: &hebel.Flow{Year: y, From: t.From, To: t.To, Channel: hebel.ChannelSecurity, Value: t.Value, Unit: t.Unit, Prov: t.Prov,
					ClaimID: tieClaim(t), Note: t.Attributes["claimant"]}})
		case contains(m.opts.AllianceKinds, t.Kind):
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
			c := contrib{dataset: allianceDataset, unit: "allies", value: 1, ref: refs[0]}
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
				groups[k] = append(groups[k], contrib{dataset: allianceDataset, unit: c.unit, ref: rows[i].ref,
					flow: &hebel.Flow{Year: y, From: q[1], To: b, Channel: hebel.ChannelSecurity, Unit: c.unit}})
			}
		}
	}
}

// partialYear reports whether a flow covers only part of its year (the
// loaders' Note says "partial year", or names a period of months or a
// date "as of" which it was counted): such rows are evidence, never summed
// with whole-year rows.
func partialYear(f *hebel.Flow) bool {
	if strings.Contains(f.Note, "partial year") {
		return true
	}
	if !strings.Contains(f.Note, "period ") && !strings.Contains(f.Note, "as of ") {
		return false
	}
	_, ok := periodEnd(f.Note)
	return ok
}

func endText(end int) string {
	if end == 0 {
		return "ongoing"
	}
	return fmt.Sprint(end)
}

func (yi *yearIndex) add(bs map[bkey]*basket, k bkey, cty, unit string, value float64, refs []int, claim bool, datasets []string) {
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
		b.parts = append(b.parts, part{cty: cty, value: value, refs: refs, claim: claim, year: yi.year})
	}
	b.bilateral += value
	b.refs = append(b.refs, refs...)
	for _, d := range datasets {
		if !contains(b.datasets, d) {
			b.datasets = append(b.datasets, d)
		}
	}
}

func (b *basket) finish(headroomRef, exportShareRef int) {
	slices.SortStableFunc(b.parts, func(x, y part) int {
		switch {
		case x.value > y.value:
			return -1
		case x.value < y.value:
			return 1
		}
		return strings.Compare(x.cty, y.cty)
	})
	for i, p := range b.parts {
		b.pos[p.cty] = i
	}
	b.refs = union(b.refs)
	b.sumsq = 0
	for _, p := range b.parts {
		b.sumsq += p.value * p.value
	}
	sort.Strings(b.datasets)
	b.subRefs = union(b.refs, []int{headroomRef, exportShareRef})
}

// tieClaim is the claim id of a tie taken from the news (NewsWorld), ""
// for a dataset row.
func tieClaim(t *hebel.Tie) string { return t.Attributes["claim_id"] }

package leverage

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hebel-project/hebel"
)

// Model is a World indexed for leverage questions. It is built once with
// New and answers Analyze, Rank and WhatIf; each year is indexed on first
// use. A Model is safe for concurrent use, and its answers do not depend
// on the questions it answered before.
type Model struct {
	world *hebel.World // as prepared: nothing after Options.AsOf
	opts  Options
	led   *ledger
	last  int // the as-of year, else the latest year of any flow

	mu    sync.Mutex
	raws  map[ykey]*yearIndex // (year, channel) → its own rows only
	years map[ykey]*yearIndex // (year, channel) → own rows and suppliers carried forward

	chYears map[ckey][]int    // (channel, importer) → sorted years with data
	chans   []hebel.Channel   // channels with data, in report order
	ind     map[ikey][]indRow // (country, indicator) → rows sorted by year

	headroomRef, exportShareRef, relianceRef int

	flows          []int32          // indexes of the flows dated on or before the as-of date
	flowsByYear    map[int][]int32  // year → indexes of its flows in world.Flows
	flowsByYearCh  map[ykey][]int32 // (year, channel) → indexes of its flows
	flowsInto      map[ckey][]int32 // (channel, importer) → indexes of its flows
	neighbours     map[[2]string]bool
	sanctionsOn    map[string][]int32 // target → indexes of its sanctions ties (Options.SanctionKinds)
	designationsOn map[string][]int32 // target → indexes of the UN designations of its country regime
	lean           map[int]*leanYear  // year → the scores-only index, under mu

	rowTexts []atomic.Pointer[string] // the text of each row's Source by ID, written on first use

	repMu sync.Mutex
	reps  map[int]map[string]map[string]bool // year → dataset → reporters
}

type ckey struct {
	ch  hebel.Channel
	cty string
}

type ikey struct{ cty, name string }

type indRow struct {
	year  int
	value float64
	unit  string
	ref   int
}

// New indexes w under opts. It fails with EINVALID on a nil world or a
// negative headroom or export share.
func New(w *hebel.World, opts Options) (*Model, error) {
	if w == nil {
		return nil, hebel.Errorf(hebel.EINVALID, "leverage: no world")
	}
	if opts.Headroom < 0 || opts.ExportShare < 0 || math.IsNaN(opts.Headroom) || math.IsNaN(opts.ExportShare) {
		return nil, hebel.Errorf(hebel.EINVALID, "leverage: headroom and export share must be ≥ 0")
	}
	w, kept := prepare(w, opts.AsOf)
	m := &Model{world: w, opts: opts, led: newLedger(), raws: map[ykey]*yearIndex{}, years: map[ykey]*yearIndex{},
		flowsByYearCh: map[ykey][]int32{},
		chYears:       map[ckey][]int{}, ind: map[ikey][]indRow{}, flowsByYear: map[int][]int32{}, flowsInto: map[ckey][]int32{},
		lean: map[int]*leanYear{}}
	m.flows = kept
	m.rowTexts = make([]atomic.Pointer[string], len(w.Flows)+len(w.Ties)+len(w.Indicators))
	for _, i := range kept {
		f := &w.Flows[i]
		m.last = max(m.last, f.Year)
		m.flowsByYear[f.Year] = append(m.flowsByYear[f.Year], i)
		yk := ykey{f.Year, f.Channel}
		m.flowsByYearCh[yk] = append(m.flowsByYearCh[yk], i)
		k := ckey{f.Channel, f.To}
		m.flowsInto[k] = append(m.flowsInto[k], i)
	}
	if !opts.AsOf.IsZero() {
		m.last = opts.AsOf.Year()
	}
	m.headroomRef = m.led.assume(headroomText(opts.Headroom))
	m.exportShareRef = m.led.assume(exportShareText(opts.ExportShare))
	m.relianceRef = m.led.assume("import reliance m = 1: B's supply in the channel is taken to be all imported where no supply figure is known")
	m.markYears()
	m.neighbours = map[[2]string]bool{}
	m.sanctionsOn = map[string][]int32{}
	m.designationsOn = map[string][]int32{}
	for i := range w.Ties {
		t := &w.Ties[i]
		switch {
		case contains(opts.NeighbourKinds, t.Kind):
			m.neighbours[[2]string{t.From, t.To}] = true
			m.neighbours[[2]string{t.To, t.From}] = true
		case contains(opts.SanctionKinds, t.Kind):
			m.sanctionsOn[t.To] = append(m.sanctionsOn[t.To], int32(i))
		case t.Kind == designationKind:
			m.designationsOn[t.To] = append(m.designationsOn[t.To], int32(i))
		}
	}
	m.chans = m.channels()
	for i := range w.Indicators {
		in := &w.Indicators[i]
		if !validValue(in.Value) {
			continue
		}
		k := ikey{in.Country, in.Name}
		m.ind[k] = append(m.ind[k], indRow{in.Year, in.Value, in.Unit, m.indRef(i)})
	}
	for k, rows := range m.ind {
		sort.SliceStable(rows, func(i, j int) bool { return rows[i].year < rows[j].year })
		m.ind[k] = rows
	}
	return m, nil
}

// markYears fills chYears: per channel and importer, the years with data.
// Total trade counts only in years with a partner list (MinPartners
// suppliers) or a reported total: a lone bilateral figure is no
// denominator; likewise a state's exports for the export-market channel.
func (m *Model) markYears() {
	w, opts := m.world, m.opts
	seen := map[ckey]map[int]bool{}
	mark := func(ch hebel.Channel, cty string, y int) {
		k := ckey{ch, cty}
		if seen[k] == nil {
			seen[k] = map[int]bool{}
		}
		seen[k][y] = true
	}
	type cy struct {
		ckey
		year int
	}
	// Distinct partners per (channel, state, year): one key per flow side
	// (states as small numbers), sorted, runs counted.
	ids := map[string]uint64{}
	names := []string{}
	id := func(s string) uint64 {
		v, ok := ids[s]
		if !ok {
			v = uint64(len(names))
			ids[s] = v
			names = append(names, s)
		}
		return v
	}
	var keys []uint64
	for _, i := range m.flows {
		f := &w.Flows[i]
		if !validValue(f.Value) || partialYear(f) {
			continue // a year of partial rows alone has no data
		}
		if f.Channel != hebel.ChannelTrade {
			mark(f.Channel, f.To, f.Year)
			continue
		}
		to, from, y := id(f.To), id(f.From), uint64(f.Year&0xffff)
		keys = append(keys, to<<40|y<<24|from, 1<<63|from<<40|y<<24|to)
	}
	slices.Sort(keys)
	partners := map[cy]int{}
	for i, k := range keys {
		if i > 0 && k == keys[i-1] {
			continue
		}
		ch := hebel.ChannelTrade
		if k>>63 == 1 {
			ch = hebel.ChannelExportMarket
		}
		partners[cy{ckey{ch, names[(k>>40)&0x7fffff]}, int((k >> 24) & 0xffff)}]++
	}
	hasTotal := map[cy]bool{}
	for i := range w.Indicators {
		in := &w.Indicators[i]
		for ch, name := range map[hebel.Channel]string{hebel.ChannelTrade: opts.ImportsIndicator[hebel.ChannelTrade], hebel.ChannelExportMarket: opts.ExportsIndicator[hebel.ChannelTrade]} {
			if name != "" && in.Name == name {
				hasTotal[cy{ckey{ch, in.Country}, in.Year}] = true
			}
		}
	}
	for k, n := range partners {
		if n >= opts.MinPartners || hasTotal[k] {
			mark(k.ch, k.cty, k.year)
		}
	}
	for i := range w.Ties {
		t := &w.Ties[i]
		end := t.End
		if end == 0 || end < t.Start {
			end = t.Start
			if t.End == 0 {
				end = max(evidenceEnd(t, m.last), t.Start)
			}
		}
		troops := contains(opts.TroopKinds, t.Kind)
		if troops && (!validValue(t.Value) || t.Value == 0) {
			continue // no troops stationed: no security data
		}
		if contains(opts.AllianceKinds, t.Kind) || troops {
			for y := t.Start; y <= end && y-t.Start < 500; y++ {
				mark(hebel.ChannelSecurity, t.To, y)
				if contains(opts.AllianceKinds, t.Kind) {
					mark(hebel.ChannelSecurity, t.From, y)
				}
			}
		}
	}
	for k, ys := range seen {
		list := make([]int, 0, len(ys))
		for y := range ys {
			list = append(list, y)
		}
		sort.Ints(list)
		m.chYears[k] = list
	}
}

// evidenceEnd is the last year a tie in force is attested: the end of
// its dataset for an alliance still in force when the data end, the year
// of the article for a tie from the news, else last. The tie holds after
// it (it is in force in every later year's index), but a later year is no
// year of data for it.
func evidenceEnd(t *hebel.Tie, last int) int {
	if d, err := strconv.Atoi(t.Attributes[attrDataEnd]); err == nil {
		return d
	}
	if tieClaim(t) != "" || t.Prov.Dataset == NewsDataset {
		return t.Start
	}
	return last
}

func headroomText(h float64) string {
	return "headroom h = " + fmtG(h) + ": a substitute can add up to " + fmtG(h) + " × its current deliveries to B"
}

func exportShareText(e float64) string {
	return "export share e = " + fmtG(e) + ": in a goods channel a substitute can divert up to " + fmtG(e) + " × its exports to other states"
}

func validValue(v float64) bool { return v >= 0 && !math.IsInf(v, 0) && !math.IsNaN(v) }

// LatestYear returns the as-of year when the model has one, else the
// latest year of any flow (0 for a world without flows).
func (m *Model) LatestYear() int { return m.last }

// AsOf returns the date the model answers for (zero: all data).
func (m *Model) AsOf() time.Time { return m.opts.AsOf }

// fmtG writes a parameter as %g does.
func fmtG(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// Sources returns the sources every Figure in v refers to, by ID.
func (m *Model) Sources(v any) []Source {
	ids := collect(v)
	out := make([]Source, 0, len(ids))
	for _, id := range ids {
		if s, ok := m.Source(id); ok {
			out = append(out, s)
		}
	}
	return out
}

// indicator returns the row of indicator name for cty in year y, or in
// the latest earlier year within lag years when lag > 0.
func (m *Model) indicator(cty, name string, y, lag int) (indRow, bool) {
	if name == "" {
		return indRow{}, false
	}
	rows := m.ind[ikey{cty, name}]
	i := sort.Search(len(rows), func(i int) bool { return rows[i].year > y }) - 1
	if i < 0 || y-rows[i].year > lag {
		return indRow{}, false
	}
	return rows[i], true
}

// latestBefore returns B's latest year with data in channel ch up to y,
// however old.
func (m *Model) latestBefore(ch hebel.Channel, b string, y int) (int, bool) {
	ys := m.chYears[ckey{ch, b}]
	i := sort.SearchInts(ys, y+1) - 1
	if i < 0 {
		return 0, false
	}
	return ys[i], true
}

// channelYear returns the year whose data describes B's imports in
// channel ch for a request of year y: y itself or the latest year at most
// MaxLag earlier.
func (m *Model) channelYear(ch hebel.Channel, b string, y int) (int, bool) {
	ys := m.chYears[ckey{ch, b}]
	i := sort.SearchInts(ys, y+1) - 1
	if i < 0 || y-ys[i] > m.opts.MaxLag {
		return 0, false
	}
	return ys[i], true
}

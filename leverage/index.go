package leverage

import (
	"fmt"
	"math"
	"sort"
	"sync"

	"github.com/hebel-project/hebel"
)

// Model is a World indexed for leverage questions. It is built once with
// New and answers Analyze, Rank and WhatIf; each year is indexed on first
// use. A Model is safe for concurrent use.
type Model struct {
	world *hebel.World
	opts  Options
	led   *ledger

	mu    sync.Mutex
	years map[int]*yearIndex

	chYears map[ckey][]int    // (channel, importer) → sorted years with data
	chans   []hebel.Channel   // channels with data, in report order
	ind     map[ikey][]indRow // (country, indicator) → rows sorted by year

	headroomRef, exportShareRef, relianceRef int

	flowsByYear map[int][]int32   // year → indexes of its flows in world.Flows
	lean        map[int]*leanYear // year → the scores-only index, under mu
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
	m := &Model{world: w, opts: opts, led: newLedger(), years: map[int]*yearIndex{},
		chYears: map[ckey][]int{}, ind: map[ikey][]indRow{}, flowsByYear: map[int][]int32{}, lean: map[int]*leanYear{}}
	for i := range w.Flows {
		y := w.Flows[i].Year
		m.flowsByYear[y] = append(m.flowsByYear[y], int32(i))
	}
	m.headroomRef = m.led.assume(headroomText(opts.Headroom))
	m.exportShareRef = m.led.assume(exportShareText(opts.ExportShare))
	m.relianceRef = m.led.assume("import reliance m = 1: B's supply in the channel is taken to be all imported where no supply figure is known")
	seen := map[ckey]map[int]bool{}
	mark := func(ch hebel.Channel, cty string, y int) {
		k := ckey{ch, cty}
		if seen[k] == nil {
			seen[k] = map[int]bool{}
		}
		seen[k][y] = true
	}
	// Total trade counts only in years with a partner list (MinPartners
	// suppliers) or a reported total: a lone bilateral figure is no
	// denominator.
	partners := map[ckey]map[int]map[string]bool{}
	for i := range w.Flows {
		f := &w.Flows[i]
		if !validValue(f.Value) {
			continue
		}
		if partialYear(f) {
			continue // evidence only: a year of partial rows alone has no data
		}
		if f.Channel != hebel.ChannelTrade {
			mark(f.Channel, f.To, f.Year)
			continue
		}
		k := ckey{f.Channel, f.To}
		if partners[k] == nil {
			partners[k] = map[int]map[string]bool{}
		}
		if partners[k][f.Year] == nil {
			partners[k][f.Year] = map[string]bool{}
		}
		partners[k][f.Year][f.From] = true
	}
	hasTotal := map[ikey]bool{}
	for i := range w.Indicators {
		in := &w.Indicators[i]
		if in.Name == opts.ImportsIndicator[hebel.ChannelTrade] {
			hasTotal[ikey{in.Country, fmt.Sprint(in.Year)}] = true
		}
	}
	for k, ys := range partners {
		for y, ps := range ys {
			if len(ps) >= opts.MinPartners || hasTotal[ikey{k.cty, fmt.Sprint(y)}] {
				mark(k.ch, k.cty, y)
			}
		}
	}
	last := maxYear(w)
	for i := range w.Ties {
		t := &w.Ties[i]
		end := t.End
		if end == 0 || end < t.Start {
			end = t.Start
			if t.End == 0 {
				end = max(last, t.Start)
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
	m.chans = m.channels()
	for i := range w.Indicators {
		in := &w.Indicators[i]
		if !validValue(in.Value) {
			continue
		}
		k := ikey{in.Country, in.Name}
		ref := m.led.indicatorRow(in)
		m.ind[k] = append(m.ind[k], indRow{in.Year, in.Value, in.Unit, ref})
	}
	for k, rows := range m.ind {
		sort.SliceStable(rows, func(i, j int) bool { return rows[i].year < rows[j].year })
		m.ind[k] = rows
	}
	return m, nil
}

func headroomText(h float64) string {
	return fmt.Sprintf("headroom h = %g: a substitute can add up to %g × its current deliveries to B", h, h)
}

func exportShareText(e float64) string {
	return fmt.Sprintf("export share e = %g: a substitute can divert up to %g × its exports in the channel to other states", e, e)
}

func validValue(v float64) bool { return v >= 0 && !math.IsInf(v, 0) && !math.IsNaN(v) }

func maxYear(w *hebel.World) int {
	y := 0
	for i := range w.Flows {
		y = max(y, w.Flows[i].Year)
	}
	return y
}

// LatestYear returns the latest year of any flow in the world, 0 for a
// world without flows.
func (m *Model) LatestYear() int { return maxYear(m.world) }

// Source returns the source with the given ID.
func (m *Model) Source(id int) (Source, bool) { return m.led.get(id) }

// Sources returns the sources every Figure in v refers to, by ID.
func (m *Model) Sources(v any) []Source {
	ids := collect(v)
	out := make([]Source, 0, len(ids))
	for _, id := range ids {
		if s, ok := m.led.get(id); ok {
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

// year returns the index of year y, building it on first use.
func (m *Model) year(y int) *yearIndex {
	m.mu.Lock()
	defer m.mu.Unlock()
	if yi, ok := m.years[y]; ok {
		return yi
	}
	yi := m.buildYear(y)
	m.years[y] = yi
	return yi
}

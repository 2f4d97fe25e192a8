package leverage

import (
	"math"

	"github.com/hebel-project/hebel"
)

// The scores-only path. Rank and Scores need one number per ordered pair
// and no sources; they read a leanYear, built once per year from the same
// baskets the rich path (Model.pair) reads: per importer its channel
// entries with the totals, the sum of squares for the HHI, the reliance
// and a dense vector of every supplier's deliveries (NaN where unknown),
// and per exporter the denominator of its counter-dependence. A pair then
// costs one pass over B's channels with one array lookup each.
// TestLeanMatchesRich checks that both paths give the same scores.

// leanEntry is one importer's channel in one unit dimension.
type leanEntry struct {
	group     int  // entries of one channel share a group; the first with A known counts
	trade     bool // the total-trade channel (its k discounts the score)
	total     float64
	sumsq     float64
	bilateral float64
	rel       float64
	weight    float64
	sup       []float64 // x_k by state index; NaN: unknown
	none      float64   // x of a state without an index: 0 or NaN
	div       []float64 // e × max(0, X_k − x_k) by state index; nil when e = 0
	divSum    float64
	kDen      []float64 // trade: A's export denominator by state index (0: unknown)
	// direct, when set, holds the channel score L_c by state index (NaN:
	// unknown), directNone that of a state without an index: the
	// sanctions channel, whose score is no share of deliveries.
	direct     []float64
	directNone float64
}

// leanYear is the scores-only index of one requested year.
type leanYear struct {
	states []string       // importers with data, sorted (States)
	idx    map[string]int // state → index into sup, div, kDen
	byB    [][]leanEntry  // by index of states
}

// leanIndex returns the scores-only index of year y, building it on
// first use.
func (m *Model) leanIndex(y int) *leanYear {
	m.mu.Lock()
	ly := m.lean[y]
	m.mu.Unlock()
	if ly != nil {
		return ly
	}
	ly = m.buildLean(y)
	m.mu.Lock()
	m.lean[y] = ly
	m.mu.Unlock()
	return ly
}

func (m *Model) buildLean(y int) *leanYear {
	ly := &leanYear{states: m.States(y), idx: map[string]int{}}
	index := func(c string) {
		if _, ok := ly.idx[c]; !ok {
			ly.idx[c] = len(ly.idx)
		}
	}
	for _, s := range ly.states {
		index(s)
	}
	type use struct {
		ch    hebel.Channel
		group int
		yi    *yearIndex
		dim   string
		bk    *basket
		total string
	}
	uses := make([][]use, len(ly.states))
	for bi, b := range ly.states {
		group := 0
		for _, ch := range m.chans {
			cy, ok := m.channelYear(ch, b, y)
			if !ok {
				continue
			}
			yi := m.year(cy, ch)
			var dims []string
			if ch == hebel.ChannelExportMarket {
				dims = yi.exportDim[ckey{hebel.ChannelTrade, b}]
			} else {
				dims = yi.importDim[ckey{ch, b}]
			}
			for _, dim := range m.orderDims(ch, dims) {
				bk, total := m.side(yi, ch, b, dim)
				if bk == nil {
					continue
				}
				uses[bi] = append(uses[bi], use{ch, group, yi, dim, bk, total})
				for _, q := range bk.parts {
					index(q.cty)
				}
				for g := range bk.gaps {
					index(g)
				}
				if ch == hebel.ChannelSecurity {
					group++
				}
			}
			group++
		}
	}
	n := len(ly.idx)
	type dkey struct {
		cy  int
		dim string
	}
	kDens := map[dkey][]float64{}
	kDen := func(yi *yearIndex, dim string) []float64 {
		k := dkey{yi.year, dim}
		if d, ok := kDens[k]; ok {
			return d
		}
		d := make([]float64, n)
		for c, i := range ly.idx {
			if eb := yi.exports[bkey{hebel.ChannelTrade, c, dim}]; eb != nil {
				d[i] = m.counterDen(eb, c, yi.year, dim)
			}
		}
		kDens[k] = d
		return d
	}
	nan := math.NaN()
	ly.byB = make([][]leanEntry, len(ly.states))
	for bi, b := range ly.states {
		for _, u := range uses[bi] {
			cy, bk := u.yi.year, u.bk
			total := bk.bilateral
			if r, ok := m.indicator(b, u.total, cy, 0); ok && unitOf(r.unit).dim == u.dim {
				total = math.Max(total, r.value*unitOf(r.unit).factor)
			}
			if total <= 0 {
				continue
			}
			e := leanEntry{group: u.group, trade: u.ch == hebel.ChannelTrade, total: total, sumsq: bk.sumsq, bilateral: bk.bilateral,
				rel: 1, weight: m.opts.weight(u.ch), sup: make([]float64, n)}
			if u.ch != hebel.ChannelExportMarket {
				if r, ok := m.indicator(b, m.opts.SupplyIndicator[u.ch], cy, 0); ok && unitOf(r.unit).dim == u.dim && r.value > 0 {
					e.rel = math.Min(1, total/(r.value*unitOf(r.unit).factor))
				}
			}
			if !bk.complete || bk.listed != nil {
				e.none = nan
				for i := range e.sup {
					e.sup[i] = nan
				}
				for c := range bk.listed {
					if i, ok := ly.idx[c]; ok && bk.complete {
						e.sup[i] = 0
					}
				}
			}
			for c := range bk.gaps {
				e.sup[ly.idx[c]] = nan
			}
			if m.opts.ExportShare > 0 && m.opts.divertible(u.ch) {
				e.div = make([]float64, n)
			}
			for _, q := range bk.parts {
				i := ly.idx[q.cty]
				e.sup[i] = q.value
				if e.div != nil {
					if xb := m.exportsOf(u.yi, u.ch, q.cty, u.dim); xb != nil {
						d := m.opts.ExportShare * math.Max(0, xb.bilateral-q.value)
						e.div[i] = d
						e.divSum += d
					}
				}
			}
			if e.trade {
				e.kDen = kDen(u.yi, u.dim)
			}
			ly.byB[bi] = append(ly.byB[bi], e)
		}
		if sb := m.sanctionsBasis(b, y); sb != nil {
			w := m.opts.weight(hebel.ChannelSanctions)
			e := leanEntry{group: math.MaxInt32, weight: w, direct: make([]float64, n), directNone: m.sanctionsScore(sb, "", b)}
			for c, i := range ly.idx {
				e.direct[i] = nan
				if c != b {
					e.direct[i] = m.sanctionsScore(sb, c, b)
				}
			}
			ly.byB[bi] = append(ly.byB[bi], e)
		}
	}
	return ly
}

// counterDen returns the denominator of A's counter-dependence in a trade
// basket of A's exports, as Model.counterDependence computes it: A's
// exports (the reported total when larger), or 0 when they are unknown
// (fewer than MinPartners buyers or an incomplete list, and no reported
// total).
func (m *Model) counterDen(eb *basket, a string, cy int, dim string) float64 {
	exp := eb.bilateral
	reported := false
	if r, ok := m.indicator(a, m.opts.ExportsIndicator[hebel.ChannelTrade], cy, 0); ok && unitOf(r.unit).dim == dim {
		if v := r.value * unitOf(r.unit).factor; v > exp {
			exp, reported = v, true
		}
	}
	if !reported && (!eb.complete || len(eb.parts) < m.opts.MinPartners) {
		return 0
	}
	return exp
}

// score is the pair score of A (state index ai, -1 when A has none) over
// the importer with entries es; NaN when no channel has A's deliveries.
func (m *Model) score(es []leanEntry, ai int) float64 {
	var wsum, lsum, k float64
	haveK := false
	h := m.opts.Headroom
	done := -1 // the group already counted
	for i := range es {
		e := &es[i]
		if e.group == done {
			continue
		}
		if e.direct != nil {
			l := e.directNone
			if ai >= 0 {
				l = e.direct[ai]
			}
			if math.IsNaN(l) || e.weight == 0 {
				continue
			}
			wsum += e.weight
			lsum += e.weight * l
			continue
		}
		xa := e.none
		if ai >= 0 {
			xa = e.sup[ai]
		}
		if math.IsNaN(xa) {
			continue // unknown here; a later dimension of the channel may know it
		}
		done = e.group
		if e.trade && !haveK {
			haveK = true
			if ai >= 0 && e.kDen != nil && e.kDen[ai] > 0 {
				k = clamp01(xa / e.kDen[ai])
			}
		}
		if e.weight == 0 {
			continue
		}
		l := 0.0
		if xa > 0 {
			capSum := h * math.Max(0, e.bilateral-xa)
			if e.div != nil {
				capSum += e.divSum
				if ai >= 0 {
					capSum -= e.div[ai]
				}
			}
			s := capSum / (capSum + xa)
			d := xa / e.total
			l = math.Cbrt(clamp01(d*e.rel) * clamp01(e.sumsq/(e.total*e.total)) * clamp01(1-s))
		}
		wsum += e.weight
		lsum += e.weight * l
	}
	if wsum <= 0 {
		return math.NaN()
	}
	return clamp01((1 - k) * lsum / wsum)
}

// Scores returns the score of every ordered pair (A over B) in year y (0:
// RankYear) as a map from A to B to score, without sources: the
// all-pairs computation, on the scores-only path. Pairs whose score is
// unknown (A's deliveries unknown in every channel of B) are left out.
func (m *Model) Scores(y int) map[string]map[string]float64 {
	if y == 0 {
		y = m.RankYear()
	}
	ly := m.leanIndex(y)
	out := make(map[string]map[string]float64, len(ly.states))
	for _, a := range ly.states {
		ai, ok := ly.idx[a]
		if !ok {
			ai = -1
		}
		row := make(map[string]float64, len(ly.states))
		for bi, b := range ly.states {
			if a != b {
				if s := m.score(ly.byB[bi], ai); !math.IsNaN(s) {
					row[b] = s
				}
			}
		}
		out[a] = row
	}
	return out
}

// scoresFrom returns A's score over every importer of year y, by
// importer; has is false where the score is unknown.
func (m *Model) scoresFrom(a string, y int) (states []string, scores []float64, has []bool) {
	ly := m.leanIndex(y)
	ai, ok := ly.idx[a]
	if !ok {
		ai = -1
	}
	scores = make([]float64, len(ly.states))
	has = make([]bool, len(ly.states))
	for bi, b := range ly.states {
		if b == a {
			continue
		}
		s := m.score(ly.byB[bi], ai)
		has[bi] = !math.IsNaN(s)
		scores[bi] = s
	}
	return ly.states, scores, has
}

package leverage

import (
	"math"

	"github.com/hebel-project/hebel"
)

// The scores-only path. Rank and Scores need one number per ordered pair
// and no sources; they read a leanYear, built once per year from the same
// baskets the rich path (Model.pair) reads: per importer its channel
// entries with the totals, the sum of squares for the HHI, the reliance
// and a dense vector of every supplier's deliveries, and per exporter the
// denominator of its counter-dependence. A pair then costs one pass over
// B's channels with one array lookup each. TestLeanMatchesRich checks
// that both paths give the same scores.

// leanEntry is one importer's channel in one unit dimension.
type leanEntry struct {
	trade     bool
	total     float64   // T, base unit
	sumsq     float64   // Σ x_k², base unit²
	bilateral float64   // Σ x_k
	rel       float64   // m
	weight    float64   // ω
	sup       []float64 // x_k by state index
	div       []float64 // e × max(0, X_k − x_k) by state index; nil when e = 0
	divSum    float64   // Σ div
	kDen      []float64 // trade: A's export denominator by state index (0: k = 0)
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
	// The baskets each importer's score reads, in the rich path's order.
	type use struct {
		ch  hebel.Channel
		yi  *yearIndex
		dim string
		bk  *basket
	}
	uses := make([][]use, len(ly.states))
	for bi, b := range ly.states {
		for _, ch := range m.chans {
			cy, ok := m.channelYear(ch, b, y)
			if !ok {
				continue
			}
			yi := m.year(cy)
			for _, dim := range yi.importDim[ckey{ch, b}] {
				if bk := yi.imports[bkey{ch, b, dim}]; bk != nil {
					uses[bi] = append(uses[bi], use{ch, yi, dim, bk})
					for _, q := range bk.parts {
						index(q.cty)
					}
				}
			}
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
	ly.byB = make([][]leanEntry, len(ly.states))
	for bi, b := range ly.states {
		for _, u := range uses[bi] {
			cy, bk := u.yi.year, u.bk
			total := bk.bilateral
			if r, ok := m.indicator(b, m.opts.ImportsIndicator[u.ch], cy, 0); ok && unitOf(r.unit).dim == u.dim {
				total = math.Max(total, r.value*unitOf(r.unit).factor)
			}
			if total <= 0 {
				continue
			}
			e := leanEntry{trade: u.ch == hebel.ChannelTrade, total: total, sumsq: bk.sumsq, bilateral: bk.bilateral,
				rel: 1, weight: m.opts.weight(u.ch), sup: make([]float64, n)}
			if r, ok := m.indicator(b, m.opts.SupplyIndicator[u.ch], cy, 0); ok && unitOf(r.unit).dim == u.dim && r.value > 0 {
				e.rel = math.Min(1, total/(r.value*unitOf(r.unit).factor))
			}
			if m.opts.ExportShare > 0 {
				e.div = make([]float64, n)
			}
			for _, q := range bk.parts {
				i := ly.idx[q.cty]
				e.sup[i] = q.value
				if e.div != nil {
					if xb := u.yi.exports[bkey{u.ch, q.cty, u.dim}]; xb != nil {
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
	}
	return ly
}

// counterDen returns the denominator of A's counter-dependence in a trade
// basket of A's exports, as Model.channel computes it: A's exports (the
// reported total when larger), or 0 when fewer than MinPartners buyers
// are recorded and no total is reported (k is then taken as 0).
func (m *Model) counterDen(eb *basket, a string, cy int, dim string) float64 {
	exp := eb.bilateral
	reported := false
	if r, ok := m.indicator(a, m.opts.ExportsIndicator[hebel.ChannelTrade], cy, 0); ok && unitOf(r.unit).dim == dim {
		if v := r.value * unitOf(r.unit).factor; v > exp {
			exp, reported = v, true
		}
	}
	if !reported && len(eb.parts) < m.opts.MinPartners {
		return 0
	}
	return exp
}

// score is the pair score of A (state index ai, -1 when A supplies
// nobody) over the importer with entries es.
func (m *Model) score(es []leanEntry, ai int) float64 {
	var wsum, lsum, k float64
	haveK := false
	h := m.opts.Headroom
	for i := range es {
		e := &es[i]
		xa := 0.0
		if ai >= 0 {
			xa = e.sup[ai]
		}
		l := 0.0
		if xa > 0 {
			capSum := h * math.Max(0, e.bilateral-xa)
			if e.div != nil {
				capSum += e.divSum - e.div[ai]
			}
			s := capSum / (capSum + xa)
			d := xa / e.total
			l = math.Cbrt(clamp01(d*e.rel) * clamp01(e.sumsq/(e.total*e.total)) * clamp01(1-s))
		}
		wsum += e.weight
		lsum += e.weight * l
		if e.trade && !haveK {
			haveK = true
			if ai >= 0 && e.kDen != nil && e.kDen[ai] > 0 {
				k = clamp01(xa / e.kDen[ai])
			}
		}
	}
	if wsum <= 0 {
		return 0
	}
	return clamp01((1 - k) * lsum / wsum)
}

// Scores returns the score of every ordered pair (A over B) in year y (0:
// RankYear) as a map from A to B to score, without sources: the
// all-pairs computation, on the scores-only path.
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
				row[b] = m.score(ly.byB[bi], ai)
			}
		}
		out[a] = row
	}
	return out
}

// scoresFrom returns A's score over every importer of year y with data, by
// importer, on the scores-only path.
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
		has[bi] = len(ly.byB[bi]) > 0
		scores[bi] = m.score(ly.byB[bi], ai)
	}
	return ly.states, scores, has
}

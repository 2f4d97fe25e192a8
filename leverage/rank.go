package leverage

import (
	"sort"

	"github.com/hebel-project/hebel"
)

// Ranking is every state B ranked by A's leverage over it in one year.
type Ranking struct {
	From    string   `json:"from"`
	Year    int      `json:"year"`
	AsOf    string   `json:"as_of,omitempty"`
	Pairs   []Pair   `json:"pairs"` // highest score first
	Sources []Source `json:"sources,omitempty"`
}

// Rank returns every state with import data in year y (0: RankYear)
// ranked by A's leverage over it, highest first; ties by code. States over
// which A's score is unknown (A's deliveries unknown in every channel) are
// left out. Scores come from the scores-only path; only the first limit
// pairs (all when limit ≤ 0) are computed again in full detail, with
// sources.
func (m *Model) Rank(a string, y, limit int) (*Ranking, error) {
	if a == "" {
		return nil, hebel.Errorf(hebel.EINVALID, "leverage: rank needs a state")
	}
	if y == 0 {
		y = m.RankYear()
	}
	type scored struct {
		b     string
		score float64
	}
	var all []scored
	states, scores, has := m.scoresFrom(a, y)
	for i, b := range states {
		if has[i] {
			all = append(all, scored{b, scores[i]})
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].score != all[j].score {
			return all[i].score > all[j].score
		}
		return all[i].b < all[j].b
	})
	if limit > 0 && len(all) > limit {
		all = all[:limit]
	}
	r := &Ranking{From: a, Year: y, Pairs: make([]Pair, 0, len(all))}
	if !m.opts.AsOf.IsZero() {
		r.AsOf = m.opts.AsOf.Format("2006-01-02")
	}
	for _, s := range all {
		r.Pairs = append(r.Pairs, *m.pair(a, s.b, y, true))
	}
	r.Sources = m.Sources(r.Pairs)
	return r, nil
}

// Rank indexes w and ranks every state by A's leverage over it; see
// Model.Rank.
func Rank(w *hebel.World, a string, y int, opts Options) (*Ranking, error) {
	m, err := New(w, opts)
	if err != nil {
		return nil, err
	}
	return m.Rank(a, y, 0)
}

// States returns, sorted, every state with data as an importer in some
// channel for year y or up to MaxLag years before.
func (m *Model) States(y int) []string {
	seen := map[string]bool{}
	for k := range m.chYears {
		if _, ok := m.channelYear(k.ch, k.cty, y); ok {
			seen[k.cty] = true
		}
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

package leverage

import (
	"sort"

	"github.com/hebel-project/hebel"
)

// Ranking is every state B ranked by A's leverage over it in one year.
type Ranking struct {
	From    string   `json:"from"`
	Year    int      `json:"year"`
	Pairs   []Pair   `json:"pairs"` // highest score first
	Sources []Source `json:"sources,omitempty"`
}

// Rank returns every state with import data in year y (0: the latest)
// ranked by A's leverage over it, highest first; ties by code. Only the
// first limit pairs (all when limit ≤ 0) are kept, each with full detail.
func (m *Model) Rank(a string, y, limit int) (*Ranking, error) {
	if a == "" {
		return nil, hebel.Errorf(hebel.EINVALID, "leverage: rank needs a state")
	}
	if y == 0 {
		y = m.LatestYear()
	}
	type scored struct {
		b     string
		score float64
	}
	var all []scored
	for _, b := range m.States(y) {
		if b == a {
			continue
		}
		p := m.pair(a, b, y, false)
		if len(p.Channels) > 0 {
			all = append(all, scored{b, p.Score.Value})
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

// Scores returns the score of every ordered pair (A over B) in year y as
// a map from A to B to score, without sources: the all-pairs computation.
func (m *Model) Scores(y int) map[string]map[string]float64 {
	states := m.States(y)
	out := make(map[string]map[string]float64, len(states))
	for _, a := range states {
		row := make(map[string]float64, len(states))
		for _, b := range states {
			if a != b {
				row[b] = m.pair(a, b, y, false).Score.Value
			}
		}
		out[a] = row
	}
	return out
}

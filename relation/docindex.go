package relation

import (
	"sort"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/analysis"
)

// Indexes that keep the document-wide steps (wars and sanctions without
// both sides, the source of a relation) linear: each is built once and
// answers in log time what a scan over all mentions or quotes answered.

// speakerOf returns the speaker of the first quote (in f.quotes order)
// whose content holds span trig, nil when none.
func (f *finder) speakerOf(trig hebel.Span) *hebel.Source {
	if f.quoteIx == nil {
		spans := make([]hebel.Span, len(f.quotes))
		for i, q := range f.quotes {
			spans[i] = q.Content
			if q.Speaker == nil {
				spans[i] = hebel.Span{Start: -1, End: -1} // never contains a trigger
			}
		}
		f.quoteIx = analysis.NewSpanIndex(spans)
	}
	best := -1
	f.quoteIx.Containing(trig, func(i int) bool {
		if best < 0 || i < best {
			best = i
		}
		return true
	})
	if best < 0 {
		return nil
	}
	s := *f.quotes[best].Speaker
	return &s
}

// idMentions are the mentions of one id in document order, with the
// greatest end of each prefix.
type idMentions struct {
	spans  []hebel.Span
	maxEnd []int
}

// byID returns the mentions of id.
func (f *finder) byID(id string) *idMentions {
	if f.mentionsOf == nil {
		f.mentionsOf = map[string]*idMentions{}
		for _, m := range f.ms {
			x := f.mentionsOf[m.id]
			if x == nil {
				x = &idMentions{}
				f.mentionsOf[m.id] = x
			}
			end := m.End
			if n := len(x.maxEnd); n > 0 {
				end = max(end, x.maxEnd[n-1])
			}
			x.spans = append(x.spans, m.Span)
			x.maxEnd = append(x.maxEnd, end)
		}
	}
	return f.mentionsOf[id]
}

// nearestMention returns the mention of id nearest to span s: at distance
// 0 when it overlaps or touches s, else the gap in bytes; of equally near
// ones the first in the document.
func (f *finder) nearestMention(id string, s hebel.Span) (hebel.Span, bool) {
	x := f.byID(id)
	if x == nil {
		return hebel.Span{}, false
	}
	// mentions [0, j) start before s ends; the best of them ends last
	j := sort.Search(len(x.spans), func(k int) bool { return x.spans[k].Start >= s.End })
	best, bd := -1, 0
	if j > 0 {
		top := x.maxEnd[j-1]
		// the first mention whose end reaches min(top, s.Start)
		reach := min(top, s.Start)
		best = sort.Search(j, func(k int) bool { return x.maxEnd[k] >= reach })
		bd = s.Start - reach
	}
	if j < len(x.spans) {
		if d := x.spans[j].Start - s.End; best < 0 || d < bd {
			best, bd = j, d
		}
	}
	return x.spans[best], true
}

// stateCounts ranks the states by how often the document names them, for
// mostNamedState: count, then who reached that count first.
type stateCounts struct {
	first, second string // the two best
}

// mostNamedState returns the state the document names most often other
// than not, "" when none; of states named equally often, the one that
// reached that count first.
func (f *finder) mostNamedState(not string) string {
	if f.states == nil {
		count := map[string]int{}
		reach := map[string]int{} // index in f.ms where the count was reached
		for k, m := range f.ms {
			if hebel.IsStateID(m.id) {
				count[m.id]++
				reach[m.id] = k
			}
		}
		better := func(a, b string) bool {
			return b == "" || count[a] > count[b] || count[a] == count[b] && reach[a] < reach[b]
		}
		sc := &stateCounts{}
		for id := range count {
			switch {
			case better(id, sc.first):
				sc.first, sc.second = id, sc.first
			case better(id, sc.second):
				sc.second = id
			}
		}
		f.states = sc
	}
	if f.states.first != not {
		return f.states.first
	}
	return f.states.second
}

// mostWith returns the actor the document names most often in sentences
// that also name victim, "" when none; of actors named equally often,
// the one that reached that count first.
func (f *finder) mostWith(victim string) string {
	if best, ok := f.with[victim]; ok {
		return best
	}
	count := map[string]int{}
	best := ""
	var sents []int // the sentences naming victim, in order
	if x := f.byID(victim); x != nil {
		for _, sp := range x.spans {
			si := sort.Search(len(f.sents), func(i int) bool { return f.sents[i].End > sp.Start })
			if si >= len(f.sents) || f.sents[si].Start > sp.Start || len(sents) > 0 && sents[len(sents)-1] == si {
				continue
			}
			sents = append(sents, si)
		}
	}
	for _, si := range sents {
		for _, m := range mentionsIn(f.ms, f.sents[si].Span) {
			if m.id == victim || isPlace(m.id) {
				continue
			}
			count[m.id]++
			if best == "" || count[m.id] > count[best] {
				best = m.id
			}
		}
	}
	if f.with == nil {
		f.with = map[string]string{}
	}
	f.with[victim] = best
	return best
}

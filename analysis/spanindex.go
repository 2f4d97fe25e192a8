package analysis

import (
	"slices"
	"sort"

	"github.com/hebel-project/hebel"
)

// SpanIndex answers "which of these spans contain, or overlap, this
// span?" for a layer of spans that is not in text order or whose spans
// nest (quote contents, evidence): it keeps the spans sorted by start with
// the length of the longest, so a query looks only at the spans that
// start within that length before the span asked about. It finds every
// answer; on spans of bounded length it costs the spans near the query,
// not the whole layer.
type SpanIndex struct {
	spans  []hebel.Span
	order  []int // indexes into spans, by start
	starts []int // spans[order[k]].Start
	maxLen int
}

// NewSpanIndex indexes spans (kept, not copied: they must not change).
func NewSpanIndex(spans []hebel.Span) *SpanIndex {
	x := &SpanIndex{spans: spans, order: make([]int, len(spans)), starts: make([]int, len(spans))}
	for i := range spans {
		x.order[i] = i
		x.maxLen = max(x.maxLen, spans[i].Len())
	}
	slices.SortStableFunc(x.order, func(a, b int) int { return spans[a].Start - spans[b].Start })
	for k, i := range x.order {
		x.starts[k] = spans[i].Start
	}
	return x
}

// Containing calls yield with the index of every span that contains s,
// by start, until yield returns false.
func (x *SpanIndex) Containing(s hebel.Span, yield func(i int) bool) {
	lo := sort.SearchInts(x.starts, s.End-x.maxLen)
	for k := lo; k < len(x.order) && x.starts[k] <= s.Start; k++ {
		if i := x.order[k]; x.spans[i].Contains(s) && !yield(i) {
			return
		}
	}
}

// Overlapping calls yield with the index of every span that shares a
// byte with s, by start, until yield returns false.
func (x *SpanIndex) Overlapping(s hebel.Span, yield func(i int) bool) {
	lo := sort.SearchInts(x.starts, s.Start-x.maxLen)
	for k := lo; k < len(x.order) && x.starts[k] < s.End; k++ {
		if i := x.order[k]; x.spans[i].Overlaps(s) && !yield(i) {
			return
		}
	}
}

package chart

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
)

// Estimate is one claimant's number for a figure, as TimeChart plots it.
type Estimate struct {
	Claimant  string          // who states it; "" for the document's own voice
	Value     float64         //
	Low, High *float64        // a stated range or plausible band; nil when none
	Qualifier hebel.Qualifier // the hedge: exact, approx, at_least …
	Text      string          // the number as written, for the tooltip
	// Start is the time the number is about (its valid time's start, else
	// the publication date); zero when undated. End, when after Start,
	// ends the interval [Start, End) the number holds for.
	Start, End time.Time
	Href       string // where the estimate's source is; "" for none
}

// Dated reports whether the estimate has a time.
func (e Estimate) Dated() bool { return !e.Start.IsZero() }

// end is the exclusive end of the estimate's time: End, or just after
// Start for a point.
func (e Estimate) end() time.Time {
	if e.End.After(e.Start) {
		return e.End
	}
	return e.Start.Add(time.Nanosecond)
}

// ApproxTolerance is how far an approximate number ("rund 10.000") may
// lie from another before the two conflict: ±10 %.
const ApproxTolerance = 0.1

// Bounds returns the values the estimate allows: the number itself, its
// range, ±ApproxTolerance for an approximate one, or an open side for
// "at least" and "at most".
func (e Estimate) Bounds() (lo, hi float64) {
	v := e.Value
	lo, hi = v, v
	switch e.Qualifier {
	case hebel.Approx:
		lo, hi = v-math.Abs(v)*ApproxTolerance, v+math.Abs(v)*ApproxTolerance
	case hebel.AtLeast, hebel.MoreThan:
		hi = math.Inf(1)
	case hebel.AtMost, hebel.LessThan:
		lo = math.Inf(-1)
	}
	if e.Low != nil && *e.Low < lo {
		lo = *e.Low
	}
	if e.High != nil && *e.High > hi {
		hi = *e.High
	}
	return lo, hi
}

// Conflict is a pair of dated estimates, by index, whose times overlap
// and whose values cannot both be true (their Bounds are disjoint).
type Conflict struct{ A, B int }

// Conflicts returns every conflicting pair of es, A < B.
func Conflicts(es []Estimate) []Conflict {
	var out []Conflict
	for i := range es {
		for j := i + 1; j < len(es); j++ {
			if conflict(es[i], es[j]) {
				out = append(out, Conflict{i, j})
			}
		}
	}
	return out
}

func conflict(a, b Estimate) bool {
	if !a.Dated() || !b.Dated() {
		return false
	}
	if !a.Start.Before(b.end()) || !b.Start.Before(a.end()) {
		return false
	}
	alo, ahi := a.Bounds()
	blo, bhi := b.Bounds()
	return ahi < blo || bhi < alo
}

// HedgeSign is the sign a chart or table shows before a number with
// qualifier q: ≈, ≥, >, ≤, <; "" for exact numbers and ranges.
func HedgeSign(q hebel.Qualifier) string {
	switch q {
	case hebel.Approx:
		return "≈"
	case hebel.AtLeast:
		return "≥"
	case hebel.MoreThan:
		return ">"
	case hebel.AtMost:
		return "≤"
	case hebel.LessThan:
		return "<"
	}
	return ""
}

// label is the estimate's number with its hedge or range.
func (e Estimate) label() string {
	if e.Qualifier == hebel.Range && e.Low != nil && e.High != nil {
		return Number(*e.Low) + "–" + Number(*e.High)
	}
	return HedgeSign(e.Qualifier) + Number(e.Value)
}

// claimantName is how the chart names a claimant.
func claimantName(c string) string {
	if c == "" {
		return "the document's own voice"
	}
	return c
}

// when says the estimate's time in words.
func (e Estimate) when() string {
	if !e.Dated() {
		return "undated"
	}
	if e.End.After(e.Start) {
		return e.Start.Format(time.DateOnly) + " to " + e.End.Format(time.DateOnly)
	}
	return e.Start.Format(time.DateOnly)
}

// sentence says the estimate in words.
func (e Estimate) sentence(unit string) string {
	s := claimantName(e.Claimant) + ": " + e.label()
	if unit != "" {
		s += " " + unit
	}
	s += ", " + e.when()
	if e.Text != "" {
		s += fmt.Sprintf(" (as written: %q)", e.Text)
	}
	return s
}

// claimantIndex numbers the claimants in order of first appearance.
func claimantIndex(es []Estimate) ([]string, map[string]int) {
	var names []string
	idx := map[string]int{}
	for _, e := range es {
		if _, ok := idx[e.Claimant]; !ok {
			idx[e.Claimant] = len(names)
			names = append(names, e.Claimant)
		}
	}
	return names, idx
}

// describe is the chart's <desc>: what it shows, in words.
func (c TimeChart) describe(conflicts []Conflict) string {
	var dated, undated int
	for _, e := range c.Estimates {
		if e.Dated() {
			dated++
		} else {
			undated++
		}
	}
	names, _ := claimantIndex(c.Estimates)
	var b strings.Builder
	if c.Desc != "" {
		b.WriteString(c.Desc + " ")
	}
	fmt.Fprintf(&b, "%s by %s: %d dated, plotted by date; %d undated, listed apart.", plural(len(c.Estimates), "estimate"), plural(len(names), "claimant"), dated, undated)
	for _, k := range conflicts {
		fmt.Fprintf(&b, " Conflict: %s; %s.", c.Estimates[k.A].sentence(c.Unit), c.Estimates[k.B].sentence(c.Unit))
	}
	return b.String()
}

// plural says n things: "1 estimate", "3 estimates".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

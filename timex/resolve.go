package timex

import (
	"time"

	"github.com/hebel-project/hebel"
)

// resolve turns a match into an expression against ref; ok is false when
// it needs a reference the text does not have, or names no real time.
func (m match) resolve(ref Reference, tense Tense) (Expr, bool) {
	dir := nearest
	switch {
	case m.kind == Since: // "seit März": the last March
		dir = past
	case m.kind == Until && tense != Past && tense != Perfect: // "bis März": the next
		dir = future
	case tense == Past, tense == Perfect:
		dir = past
	case tense == Future:
		dir = future
	}
	if m.a.kind == mOffset && m.a.off > 0 && (tense == Past || tense == Perfect) {
		return Expr{}, false // "the first visit in 14 years": a span, not a date ahead
	}
	relative := m.a.relative() || m.kind == Range && m.b.relative()
	at := func(day time.Time) ([]stretch, bool) {
		if m.kind != Range {
			s, ok := m.a.resolveAt(day, dir)
			return []stretch{s}, ok
		}
		if m.a.kind == mWeekday && m.b.kind == mWeekday && !m.b.wRel { // "von Montag bis Freitag": one week, the reference's
			a := m.a
			if !a.wRel {
				a.wRel = true
			}
			sa, ok := a.resolveAt(day, dir)
			if !ok {
				return nil, false
			}
			d := sa.start.AddDate(0, 0, (m.b.n-a.n+7)%7)
			return []stretch{sa, {d, d.AddDate(0, 0, 1), hebel.PrecisionDay, true}}, true
		}
		sb, ok := m.b.resolveAt(day, dir)
		if !ok {
			return nil, false
		}
		a := m.a
		if bare(a) && m.b.kind == mCal { // "vom 4. bis zum 23.": the end's month
			a.y, a.m = sb.start.Year(), int(sb.start.Month())
			if sa, ok := a.resolveAt(day, dir); ok && sa.start.After(sb.start) {
				t := date(a.y, time.Month(a.m), 1).AddDate(0, -1, 0)
				a.y, a.m = t.Year(), int(t.Month())
			}
		}
		if a.kind == mCal && a.y == 0 && !a.yRel && !a.shifted && !a.mRel {
			a.y = sb.start.Year() // a range's start takes its year from its end
			if sa, ok := a.resolveAt(day, dir); ok && sa.start.After(sb.start) {
				a.y--
			}
		}
		sa, ok := a.resolveAt(day, dir)
		return []stretch{sa, sb}, ok
	}
	var parts []stretch
	var ok bool
	switch {
	case !relative:
		parts, ok = at(date(2000, 1, 1))
	case ref.Date.IsZero():
		return Expr{}, false // relative words in an undated text: unknown
	default:
		parts, ok = atReference(ref, at)
	}
	if !ok {
		return Expr{}, false
	}
	e := Expr{Kind: m.kind, Relative: relative}
	for _, p := range parts {
		e.Parts = append(e.Parts, p.valid())
	}
	a := parts[0]
	switch m.kind {
	case Point:
		e.Valid = a.valid()
		if a.start.IsZero() {
			e.Kind = Until
		}
	case Range:
		b := parts[1]
		if b.end.Before(a.start) {
			return Expr{}, false
		}
		e.Valid = hebel.ValidTime{Start: a.start, End: b.end, Precision: coarser(a.prec, b.prec)}
	case Since:
		e.Valid = hebel.ValidTime{Start: a.start, Precision: a.prec}
	case Until:
		e.Valid = hebel.ValidTime{End: a.end, Precision: a.prec}
	}
	return e, true
}

// atReference resolves against a reference known to a day; a reference
// known only to its month or year resolves against its first and its last
// day, and where the two differ the expression covers both ("gestern" in a
// text of December 2024 is some day from 30 November to 30 December).
func atReference(ref Reference, at func(time.Time) ([]stretch, bool)) ([]stretch, bool) {
	first := hebel.Truncate(ref.Date, precisionOr(ref.Precision))
	first1, ok1 := at(first)
	if precisionOr(ref.Precision) == hebel.PrecisionDay {
		return first1, ok1
	}
	last := hebel.AddUnit(first, ref.Precision, 1).AddDate(0, 0, -1)
	last1, ok2 := at(last)
	switch {
	case !ok1:
		return last1, ok2
	case !ok2:
		return first1, ok1
	}
	out := make([]stretch, len(first1))
	for i := range first1 {
		a, b := first1[i], last1[i]
		if a == b {
			out[i] = a
			continue
		}
		out[i] = stretch{start: minTime(a.start, b.start), end: maxTime(a.end, b.end), prec: a.prec}
	}
	return out, true
}

func precisionOr(p hebel.Precision) hebel.Precision {
	if p == "" {
		return hebel.PrecisionDay
	}
	return p
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// coarser returns the less exact of two precisions.
func coarser(a, b hebel.Precision) hebel.Precision {
	rank := map[hebel.Precision]int{hebel.PrecisionDay: 1, hebel.PrecisionMonth: 2, hebel.PrecisionYear: 3}
	if rank[b] > rank[a] {
		return b
	}
	return a
}

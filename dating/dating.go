// Package dating decides a document's publication date from the sources
// that give one, and reads the metadata files that carry dates for plain
// text: a sidecar NAME.meta.json beside a file and a directory's
// INDEX.json (file → date, URL, title).
//
// Sources rank (highest first): the --published flag, a sidecar, an
// index entry, the page's or feed item's own metadata, a dateline in the
// text, a crawl date (an upper bound only). Offer keeps the date of the
// highest-ranked source and returns a problem when a lower-ranked one
// disagrees with it, so nothing is lost silently.
//
// Package dating does no I/O (ingest reads the files and hands over their
// bytes), never reads the clock and never logs. It does not find dates in
// running text; package timex does.
package dating

import (
	"fmt"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
)

// extractorName is what dating puts in Problem.Extractor.
const extractorName = "dating"

// rank orders the sources of a publication date: higher wins.
func rank(source string) int {
	switch source {
	case hebel.DateFromFlag:
		return 6
	case hebel.DateFromSidecar:
		return 5
	case hebel.DateFromIndex:
		return 4
	case hebel.DateFromHTML, hebel.DateFromFeed:
		return 3
	case hebel.DateFromDateline:
		return 2
	case hebel.DateFromWARC:
		return 1
	}
	return 0
}

// Offer proposes the publication date t, dated by d, for doc. doc takes it
// when it is undated, or when d's source ranks above the one doc has; it
// keeps its date otherwise. When both dates are known and disagree, Offer
// returns a problem saying which was kept (date_conflict), or, when one
// is an upper bound (a crawl date) and the other lies after it,
// future_date. A zero t offers nothing.
func Offer(doc *hebel.Document, t time.Time, d hebel.Dating) *hebel.Problem {
	if t.IsZero() {
		return nil
	}
	t = hebel.Truncate(t, precisionOr(d.Precision))
	d.Precision = precisionOr(d.Precision)
	if doc.Undated() {
		doc.Published, doc.Dating = t, d
		return nil
	}
	oldT, oldD := doc.Published, doc.Dating
	if rank(d.Source) > rank(oldD.Source) {
		doc.Published, doc.Dating = t, d
	}
	return disagreement(oldT, oldD, t, d, doc.Dating.Source)
}

// disagreement compares two dated sources and describes how they clash,
// nil when they agree.
func disagreement(at time.Time, a hebel.Dating, bt time.Time, b hebel.Dating, kept string) *hebel.Problem {
	switch {
	case a.UpperBound && b.UpperBound:
		return nil
	case a.UpperBound || b.UpperBound:
		bound, bd, other, od := at, a, bt, b
		if b.UpperBound {
			bound, bd, other, od = bt, b, at, a
		}
		// The other date, at its own precision, must start on or before the bound.
		if other.After(hebel.Truncate(bound, precisionOr(od.Precision))) {
			return &hebel.Problem{Code: hebel.ProblemFutureDate, Extractor: extractorName, Message: fmt.Sprintf(
				"%s date %s is after the %s date %s, which it cannot follow; kept the %s date",
				od.Source, hebel.FormatDate(other, od.Precision), bd.Source, hebel.FormatDate(bound, bd.Precision), kept)}
		}
		return nil
	}
	p := coarser(precisionOr(a.Precision), precisionOr(b.Precision))
	if hebel.Truncate(at, p).Equal(hebel.Truncate(bt, p)) {
		return nil
	}
	return &hebel.Problem{Code: hebel.ProblemDateConflict, Extractor: extractorName, Message: fmt.Sprintf(
		"%s says published %s, %s says %s; kept the %s date",
		a.Source, hebel.FormatDate(at, a.Precision), b.Source, hebel.FormatDate(bt, b.Precision), kept)}
}

func precisionOr(p hebel.Precision) hebel.Precision {
	if p == "" {
		return hebel.PrecisionDay
	}
	return p
}

// coarser returns the less exact of two precisions.
func coarser(a, b hebel.Precision) hebel.Precision {
	order := func(p hebel.Precision) int {
		switch p {
		case hebel.PrecisionYear:
			return 3
		case hebel.PrecisionMonth:
			return 2
		}
		return 1
	}
	if order(a) >= order(b) {
		return a
	}
	return b
}

// ParseDate reads a date as metadata writes it: "2024", "2024-12",
// "2024-12-03", an RFC 3339 time ("2024-12-03T08:00:00+01:00") or
// "2024-12-03 08:00", each optionally followed by a note in parentheses
// ("2024-02 (inferred)"). It returns the first instant of the day, month
// or year in UTC (an RFC 3339 time is converted to UTC first), the
// precision, and the note without its parentheses.
//
// Errors are EINVALID *hebel.Error values: an empty string, an unknown
// form, and impossible dates ("2024-02-31", month 13) — time.Parse would
// not catch the last by itself in every form, so each field is checked.
func ParseDate(s string) (time.Time, hebel.Precision, string, error) {
	const op = "dating.ParseDate"
	s = strings.TrimSpace(s)
	var note string
	if i := strings.IndexByte(s, '('); i >= 0 {
		rest := s[i+1:]
		j := strings.LastIndexByte(rest, ')')
		if j < 0 {
			return time.Time{}, "", "", &hebel.Error{Code: hebel.EINVALID, Op: op, Message: fmt.Sprintf("date %q: unclosed parenthesis", s)}
		}
		note = strings.TrimSpace(rest[:j])
		s = strings.TrimSpace(s[:i])
	}
	if s == "" {
		return time.Time{}, "", "", &hebel.Error{Code: hebel.EINVALID, Op: op, Message: "empty date"}
	}
	if len(s) > 10 { // a time of day follows
		for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02T15:04"} {
			if t, err := time.Parse(layout, s); err == nil && t.UTC().Year() >= 1000 {
				return hebel.Truncate(t, hebel.PrecisionDay), hebel.PrecisionDay, note, nil
			}
		}
		return time.Time{}, "", "", &hebel.Error{Code: hebel.EINVALID, Op: op, Message: fmt.Sprintf("date %q: want YYYY, YYYY-MM, YYYY-MM-DD or an RFC 3339 time", s)}
	}
	parts := strings.Split(s, "-")
	nums := make([]int, len(parts))
	want := []int{4, 2, 2}
	if len(parts) > 3 {
		return time.Time{}, "", "", &hebel.Error{Code: hebel.EINVALID, Op: op, Message: fmt.Sprintf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)}
	}
	for i, p := range parts {
		if len(p) != want[i] && !(i > 0 && len(p) == 1) {
			return time.Time{}, "", "", &hebel.Error{Code: hebel.EINVALID, Op: op, Message: fmt.Sprintf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)}
		}
		n := 0
		for _, c := range p {
			if c < '0' || c > '9' {
				return time.Time{}, "", "", &hebel.Error{Code: hebel.EINVALID, Op: op, Message: fmt.Sprintf("date %q: want digits", s)}
			}
			n = n*10 + int(c-'0')
		}
		nums[i] = n
	}
	y, m, d := nums[0], 1, 1
	if y < 1000 { // year 1 is Go's zero time, which means undated
		return time.Time{}, "", "", &hebel.Error{Code: hebel.EINVALID, Op: op, Message: fmt.Sprintf("date %q: year before 1000", s)}
	}
	prec := hebel.PrecisionYear
	if len(nums) > 1 {
		m, prec = nums[1], hebel.PrecisionMonth
	}
	if len(nums) > 2 {
		d, prec = nums[2], hebel.PrecisionDay
	}
	t, err := MakeDate(y, m, d)
	if err != nil {
		return time.Time{}, "", "", &hebel.Error{Code: hebel.EINVALID, Op: op, Message: fmt.Sprintf("date %q: %s", s, hebel.ErrorMessage(err))}
	}
	return t, prec, note, nil
}

// MakeDate returns the day y-m-d in UTC, or an EINVALID error when there
// is no such day (month 13, 31 April, 29 February of a common year) or the
// year lies outside 1–9999.
func MakeDate(y, m, d int) (time.Time, error) {
	switch {
	case y < 1 || y > 9999:
		return time.Time{}, hebel.Errorf(hebel.EINVALID, "year %d out of range", y)
	case m < 1 || m > 12:
		return time.Time{}, hebel.Errorf(hebel.EINVALID, "there is no month %d", m)
	case d < 1 || d > DaysIn(y, time.Month(m)):
		return time.Time{}, hebel.Errorf(hebel.EINVALID, "there is no day %d in %s %d", d, time.Month(m), y)
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), nil
}

// DaysIn returns the number of days of month m in year y.
func DaysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

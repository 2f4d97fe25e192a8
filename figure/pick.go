package figure

import (
	"math"
	"sort"
	"time"

	"github.com/hebel-project/hebel"
)

// RuleLatest is the rule by which a model takes one estimate of a figure:
// the latest independent estimate by date (its valid time, else its
// document's publication date) on or before the date asked for, ties
// going to the most confident, then the first document by id. Undated
// estimates take part only when the caller gives them a date. The range
// across claimants is reported beside it: the least and the greatest
// value of the independent estimates dated in the same year as the one
// taken. Nothing is averaged or summed.
const RuleLatest = "latest estimate by date"

// Choice is the estimate a model takes of a figure, and why.
type Choice struct {
	Figure   *hebel.Figure
	Estimate *hebel.Estimate
	Rule     string    // RuleLatest
	Date     time.Time // the date the estimate counts for
	Assumed  bool      // the estimate is undated; Date is the one the caller gave
	// Low and High bound the values of the independent estimates of the
	// same year; Claimants counts their claimants.
	Low, High float64
	Claimants int
}

// PickOptions say which estimates may be taken.
type PickOptions struct {
	// AsOf: only estimates dated on or before it (zero: no bound).
	AsOf time.Time
	// Year: only estimates dated in this year (0: any year).
	Year int
	// Undated is the date undated estimates take; zero leaves them out.
	// Only a user's explicit choice may set it: the clock never dates a
	// text.
	Undated time.Time
}

// Pick returns the estimate of f that RuleLatest takes, or false when no
// estimate qualifies.
func Pick(f *hebel.Figure, opts PickOptions) (Choice, bool) {
	date := func(e *hebel.Estimate) (time.Time, bool) {
		if d := e.Date(); !d.IsZero() {
			return d, false
		}
		return opts.Undated, true
	}
	ok := func(e *hebel.Estimate) bool {
		d, _ := date(e)
		return e.CopyOf == "" && !d.IsZero() &&
			(opts.AsOf.IsZero() || !d.After(opts.AsOf)) && (opts.Year == 0 || d.Year() == opts.Year)
	}
	var best *hebel.Estimate
	for _, e := range f.Estimates {
		if !ok(e) {
			continue
		}
		if best == nil {
			best = e
			continue
		}
		d, _ := date(e)
		bd, _ := date(best)
		switch {
		case d.After(bd):
			best = e
		case d.Equal(bd) && (e.Claim.Confidence > best.Claim.Confidence ||
			e.Claim.Confidence == best.Claim.Confidence && e.DocumentID < best.DocumentID):
			best = e
		}
	}
	if best == nil {
		return Choice{}, false
	}
	d, assumed := date(best)
	ch := Choice{Figure: f, Estimate: best, Rule: RuleLatest, Date: d, Assumed: assumed,
		Low: math.Inf(1), High: math.Inf(-1)}
	seen := map[string]bool{}
	for _, e := range f.Estimates {
		ed, _ := date(e)
		if !ok(e) || ed.Year() != d.Year() {
			continue
		}
		lo, hi := bounds(e)
		ch.Low, ch.High = math.Min(ch.Low, lo), math.Max(ch.High, hi)
		if k := claimantKey(e); !seen[k] {
			seen[k] = true
			ch.Claimants++
		}
	}
	return ch, true
}

// Years returns the years in which f has independent estimates dated
// (undated ones counting in the year of undated when it is set), in
// order.
func Years(f *hebel.Figure, undated time.Time) []int {
	seen := map[int]bool{}
	var out []int
	for _, e := range f.Estimates {
		if e.CopyOf != "" {
			continue
		}
		d := e.Date()
		if d.IsZero() {
			d = undated
		}
		if d.IsZero() || seen[d.Year()] {
			continue
		}
		seen[d.Year()] = true
		out = append(out, d.Year())
	}
	sort.Ints(out)
	return out
}

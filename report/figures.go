package report

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/figure"
)

// ArticleFigure is one number the article states, typed, with how the
// other stored sources agree or differ about the same figure.
type ArticleFigure struct {
	Figure string `json:"figure"` // the figure id; "" when the claim joins no figure
	Label  string `json:"label"`  // "troops of PRK deployed in RUS"
	// Estimate is the article's own estimate of the figure (the one its
	// figure keeps); Also its other statements of it.
	Estimate figure.EstimateJSON   `json:"estimate"`
	Also     []figure.EstimateJSON `json:"also"`
	// Agree and Differ are the other stored sources' independent
	// estimates whose stated ranges overlap the article's (after their
	// hedges: "≈" ±10 %, "at least" open above …) and those that do not.
	Agree  []figure.EstimateJSON `json:"agree"`
	Differ []figure.EstimateJSON `json:"differ"`
	// Copies are near copies of this article among the stored documents.
	Copies int `json:"copies"`
	// Comparison says it in words.
	Comparison string `json:"comparison"`
}

// Figures returns the article's typed claims in text order, each with the
// figure it estimates among figs (consolidated across the stored
// documents, the article among them) and how the other sources compare.
// A claim that joins no figure (it names neither whose nor where) is
// listed alone.
func Figures(rec *hebel.Record, figs []*hebel.Figure) []ArticleFigure {
	if rec == nil {
		return nil
	}
	id := rec.Document.ID
	type place struct {
		f    *hebel.Figure
		also bool
	}
	byClaim := map[int]place{}
	for _, f := range figs {
		for _, e := range f.Estimates {
			if e.DocumentID == id {
				byClaim[e.ClaimIndex] = place{f: f}
			}
		}
		for _, e := range f.Also {
			if e.DocumentID == id {
				byClaim[e.ClaimIndex] = place{f: f, also: true}
			}
		}
	}
	var out []ArticleFigure
	done := map[string]bool{}
	sig := hebel.NewSignature(rec.Document.Text)
	for i, c := range rec.Claims {
		if c.Measure == "" {
			continue
		}
		p, ok := byClaim[i]
		if !ok {
			k := hebel.FigureKey{Measure: c.Measure, Concept: c.Concept, Actor: c.Actor, Places: strings.Join(c.Places, "+"), Reading: c.Reading, Unit: c.Quantity.Unit}
			out = append(out, ArticleFigure{Label: figure.Label(k), Estimate: figure.EstimateToJSON(figure.EstimateOf(rec, i, sig)),
				Also: []figure.EstimateJSON{}, Agree: []figure.EstimateJSON{}, Differ: []figure.EstimateJSON{},
				Comparison: "joins no figure: the claim names neither whose the counted are nor where"})
			continue
		}
		if done[p.f.ID] {
			continue // listed with the article's estimate of it
		}
		done[p.f.ID] = true
		out = append(out, compare(id, p.f))
	}
	return out
}

// compare returns the article's estimate of f beside the others.
func compare(doc string, f *hebel.Figure) ArticleFigure {
	a := ArticleFigure{Figure: f.ID, Label: figure.Label(f.Key), Also: []figure.EstimateJSON{},
		Agree: []figure.EstimateJSON{}, Differ: []figure.EstimateJSON{}}
	var own *hebel.Estimate
	for _, e := range f.Estimates {
		if e.DocumentID == doc {
			own = e
		}
	}
	for _, e := range f.Also {
		if e.DocumentID == doc {
			a.Also = append(a.Also, figure.EstimateToJSON(e))
		}
	}
	if own == nil {
		return a
	}
	a.Estimate = figure.EstimateToJSON(own)
	rep := own.DocumentID
	if own.CopyOf != "" {
		rep = own.CopyOf
	}
	var differ []*hebel.Estimate
	for _, e := range f.Estimates {
		switch {
		case e == own:
		case e.DocumentID == rep || e.CopyOf == rep:
			a.Copies++
		case e.CopyOf != "":
		case overlap(own.Claim.Quantity, e.Claim.Quantity):
			a.Agree = append(a.Agree, figure.EstimateToJSON(e))
		default:
			a.Differ = append(a.Differ, figure.EstimateToJSON(e))
			differ = append(differ, e)
		}
	}
	a.Comparison = comparison(a, differ)
	return a
}

// comparison says in words how the other sources stand.
func comparison(a ArticleFigure, differ []*hebel.Estimate) string {
	if len(a.Agree)+len(a.Differ) == 0 {
		return "no other stored source states this figure"
	}
	var parts []string
	if n := len(a.Agree); n > 0 {
		parts = append(parts, fmt.Sprintf("%d other source(s) agree within the hedges", n))
	}
	if n := len(a.Differ); n > 0 {
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, e := range differ {
			lo, hi = math.Min(lo, e.Claim.Quantity.Value), math.Max(hi, e.Claim.Quantity.Value)
		}
		span := groupDigits(fmt.Sprintf("%.0f", lo))
		if hi != lo {
			span += "–" + groupDigits(fmt.Sprintf("%.0f", hi))
		}
		parts = append(parts, fmt.Sprintf("%d differ (%s)", n, span))
	}
	return strings.Join(parts, "; ")
}

// overlap reports whether two hedged quantities can be the same number:
// their intervals intersect ("≈" is ±10 %, "at least" and "more than"
// open above, "up to" and "less than" open below, a range its bounds,
// an exact number itself).
func overlap(a, b hebel.Quantity) bool {
	alo, ahi := interval(a)
	blo, bhi := interval(b)
	return alo <= bhi && blo <= ahi
}

// approxMargin is how far "about" reaches either side.
const approxMargin = 0.1

func interval(q hebel.Quantity) (float64, float64) {
	v := q.Value
	switch q.Qualifier {
	case hebel.Approx:
		if q.Low != nil && q.High != nil {
			return *q.Low, *q.High
		}
		return v * (1 - approxMargin), v * (1 + approxMargin)
	case hebel.AtLeast, hebel.MoreThan:
		return v, math.Inf(1)
	case hebel.AtMost, hebel.LessThan:
		return 0, v
	case hebel.Range:
		if q.Low != nil && q.High != nil {
			return *q.Low, *q.High
		}
	}
	return v, v
}

// writeFigures writes the article's own figures with their claimants and
// the comparison with the other stored sources.
func (r *Report) writeFigures(w io.Writer) {
	if len(r.Figures) == 0 {
		return
	}
	fmt.Fprintln(w, "\nThe article's figures, with their claimants and the other stored sources:")
	for _, a := range r.Figures {
		e := a.Estimate
		who := "the article itself"
		if e.Claimant != nil {
			who = *e.Claimant
		}
		fmt.Fprintf(w, "  - %s: %s (%s) per %s", a.Label, amount(e), strings.TrimSpace(e.Text), who)
		if e.Date != nil {
			fmt.Fprintf(w, ", %s", e.Date.Format("2006-01-02"))
		}
		fmt.Fprintf(w, " — %s\n", a.Comparison)
		others := append(append([]figure.EstimateJSON(nil), a.Agree...), a.Differ...)
		sort.SliceStable(others, func(i, j int) bool { return dateOf(others[i]) < dateOf(others[j]) })
		for _, o := range others {
			who := "the article itself"
			if o.Claimant != nil {
				who = *o.Claimant
			}
			doc := o.Title
			if doc == "" {
				doc = o.Source
			}
			fmt.Fprintf(w, "      %s %s per %s (%s)\n", dateOf(o), amount(o), who, doc)
		}
	}
}

func dateOf(e figure.EstimateJSON) string {
	if e.Date == nil {
		return hebel.Undated
	}
	return e.Date.Format("2006-01-02")
}

func amount(e figure.EstimateJSON) string {
	q := hebel.Quantity{Value: e.Value, Qualifier: hebel.Qualifier(e.Qualifier), Low: e.Low, High: e.High, Unit: e.Unit}
	return figure.Amount(q)
}

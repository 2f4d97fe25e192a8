package http

import (
	"fmt"
	"html/template"
	nethttp "net/http"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/chart"
	"github.com/hebel-project/hebel/figure"
)

// The figure pages: GET /figures lists the consolidated figures, GET
// /figures/{id} shows one with its estimates on a time axis and in a
// table, conflicts marked in both.

// figureListView is what html/figures.html reads.
type figureListView struct {
	Actor, Measure string
	Measures       []string
	Figures        []figureRow
	Total          int
	Prev, Next     string // links to the neighbouring pages, "" for none
}

// figureRow is one figure of the list.
type figureRow struct {
	ID, Label, Range, Latest string
	Estimates, Claimants     int
	Conflicts                int
}

// GET /figures?actor=&measure=&offset=
func (s *Server) figuresPage(w nethttp.ResponseWriter, r *nethttp.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, "actor", "measure", "offset"); err != nil {
		return err
	}
	v := figureListView{Measures: measureNames()}
	var err error
	if v.Actor, err = textParam(q.Get("actor"), "actor"); err != nil {
		return err
	}
	if v.Measure, err = enumParam(q.Get("measure"), "measure", v.Measures...); err != nil {
		return err
	}
	offset, err := intParam(q.Get("offset"), "offset", 0, 0, MaxOffset)
	if err != nil {
		return err
	}
	if s.FigureStore == nil {
		return notImplemented("figures")
	}
	res, err := figure.Find(r.Context(), s.FigureStore, hebel.EstimateFilter{Actor: v.Actor, Measure: hebel.Measure(v.Measure)})
	if err != nil {
		return err
	}
	v.Total = len(res.Figures)
	end := min(offset+DefaultLimit, len(res.Figures))
	for _, f := range res.Figures[min(offset, end):end] {
		v.Figures = append(v.Figures, newFigureRow(f))
	}
	if offset > 0 {
		v.Prev = withQuery("/figures", q, "offset", max(offset-DefaultLimit, 0))
	}
	if end < len(res.Figures) {
		v.Next = withQuery("/figures", q, "offset", end)
	}
	return s.renderPage(w, r, "figures", "Figures", v)
}

func newFigureRow(f *hebel.Figure) figureRow {
	row := figureRow{ID: f.ID, Label: figure.Label(f.Key), Estimates: len(f.Estimates), Claimants: f.Claimants,
		Range: valueRange(f.Low, f.High, f.Key.Unit), Conflicts: len(chart.Conflicts(chartEstimates(independent(f.Estimates))))}
	if ch, ok := figure.Pick(f, figure.PickOptions{}); ok {
		e := ch.Estimate
		row.Latest = hedged(e.Claim.Quantity) + " (" + dateLabel(ch.Date) + ", " + claimantLabel(e) + ")"
	}
	return row
}

func valueRange(lo, hi float64, unit string) string {
	s := chart.Number(lo)
	if hi != lo {
		s += "–" + chart.Number(hi)
	}
	return strings.TrimSpace(s + " " + unit)
}

// hedged is a quantity's number with its hedge or range: "≈10,000".
func hedged(q hebel.Quantity) string {
	if q.Qualifier == hebel.Range && q.Low != nil && q.High != nil {
		return chart.Number(*q.Low) + "–" + chart.Number(*q.High)
	}
	return chart.HedgeSign(q.Qualifier) + chart.Number(q.Value)
}

func dateLabel(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.UTC().Format(time.DateOnly)
}

func claimantLabel(e *hebel.Estimate) string {
	if c := e.Claimant(); c != "" {
		return c
	}
	return "the document's own voice"
}

// independent returns the estimates that are not near copies.
func independent(es []*hebel.Estimate) []*hebel.Estimate {
	var out []*hebel.Estimate
	for _, e := range es {
		if e.CopyOf == "" {
			out = append(out, e)
		}
	}
	return out
}

// chartEstimates converts estimates for chart.TimeChart; estimate i
// links to the table row est-i.
func chartEstimates(es []*hebel.Estimate) []chart.Estimate {
	out := make([]chart.Estimate, len(es))
	for i, e := range es {
		q := e.Claim.Quantity
		out[i] = chart.Estimate{Claimant: e.Claimant(), Value: q.Value, Low: q.Low, High: q.High, Qualifier: q.Qualifier,
			Text: q.Text, Start: e.Date(), End: validEnd(e), Href: fmt.Sprintf("#est-%d", i)}
	}
	return out
}

// validEnd is the end of the time an estimate holds for: its valid
// time's end, or for a valid time of one month or year the end of that
// unit; zero for a point or when unknown.
func validEnd(e *hebel.Estimate) time.Time {
	v := e.Claim.Valid
	if v == nil || v.Start.IsZero() {
		return time.Time{}
	}
	if v.End.After(v.Start) {
		return v.End
	}
	if v.Point() && (v.Precision == hebel.PrecisionMonth || v.Precision == hebel.PrecisionYear) {
		return hebel.AddUnit(v.Start, v.Precision, 1)
	}
	return time.Time{}
}

// figureView is what html/figure.html reads.
type figureView struct {
	ID, Label, Unit, Range string
	Independent, Claimants int
	Confidence             string
	Chart                  template.HTML
	Estimates, Also        []estimateRow
	Conflicts              []string
}

// estimateRow is one estimate in the table.
type estimateRow struct {
	Anchor       string // "est-3" for independent estimates, "" for copies and restatements
	Value        string // "≈10,000"
	Number       string // the value as a plain number, for machines (data-value)
	Qualifier    string
	Text         string // as written
	Claimant     string
	ClaimantHref string
	DocHref      string
	DocTitle     string
	Published    string
	Valid        string
	CopyOf       string
	Conflict     bool
	Clause       string
}

// GET /figures/{id}
func (s *Server) figurePage(w nethttp.ResponseWriter, r *nethttp.Request) error {
	if err := checkParams(r.URL.Query()); err != nil {
		return err
	}
	if err := s.checkFigureID(r); err != nil {
		return err
	}
	f, err := s.findFigure(r)
	if err != nil {
		return err
	}
	v := newFigureView(f)
	return s.renderPage(w, r, "figure", v.Label, v)
}

func newFigureView(f *hebel.Figure) figureView {
	label := figure.Label(f.Key)
	ind := independent(f.Estimates)
	ce := chartEstimates(ind)
	conflicts := chart.Conflicts(ce)
	v := figureView{ID: f.ID, Label: label, Unit: f.Key.Unit, Range: valueRange(f.Low, f.High, f.Key.Unit),
		Independent: f.Independent, Claimants: f.Claimants, Confidence: chart.Percent(f.Confidence)}
	v.Chart = template.HTML(chart.TimeChart{ID: "fig", Title: label, Unit: f.Key.Unit, Estimates: ce,
		Desc: "Estimates of " + label + " by claimant and date."}.SVG()) // chart escapes every text
	inConflict := map[int]bool{}
	for _, c := range conflicts {
		inConflict[c.A], inConflict[c.B] = true, true
		v.Conflicts = append(v.Conflicts, fmt.Sprintf("%s (%s) and %s (%s) at overlapping times",
			hedged(ind[c.A].Claim.Quantity), claimantLabel(ind[c.A]), hedged(ind[c.B].Claim.Quantity), claimantLabel(ind[c.B])))
	}
	for i, e := range ind {
		row := newEstimateRow(e)
		row.Anchor, row.Conflict = fmt.Sprintf("est-%d", i), inConflict[i]
		v.Estimates = append(v.Estimates, row)
	}
	for _, e := range f.Estimates {
		if e.CopyOf != "" {
			v.Also = append(v.Also, newEstimateRow(e))
		}
	}
	for _, e := range f.Also {
		v.Also = append(v.Also, newEstimateRow(e))
	}
	return v
}

func newEstimateRow(e *hebel.Estimate) estimateRow {
	q := e.Claim.Quantity
	row := estimateRow{Value: hedged(q), Number: fmt.Sprint(q.Value), Qualifier: string(q.Qualifier), Text: q.Text,
		Claimant: claimantLabel(e), DocHref: itemPath(e.DocumentID, "claim", e.ClaimIndex), DocTitle: e.Title, Published: dateLabel(e.Published),
		Valid: validLabel(e.Claim.Valid), CopyOf: e.CopyOf, Clause: e.Clause}
	if row.DocTitle == "" {
		row.DocTitle = shortID(e.DocumentID)
	}
	if s := e.Claim.Source; s != nil && s.EntityID != "" {
		row.ClaimantHref = actorPagePath(s.EntityID)
	}
	return row
}

// validLabel says a valid time: "2024-10-01 to 2025-01-01 (bis Ende 2024)".
func validLabel(v *hebel.ValidTime) string {
	if v == nil {
		return "not stated"
	}
	var s string
	switch {
	case v.Point():
		s = dateLabel(v.Start)
	case v.Start.IsZero():
		s = "until " + dateLabel(v.End)
	case v.End.IsZero():
		s = "since " + dateLabel(v.Start)
	default:
		s = dateLabel(v.Start) + " to " + dateLabel(v.End)
	}
	if v.Precision != "" {
		s += " (" + string(v.Precision) + ")"
	}
	if v.Basis == hebel.BasisPublished {
		s += ", from the publication date"
	} else if v.Text != "" {
		s += ": " + v.Text
	}
	return s
}

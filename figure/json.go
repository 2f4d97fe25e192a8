package figure

import (
	"time"

	"github.com/hebel-project/hebel"
)

// The JSON shapes of figures, as 'hebel figures --format json' prints
// them and GET /api/figures and /api/figures/{id} answer. Times are RFC
// 3339 in UTC; null means unknown (an undated estimate has "date": null).
// Fields are added, never renamed or dropped.

// JSON is one figure.
type JSON struct {
	ID      string   `json:"id"`    // "fig-" and 16 hex digits, stable across stores and runs
	Label   string   `json:"label"` // "troops of PRK deployed in RUS"
	Measure string   `json:"measure"`
	Concept string   `json:"concept"`
	Actor   string   `json:"actor"`   // "" when the claims name only places
	Places  []string `json:"places"`  // states (ISO3) or places; [] for none
	Reading string   `json:"reading"` // "collective" or "distributive" with two places or more, else ""
	Unit    string   `json:"unit"`    // "" for counts
	Period  string   `json:"period"`  // for events, the period the texts name; else ""

	// Estimates are every estimate of the figure, by date (undated last);
	// near copies of another estimate's article have copy_of set.
	Estimates []EstimateJSON `json:"estimates"`
	// Also are further claims of the figure in documents that gave an
	// estimate already (a number said twice, a second claimant quoted in
	// the same article): shown, never counted or taken by a model.
	Also []EstimateJSON `json:"also"`

	Independent int     `json:"independent"` // estimates that are not copies
	Claimants   int     `json:"claimants"`   // distinct claimants among them
	Low         float64 `json:"low"`         // least value of the independent estimates (ranges included)
	High        float64 `json:"high"`        // greatest value
	Spread      float64 `json:"spread"`      // (high − low) / high
	Confidence  float64 `json:"confidence"`  // see docs/FIGURES.md

	// Latest is the estimate a model takes by RuleLatest with no date
	// bound, null when every estimate is undated.
	Latest *ChoiceJSON `json:"latest"`
}

// EstimateJSON is one estimate of a figure: one claim of one document.
type EstimateJSON struct {
	Document  string   `json:"document"` // document id
	Claim     int      `json:"claim"`    // index into the record's claims, from 0
	Text      string   `json:"text"`     // the quantity as written: "Rund 10.000"
	Value     float64  `json:"value"`
	Qualifier string   `json:"qualifier"` // exact, approx, at_least, more_than, at_most, less_than, range
	Low       *float64 `json:"low"`
	High      *float64 `json:"high"`
	Unit      string   `json:"unit"`     // "" for counts; "%", "USD", "bbl" …
	Counted   string   `json:"counted"`  // what is counted, as written
	Location  string   `json:"location"` // the place named, as written; "" for none

	// Claimant is who the text attributes the number to, null for the
	// document's own voice; ClaimantEntity the linked actor.
	Claimant       *string `json:"claimant"`
	ClaimantEntity string  `json:"claimant_entity"`
	Cue            string  `json:"cue"` // "laut", "according to" …

	// Date is what the estimate is about: its valid time's start, else
	// the document's publication date; null when undated.
	Date      *time.Time `json:"date"`
	Valid     *ValidJSON `json:"valid"`     // the valid time the text states, null when none
	Published *time.Time `json:"published"` // the document's publication date, null when undated
	Dating    string     `json:"dating"`    // where that date came from: html, feed, sidecar, index …
	Precision string     `json:"precision"` // day, month or year

	Title  string `json:"title"`
	URL    string `json:"url"`
	Source string `json:"source"` // where the document was read from
	Clause string `json:"clause"` // the sentence that states it

	Confidence float64 `json:"confidence"` // the claim's (claim.Confidence)
	CopyOf     string  `json:"copy_of"`    // the document this one is a near copy of, "" when independent
}

// ValidJSON is a valid time: a point (start == end) or [start, end);
// null ends are open.
type ValidJSON struct {
	Start     *time.Time `json:"start"`
	End       *time.Time `json:"end"`
	Precision string     `json:"precision"`
	Basis     string     `json:"basis"` // "text" or "published"
	Text      string     `json:"text"`  // the words it was read from
}

// ChoiceJSON is the estimate a model takes and why.
type ChoiceJSON struct {
	Rule      string     `json:"rule"` // "latest estimate by date"
	Document  string     `json:"document"`
	Claim     int        `json:"claim"`
	Value     float64    `json:"value"`
	Qualifier string     `json:"qualifier"`
	Claimant  *string    `json:"claimant"`
	Date      *time.Time `json:"date"`
	Assumed   bool       `json:"assumed"` // undated; the date is the one the user gave
	Low       float64    `json:"low"`     // range across the claimants of the same year
	High      float64    `json:"high"`
	Claimants int        `json:"claimants"`
}

// ToJSON converts a figure.
func ToJSON(f *hebel.Figure) JSON {
	k := f.Key
	j := JSON{ID: f.ID, Label: Label(k), Measure: string(k.Measure), Concept: string(k.Concept), Actor: k.Actor,
		Places: splitPlaces(k.Places), Reading: string(k.Reading), Unit: k.Unit, Period: k.Period,
		Estimates: make([]EstimateJSON, 0, len(f.Estimates)), Independent: f.Independent, Claimants: f.Claimants,
		Low: f.Low, High: f.High, Spread: f.Spread, Confidence: f.Confidence}
	for _, e := range f.Estimates {
		j.Estimates = append(j.Estimates, EstimateToJSON(e))
	}
	j.Also = make([]EstimateJSON, 0, len(f.Also))
	for _, e := range f.Also {
		j.Also = append(j.Also, EstimateToJSON(e))
	}
	if ch, ok := Pick(f, PickOptions{}); ok {
		c := ChoiceToJSON(ch)
		j.Latest = &c
	}
	return j
}

// EstimateToJSON converts an estimate.
func EstimateToJSON(e *hebel.Estimate) EstimateJSON {
	c := e.Claim
	q := c.Quantity
	j := EstimateJSON{Document: e.DocumentID, Claim: e.ClaimIndex, Text: q.Text, Value: q.Value, Qualifier: string(q.Qualifier),
		Low: q.Low, High: q.High, Unit: q.Unit, Counted: c.Counted, Location: c.Location,
		Date: optTime(e.Date()), Published: optTime(e.Published), Dating: e.Dating.Source, Precision: string(e.Dating.Precision),
		Title: e.Title, URL: e.URL, Source: e.Source, Clause: e.Clause, Confidence: c.Confidence, CopyOf: e.CopyOf}
	if s := c.Source; s != nil {
		who := e.Claimant()
		j.Claimant, j.ClaimantEntity, j.Cue = &who, s.EntityID, s.Cue
	}
	if v := c.Valid; v != nil {
		j.Valid = &ValidJSON{Start: optTime(v.Start), End: optTime(v.End), Precision: string(v.Precision), Basis: v.Basis, Text: v.Text}
	}
	return j
}

// ChoiceToJSON converts a choice.
func ChoiceToJSON(ch Choice) ChoiceJSON {
	e := ch.Estimate
	j := ChoiceJSON{Rule: ch.Rule, Document: e.DocumentID, Claim: e.ClaimIndex, Value: e.Claim.Quantity.Value,
		Qualifier: string(e.Claim.Quantity.Qualifier), Date: optTime(ch.Date), Assumed: ch.Assumed,
		Low: ch.Low, High: ch.High, Claimants: ch.Claimants}
	if e.Claim.Source != nil {
		who := e.Claimant()
		j.Claimant = &who
	}
	return j
}

func optTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	u := t.UTC()
	return &u
}

func splitPlaces(s string) []string {
	if s == "" {
		return []string{}
	}
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '+' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}

// List is one page of figures, as 'hebel figures --format json' prints
// it and GET /api/figures answers.
type List struct {
	Figures []JSON `json:"figures"`
	Total   int    `json:"total"` // figures matching the filter, before paging
	Offset  int    `json:"offset"`
	Limit   int    `json:"limit"` // 0: no limit
	// Alone counts the matching typed claims that join no figure (they
	// name neither whose the counted are nor where); Restated the
	// estimates left out because their document gave one of the same
	// figure already.
	Alone    int `json:"alone"`
	Restated int `json:"restated"`
}

// NewList returns the page [offset, offset+limit) (limit 0: to the end)
// of the figures of res with at least minEstimates estimates.
func NewList(res *Result, minEstimates, offset, limit int) List {
	l := List{Figures: []JSON{}, Offset: offset, Limit: limit, Alone: len(res.Alone), Restated: len(res.Restated)}
	var sel []*hebel.Figure
	for _, f := range res.Figures {
		if len(f.Estimates) >= minEstimates {
			sel = append(sel, f)
		}
	}
	l.Total = len(sel)
	if offset > len(sel) {
		offset = len(sel)
	}
	sel = sel[offset:]
	if limit > 0 && limit < len(sel) {
		sel = sel[:limit]
	}
	for _, f := range sel {
		l.Figures = append(l.Figures, ToJSON(f))
	}
	return l
}

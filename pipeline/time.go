package pipeline

import (
	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/analysis"
	"github.com/hebel-project/hebel/dating"
	"github.com/hebel-project/hebel/timex"
)

// dateAndTime reads the dateline of the text (a publication date when the
// metadata gave none, a date_conflict when it disagrees), finds the time
// expressions resolved against the publication date, and gives every
// claim and relation its valid time.
func dateAndTime(rec *hebel.Record, a *analysis.Doc) {
	doc := &rec.Document
	if d, probs, ok := timex.Dateline(doc.Text, a.Profile); ok {
		if p := dating.Offer(doc, d.Date, hebel.Dating{Source: hebel.DateFromDateline, Precision: d.Precision,
			Note: "dateline «" + d.Text + "»"}); p != nil {
			p.Span = &d.Span
			rec.Problems = append(rec.Problems, *p)
		}
	} else {
		rec.Problems = append(rec.Problems, probs...)
	}
	ref := timex.Reference{Date: doc.Published, Precision: doc.Dating.Precision}
	exprs, probs := timex.FindDoc(a, ref)
	rec.Problems = append(rec.Problems, probs...)
	timex.AttachDoc(rec, a, exprs)
}

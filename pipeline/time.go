package pipeline

import (
	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dating"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/segment"
	"github.com/hebel-project/hebel/timex"
)

// dateAndTime reads the dateline of the text (a publication date when the
// metadata gave none, a date_conflict when it disagrees), finds the time
// expressions resolved against the publication date, and gives every
// claim and relation its valid time.
func dateAndTime(rec *hebel.Record, sents []segment.Sentence, prof *lang.Profile) {
	doc := &rec.Document
	if d, probs, ok := timex.Dateline(doc.Text, prof); ok {
		if p := dating.Offer(doc, d.Date, hebel.Dating{Source: hebel.DateFromDateline, Precision: d.Precision,
			Note: "dateline «" + d.Text + "»"}); p != nil {
			p.Span = &d.Span
			rec.Problems = append(rec.Problems, *p)
		}
	} else {
		rec.Problems = append(rec.Problems, probs...)
	}
	ref := timex.Reference{Date: doc.Published, Precision: doc.Dating.Precision}
	exprs, probs := timex.Find(doc.Text, sents, prof, ref)
	rec.Problems = append(rec.Problems, probs...)
	timex.Attach(rec, sents, exprs, prof)
}

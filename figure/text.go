package figure

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/record"
)

// DateLabel shows when an estimate is about: the valid time's start at
// its precision when the text states one, else its document's date
// ("2024-12", "≤2024-05-10"), else "undated".
func DateLabel(e *hebel.Estimate) string {
	if v := e.Claim.Valid; v != nil && v.Basis == hebel.BasisText && !e.Date().IsZero() {
		return hebel.FormatDate(e.Date(), v.Precision)
	}
	d := hebel.Document{Published: e.Published, Dating: e.Dating}
	return d.DateLabel()
}

// Amount shows an estimate's number with its hedge: "≈10,000", "≥100",
// "10,000–12,000".
func Amount(q hebel.Quantity) string {
	rq := record.Quantity{Value: q.Value, Qualifier: string(q.Qualifier), Low: q.Low, High: q.High}
	if q.Unit != "" {
		u := q.Unit
		rq.Unit = &u
	}
	return record.FormatQuantity(rq)
}

// ClaimantLabel shows who stands behind an estimate: its claimant, or
// "(the article)" for the document's own voice.
func ClaimantLabel(e *hebel.Estimate) string {
	if who := e.Claimant(); who != "" {
		return who
	}
	return "(the article)"
}

// DocLabel names an estimate's document for people: its title, else the
// base name of its source, else its short id.
func DocLabel(e *hebel.Estimate) string {
	switch {
	case e.Title != "":
		return e.Title
	case e.Source != "":
		return filepath.Base(e.Source)
	}
	return shortID(e.DocumentID)
}

func shortID(id string) string {
	const keep = len("sha256:") + 12
	if len(id) > keep {
		return id[:keep]
	}
	return id
}

// WriteText writes figures for people: per figure a heading with its
// counts, range and confidence, one line per estimate (date, amount,
// claimant, document; copies marked), and the estimate RuleLatest takes.
func WriteText(w io.Writer, figs []*hebel.Figure) error {
	var b strings.Builder
	for i, f := range figs {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%s  [%s]\n", Label(f.Key), f.ID)
		fmt.Fprintf(&b, "  %d estimates, %d independent, %d claimants; range %s–%s; confidence %.2f\n",
			len(f.Estimates), f.Independent, f.Claimants, number(f.Low), number(f.High), f.Confidence)
		tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
		for _, e := range f.Estimates {
			note := ""
			if e.CopyOf != "" {
				note = "  (near copy of " + shortID(e.CopyOf) + ", not counted)"
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s%s\n", DateLabel(e), Amount(e.Claim.Quantity), ClaimantLabel(e), DocLabel(e), note)
		}
		for _, e := range f.Also {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s  (also in this document, not counted)\n", DateLabel(e), Amount(e.Claim.Quantity), ClaimantLabel(e), DocLabel(e))
		}
		tw.Flush()
		if ch, ok := Pick(f, PickOptions{}); ok {
			fmt.Fprintf(&b, "  %s: %s (%s, %s); %d claimant(s) in %d: %s–%s\n", ch.Rule, Amount(ch.Estimate.Claim.Quantity),
				ClaimantLabel(ch.Estimate), DateLabel(ch.Estimate), ch.Claimants, ch.Date.Year(), number(ch.Low), number(ch.High))
		} else {
			fmt.Fprintf(&b, "  %s: none (every estimate is undated)\n", RuleLatest)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// number writes a value with thousands separators.
func number(v float64) string {
	return record.FormatQuantity(record.Quantity{Value: v, Qualifier: string(hebel.Exact)})
}

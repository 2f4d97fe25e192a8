package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/segment"
)

// claimAt makes a claim whose number is the first occurrence of num in
// text and whose span is num's sentence.
func claimAt(text string, sents []segment.Sentence, num string) hebel.Claim {
	i := strings.Index(text, num)
	q := hebel.Span{Start: i, End: i + len(num)}
	for _, s := range sents {
		if s.Span.Contains(q) {
			return hebel.Claim{Span: s.Span, Quantity: hebel.Quantity{Span: q, Text: num}}
		}
	}
	panic(num)
}

func TestAttach(t *testing.T) {
	text := "Im Sommer kamen 3000 Soldaten an. Heute sind 10.000 Soldaten im Einsatz. " +
		"Damals kämpften 500 Soldaten dort. Bald werden 200 Soldaten folgen."
	p := de.Profile
	sents := segment.Split(text, p)
	rec := &hebel.Record{Document: hebel.Document{Text: text,
		Published: time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC), Dating: hebel.Dating{Source: hebel.DateFromSidecar, Precision: hebel.PrecisionMonth}}}
	for _, n := range []string{"3000", "10.000", "500", "200"} {
		rec.Claims = append(rec.Claims, claimAt(text, sents, n))
	}
	rec.Relations = []hebel.Relation{{Type: "troop_deployment", Evidence: []hebel.Span{sents[0].Span}}}
	exprs, _ := Find(text, sents, p, Reference{Date: rec.Document.Published, Precision: hebel.PrecisionMonth})
	Attach(rec, sents, exprs, p)
	label := func(v *hebel.ValidTime) string {
		if v == nil {
			return "nil"
		}
		f := func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return hebel.FormatDate(t, v.Precision)
		}
		return f(v.Start) + ".." + f(v.End) + " " + v.Basis + " " + v.Text
	}
	want := []string{
		"2024-06..2024-09 text Sommer",      // a time expression in the sentence
		"2024-12-01..2025-01-01 text Heute", // "Heute" in a text dated to its month: the month
		"..2025-01 published ",              // past tense, no time words: before publication
		"2024-12.. published ",              // future: after publication
	}
	for i, c := range rec.Claims {
		if got := label(c.Valid); got != want[i] {
			t.Errorf("claim %s: %q, want %q", c.Quantity.Text, got, want[i])
		}
	}
	if got := label(rec.Relations[0].Valid); got != want[0] {
		t.Errorf("relation: %q", got)
	}
	// The same text undated: only written times remain, nothing from the clock.
	rec.Document.Published, rec.Document.Dating = time.Time{}, hebel.Dating{}
	exprs, _ = Find(text, sents, p, Reference{})
	Attach(rec, sents, exprs, p)
	for _, c := range rec.Claims {
		if c.Valid != nil {
			t.Errorf("undated claim %s has valid time %s", c.Quantity.Text, label(c.Valid))
		}
	}
}

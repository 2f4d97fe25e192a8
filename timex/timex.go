// Package timex finds time expressions in German and English text and
// resolves them against a reference date (the document's publication
// date): explicit dates ("3. März 2024", "March 3, 2024", "2024-03-03"),
// months, years, seasons, quarters, decades, days and units relative to
// the reference ("gestern", "vergangene Woche", "last year"), parts of a
// unit ("Anfang Oktober", "Ende 2024", "early next year"), durations
// counted from the reference ("vor drei Jahren", "in the past 3 weeks")
// and the intervals built from them ("seit März", "bis Ende 2024", "vom 3.
// bis 12. September", "between 2014 and 2018").
//
// Each expression becomes a hebel.ValidTime: a point (one day, month or
// year), or an interval [Start, End) with an open end where the text
// leaves it open. An expression that needs the reference (everything
// relative, and dates without a year) is left out when the document is
// undated; the clock is never read. Where the year of "im März" is not
// written, the sentence's tense picks the last or the next March, else
// the nearest.
//
// Package timex is an extractor: it reads the sentences, tokens and
// lower-cased text of the one analysis (package analysis; Find takes the
// sentences of package segment for callers without one) and the word
// lists of the language profile (lang.Time),
// does no I/O and never imports another extractor. ValidFor gives a span
// of text (a claim's, a relation's evidence) its valid time; Dateline
// reads a news dateline at the head of a text.
package timex

import (
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/analysis"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/segment"
)

// extractorName is what timex puts in Problem.Extractor.
const extractorName = "timex"

// Kind is the shape of what an expression names.
type Kind uint8

// Kinds of expressions.
const (
	Point Kind = iota + 1 // one unit or stretch: "3. März 2024", "im Sommer", "last week"
	Range                 // from one moment to another: "vom 3. bis 12. September"
	Since                 // from a moment on, open end: "seit März", "since 2022"
	Until                 // up to a moment, open start: "bis Ende 2024"
)

var kindNames = [...]string{"", "point", "range", "since", "until"}

// String returns the name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(?)"
}

// Expr is one resolved time expression.
type Expr struct {
	hebel.Span
	Text  string
	Kind  Kind
	Valid hebel.ValidTime // Basis "text", with Text and Span

	// Parts are the moments the expression is built from, each as a
	// point or interval of its own: one, or two for a range.
	Parts []hebel.ValidTime

	// Relative says the expression needed the reference date (a relative
	// word, or a date without its year).
	Relative bool

	// Tense is the tense of the expression's sentence.
	Tense Tense
}

// Reference is the date relative expressions are resolved against, with
// how exactly it is known. A zero Date means the text is undated.
type Reference struct {
	Date      time.Time
	Precision hebel.Precision
}

// Find returns the time expressions of text in order, resolved against
// ref, and the problems met: an impossible date ("31. Februar 2024") is
// left out and recorded as bad_date. sents are the sentences of text as
// segment.Split made them with the same profile. p must not be nil.
func Find(text string, sents []segment.Sentence, p *lang.Profile, ref Reference) ([]Expr, []hebel.Problem) {
	return find(text, "", sents, p, ref)
}

// FindDoc is Find on the one analysis of a text (its sentences and
// lower-cased copy); d.Profile must not be nil.
func FindDoc(d *analysis.Doc, ref Reference) ([]Expr, []hebel.Problem) {
	return find(d.Text, d.Lower, d.Sentences, d.Profile, ref)
}

func find(text, lower string, sents []segment.Sentence, p *lang.Profile, ref Reference) ([]Expr, []hebel.Problem) {
	var out []Expr
	var problems []hebel.Problem
	c := new(cursor) // one cursor, its buffers reused sentence by sentence
	for _, s := range sents {
		c.reset(text, lower, s, p)
		tense := c.tense()
		for i := 0; i < len(c.toks); {
			m, ok := c.expression(i)
			if !ok {
				i++
				continue
			}
			span := hebel.Span{Start: c.toks[i].Start, End: c.toks[m.end-1].End}
			if m.bad != "" {
				problems = append(problems, hebel.Problem{Code: hebel.ProblemBadDate, Extractor: extractorName,
					Message: "impossible date " + quoteText(text[span.Start:span.End]) + ": " + m.bad, Span: &span})
				i = m.end
				continue
			}
			if e, ok := m.resolve(ref, tense); ok {
				e.Span, e.Text, e.Tense = span, text[span.Start:span.End], tense
				sp := span
				e.Valid.Basis, e.Valid.Text, e.Valid.Span = hebel.BasisText, e.Text, &sp
				if p := afterPublication(e, ref); p != nil {
					problems = append(problems, *p)
				}
				out = append(out, e)
			}
			i = m.end
		}
	}
	return out, problems
}

// afterPublication reports a date the text states as past (past or
// perfect tense, written with its year) that lies after the publication
// date: the text or its date is wrong.
func afterPublication(e Expr, ref Reference) *hebel.Problem {
	if ref.Date.IsZero() || e.Relative || e.Tense != Past && e.Tense != Perfect || e.Valid.Start.IsZero() {
		return nil
	}
	end := hebel.AddUnit(hebel.Truncate(ref.Date, precisionOr(ref.Precision)), precisionOr(ref.Precision), 1)
	if e.Valid.Start.Before(end) {
		return nil
	}
	sp := e.Span
	return &hebel.Problem{Code: hebel.ProblemFutureDate, Extractor: extractorName, Span: &sp,
		Message: "the text tells of " + quoteText(e.Text) + " in the past tense, after the publication date " +
			hebel.FormatDate(ref.Date, precisionOr(ref.Precision))}
}

func quoteText(s string) string { return "«" + s + "»" }

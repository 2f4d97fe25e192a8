package claim

import (
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/analysis"
)

// innermost returns the speaker of the innermost quote whose content
// contains s, or nil when no quote with a speaker does. Quotes come from
// package quote; source frames ("laut X", "according to X") are quotes
// whose content is the framed clause.
func innermost(x *quoteIndex, s hebel.Span) *hebel.Source {
	best := -1
	x.byContent.Containing(s, func(i int) bool {
		q := &x.quotes[i]
		if q.Speaker == nil {
			return true
		}
		if best < 0 || q.Content.Len() < x.quotes[best].Content.Len() || q.Content.Len() == x.quotes[best].Content.Len() && i < best {
			best = i
		}
		return true
	})
	if best < 0 {
		return nil
	}
	return x.quotes[best].Speaker
}

// lastSpeaker returns the speaker of the quote with a speaker that ends
// last among those overlapping s, or nil.
func lastSpeaker(x *quoteIndex, s hebel.Span) *hebel.Source {
	best := -1
	x.bySpan.Overlapping(s, func(i int) bool {
		q := &x.quotes[i]
		if q.Speaker == nil {
			return true
		}
		if best < 0 || q.End > x.quotes[best].End || q.End == x.quotes[best].End && i < best {
			best = i
		}
		return true
	})
	if best < 0 {
		return nil
	}
	return x.quotes[best].Speaker
}

// quoteIndex finds the quotes around a span by their content and by their
// span, without a scan over all quotes.
type quoteIndex struct {
	quotes            []hebel.Quote
	byContent, bySpan *analysis.SpanIndex
}

func newQuoteIndex(quotes []hebel.Quote) *quoteIndex {
	content := make([]hebel.Span, len(quotes))
	span := make([]hebel.Span, len(quotes))
	for i, q := range quotes {
		content[i], span[i] = q.Content, q.Span
	}
	return &quoteIndex{quotes: quotes, byContent: analysis.NewSpanIndex(content), bySpan: analysis.NewSpanIndex(span)}
}

// carry is a phrase that refers to the previous sentence's source:
// "demnach", "dem Bericht zufolge", "according to the report".
type carry struct {
	cue  string     // the phrase in lower case; "" when the sentence has none
	span hebel.Span // the phrase
	noun hebel.Span // what it names ("dem Bericht"); empty for "demnach"
}

// maxCarryGap is how many words may stand after the determiner of a
// carry-over phrase: "the customs data showed".
const maxCarryGap = 2

// carryOver looks in the tokens of one sentence for a carry-over phrase.
// A phrase that goes on to name its source ("according to the data by
// China's customs") is a source frame of its own, not a carry-over.
func (b *builder) carryOver(w *words) carry {
	c := b.c
	if len(c.CarryOver) == 0 {
		return carry{}
	}
	for i := range w.toks {
		if !w.letters(i) {
			continue
		}
		end, ok := w.phraseGapAt(i, c.CarryOver, c.Determiners, c.Stop, maxCarryGap)
		if !ok || w.is(end, c.Complements) || w.is(end, c.Partitive) || w.is(end, c.Determiners) || w.letters(end) && w.is(end, c.Linkers) {
			continue
		}
		cr := carry{span: hebel.Span{Start: w.toks[i].Start, End: w.toks[end-1].End}}
		cr.cue = strings.ToLower(w.text[cr.span.Start:cr.span.End])
		a, z := -1, -1
		for k := i; k < end; k++ {
			if !w.is(k, c.Stop) && !w.is(k, c.Determiners) {
				if a < 0 {
					a = k
				}
				z = k
			}
		}
		if a >= 0 {
			if a > i && w.is(a-1, c.Determiners) {
				a-- // "dem Bericht", "the report"
			}
			cr.noun = hebel.Span{Start: w.toks[a].Start, End: w.toks[z].End}
		}
		return cr
	}
	return carry{}
}

// carried returns a copy of src for a claim that takes it over from the
// previous sentence through the phrase cue.
func carried(src *hebel.Source, cue string) *hebel.Source {
	s := *src
	s.Cue = cue
	s.Attach = hebel.AttachCarried
	return &s
}

// Package claim assembles claims: a quantity with what it counts, the
// actors and place in its clause, and its source, taken from the
// attributions package quote found (passed in, never re-found). It does
// not import other extractors; package pipeline hands it their results.
//
// What is counted is read from the tokens around the number with the
// language's lang.Claims tables: the noun phrase after it, its unit word
// and complement, or the phrase it is measured against before it.
// Numbers that count time ("drei Tage", "in 14 years") are not claims.
// The source is the speaker of the innermost quote whose content holds
// the number; a carry-over phrase ("demnach", "according to the report")
// takes the source of the previous sentence (its speaker, else the actor
// it names first), and the account goes on into the next sentence of the
// paragraph. A source that names figures takes their author along ("the
// data by X"), and a sentence that follows the numbers and names the
// author of the figures ("die Statistik vom X") gives their source.
package claim

import (
	"context"
	"sort"
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/analysis"
	"github.com/hebel-project/hebel/internal/cancel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/segment"
)

// Extractor names this package in the provenance of its claims.
const Extractor = "claim"

// builder holds what one Build call shares between claims.
type builder struct {
	text string
	p    *lang.Profile
	c    *lang.Claims
	ms   []mention // the entity mentions of text, by start
}

// Build returns one claim per quantity that states a claim, in text order.
// qs must lie inside text; sents are the sentences of text (a quantity
// outside every sentence gets its own span as clause). Quantities that
// count time are left out.
func Build(text string, sents []segment.Sentence, qs []hebel.Quantity, ents []hebel.Entity, quotes []hebel.Quote, p *lang.Profile) []hebel.Claim {
	cs, _ := build(text, sents, qs, ents, quotes, p, nil)
	return cs
}

// BuildDoc returns the claims of the analysed document d, with the
// entities set on it (analysis.Doc.SetEntities), as Build does for its
// text and sentences. It stops soon after ctx is done and then returns
// ctx's error and no claims.
func BuildDoc(ctx context.Context, d *analysis.Doc, qs []hebel.Quantity, quotes []hebel.Quote) ([]hebel.Claim, error) {
	return build(d.Text, d.Sentences, qs, d.Entities(), quotes, d.Profile, cancel.New(ctx))
}

func build(text string, sents []segment.Sentence, qs []hebel.Quantity, ents []hebel.Entity, quotes []hebel.Quote, p *lang.Profile, stop *cancel.Poll) ([]hebel.Claim, error) {
	if len(qs) == 0 || p == nil {
		return nil, stop.Err()
	}
	ms := flatten(ents)
	b := &builder{text: text, p: p, c: &p.Claims, ms: ms}
	out := make([]hebel.Claim, 0, len(qs))
	sis := make([]int, 0, len(qs)) // the sentence of each claim, -1 for none
	w := &words{text: text, buf: make([]byte, 0, 64)}
	qx := newQuoteIndex(quotes)

	// sources of the claims of the previous and the current sentence, for
	// carry-over phrases
	curSent := -1
	var prevSrc, curSrc *hebel.Source
	// sources the claims of the previous and the current sentence took
	// over through a carry-over phrase; the account goes on in the next
	// sentence of the paragraph
	var prevCarry, curCarry *hebel.Source
	lastCounted := "" // what the previous claim of the sentence counts
	var cr carry      // the carry-over phrase of sentence cueSent
	cueSent := -1
	var ps []place // the places of sentence placeSent
	placeSent := -1

	for k, q := range qs {
		if stop.Stop() {
			return nil, stop.Err()
		}
		if !q.Span.Valid(len(text)) || q.End <= q.Start {
			continue
		}
		si := sort.Search(len(sents), func(i int) bool { return sents[i].End > q.Start })
		span := q.Span
		w.toks = nil
		if si < len(sents) && sents[si].Start <= q.Start {
			span = sents[si].Span
			if q.End > span.End {
				span.End = q.End
			}
			w.toks = sents[si].Tokens
		} else {
			si = -1
		}
		if si != curSent {
			if si >= 0 && curSent == si-1 {
				prevSrc, prevCarry = curSrc, curCarry
			} else {
				prevSrc, prevCarry = nil, nil
			}
			curSent, curSrc, curCarry, lastCounted = si, nil, nil, ""
		}
		if countsTime(w, b.c, q) || b.reference(w, q) || share(q) || b.named(w, q) {
			continue
		}
		c := hebel.Claim{Span: span, Quantity: q, Extractor: Extractor}
		cp := b.counted(w, q)
		if cp.ok() {
			c.Counted = text[w.toks[cp.start].Start:w.toks[cp.end-1].End]
			if cp.elided && lastCounted != "" {
				c.Counted = lastCounted
			}
			if cp.head >= 0 && w.is(cp.head, b.c.TimeNouns) {
				continue
			}
		}
		inSpan := within(ms, span)
		c.Entities = entityIDs(inSpan)
		if len(w.toks) > 0 {
			if placeSent != si || si < 0 {
				ps, placeSent = b.places(w, inSpan), si
			}
			at := sort.Search(len(w.toks), func(i int) bool { return w.toks[i].Start >= q.End })
			c.Location = location(ps, at)
		}
		c.Source = b.withAuthor(w, innermost(qx, q.Span))
		if si >= 0 {
			if cueSent != si {
				cr, cueSent = b.carryOver(w), si
			}
			if c.Source == nil || cr.noun.Len() > 0 && cr.span.Overlaps(c.Source.Span) {
				c.Source = b.carrySource(c.Source, cr, prevSrc, qx, sents, si)
				if c.Source != nil && cr.cue != "" {
					curCarry = c.Source
				}
			}
			if c.Source == nil && prevCarry != nil && si > 0 && sameParagraph(text, sents[si-1].Span, sents[si].Span) {
				c.Source, curCarry = prevCarry, prevCarry
			}
		}
		if c.Source != nil {
			curSrc = c.Source
		}
		if c.Source != nil && cp.ok() && !cp.elided {
			if np := b.besideSource(w, cp, c.Source.Span); np.ok() {
				cp, c.Counted = np, text[w.toks[np.start].Start:w.toks[np.end-1].End]
			}
		}
		if len(w.toks) > 0 {
			var prev *hebel.Claim
			if len(out) > 0 && si >= 0 && sis[len(sis)-1] >= si-1 {
				prev = &out[len(out)-1]
			}
			b.typeClaim(w, &c, cp, scopeOf(w, qs, k, span), inSpan, prev)
		}
		c.Confidence = Confidence(&c)
		lastCounted = c.Counted
		out = append(out, c)
		sis = append(sis, si)
	}
	b.namedAfter(out, sis, sents, w)
	if stop.Now() {
		return nil, stop.Err()
	}
	return out, nil
}

// carrySource returns the source of a claim in sentence si whose own
// source is src (nil, or the report a carry-over phrase names): with a
// carry-over phrase, the source of the previous sentence's claims, else
// the last speaker quoted in the previous sentence, else what the phrase
// names ("dem Bericht"). Without a phrase src stays.
func (b *builder) carrySource(src *hebel.Source, cr carry, prev *hebel.Source, qx *quoteIndex, sents []segment.Sentence, si int) *hebel.Source {
	if cr.cue == "" {
		return src
	}
	if prev == nil && si > 0 {
		prev = lastSpeaker(qx, sents[si-1].Span)
	}
	if prev == nil && si > 0 && cr.noun.Len() == 0 {
		prev = b.subject(sents[si-1].Span) // "demnach": what the actor of the previous sentence made known
	}
	switch {
	case prev != nil:
		return carried(prev, cr.cue)
	case src != nil:
		return src
	case cr.noun.Len() > 0:
		return &hebel.Source{Span: cr.noun, Text: b.text[cr.noun.Start:cr.noun.End], Cue: cr.cue, Extractor: Extractor}
	}
	return nil
}

// smallSet is the bound below which a number after a definite article
// names a known set ("die drei Nationen") rather than stating a count.
const smallSet = 20

// reference reports whether q is a small exact number right after a
// definite article: "die drei Nationen", "the two leaders".
func (b *builder) reference(w *words, q hebel.Quantity) bool {
	if q.Qualifier != hebel.Exact || q.Unit != "" || q.Value >= smallSet || len(w.toks) == 0 {
		return false
	}
	i := sort.Search(len(w.toks), func(i int) bool { return w.toks[i].End > q.Start }) - 1
	return i >= 0 && w.toks[i].End < q.Start && w.is(i, b.c.Definite)
}

// named reports whether q ends a name: plain digits right after a
// capitalised word that is not a stop word ("Nord Stream 1", "Apollo
// 13") and followed by no word that it could count.
func (b *builder) named(w *words, q hebel.Quantity) bool {
	if q.Qualifier != hebel.Exact || q.Unit != "" || len(w.toks) == 0 {
		return false
	}
	for i := 0; i < len(q.Text); i++ {
		if c := q.Text[i]; c < '0' || c > '9' {
			return false
		}
	}
	i := sort.Search(len(w.toks), func(i int) bool { return w.toks[i].End > q.Start }) - 1
	if i < 0 || w.toks[i].End == q.Start || !w.capital(i) || w.is(i, b.c.Stop) || w.is(i, b.c.Determiners) {
		return false
	}
	j := i + 1
	for j < len(w.toks) && w.toks[j].Start < q.End {
		j++
	}
	return !w.letters(j) || w.is(j, b.c.Stop)
}

// share reports whether q is a bare fraction: "a third of the corps",
// "die Hälfte". A share of something is not a count; with a unit ("0.5
// Prozent") it stays a claim.
func share(q hebel.Quantity) bool {
	return q.Unit == "" && q.Value > 0 && q.Value < 1 && q.Qualifier != hebel.Range
}

// countsTime reports whether q is fused to a time noun: "two-day",
// "24-Stunden".
func countsTime(w *words, c *lang.Claims, q hebel.Quantity) bool {
	text := w.text
	if q.End >= len(text) || text[q.End] != '-' {
		return false
	}
	e := q.End + 1
	for e < len(text) && text[e] != ' ' && text[e] != '-' && text[e] != '\n' && text[e] != ',' && text[e] != '.' {
		e++
	}
	return c.TimeNouns[strings.ToLower(text[q.End+1:e])]
}

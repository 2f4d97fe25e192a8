package quote

import (
	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/segment"
)

// unit is one statement-sized stretch of text: a sentence, or several
// sentences joined because an outermost quotation runs across them (the
// segmenter splits inside multi-sentence quotes).
type unit struct {
	hebel.Span
	toks    []segment.Token
	regs    []region // outermost quotation pairs inside the unit
	inQuote []bool   // per token: inside a quotation pair or one of its marks
}

// units joins sentences by the outermost quotation pairs of text.
func units(text string, sents []segment.Sentence, regs []region) []unit {
	sents = glued(text, sents)
	var outer []region
	for _, r := range regs {
		if r.Depth == 0 {
			outer = append(outer, r)
		}
	}
	out := make([]unit, 0, len(sents))
	ri := 0
	for i := 0; i < len(sents); {
		u := unit{Span: sents[i].Span, toks: sents[i].Tokens}
		j := i + 1
		for {
			// pairs that start before the unit ends and end after it join the next sentence
			for ri < len(outer) && outer[ri].Close <= u.Start {
				ri++
			}
			extend := false
			for k := ri; k < len(outer) && outer[k].Open < u.End; k++ {
				if outer[k].Close > u.End && j < len(sents) {
					extend = true
				}
			}
			if !extend {
				break
			}
			if len(u.toks) > 0 && &u.toks[0] == &sents[i].Tokens[0] {
				u.toks = append([]segment.Token(nil), u.toks...)
			}
			u.toks = append(u.toks, sents[j].Tokens...)
			u.End = sents[j].End
			j++
		}
		for k := ri; k < len(outer) && outer[k].Open < u.End; k++ {
			if outer[k].Open >= u.Start && outer[k].Close <= u.End {
				u.regs = append(u.regs, outer[k])
			}
		}
		if len(u.regs) > 0 {
			u.inQuote = make([]bool, len(u.toks))
			k := 0
			for t, tok := range u.toks {
				for k < len(u.regs) && u.regs[k].Close <= tok.Start {
					k++
				}
				u.inQuote[t] = k < len(u.regs) && tok.Start >= u.regs[k].Open && tok.End <= u.regs[k].Close
			}
		}
		out = append(out, u)
		i = j
	}
	return out
}

// quoted reports whether token t of u lies inside a quotation pair.
func (u *unit) quoted(t int) bool { return u.inQuote != nil && u.inQuote[t] }

// glued splits sentences at a full stop with no space after it that
// ends a lower-case word and precedes a capitalised one ("military.Senior
// members …"): text extracted from HTML loses the space between
// paragraphs. It returns sents itself when nothing is split.
func glued(text string, sents []segment.Sentence) []segment.Sentence {
	var out []segment.Sentence
	for i, s := range sents {
		start := 0
		for k := 1; k+1 < len(s.Tokens); k++ {
			t, prev, next := s.Tokens[k], s.Tokens[k-1], s.Tokens[k+1]
			if t.Kind != segment.Punct || text[t.Start:t.End] != "." || prev.End != t.Start || t.End != next.Start ||
				prev.Kind != segment.Word || next.Kind != segment.Word && next.Kind != segment.Abbrev || prev.End-prev.Start < 3 ||
				!lowerEnd(text[prev.Start:prev.End]) || !upper(text[next.Start:next.End]) {
				continue
			}
			if out == nil {
				out = append(make([]segment.Sentence, 0, len(sents)+4), sents[:i]...)
			}
			out = append(out, segment.Sentence{Span: hebel.Span{Start: s.Tokens[start].Start, End: t.End}, Tokens: s.Tokens[start : k+1]})
			start = k + 1
		}
		if out != nil {
			if start == 0 {
				out = append(out, s)
			} else {
				out = append(out, segment.Sentence{Span: hebel.Span{Start: s.Tokens[start].Start, End: s.End}, Tokens: s.Tokens[start:]})
			}
		}
	}
	if out == nil {
		return sents
	}
	return out
}

// lowerEnd reports whether s ends in a lower-case ASCII letter.
func lowerEnd(s string) bool {
	c := s[len(s)-1]
	return 'a' <= c && c <= 'z'
}

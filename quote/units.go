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
	lows    []string // per token: lower-cased text, filled on first use
}

// units joins sentences by the outermost quotation pairs of text.
func units(text string, sents []segment.Sentence, regs []region) []unit {
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

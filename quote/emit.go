package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/segment"
)

// emit records the statement of unit u whose content is tokens [cs, ce),
// spoken by tokens [s, e), cued by tokens [cueS, cueE). It reports whether
// the content held anything.
func (f *finder) emit(u *unit, ui, cs, ce, s, e, cueS, cueE int) bool {
	for cs < ce && (u.toks[cs].Kind == segment.Punct || f.r.con[f.low(u, cs)] && !u.quoted(cs)) {
		cs++
	}
	for ce > cs && u.toks[ce-1].Kind == segment.Punct {
		ce--
	}
	if ce-cs < 2 && !(ce > cs && u.toks[cs].Kind == segment.Quote) {
		return false
	}
	cue := f.tok(u, cueS)
	if cueE-cueS > 1 {
		cue += " " + f.tok(u, cueE-1)
	}
	src := f.source(u, s, e, cue)
	f.frameStart = min(u.toks[s].Start, u.toks[cueS].Start)
	return f.record(u, ui, u.toks[cs].Start, u.toks[ce-1].End, src, cue)
}

// record adds the statement of unit u with content [cs, ce) in bytes.
func (f *finder) record(u *unit, ui, cs, ce int, src *hebel.Source, cue string) bool {
	fs, only, how := f.frameStart, f.sourceOnly, f.attach
	f.frameStart, f.sourceOnly, f.attach = -1, false, ""
	cs, ce = trim(f.text, cs, ce)
	if ce <= cs {
		return false
	}
	q := hebel.Quote{Span: u.Span, Content: hebel.Span{Start: cs, End: ce}, Kind: hebel.Indirect,
		Cue: cue, Speaker: src, Extractor: extractor}
	inside := 0
	for _, r := range u.regs {
		if r.Close <= cs || r.Open >= ce {
			continue
		}
		inside++
		if r.Open <= cs+3 && r.Close >= ce-3 && onlyPunct(f.text[cs:r.Open]) && onlyPunct(f.text[r.Close:max(ce, r.Close)]) {
			q.Kind = hebel.Direct
			q.Content.Start, q.Content.End = trim(f.text, r.InStart, r.InEnd)
		}
	}
	if q.Kind != hebel.Direct && inside > 0 {
		q.Kind = hebel.Mixed
	}
	if q.Content.End <= q.Content.Start {
		return false
	}
	if only || q.Kind == hebel.Indirect && f.figure(u, q.Content) {
		q.SourceOnly = true
	}
	if src != nil {
		if how == "" {
			how = hebel.AttachSubject
			if src.Start >= q.Content.End {
				how = hebel.AttachAfter
			}
		}
		src.Attach = how
	}
	q.Confidence = Confidence(&q)
	f.out = append(f.out, q)
	f.frames = append(f.frames, fs)
	if src != nil {
		f.last, f.lastUnit = src, ui
	}
	return true
}

// trim narrows [s, e) of text to leave out white space, commas,
// semicolons and colons at either end.
func trim(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) && r != ',' && r != ';' && r != ':' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.IsSpace(r) && r != ',' && r != ';' && r != ':' {
			break
		}
		e -= n
	}
	return s, e
}

// onlyPunct reports whether s holds nothing but punctuation and space.
func onlyPunct(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// figure reports whether the content c of u states a figure: a number of
// at least 100 that is no year, or a percentage. Such a statement is a
// claim with a source, not a quote.
func (f *finder) figure(u *unit, c hebel.Span) bool {
	for t, tok := range u.toks {
		if tok.Start < c.Start || tok.End > c.End {
			continue
		}
		w := f.tok(u, t)
		switch tok.Kind {
		case segment.Number:
			if t > 0 && t-1 >= 0 && u.toks[t-1].Start > c.Start && u.toks[t-1].Kind == segment.Word && upper(f.tok(u, t-1)) {
				continue // an identifier: "Resolution 2397"
			}
			digits, sep := 0, false
			for i := 0; i < len(w); i++ {
				if w[i] >= '0' && w[i] <= '9' {
					digits++
				} else {
					sep = true
				}
			}
			if digits >= 3 && (sep || digits != 4 || w < "1800" || w > "2100") {
				return true
			}
		case segment.Symbol:
			if w == "%" {
				return true
			}
		case segment.Word:
			switch strings.ToLower(w) {
			case "prozent", "percent", "tausend", "tausende", "thousand", "thousands",
				"millionen", "million", "millions", "milliarden", "billion", "billions":
				return true
			}
		}
	}
	return false
}

// Confidence returns how firmly the text attributes quote q, in (0, 1]:
// the product of three factors.
//
//   - The attachment: a speaker the cue verb takes as subject, after the
//     content, as the object of a verb of quoting or as the name before
//     a colon 1; a source frame ("laut X") 0.95; a clause of its own or
//     a passive agent 0.9; the next sentence pointing back 0.8; carried
//     over from an earlier statement (Konjunktiv, "demnach", "hieß es",
//     a shared subject) 0.7; no speaker 0.5.
//   - The speaker: linked to an actor 1; named, not linked 0.85 (a
//     pronoun or role noun resolved to an earlier speaker counts as
//     linked when the earlier speaker was).
//   - The words: quoted (direct) 1; partly quoted (mixed) 0.95;
//     reported (indirect) 0.9.
//
// It says nothing about whether the statement is true.
func Confidence(q *hebel.Quote) float64 {
	a, s := 0.5, 1.0
	if sp := q.Speaker; sp != nil {
		switch sp.Attach {
		case hebel.AttachFrame:
			a = 0.95
		case hebel.AttachClause, hebel.AttachAgent:
			a = 0.9
		case hebel.AttachNext:
			a = 0.8
		case hebel.AttachCarried:
			a = 0.7
		default:
			a = 1
		}
		if sp.EntityID == "" {
			s = 0.85
		}
	}
	k := 0.9
	switch q.Kind {
	case hebel.Direct:
		k = 1
	case hebel.Mixed:
		k = 0.95
	}
	return float64(int(a*s*k*1000+0.5)) / 1000
}

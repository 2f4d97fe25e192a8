package quote

import (
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/segment"
)

// continued records a unit in Konjunktiv without a cue as reported speech
// of the most recent speaker: Konjunktiv I up to SubjunctiveReach units
// after that speaker's statement, Konjunktiv II only right after it.
func (f *finder) continued(u *unit, ui int) bool {
	if f.last == nil || ui-f.lastUnit > SubjunctiveReach {
		return false
	}
	if n := len(u.toks); f.is(u, n-1, "?") {
		return false
	}
	for t := range u.toks {
		if u.quoted(t) || u.toks[t].Kind != segment.Word {
			continue
		}
		w := f.tok(u, t)
		if upper(w) {
			continue
		}
		if f.r.subj[w] || f.r.cond[w] && ui-f.lastUnit == 1 {
			src := *f.last
			src.Cue = w
			s := 0
			for s < len(u.toks)-1 && (u.toks[s].Kind == segment.Punct || f.r.con[f.low(u, s)]) {
				s++
			}
			e := len(u.toks)
			f.frameStart = -1
			f.attach = hebel.AttachCarried
			return f.record(u, ui, u.toks[s].Start, u.toks[e-1].End, &src, w)
		}
	}
	return false
}

// bare records the quotations of a unit without a cue: long ones as
// direct quotes (with the speaker of the unit before when the quotation
// opens the unit right after a statement), short ones not at all (scare
// quotes, titles).
func (f *finder) bare(u *unit, ui int) {
	for _, r := range u.regs {
		if words(f.text[r.InStart:r.InEnd]) < MinQuoteWords {
			continue
		}
		src := f.last
		if src == nil || ui-f.lastUnit != 1 || r.Open != u.Start || f.headline(u, r) {
			src = nil
		} else {
			c := *src
			src = &c
		}
		cue := ""
		if src != nil {
			cue = src.Cue
		}
		f.frameStart = -1
		f.attach = hebel.AttachCarried
		f.record(u, ui, r.Open, r.Close, src, cue)
	}
}

// headline reports whether quotation r is a line of its own with no
// closing punctuation inside or after it: a headline or pull quote, which
// the editor wrote over the text, so it does not continue the statement
// before it.
func (f *finder) headline(u *unit, r region) bool {
	if r.Open != u.Start || strings.TrimRight(f.text[r.Close:u.End], " \t") != "" {
		return false
	}
	if before := strings.TrimRight(f.text[:r.Open], " \t"); before != "" && !strings.HasSuffix(before, "\n") {
		return false
	}
	if after := f.text[u.End:]; after != "" && !strings.HasPrefix(strings.TrimLeft(after, " \t"), "\n") {
		return false
	}
	content := strings.TrimSpace(f.text[r.InStart:r.InEnd])
	return content != "" && !strings.ContainsAny(content[len(content)-1:], ".!?…")
}

// words counts the words of s.
func words(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := r != ' ' && r != '\n' && r != '\t'
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// subjunctive reports whether u holds a Konjunktiv I form outside
// quotations.
func (f *finder) subjunctive(u *unit) bool {
	for t := range u.toks {
		if !u.quoted(t) && u.toks[t].Kind == segment.Word && f.r.subj[f.tok(u, t)] {
			return true
		}
	}
	return false
}

// maxHeading bounds a heading, in tokens.
const maxHeading = 20

// question reports whether u is a question outside quotation marks: its
// last token is a question mark that no quotation holds.
func (f *finder) question(u *unit) bool {
	n := len(u.toks)
	return n > 0 && f.is(u, n-1, "?") && !u.quoted(n-1)
}

// heading reports whether u stands as a paragraph of its own (blank
// lines around it) without closing punctuation: a headline or sub-heading, which announces and quotes
// nobody ("Experten warnen vor neuen Kämpfen"). A heading that opens
// with a quotation is left to the quotation rules; so is a last line,
// which may be a paragraph cut short.
func (f *finder) heading(u *unit) bool {
	n := len(u.toks)
	if n == 0 || u.quoted(0) || u.toks[n-1].Kind == segment.Punct || u.toks[n-1].Kind == segment.Quote {
		return false
	}
	before := strings.TrimRight(f.text[:u.Start], " \t")
	after := strings.TrimLeft(f.text[u.End:], " \t")
	return n <= maxHeading && (before == "" || blankEnd(before)) && blankStart(after) && strings.TrimSpace(after) != ""
}

// blankEnd reports whether s ends with a blank line: a paragraph break.
func blankEnd(s string) bool {
	s = strings.TrimRight(s, " \t")
	if !strings.HasSuffix(s, "\n") {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(s[:len(s)-1], " \t\r"), "\n")
}

// blankStart reports whether s starts with a blank line.
func blankStart(s string) bool {
	s = strings.TrimLeft(s, " \t\r")
	if !strings.HasPrefix(s, "\n") {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(s[1:], " \t\r"), "\n")
}

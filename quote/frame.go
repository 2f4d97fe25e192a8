package quote

import (
	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/segment"
)

// frame finds a statement attributed by a source frame: "laut X", "nach
// Angaben von X", "X zufolge", "Ihrer Meinung nach", "according to X".
func (f *finder) frame(u *unit, ui int) bool {
	// a frame inside reported speech in Konjunktiv cites a source of the
	// speaker's, who stays the speaker of what follows
	if f.last != nil && ui-f.lastUnit <= SubjunctiveReach && f.subjunctive(u) {
		last, lastUnit := f.last, f.lastUnit
		defer func() { f.last, f.lastUnit = last, lastUnit }()
	}
	for t := range u.toks {
		if u.quoted(t) || u.toks[t].Kind != segment.Word {
			continue
		}
		lw := f.low(u, t)
		if _, pos := f.r.possessives[lw]; !f.r.starts[lw] && !(pos && f.r.starts["*"]) && !f.r.sourcePrep[lw] {
			continue
		}
		for _, ph := range f.r.before {
			if n := f.match(u, t, ph); n > 0 {
				k := t + n
				if k < len(u.toks) && f.r.links[f.low(u, k)] && !f.r.det[f.low(u, k)] {
					k++
				}
				if s, e, next, ok := f.titleAt(u, k); ok {
					if f.frameAt(u, ui, t, next, s, e, t, t+n) {
						return true
					}
					continue
				}
				if s, e := f.sourceAfter(u, k); e > s && e-k <= 8 {
					if f.frameAt(u, ui, t, e, s, e, t, t+n) {
						return true
					}
				}
			}
		}
		if f.r.sourcePrep[lw] {
			if s, e, fe, ok := f.sourceNounAt(u, t); ok && f.frameAt(u, ui, t, fe, s, e, t, t+1) {
				return true
			}
		}
		for _, ph := range f.r.after {
			if n := f.match(u, t, ph); n > 0 {
				if s, e, ok := f.titleBefore(u, t); ok {
					if f.frameAt(u, ui, s-1, t+n, s, e, t, t+n) {
						return true
					}
					continue
				}
				if s, e := f.npBefore(u, t); e > s {
					if f.frameAt(u, ui, s, t+n, s, e, t, t+n) {
						return true
					}
				}
			}
		}
		for _, ph := range f.r.around {
			if s, e, fe, ok := f.aroundAt(u, t, ph); ok {
				if f.frameAt(u, ui, t, fe, s, e, t, t+1) {
					return true
				}
			}
		}
		for _, ph := range f.r.anaphoric {
			if n := f.match(u, t, ph); n > 0 && f.last != nil && ui-f.lastUnit <= SubjunctiveReach {
				f.anaphor = f.last
				ok := f.frameAt(u, ui, t, t+n, t+1, t+n, t, t+1)
				f.anaphor = nil
				if ok {
					return true
				}
			}
		}
		for _, ph := range f.r.opinion {
			if n := f.match(u, t, ph); n > 0 {
				p := t
				for i, w := range ph {
					if w == "*" {
						p = t + i
					}
				}
				if f.frameAt(u, ui, t, t+n, p, p+1, t, t+n) {
					return true
				}
			}
		}
	}
	return false
}

// match returns the number of tokens of phrase ph that match at token t
// of u (case-insensitive; "*" matches a possessive pronoun), or 0.
func (f *finder) match(u *unit, t int, ph []string) int {
	if t+len(ph) > len(u.toks) {
		return 0
	}
	for i, w := range ph {
		if u.quoted(t + i) {
			return 0
		}
		lw := f.low(u, t+i)
		if w == "*" {
			if _, ok := f.r.possessives[lw]; !ok {
				return 0
			}
		} else if lw != w {
			return 0
		}
	}
	return len(ph)
}

// frameAt records the statement framed by tokens [fs, fe) (the frame
// with its source) whose speaker is tokens [s, e) and cue [cs, ce): the
// content is what follows a frame at the start, what precedes a frame at
// the end, and the whole unit otherwise.
func (f *finder) frameAt(u *unit, ui, fs, fe, s, e, cs, ce int) bool {
	n := len(u.toks)
	for n > 0 && u.toks[n-1].Kind == segment.Punct {
		n--
	}
	start := 0
	for start < fs && (f.r.con[f.low(u, start)] || u.toks[start].Kind == segment.Punct) {
		start++
	}
	var src *hebel.Source
	f.frameStart = min(u.toks[s].Start, u.toks[cs].Start)
	cue := f.tok(u, cs)
	for i := cs + 1; i < ce; i++ {
		if i != s {
			cue += " " + f.tok(u, i)
		}
	}
	switch {
	case fs == start && fe < n:
		src = f.source(u, s, e, cue)
		f.attach = f.frameAttach()
		return f.record(u, ui, u.toks[fe].Start, u.toks[n-1].End, src, cue)
	case fe >= n && fs > 0:
		src = f.source(u, s, e, cue)
		f.attach = f.frameAttach()
		return f.record(u, ui, u.toks[0].Start, u.toks[fs-1].End, src, cue)
	case fs > 0 || fe < n:
		src = f.source(u, s, e, cue)
		f.attach = f.frameAttach()
		return f.record(u, ui, u.toks[0].Start, u.toks[n-1].End, src, cue)
	}
	return false
}

// sourceAfter returns the source noun phrase after a frame word at token
// k: npAfter, or in English a phrase that opens in lower case ("according
// to satellite imagery analysis from the Open Source Centre").
func (f *finder) sourceAfter(u *unit, k int) (int, int) {
	if s, e := f.npAfter(u, k); e > s || f.r.german || k >= len(u.toks) || u.quoted(k) || u.toks[k].Kind != segment.Word {
		return s, e
	}
	if e := f.npFrom(u, k); e > k && f.head(u, k, e) {
		return k, e
	}
	return k, k
}

// aroundAt matches the frame ph that encloses its source ("wie aus _
// hervorgeht") at token t: it returns the source's tokens [s, e) and the
// end of the frame fe.
func (f *finder) aroundAt(u *unit, t int, ph []string) (s, e, fe int, ok bool) {
	slot := -1
	for i, w := range ph {
		if w == "_" {
			slot = i
		}
	}
	if slot <= 0 || f.match(u, t, ph[:slot]) == 0 {
		return 0, 0, 0, false
	}
	k := t + slot
	next := 0
	if ts, te, tn, tok := f.titleAt(u, k); tok {
		s, e, next = ts, te, tn
	} else {
		// the source runs up to the words after the slot, within reach
		rest := ph[slot+1:]
		s, next = k, -1
		for j := k + 1; j < len(u.toks) && j-k <= 2*maxSpeaker && !f.boundary(u, j) && !f.is(u, j, "."); j++ {
			if f.match(u, j, rest) > 0 {
				next = j
				break
			}
		}
		if next < 0 {
			return 0, 0, 0, false
		}
		e = next
		if e == s || !f.head(u, s, e) || f.numbered(u, s, e) {
			return 0, 0, 0, false
		}
		return s, e, next + len(rest), true
	}
	rest := ph[slot+1:]
	if len(rest) > 0 && f.match(u, next, rest) == 0 {
		return 0, 0, 0, false
	}
	return s, e, next + len(rest), true
}

// maxColonName bounds the name that introduces a quotation with a colon
// alone: "Roth: „…“".
const maxColonName = 4

// colonName records a quotation introduced by a bare name and a colon at
// the start of a unit: "Roth: „Wir bleiben hier.“" The name must be
// capitalised words only, and the quotation must follow the colon.
//
// Without a quotation the name must name an actor ("UNHCR: Mehr als 5000
// Menschen auf der Flucht", a headline) or answer in an interview, after
// an interviewer's line ("Frage: …" / "Roth: …"); "Hinweis: …" is
// neither.
func (f *finder) colonName(u *unit, ui int) bool {
	if len(u.toks) == 0 || u.quoted(0) {
		return false
	}
	c := 0
	for c < len(u.toks) && c <= maxColonName && !f.is(u, c, ":") {
		c++
	}
	if c == 0 || c > maxColonName || c+1 >= len(u.toks) {
		return false
	}
	if !f.nameOnly(u, 0, c) || f.r.stops[f.low(u, 0)] || f.r.adverbs[f.low(u, 0)] || f.r.interviewer[f.low(u, 0)] {
		return false
	}
	if !(u.quoted(c+1) && u.toks[c+1].Kind == segment.Quote) && !f.actorIn(u, tspan{0, c}) && !f.answers(u) {
		return false
	}
	f.attach = hebel.AttachHeadline
	return f.emit(u, ui, c+1, len(u.toks), 0, c, c, c+1)
}

// actorIn reports whether tokens s of u hold a mention of a person,
// organisation or group.
func (f *finder) actorIn(u *unit, s tspan) bool {
	for _, m := range f.d.MentionsIn(hebel.Span{Start: u.toks[s.S].Start, End: u.toks[s.E-1].End}) {
		switch f.d.Entity(m).Type {
		case hebel.Person, hebel.Organisation, hebel.Group:
			return true
		}
	}
	return false
}

// answers reports whether the unit before u opens with an interviewer's
// label and a colon ("Frage:", "Q:"): u is an answer in an interview.
func (f *finder) answers(u *unit) bool {
	p := f.prev
	return p != nil && len(p.toks) > 1 && !p.quoted(0) && f.r.interviewer[f.low(p, 0)] && f.is(p, 1, ":")
}

// frameAttach is the attachment of a source frame: carried over for an
// anaphoric frame ("nach dieser Rechnung"), a frame otherwise.
func (f *finder) frameAttach() hebel.Attachment {
	if f.anaphor != nil {
		return hebel.AttachCarried
	}
	return hebel.AttachFrame
}

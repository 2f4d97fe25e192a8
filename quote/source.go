package quote

import (
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/segment"
)

// Rules for sources that stand apart from a cue verb's subject: a
// preposition with a source noun ("nach ersten Informationen"), a
// leading as-clause ("Wie die Polizei mitteilte, …"), a demonstrative
// that points back ("Dies bestätigte die Polizei.") and an adverb that
// carries the last source over ("Demnach …").

// sourceNounAt matches a source frame at token t, a source preposition
// followed by a noun phrase headed by a source noun ("nach ersten
// Informationen", "nach einer Studie der Universität", "nach
// Polizeiangaben"). It returns the speaker's tokens [s, e) and the end of
// the frame fe. With the own-adjective ("nach eigenen Angaben") the
// speaker is the subject that opens the clause.
func (f *finder) sourceNounAt(u *unit, t int) (s, e, fe int, ok bool) {
	k := t + 1
	end := f.npFrom(u, k)
	noun := -1
	for i := k; i < end && i-k < 4; i++ {
		if upper(f.tok(u, i)) && f.sourceNoun(f.low(u, i)) {
			noun = i
			break
		}
	}
	if noun < 0 {
		return 0, 0, 0, false
	}
	fe = noun + 1
	if fe < len(u.toks) && !u.quoted(fe) && (f.r.links[f.low(u, fe)] || upper(f.tok(u, fe)) && u.toks[fe].Kind == segment.Word && !f.r.stops[f.low(u, fe)]) {
		fe = max(fe, f.npFrom(u, fe))
		for fe > noun+1 && !upper(f.tok(u, fe-1)) {
			fe-- // a verb after the source: "der Feuerwehr brannte"
		}
	}
	s, e = k, fe
	if f.r.own != "" && f.low(u, k) == f.r.own {
		// the subject before the frame in its clause
		cs := t - 1
		for cs >= 0 && !(f.boundary(u, cs) && !u.quoted(cs)) {
			cs--
		}
		cs++
		for cs < t && (f.r.con[f.low(u, cs)] || u.toks[cs].Kind == segment.Punct) {
			cs++
		}
		if cs < t && !f.r.stops[f.low(u, cs)] && !f.r.adverbs[f.low(u, cs)] {
			if ne := min(f.npFrom(u, cs), t); ne > cs && f.head(u, cs, ne) {
				s, e = cs, ne
			}
		}
	}
	return s, e, fe, true
}

// sourceNoun reports whether the lower-case word w ends in a source noun.
func (f *finder) sourceNoun(w string) bool {
	for _, n := range f.r.sourceNouns {
		if strings.HasSuffix(w, n) {
			return true
		}
	}
	return false
}

// asClause records the statement after a leading as-clause: "Wie die
// Polizei mitteilte, sind …". The cue verb at token t ends the clause.
func (f *finder) asClause(u *unit, ui int, c tspan) bool {
	t, cueEnd := c.S, c.E
	s0 := 0
	for s0 < t && (u.toks[s0].Kind == segment.Punct || f.r.con[f.low(u, s0)]) {
		s0++
	}
	if s0 >= t || u.quoted(s0) || !f.r.as[f.low(u, s0)] || !f.is(u, cueEnd, ",") {
		return false
	}
	for k := s0 + 1; k < t; k++ {
		if f.is(u, k, ":") || f.is(u, k, ";") || f.is(u, k, ".") {
			return false
		}
	}
	s := s0 + 1
	for s < t && f.r.adverbs[f.low(u, s)] {
		s++
	}
	e := min(f.npFrom(u, s), t)
	if e <= s || !f.head(u, s, e) || f.numbered(u, s, e) {
		return false
	}
	f.attach = hebel.AttachClause
	return f.emit(u, ui, cueEnd+1, len(u.toks), s, e, t, cueEnd)
}

// demonstrative records the unit before as the statement of a cue verb
// whose object is a demonstrative opening u: "Dies bestätigte die
// Polizei." When a statement of the unit before already holds that
// content, it takes the speaker instead.
func (f *finder) demonstrative(u *unit, ui int, c tspan) bool {
	t, cueEnd := c.S, c.E
	if f.prev == nil || t != 1 || !upper(f.tok(u, 0)) || !f.r.demonstr[f.low(u, 0)] {
		return false
	}
	s, e := f.npAfter(u, t+1)
	if e == s || f.numbered(u, s, e) || f.isPronoun(u, s) && e-s == 1 && f.low(u, s) == "es" {
		return false
	}
	for k := e; k < len(u.toks); k++ {
		if u.quoted(k) || f.is(u, k, ":") || f.r.comp[f.low(u, k)] {
			return false
		}
	}
	return f.pointBack(u, ui, tspan{s, e}, tspan{t, cueEnd})
}

// pointBack records the unit before as the statement of speaker s cued
// by c, or gives s to the statement of the unit before that already
// holds that content.
func (f *finder) pointBack(u *unit, ui int, s, c tspan) bool {
	if f.prev == nil {
		return false
	}
	cue := f.tok(u, c.S)
	if c.E-c.S > 1 {
		cue += " " + f.tok(u, c.E-1)
	}
	src := f.source(u, s.S, s.E, cue)
	p := f.prev.Span
	if n := len(f.out); n > 0 && f.out[n-1].Content.Start >= p.Start && f.out[n-1].Content.End <= p.End {
		src.Attach = hebel.AttachNext
		f.out[n-1].Speaker, f.out[n-1].Cue, f.out[n-1].SourceOnly = src, cue, false
		f.out[n-1].Confidence = Confidence(&f.out[n-1])
		f.last, f.lastUnit = src, ui
		return true
	}
	f.frameStart = u.toks[0].Start
	f.attach = hebel.AttachNext
	return f.record(u, ui, p.Start, p.End, src, cue)
}

// carried records a unit holding a carry adverb ("demnach") as a
// statement of the last speaker when one is in reach, else of the named
// subject that opens the unit before ("Minister Roth hat Zahlen
// veröffentlicht. Demnach …"), else not at all.
func (f *finder) carried(u *unit, ui int) bool {
	if len(f.r.carry) == 0 {
		return false
	}
	for t := range u.toks {
		if u.quoted(t) || u.toks[t].Kind != segment.Word || !f.r.carry[f.low(u, t)] {
			continue
		}
		if f.figure(u, u.Span) {
			return false // a figure: the claim carries its source over itself
		}
		var src *hebel.Source
		if f.last != nil && ui-f.lastUnit <= 2 {
			c := *f.last
			c.Cue = f.tok(u, t)
			src = &c
		} else if src = f.opener(f.prev, f.tok(u, t)); src == nil {
			return false
		}
		s := 0
		for s < len(u.toks)-1 && (u.toks[s].Kind == segment.Punct || f.r.con[f.low(u, s)]) {
			s++
		}
		f.frameStart = -1
		f.attach = hebel.AttachCarried
		return f.record(u, ui, u.toks[s].Start, u.toks[len(u.toks)-1].End, src, f.tok(u, t))
	}
	return false
}

// opener returns the subject that opens unit p as a source when it names
// an entity, or nil.
func (f *finder) opener(p *unit, cue string) *hebel.Source {
	if p == nil || len(p.toks) == 0 || p.quoted(0) || !upper(f.tok(p, 0)) || f.r.stops[f.low(p, 0)] || f.r.adverbs[f.low(p, 0)] {
		return nil
	}
	e := f.npFrom(p, 0)
	if e == 0 || !f.head(p, 0, e) || f.numbered(p, 0, e) {
		return nil
	}
	if f.mentionIn(hebel.Span{Start: p.toks[0].Start, End: p.toks[e-1].End}) == nil {
		return nil
	}
	return f.source(p, 0, e, cue)
}

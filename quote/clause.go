package quote

import (
	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/segment"
)

// Helpers of the cue rules that look at a clause around a cue verb:
// complementizers, figures, subordinate clauses, attributive participles
// and postposed speakers.

// thatNext reports whether a complementizer opens the clause at token t,
// right away or after a comma: "zeigt, dass", "shows that".
func (f *finder) thatNext(u *unit, t int) bool {
	if f.is(u, t, ",") {
		t++
	}
	return t < len(u.toks) && !u.quoted(t) && f.r.comp[f.low(u, t)]
}

// numberAfter reports whether a number stands within three tokens after
// token t, in its clause ("put the figure at 3,000", "auf rund 500").
func (f *finder) numberAfter(u *unit, t int) bool {
	for k := t; k < len(u.toks) && k-t < 3 && !f.boundary(u, k); k++ {
		if u.toks[k].Kind == segment.Number {
			return true
		}
	}
	return false
}

// numbered reports whether tokens [s, e) hold a number: no speaker does.
func (f *finder) numbered(u *unit, s, e int) bool {
	for i := s; i < e; i++ {
		if u.toks[i].Kind == segment.Number {
			return true
		}
	}
	return false
}

// preposition reports whether token t is a preposition that continues a
// noun phrase ("von", "aus", "from") and so cannot open a subject.
func (f *finder) preposition(u *unit, t int) bool {
	lw := f.low(u, t)
	return f.r.links[lw] && !f.r.det[lw]
}

// attributive reports whether the cue form at token t is a participle
// inside a noun phrase rather than a verb: "eine von Litauen befürchtete
// Aggression" (a determiner, an agent with "von", the form, a noun).
func (f *finder) attributive(u *unit, t int) bool {
	if !f.r.german || t+1 >= len(u.toks) || u.toks[t+1].Kind != segment.Word {
		return false
	}
	for k := t - 1; k >= 1 && t-k <= 6; k-- {
		if u.quoted(k) || !wordy(u, k) {
			return false
		}
		if f.preposition(u, k) && f.r.det[f.low(u, k-1)] {
			return true
		}
	}
	return false
}

// tail reports whether the cue verb at token t (its particle ends at
// cueEnd) follows a comma and is followed by its speaker up to the end of
// the unit: "…, berichtet die Zeitung." Such a cue frames what precedes
// it, even after another cue in the unit.
func (f *finder) tail(u *unit, t, cueEnd int) bool {
	if t == 0 || !f.is(u, t-1, ",") && !closer(u, t-1) {
		return false
	}
	s, e := f.npAfter(u, cueEnd)
	if e == s {
		return false
	}
	for k := e; k < len(u.toks); k++ {
		if u.toks[k].Kind != segment.Punct {
			return false
		}
	}
	return true
}

// verbFinal records the statement of a cue verb that ends a subordinate
// clause, its particle (one of p) standing before it: "als Lee von 300
// Toten sprach", "nachdem das Amt die Schäden auf 500 Euro bezifferte".
// For a figure verb (fig) a number must follow the particle. The
// subject follows the subordinator; the content runs from after it to
// the verb.
func (f *finder) verbFinal(u *unit, ui, t int, p string, fig bool) bool {
	if !f.r.german || t+1 < len(u.toks) && !f.boundary(u, t+1) && !f.is(u, t+1, ".") {
		return false
	}
	b := t - 1
	for b >= 0 && !(f.boundary(u, b) && !u.quoted(b)) && !f.is(u, b, ".") {
		b--
	}
	sub := b + 1
	if sub >= t {
		return false
	}
	if f.r.relatives[f.low(u, sub)] && f.is(u, sub-1, ",") {
		return f.relativeFinal(u, ui, sub, t, p, fig)
	}
	if !f.r.subord[f.low(u, sub)] {
		return false
	}
	s := sub + 1
	k := -1
	for i := s + 1; i < t; i++ {
		if !u.quoted(i) && oneOf(f.low(u, i), p) {
			k = i
			break
		}
	}
	if k < 0 || t-k < 2 || fig && !f.numberAfter(u, k+1) {
		return false
	}
	e := min(f.npFrom(u, s), k)
	if e <= s || !f.head(u, s, e) || f.numbered(u, s, e) {
		return false
	}
	cue := f.tok(u, k) + " " + f.tok(u, t)
	src := f.source(u, s, e, cue)
	f.frameStart = u.toks[sub].Start
	f.attach = hebel.AttachClause
	return f.record(u, ui, u.toks[e].Start, u.toks[t-1].End, src, cue)
}

// figureParticle returns the index of the particle of the figure verb at
// token t when a number follows it ("beziffert die Kosten auf 500"), or -1.
func (f *finder) figureParticle(u *unit, t int, p string, isFig bool) int {
	if !isFig {
		return -1
	}
	if k := f.particle(u, t+1, p); k >= 0 && f.numberAfter(u, k+1) {
		return k
	}
	return -1
}

// bareClause reports whether the content of the cue at token t opens
// right after it without a complementizer, in a language without
// Konjunktiv (English): the next word is no stop, time, complementizer
// or particle, and the cue takes no addressee object ("told reporters
// that").
func (f *finder) bareClause(u *unit, t, cueEnd int) bool {
	if f.r.german || len(f.r.subj) > 0 || cueEnd != t+1 || cueEnd >= len(u.toks) || f.r.told[f.low(u, t)] {
		return false
	}
	if u.quoted(cueEnd) || !wordy(u, cueEnd) {
		return false
	}
	lw := f.low(u, cueEnd)
	return !f.r.stops[lw] && !f.r.times[lw] && !f.r.comp[lw] && !f.r.det[lw] && !f.r.adverbs[lw] && !f.r.links[lw]
}

// relativeFinal records the statement of a cue verb that ends a relative
// clause opening at token sub: the speaker is the noun phrase before the
// comma, the content the clause between the pronoun and the verb ("Die
// Behörde, die die Schäden auf 70 Millionen Euro bezifferte, …").
func (f *finder) relativeFinal(u *unit, ui, sub, t int, p string, fig bool) bool {
	k := -1
	for i := sub + 1; i < t; i++ {
		if !u.quoted(i) && oneOf(f.low(u, i), p) {
			k = i
			break
		}
	}
	if k < 0 || t-k < 2 || fig && !f.numberAfter(u, k+1) {
		return false
	}
	ant, ok := f.antecedent(u, sub-1)
	if !ok {
		return false
	}
	cue := f.tok(u, k) + " " + f.tok(u, t)
	src := f.source(u, ant.S, ant.E, cue)
	f.frameStart = u.toks[ant.S].Start
	f.attach = hebel.AttachClause
	return f.record(u, ui, u.toks[sub+1].Start, u.toks[t-1].End, src, cue)
}

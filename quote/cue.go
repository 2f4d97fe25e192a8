package quote

import (
	"github.com/hebel-project/hebel/segment"
)

// verbCue finds a statement cued by a speech or cognition verb or a
// postposed "so", and reports whether it found one.
func (f *finder) verbCue(u *unit, ui int) bool {
	for t := range u.toks {
		if u.quoted(t) || u.toks[t].Kind != segment.Word {
			continue
		}
		w := f.tok(u, t)
		lw := lower(w)
		if f.r.postposed[lw] && lw == w {
			if (f.is(u, t-1, ",") || closer(u, t-1)) && t+1 < len(u.toks) && !f.r.comp[f.low(u, t+1)] {
				if s, e := f.npAfter(u, t+1); e > s && (upper(f.tok(u, s)) || f.r.det[f.low(u, s)]) {
					if f.emit(u, ui, 0, t-1, s, e, t, t+1) {
						return true
					}
				}
			}
			continue
		}
		if !f.r.verbs[lw] || upper(w) && t > 0 || t > 0 && f.r.det[f.low(u, t-1)] {
			continue
		}
		if t > 0 && f.r.passive[f.low(u, t-1)] {
			continue
		}
		cueEnd := t + 1
		if p, ok := f.r.particles[lw]; ok && p != "" {
			k := f.particle(u, t+1, p)
			if k < 0 {
				continue
			}
			cueEnd = k + 1
		}
		if f.cueAt(u, ui, t, cueEnd) {
			return true
		}
	}
	return false
}

// particle returns the index of the particle p in the clause after token
// t, or -1.
func (f *finder) particle(u *unit, t int, p string) int {
	for k := t; k < len(u.toks) && k-t < 12; k++ {
		if f.boundary(u, k) || f.is(u, k, ".") || u.quoted(k) {
			return -1
		}
		if f.low(u, k) == p {
			return k
		}
	}
	return -1
}

// cueAt tries the word orders around the cue verb at token t (its
// particle ends at cueEnd): speaker after the verb with the content
// before it, speaker between the content and the verb, and the speaker
// as the subject before the verb with the content after it.
func (f *finder) cueAt(u *unit, ui, t, cueEnd int) bool {
	// "Michel Wyss, Experte für …, hält …": a subject with an apposition
	if t > 1 && f.is(u, t-1, ",") && !u.quoted(0) && upper(f.tok(u, 0)) {
		if e := f.npFrom(u, 0); e > 0 && e < t-1 && f.is(u, e, ",") && f.nameOnly(u, 0, e) {
			if c := f.contentAfter(u, cueEnd); c < len(u.toks) && f.emit(u, ui, c, len(u.toks), 0, e, t, cueEnd) {
				return true
			}
		}
	}
	// "…, sagt Lee." / "…," said Lee. / "…, glaubt eine Expertin."
	if t > 0 && (f.is(u, t-1, ",") || closer(u, t-1)) {
		if s, e := f.npAfter(u, t+1); e > s {
			end := t - 1
			if closer(u, t-1) {
				end = t
			}
			if f.emit(u, ui, 0, end, s, e, t, cueEnd) {
				return true
			}
		}
	}
	// "…," he said. / "…, wie Lee sagte."
	for b := t - 1; b > 0 && t-b <= 7; b-- {
		if !f.boundary(u, b) && !f.is(u, b, ".") {
			continue
		}
		if f.is(u, b, ".") || f.is(u, b, ":") {
			break
		}
		s := b + 1
		if s < t && f.r.stops[f.low(u, s)] && f.npFrom(u, s+1) == t {
			s++ // "wie", "as"
		}
		if s < t && f.npFrom(u, s) == t && f.head(u, s, t) {
			end := b
			if closer(u, b) {
				end = b + 1
			}
			if f.emit(u, ui, 0, end, s, t, t, cueEnd) {
				return true
			}
		}
		break
	}
	// subject before the verb, content after it
	c := f.contentAfter(u, cueEnd)
	if c >= len(u.toks) {
		return false
	}
	cs := 0
	for b := t - 1; b >= 0; b-- {
		if f.boundary(u, b) && !u.quoted(b) {
			cs = b + 1
			break
		}
	}
	var s, e int
	switch {
	case cs == t && cs > 0 && f.is(u, cs-1, ","):
		// "Senior members of …, Rep. Lee …, told reporters that …"
		b := cs - 2
		for b >= 0 && !f.boundary(u, b) && !f.is(u, b, ".") {
			b--
		}
		for b >= 0 && f.is(u, b, ",") {
			b--
			for b >= 0 && !f.boundary(u, b) && !f.is(u, b, ".") {
				b--
			}
		}
		s, e = b+1, cs-1
		if e <= s || !f.head(u, s, e) || e-s > 3*maxSpeaker {
			return false
		}
	case cs < t && !f.r.stops[f.low(u, cs)] && !f.r.adverbs[f.low(u, cs)]:
		for cs < t && f.r.con[f.low(u, cs)] {
			cs++
		}
		s, e = cs, f.npFrom(u, cs)
		if e > t {
			e = t
		}
		if e == s || !f.head(u, s, e) {
			return false
		}
	default:
		// German verb-second after an adverbial: "Im Interview weist Lee darauf hin"
		s, e = f.npAfter(u, t+1)
		if e == s {
			return false
		}
		if c < e {
			c = f.contentAfter(u, e)
		}
	}
	return f.emit(u, ui, c, len(u.toks), s, e, t, cueEnd)
}

// contentAfter returns the first token of the content that follows a cue
// ending at token t: after a colon or complementizer, after a comma, at
// an opening quotation mark, or right after the cue.
func (f *finder) contentAfter(u *unit, t int) int {
	for k := t; k < len(u.toks); k++ {
		if u.quoted(k) {
			return k
		}
		if f.is(u, k, ".") {
			break
		}
		if f.is(u, k, ":") {
			return k + 1
		}
		if f.r.comp[f.low(u, k)] && u.toks[k].Kind == segment.Word {
			return k + 1
		}
		if f.is(u, k, ",") {
			if k+1 < len(u.toks) && f.r.comp[f.low(u, k+1)] {
				return k + 2
			}
			return k + 1
		}
	}
	return t
}

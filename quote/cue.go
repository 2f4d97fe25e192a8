package quote

import (
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/segment"
)

// verbCue finds the statements of a unit cued by speech or cognition
// verbs, a postposed "so" or an impersonal frame ("hieß es"), and
// reports whether it found one. A unit may hold several: "…, sagte Lee
// und fügte hinzu, …", "X said …, adding that …".
func (f *finder) verbCue(u *unit, ui int) bool {
	found := false
	for t := 0; t < len(u.toks); t++ {
		if f.stop.Stop() {
			break
		}
		if u.quoted(t) || u.toks[t].Kind != segment.Word {
			continue
		}
		w := f.tok(u, t)
		lw := f.low(u, t)
		if f.r.postposed[lw] && lw == w {
			if (f.is(u, t-1, ",") || closer(u, t-1)) && t+1 < len(u.toks) && !f.r.comp[f.low(u, t+1)] {
				if s, e := f.npAfter(u, t+1); e > s && (upper(f.tok(u, s)) || f.r.det[f.low(u, s)]) {
					if f.emit(u, ui, 0, t-1, s, e, t, t+1) {
						found = true
						t = e - 1
					}
				}
			}
			continue
		}
		if n := f.impersonal(u, t); n > 0 {
			if f.impersonalAt(u, ui, t, n) {
				found = true
				t += n - 1
			}
			continue
		}
		fig, isFig := f.r.figure[lw]
		that := f.r.that[lw] && f.thatNext(u, t+1)
		if !f.r.verbs[lw] && !isFig && !that || upper(w) && t > 0 || t > 0 && f.r.det[f.low(u, t-1)] && !(t == 1 && f.r.demonstr[f.low(u, 0)]) {
			continue
		}
		if t > 0 && f.r.passive[f.low(u, t-1)] || f.elaborates(u, ui, t) || f.attributive(u, t) {
			continue
		}
		cueEnd := t + 1
		if k := f.figureParticle(u, t, fig, isFig); k >= 0 {
			cueEnd = k + 1
		} else if isFig && !f.r.verbs[lw] {
			if !found && f.verbFinal(u, ui, t, fig, true) {
				found = true
			}
			continue
		} else if p, ok := f.r.particles[lw]; ok && p != "" && !that {
			k := f.particle(u, t+1, p)
			if k < 0 {
				if !found && f.verbFinal(u, ui, t, p, false) {
					found = true
				}
				continue
			}
			cueEnd = k + 1
		}
		tail := found && f.tail(u, t, cueEnd)
		if found && !tail && f.joined(u, ui, t, cueEnd) || !found && f.gerund(u, ui, t, cueEnd) || f.cueAt(u, ui, t, cueEnd) {
			found = true
			t = cueEnd - 1
		}
	}
	return found
}

// joined records the statement of a cue verb that shares the subject of
// the statement before it in the unit: "…, adding that …", "… und fügte
// hinzu, …". It reports whether it found one.
func (f *finder) joined(u *unit, ui, t, cueEnd int) bool {
	if t == 0 || !(f.is(u, t-1, ",") || f.r.con[f.low(u, t-1)] && !u.quoted(t-1)) {
		return false
	}
	prev := f.out[len(f.out)-1]
	if prev.Speaker == nil {
		return false
	}
	c := f.contentAfter(u, cueEnd)
	if c >= len(u.toks) {
		return false
	}
	src := *prev.Speaker
	return f.joinedAs(u, ui, t, cueEnd, c, src)
}

// gerund records the statement of an English participle cue whose
// speaker is the subject at the start of the unit: "X appeared to
// reciprocate, emphasizing …", "Lee quoted the agency as saying that …".
func (f *finder) gerund(u *unit, ui, t, cueEnd int) bool {
	lw := f.low(u, t)
	if f.r.german || len(lw) < 5 || lw[len(lw)-3:] != "ing" || t < 2 {
		return false
	}
	if !f.is(u, t-1, ",") && f.low(u, t-1) != "as" && !f.r.con[f.low(u, t-1)] {
		return false
	}
	s := 0
	for s < t && (u.toks[s].Kind == segment.Punct || u.toks[s].Kind == segment.Quote) {
		s++
	}
	e := f.npFrom(u, s)
	if e <= s || e >= t || !f.head(u, s, e) || !upper(f.tok(u, s)) && !f.r.det[f.low(u, s)] {
		return false
	}
	// an apposition: "China's president, Xi Jinping, appeared …"
	if f.is(u, e, ",") {
		if e2 := f.npFrom(u, e+1); e2 > e+1 && f.is(u, e2, ",") && f.nameOnly(u, e+1, e2) {
			e = e2
		}
	}
	c := f.contentAfter(u, cueEnd)
	if c >= len(u.toks) {
		return false
	}
	src := f.source(u, s, e, f.tok(u, t))
	return f.joinedAs(u, ui, t, cueEnd, c, *src)
}

// joinedAs records content from token c to the unit's end, spoken by src
// and cued by tokens [t, cueEnd).
func (f *finder) joinedAs(u *unit, ui, t, cueEnd, c int, src hebel.Source) bool {
	cue := f.tok(u, t)
	if cueEnd-t > 1 {
		cue += " " + f.tok(u, cueEnd-1)
	}
	src.Cue = cue
	f.frameStart = u.toks[t-1].Start
	return f.record(u, ui, u.toks[c].Start, u.toks[len(u.toks)-1].End, &src, cue)
}

// impersonal returns the number of tokens of an impersonal frame ("hieß
// es") at token t that follows a comma or closing mark, or 0.
func (f *finder) impersonal(u *unit, t int) int {
	if t == 0 || !(f.is(u, t-1, ",") || closer(u, t-1)) {
		return 0
	}
	for _, ph := range f.r.impersonal {
		if n := f.match(u, t, ph); n > 0 {
			return n
		}
	}
	return 0
}

// impersonalAt records the content before the impersonal frame at token
// t (n tokens) as the most recent speaker's when in reach, else without
// a speaker.
func (f *finder) impersonalAt(u *unit, ui, t, n int) bool {
	end := t - 1
	if closer(u, t-1) {
		end = t
	}
	s := 0
	for s < end && (u.toks[s].Kind == segment.Punct || f.r.con[f.low(u, s)]) {
		s++
	}
	if end-s < 2 {
		return false
	}
	cue := f.tok(u, t)
	for i := t + 1; i < t+n; i++ {
		cue += " " + f.tok(u, i)
	}
	var src *hebel.Source
	if f.last != nil && ui-f.lastUnit <= SubjunctiveReach {
		c := *f.last
		c.Cue = cue
		src = &c
	}
	f.frameStart = u.toks[t].Start
	return f.record(u, ui, u.toks[s].Start, u.toks[end-1].End, src, cue)
}

// particle returns the index of one of the particles p ("an|bedenken")
// in the clause after token t, or -1. Quotations inside the clause are
// skipped ("hob die »Standhaftigkeit« hervor").
func (f *finder) particle(u *unit, t int, p string) int {
	for k := t; k < len(u.toks) && k-t < 16; k++ {
		if u.quoted(k) {
			continue
		}
		if f.boundary(u, k) || f.is(u, k, ".") {
			return -1
		}
		if oneOf(f.low(u, k), p) {
			return k
		}
	}
	return -1
}

// oneOf reports whether w is one of the alternatives of p ("an|bedenken").
func oneOf(w, p string) bool {
	for alt := p; alt != ""; {
		a, rest, _ := strings.Cut(alt, "|")
		if w == a {
			return true
		}
		alt = rest
	}
	return false
}

// cueAt tries the word orders around the cue verb at token t (its
// particle ends at cueEnd): speaker after the verb with the content
// before it, speaker between the content and the verb, and the speaker
// as the subject before the verb with the content after it.
func (f *finder) cueAt(u *unit, ui, t, cueEnd int) bool {
	if f.asClause(u, ui, t, cueEnd) || f.demonstrative(u, ui, t, cueEnd) {
		return true
	}
	// "Michel Wyss, Experte für …, hält …": a subject with an apposition
	if t > 1 && f.is(u, t-1, ",") && !u.quoted(0) && upper(f.tok(u, 0)) {
		if e := f.npFrom(u, 0); e > 0 && e < t-1 && f.is(u, e, ",") && f.nameOnly(u, 0, e) {
			c := f.contentAfter(u, cueEnd)
			if cueEnd > t+1 && len(u.toks)-c < 3 && cueEnd-t > 2 {
				c = t + 1
			}
			if c < len(u.toks) && f.emit(u, ui, c, len(u.toks), 0, e, t, cueEnd) {
				return true
			}
		}
	}
	// "…, sagt Lee." / "…," said Lee. / "…, glaubt eine Expertin."
	if t > 0 && (f.is(u, t-1, ",") || closer(u, t-1)) && !(cueEnd < len(u.toks) && f.r.comp[f.low(u, cueEnd)]) {
		if s, e := f.npAfter(u, t+1); e > s && !f.numbered(u, s, e) {
			end := t - 1
			if closer(u, t-1) {
				end = t
			}
			if f.emit(u, ui, 0, end, s, e, t, cueEnd) {
				return true
			}
		}
	}
	// "…," he said. / "…, wie Lee sagte." – not when an object follows
	// the verb ("Speaking in January, Kim declared 2024 …")
	for b := t - 1; b > 0 && t-b <= 7 && !f.objectAfter(u, cueEnd); b-- {
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
	if f.bareClause(u, t, cueEnd) || c > cueEnd && f.is(u, c-1, ",") && f.objectAfter(u, cueEnd) && !f.thatNext(u, c-1) {
		// "said two soldiers who were captured testified that …"; an
		// object before a relative clause: "forderte eine Untersuchung
		// des Vorfalls, bei dem …"
		c = cueEnd
	}
	if cueEnd > t+1 && len(u.toks)-c < 3 && cueEnd-t > 2 {
		c = t + 1 // "hält die Zahlen für plausibel": the content lies inside the frame
	} else if cueEnd > t+1 && cueEnd < len(u.toks) && !u.quoted(cueEnd) && u.toks[cueEnd].Kind != segment.Punct && !f.r.comp[f.low(u, cueEnd)] {
		c = cueEnd // a particle that takes an object: "nannte als Ziele …", "sprach von …"
	}
	clauseFinal, end := false, len(u.toks)
	rest := c
	for rest < len(u.toks) && u.toks[rest].Kind == segment.Punct {
		rest++
	}
	after := cueEnd
	for after < len(u.toks) && u.toks[after].Kind == segment.Punct {
		after++
	}
	if c == t+1 && cueEnd > c && after >= len(u.toks) && f.r.figure[f.low(u, t)] == "" {
		end = cueEnd - 1 // the particle ends the clause: "lehnte den Antrag ab."
	}
	if rest >= len(u.toks) {
		if !f.r.german || len(u.toks)-cueEnd > 1 && !f.boundary(u, cueEnd) {
			return false
		}
		clauseFinal = true // "Das Militär hat eine Untersuchung angekündigt."
	}
	cs := 0
	for b := t - 1; b >= 0; b-- {
		if f.is(u, b, ")") && !u.quoted(b) {
			// a parenthesis inside the subject: "Robert Habeck (Grüne) nannte"
			for b > 0 && !f.is(u, b, "(") {
				b--
			}
			continue
		}
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
		// an apposition that names the speaker: "the minister, Anna K. Roth, said"
		if b > 0 && f.is(u, b, ",") && cs-1-(b+1) <= 5 && f.nameOnly(u, b+1, cs-1) {
			s, e = b+1, cs-1
			break
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
	case cs < t && !f.r.stops[f.low(u, cs)] && !f.r.adverbs[f.low(u, cs)] && !f.preposition(u, cs):
		for cs < t && f.r.con[f.low(u, cs)] {
			cs++
		}
		s, e = cs, f.npFrom(u, cs)
		if e > t {
			e = t
		}
		// a new noun phrase after leading words: "date 2023-11-01 The ministry said"
		for d := e; d < t && (d == e || f.numbered(u, s, e)); d++ {
			if d > 0 && f.r.det[f.low(u, d)] && !f.r.links[f.low(u, d)] && !f.r.links[f.low(u, d-1)] {
				if e2 := min(f.npFrom(u, d), t); e2 > d && f.head(u, d, e2) {
					s, e = d, e2
				}
				break
			}
		}
		if e == s || !f.head(u, s, e) {
			return false
		}
	case !f.r.german:
		return false
	default:
		// German verb-second after an adverbial: "Im Interview weist Lee darauf hin"
		s, e = f.npAfter(u, t+1)
		if e > s && f.numbered(u, s, e) {
			return false
		}
		if e == s {
			// an adverb that belongs to the subject: "Auch die Ministerin betonte: …"
			if !f.r.adverbs[f.low(u, cs)] || cs+1 >= t || f.npFrom(u, cs+1) != t || !f.head(u, cs+1, t) || !upper(f.tok(u, cs+1)) {
				return false
			}
			s, e = cs+1, t
		}
		if c < e {
			c = f.contentAfter(u, e)
		}
	}
	if clauseFinal {
		// the object between the finite auxiliary after the subject and
		// the participle that ends the clause
		if e >= t || !f.r.stops[f.low(u, e)] || t-(e+1) < 2 {
			return false
		}
		return f.emit(u, ui, e+1, t, s, e, t, cueEnd)
	}
	return f.emit(u, ui, c, end, s, e, t, cueEnd)
}

// objectAfter reports whether a content word follows the cue ending at
// token t in its clause: then the cue takes its content after it.
func (f *finder) objectAfter(u *unit, t int) bool {
	if t >= len(u.toks) || u.quoted(t) || !wordy(u, t) {
		return false
	}
	lw := f.low(u, t)
	if f.r.stops[lw] || f.r.adverbs[lw] || f.r.links[lw] || f.r.con[lw] {
		return false
	}
	n := 0 // a date ("reported Friday", "said this week") is no object
	for k := t; k < len(u.toks) && !f.boundary(u, k) && !f.is(u, k, "."); k++ {
		n++
	}
	return n >= 3
}

// contentAfter returns the first token of the content that follows a cue
// ending at token t: after a colon or complementizer, after a comma, at
// an opening quotation mark, or right after the cue.
func (f *finder) contentAfter(u *unit, t int) int {
	for k := t; k < len(u.toks); k++ {
		if u.quoted(k) {
			if k > t {
				return t // "said Mr Xi's visit was an "important opportunity" …"
			}
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
			if k > t && k+1 < len(u.toks) && f.r.verbs[f.low(u, k+1)] && f.tail(u, k+1, k+2) {
				return t // "erwartet 500 Anträge, berichtet die Zeitung"
			}
			return k + 1
		}
	}
	return t
}

// elaborates reports whether the cue at token t stands after a colon or
// semicolon that follows a clause in Konjunktiv I while the last speaker
// is in reach: "Doch das liege nicht im Interesse Chinas: Peking
// befürchtet, …" elaborates the reported speech, it opens none.
func (f *finder) elaborates(u *unit, ui, t int) bool {
	if f.last == nil || ui-f.lastUnit > SubjunctiveReach {
		return false
	}
	colon := -1
	for k := t - 1; k >= 0; k-- {
		if !u.quoted(k) && (f.is(u, k, ":") || f.is(u, k, ";")) {
			colon = k
			break
		}
	}
	for k := 0; k < colon; k++ {
		if !u.quoted(k) && u.toks[k].Kind == segment.Word && f.r.subj[f.tok(u, k)] {
			return true
		}
	}
	return false
}

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
		if f.r.quoting[lw] {
			if e, ok := f.quotedAs(u, ui, t); ok {
				found = true
				t = e - 1
				continue
			}
		}
		if f.r.count[lw] {
			if f.countAt(u, ui, tspan{t, t + 1}) {
				found = true
			}
			continue
		}
		fig, isFig := f.r.figure[lw]
		that := f.r.that[lw] && f.thatNext(u, t+1)
		if !f.r.verbs[lw] && !isFig && !that || upper(w) && t > 0 || t > 0 && f.r.det[f.low(u, t-1)] && !(t == 1 && f.r.demonstr[f.low(u, 0)]) {
			continue
		}
		if t > 0 && f.r.passive[f.low(u, t-1)] {
			if f.passiveAt(u, ui, tspan{t, t + 1}) {
				found = true
			}
			continue
		}
		if f.elaborates(u, ui, t) || f.attributive(u, t) {
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
			if k >= 0 && f.r.that[lw] && !f.thatNext(u, k+1) {
				k = -1 // evidence points to a that-clause only: "deuten darauf hin, dass"
			}
			if k < 0 {
				if !found && f.verbFinal(u, ui, t, p, false) {
					found = true
				}
				continue
			}
			cueEnd = k + 1
		}
		tail := found && f.tail(u, t, cueEnd)
		if found && !tail && f.joined(u, ui, t, cueEnd) || !found && f.gerund(u, ui, t, cueEnd) || f.cueAt(u, ui, tspan{t, cueEnd}) {
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
	f.attach = hebel.AttachCarried
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
	f.attach = hebel.AttachSubject
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
	f.attach = hebel.AttachCarried
	return f.record(u, ui, u.toks[s].Start, u.toks[end-1].End, src, cue)
}

// particle returns the index of one of the particles p ("an|bedenken")
// in the clause after token t, or -1. A particle written with a comma
// ("an,") counts only where it ends its clause. Quotations inside the clause are
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
		if oneOf(f.low(u, k)+",", p) && (k+1 >= len(u.toks) || f.boundary(u, k+1) || f.is(u, k+1, ".")) {
			return k // a particle that must end its clause: "nimmt an, dass" but not "nimmt an der Konferenz teil"
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

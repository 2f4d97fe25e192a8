package quote

import (
	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/segment"
)

// The word orders around a cue verb, one function each. A cue verb's
// statement is read from three spans of the unit's tokens: the cue, the
// speaker and the content.

// tspan is a range [S, E) of a unit's tokens.
type tspan struct{ S, E int }

// empty reports whether the span holds no token.
func (s tspan) empty() bool { return s.E <= s.S }

// cueAt tries the word orders around the cue verb c (its particle
// included): a leading as-clause, a demonstrative object, a subject with
// an apposition, the speaker after the verb with the content before it,
// the speaker between the content and the verb, and the subject before
// the verb with the content after it.
func (f *finder) cueAt(u *unit, ui int, c tspan) bool {
	return f.asClause(u, ui, c) || f.demonstrative(u, ui, c) ||
		f.appositionSubject(u, ui, c) || f.speakerAfter(u, ui, c) ||
		f.speakerBetween(u, ui, c) || f.subjectBefore(u, ui, c)
}

// appositionSubject reads a subject with an apposition before the cue:
// "Michel Wyss, Experte für …, hält …".
func (f *finder) appositionSubject(u *unit, ui int, c tspan) bool {
	t := c.S
	if t <= 1 || !f.is(u, t-1, ",") || u.quoted(0) || !upper(f.tok(u, 0)) {
		return false
	}
	e := f.npFrom(u, 0)
	if e <= 0 || e >= t-1 || !f.is(u, e, ",") || !f.nameOnly(u, 0, e) {
		return false
	}
	cs := f.contentAfter(u, c.E)
	if c.E > t+1 && len(u.toks)-cs < 3 && c.E-t > 2 {
		cs = t + 1
	}
	return cs < len(u.toks) && f.emitSpans(u, ui, tspan{cs, len(u.toks)}, tspan{0, e}, c)
}

// speakerAfter reads the speaker right after the cue with the content
// before it: "…, sagt Lee.", "…," said Lee., "…, glaubt eine Expertin."
func (f *finder) speakerAfter(u *unit, ui int, c tspan) bool {
	t := c.S
	if t == 0 || !(f.is(u, t-1, ",") || closer(u, t-1)) || c.E < len(u.toks) && f.r.comp[f.low(u, c.E)] {
		return false
	}
	s, e := f.npAfter(u, t+1)
	if e <= s || f.numbered(u, s, e) {
		return false
	}
	end := t - 1
	if closer(u, t-1) {
		end = t
	}
	return f.emitSpans(u, ui, tspan{0, end}, tspan{s, e}, c)
}

// speakerBetween reads the speaker between the content and the cue:
// "…," he said. / "…, wie Lee sagte." – not when an object follows the
// verb ("Speaking in January, Kim declared 2024 …").
func (f *finder) speakerBetween(u *unit, ui int, c tspan) bool {
	t := c.S
	if f.objectAfter(u, c.E) {
		return false
	}
	b := t - 1
	for b > 0 && t-b <= 7 && !f.boundary(u, b) && !f.is(u, b, ".") {
		b--
	}
	if b <= 0 || t-b > 7 || f.is(u, b, ".") || f.is(u, b, ":") {
		return false
	}
	s := b + 1
	if f.r.subord[f.low(u, s)] && !f.r.stops[f.low(u, s)] {
		return false // "…, nachdem der Sprecher erklärt hatte, dass …": the content follows
	}
	if s < t && f.r.stops[f.low(u, s)] && f.npFrom(u, s+1) == t {
		s++ // "wie", "as"
	}
	if s >= t || f.npFrom(u, s) != t || !f.head(u, s, t) {
		return false
	}
	end := b
	if closer(u, b) {
		end = b + 1
	}
	return f.emitSpans(u, ui, tspan{0, end}, tspan{s, t}, c)
}

// subjectBefore reads the subject before the cue (or, in German verb
// second, right after it) with the content after the cue.
func (f *finder) subjectBefore(u *unit, ui int, c tspan) bool {
	content, clauseFinal, ok := f.contentOf(u, c)
	if !ok {
		return false
	}
	f.attach = ""
	subj, cs, ok := f.subjectOf(u, c, content.S)
	if !ok {
		f.attach = ""
		return false
	}
	defer func() { f.attach = "" }()
	content.S = cs
	if !f.complement(u, c, content.S) {
		return false
	}
	if clauseFinal {
		// the object between the finite auxiliary after the subject and
		// the participle that ends the clause
		if subj.E >= c.S || !f.r.stops[f.low(u, subj.E)] || c.S-(subj.E+1) < 2 {
			return false
		}
		return f.emitSpans(u, ui, tspan{subj.E + 1, c.S}, subj, c)
	}
	return f.emitSpans(u, ui, content, subj, c)
}

// contentOf returns the content of a cue whose subject stands before it:
// what follows the cue, or what lies inside its frame ("hält die Zahlen
// für plausibel"). clauseFinal reports a German clause that the cue
// ends ("Das Militär hat eine Untersuchung angekündigt."); ok is false
// when nothing follows the cue.
func (f *finder) contentOf(u *unit, c tspan) (content tspan, clauseFinal, ok bool) {
	t, cueEnd := c.S, c.E
	n := len(u.toks)
	cs := f.contentAfter(u, cueEnd)
	if f.bareClause(u, t, cueEnd) || cs > cueEnd && f.is(u, cs-1, ",") && f.objectAfter(u, cueEnd) && !f.thatNext(u, cs-1) {
		// "said two soldiers who were captured testified that …"; an
		// object before a relative clause: "forderte eine Untersuchung
		// des Vorfalls, bei dem …"
		cs = cueEnd
	}
	if cueEnd > t+1 && n-cs < 3 && cueEnd-t > 2 {
		cs = t + 1 // "hält die Zahlen für plausibel": the content lies inside the frame
	} else if cueEnd > t+1 && cueEnd < n && !u.quoted(cueEnd) && u.toks[cueEnd].Kind != segment.Punct && !f.r.comp[f.low(u, cueEnd)] {
		cs = cueEnd // a particle that takes an object: "nannte als Ziele …", "sprach von …"
	}
	end := n
	rest := f.skipPunct(u, cs)
	if cs == t+1 && cueEnd > cs && f.skipPunct(u, cueEnd) >= n && f.r.figure[f.low(u, t)] == "" {
		end = cueEnd - 1 // the particle ends the clause: "lehnte den Antrag ab."
	}
	if rest >= n {
		if !f.r.german || n-cueEnd > 1 && !f.boundary(u, cueEnd) {
			return tspan{}, false, false
		}
		clauseFinal = true // "Das Militär hat eine Untersuchung angekündigt."
	}
	return tspan{cs, end}, clauseFinal, true
}

// skipPunct returns the first token at or after k that is no
// punctuation.
func (f *finder) skipPunct(u *unit, k int) int {
	for k < len(u.toks) && u.toks[k].Kind == segment.Punct {
		k++
	}
	return k
}

// clauseStart returns the first token of the clause that holds the cue
// at token t, passing over a parenthesis inside the subject ("Robert
// Habeck (Grüne) nannte").
func (f *finder) clauseStart(u *unit, t int) int {
	for b := t - 1; b >= 0; b-- {
		if f.is(u, b, ")") && !u.quoted(b) {
			for b > 0 && !f.is(u, b, "(") {
				b--
			}
			continue
		}
		if f.boundary(u, b) && !u.quoted(b) {
			return b + 1
		}
	}
	return 0
}

// subjectOf returns the subject of the cue c whose content starts at
// token cs, and the content start, which moves past a subject that
// follows the verb.
func (f *finder) subjectOf(u *unit, c tspan, cs int) (tspan, int, bool) {
	t := c.S
	start := f.afterSubordinator(u, f.clauseStart(u, t), t)
	switch {
	case !f.r.german && start > 1 && start < t && f.r.relatives[f.low(u, start)] && f.is(u, start-1, ","):
		s, ok := f.antecedent(u, start-1)
		f.attach = hebel.AttachClause
		return s, cs, ok
	case start == t && start > 0 && f.is(u, start-1, ","):
		s, ok := f.subjectBeforeComma(u, start)
		return s, cs, ok
	case start < t && f.r.agents[f.low(u, start)]:
		if s, ok := f.agentFirst(u, start, t); ok {
			f.attach = hebel.AttachAgent
			return s, cs, true
		}
		if !f.r.german {
			return tspan{}, 0, false
		}
	case start < t && !f.r.stops[f.low(u, start)] && !f.r.adverbs[f.low(u, start)] && !f.r.times[f.low(u, start)] && !f.preposition(u, start):
		s, ok := f.subjectOpening(u, start, t)
		if ok {
			s = f.agentAfter(u, s, t)
		}
		return s, cs, ok
	case !f.r.german:
		return tspan{}, 0, false
	}
	return f.subjectInverted(u, c, start, cs)
}

// subjectBeforeComma returns the subject of a cue that follows a comma
// at token start-1: "Senior members of …, Rep. Lee …, told reporters
// that …", or the apposition that names it: "the minister, Anna K.
// Roth, said".
func (f *finder) subjectBeforeComma(u *unit, start int) (tspan, bool) {
	b := start - 2
	for b >= 0 && !f.boundary(u, b) && !f.is(u, b, ".") {
		b--
	}
	if b > 0 && f.is(u, b, ",") && start-1-(b+1) <= 5 && f.nameOnly(u, b+1, start-1) {
		return tspan{b + 1, start - 1}, true
	}
	for b >= 0 && f.is(u, b, ",") {
		b--
		for b >= 0 && !f.boundary(u, b) && !f.is(u, b, ".") {
			b--
		}
	}
	s := tspan{b + 1, start - 1}
	if s.empty() || !f.head(u, s.S, s.E) || s.E-s.S > 3*maxSpeaker {
		return tspan{}, false
	}
	return s, true
}

// subjectOpening returns the noun phrase that opens the clause [start,
// t) before the cue at t, after leading conjunctions; a new noun phrase
// after leading words replaces it ("date 2023-11-01 The ministry said").
func (f *finder) subjectOpening(u *unit, start, t int) (tspan, bool) {
	for start < t && f.r.con[f.low(u, start)] {
		start++
	}
	s, e := start, min(f.npFrom(u, start), t)
	for d := e; d < t && (d == e || f.numbered(u, s, e)); d++ {
		if d > 0 && f.r.det[f.low(u, d)] && !f.r.links[f.low(u, d)] && !f.r.links[f.low(u, d-1)] {
			if e2 := min(f.npFrom(u, d), t); e2 > d && f.head(u, d, e2) {
				s, e = d, e2
			}
			break
		}
	}
	if e == s || !f.head(u, s, e) {
		return tspan{}, false
	}
	return tspan{s, e}, true
}

// subjectInverted returns the German subject after the verb in verb
// second after an adverbial ("Im Interview weist Lee darauf hin"), or an
// adverb that belongs to the subject before it ("Auch die Ministerin
// betonte: …"), and the content start past it.
func (f *finder) subjectInverted(u *unit, c tspan, start, cs int) (tspan, int, bool) {
	t := c.S
	s, e := f.npAfter(u, t+1)
	if e > s && f.numbered(u, s, e) {
		return tspan{}, 0, false
	}
	if e == s {
		if !f.r.adverbs[f.low(u, start)] || start+1 >= t || f.npFrom(u, start+1) != t || !f.head(u, start+1, t) || !upper(f.tok(u, start+1)) {
			return tspan{}, 0, false
		}
		s, e = start+1, t
	}
	if cs < e {
		cs = f.contentAfter(u, e)
	}
	return tspan{s, e}, cs, true
}

// emitSpans is emit over spans: content, speaker and cue.
func (f *finder) emitSpans(u *unit, ui int, content, speaker, cue tspan) bool {
	return f.emit(u, ui, content.S, content.E, speaker.S, speaker.E, cue.S, cue.E)
}

// complement reports whether the words from token cs can be the content
// of the cue c. Where they follow a one-word cue with no complementizer,
// colon, comma or quotation mark between, a cue of the ClauseVerbs wants
// a clause, or a gerund after an object ("accused Russia of
// breaking …"): "said the talks had failed" is a statement, "assumed
// office with 30 advisers" and "believe in the talks" are not.
func (f *finder) complement(u *unit, c tspan, cs int) bool {
	if !f.r.clauseVerbs[f.low(u, c.S)] || cs != c.E || c.E != c.S+1 || cs >= len(u.toks) || u.quoted(cs) {
		return true
	}
	for k := cs; k < len(u.toks) && !f.is(u, k, ".") && !f.is(u, k, ";"); k++ {
		if u.quoted(k) {
			return true
		}
		if u.toks[k].Kind != segment.Word {
			continue
		}
		if lw := f.low(u, k); f.r.finite[lw] || len(lw) > 4 && (lw[len(lw)-2:] == "ed" || k > cs && lw[len(lw)-3:] == "ing" && (f.r.stops[f.low(u, k-1)] || f.r.links[f.low(u, k-1)])) {
			return true
		}
	}
	return false
}

// countAt records the figure counted by the subject of a count verb c
// ("Die Hilfsorganisation zählte 120 Angriffe", "Observers counted more
// than 60 explosions") as a source frame: never a quote, and nothing
// when no number follows or the subject is a place that had the number
// ("Die Stadt zählte 5000 Einwohner").
func (f *finder) countAt(u *unit, ui int, c tspan) bool {
	if !f.numberAfter(u, c.E) {
		return false
	}
	start := f.clauseStart(u, c.S)
	if start >= c.S || f.r.stops[f.low(u, start)] || f.r.adverbs[f.low(u, start)] || f.preposition(u, start) {
		return false
	}
	subj, ok := f.subjectOpening(u, start, c.S)
	if !ok || f.r.holders[f.low(u, subj.E-1)] {
		return false
	}
	f.sourceOnly = true
	return f.emitSpans(u, ui, tspan{c.E, len(u.toks)}, subj, c)
}

// agentAfter returns the agent named after the participle that ends
// subject s of the cue at token t ("Figures published by the statistics
// office show", "images reviewed by researchers indicate"): the agent is
// the source of the evidence. Otherwise it returns s.
func (f *finder) agentAfter(u *unit, s tspan, t int) tspan {
	k := s.E
	if k+1 >= t || !f.r.agents[f.low(u, k)] || !participle(f.low(u, k-1)) {
		return s
	}
	if e := min(f.npFrom(u, k+1), t); e > k+1 && f.head(u, k+1, e) && !f.numbered(u, k+1, e) {
		f.attach = hebel.AttachAgent
		return tspan{k + 1, e}
	}
	return s
}

// agentFirst returns the agent of a German subject that opens with it
// before the cue at token t: "Vom Statistikamt veröffentlichte Zahlen
// zeigen": the capitalised words after the preposition, followed by a
// participle and the evidence noun.
func (f *finder) agentFirst(u *unit, start, t int) (tspan, bool) {
	e := start + 1
	for e < t && wordy(u, e) && (upper(f.tok(u, e)) || f.r.det[f.low(u, e)]) {
		e++
	}
	if e == start+1 || e+1 >= t || upper(f.tok(u, e)) || !participle(f.low(u, e)) || !f.head(u, start+1, e) {
		return tspan{}, false
	}
	return tspan{start + 1, e}, true
}

// participle reports whether the lower-case word w may be a past
// participle, inflected or not: "published", "veröffentlichte",
// "gezählten", "taken".
func participle(w string) bool {
	for _, x := range []string{"ed", "en", "te", "ten", "t"} {
		if len(w) > len(x)+2 && w[len(w)-len(x):] == x {
			return true
		}
	}
	return false
}

// maxQuotedAs bounds the speaker between a verb of quoting and its
// phrase ("quoted the deputy minister of defence as saying").
const maxQuotedAs = 8

// quotedAs records the statement of the speaker that a verb of quoting
// at token t takes as its object: "The agency quoted the minister as
// saying the situation was under control", "Die Agentur zitierte den
// Minister mit den Worten, …". It returns the end of its cue: a later cue
// in the unit may share the speaker ("…, adding that …").
func (f *finder) quotedAs(u *unit, ui, t int) (int, bool) {
	for k := t + 2; k < len(u.toks) && k-t <= maxQuotedAs && !f.is(u, k, "."); k++ {
		for _, ph := range f.r.quotingAs {
			n := f.match(u, k, ph)
			if n == 0 {
				continue
			}
			s := t + 1
			e := min(f.npFrom(u, s), k)
			if e != k || !f.head(u, s, e) || f.numbered(u, s, e) {
				return 0, false
			}
			cs := f.contentAfter(u, k+n)
			if cs >= len(u.toks) {
				return 0, false
			}
			f.attach = hebel.AttachObject
			return k + n, f.emitSpans(u, ui, tspan{cs, len(u.toks)}, tspan{s, e}, tspan{t, k + n})
		}
	}
	return 0, false
}

// passiveAt records the statement of a passive cue c whose agent the
// text names: "Von der Regierung wurde erklärt, dass …", "It was stated
// by the government that …", "At least 100 dead were reported by the
// authorities" (a figure only: "This narrative was mentioned by X" is
// no statement), "This was confirmed by the ministry." (the statement
// before). Without an agent a passive cue has no speaker and records
// nothing ("Es wurde bestätigt, dass …").
func (f *finder) passiveAt(u *unit, ui int, c tspan) bool {
	t := c.S
	start := f.clauseStart(u, t-1)
	// the agent before the auxiliary: "Von der Regierung wurde erklärt"
	if start < t-1 && f.r.agents[f.low(u, start)] {
		s := tspan{start + 1, min(f.npFrom(u, start+1), t-1)}
		if s.empty() || s.E != t-1 || !f.head(u, s.S, s.E) {
			return false
		}
		cs := f.contentAfter(u, c.E)
		if cs <= c.E {
			return false
		}
		f.attach = hebel.AttachAgent
		return f.emitSpans(u, ui, tspan{cs, len(u.toks)}, s, c)
	}
	// the agent after the participle: "was confirmed by the ministry"
	if c.E+1 >= len(u.toks) || !f.r.agents[f.low(u, c.E)] {
		return false
	}
	s := tspan{c.E + 1, f.npFrom(u, c.E+1)}
	if s.empty() || !f.head(u, s.S, s.E) || f.numbered(u, s.S, s.E) {
		return false
	}
	if cs := f.contentAfter(u, s.E); cs > s.E && cs < len(u.toks) {
		f.attach = hebel.AttachAgent
		return f.emitSpans(u, ui, tspan{cs, len(u.toks)}, s, c) // "It was stated by X that …"
	}
	subj := tspan{f.skipConj(u, start), t - 1}
	if subj.E-subj.S == 1 && f.r.pointers[f.low(u, subj.S)] && start == 0 {
		return f.pointBack(u, ui, s, c)
	}
	if subj.E-subj.S < 2 || !f.numbered(u, subj.S, subj.E) {
		return false
	}
	f.attach = hebel.AttachAgent
	f.sourceOnly = true // a figure reported by the agent
	return f.emitSpans(u, ui, subj, s, c)
}

// skipConj returns the first token at or after k that is no
// punctuation or conjunction.
func (f *finder) skipConj(u *unit, k int) int {
	for k < len(u.toks) && (u.toks[k].Kind == segment.Punct || f.r.con[f.low(u, k)]) {
		k++
	}
	return k
}

// antecedent returns the noun phrase that ends at the comma before a
// relative clause ("Der Minister, der …", "The agency, which …"): the
// speaker of the relative clause's cue.
func (f *finder) antecedent(u *unit, comma int) (tspan, bool) {
	s := f.skipConj(u, f.clauseStart(u, comma))
	for s < comma && (f.r.stops[f.low(u, s)] || f.r.adverbs[f.low(u, s)]) && !f.r.det[f.low(u, s)] {
		s++ // "In Berlin the agency, which …" keeps the agency
	}
	e := min(f.npFrom(u, s), comma)
	if e != comma || !f.head(u, s, e) || f.numbered(u, s, e) {
		return tspan{}, false
	}
	return tspan{s, e}, true
}

// afterSubordinator returns where the subject of a cue at token t starts
// in a subordinate clause that opens at start or inside the clause
// before the cue: "nachdem der Sprecher erklärt hatte, dass …", "Markets
// fell after the government announced that …". A subordinator that is
// also a stop word ("als", "während") opens a German adverbial instead
// and is left to the verb-second rule.
func (f *finder) afterSubordinator(u *unit, start, t int) int {
	if f.r.german {
		if start < t && f.r.subord[f.low(u, start)] && !f.r.stops[f.low(u, start)] && !u.quoted(start) {
			return start + 1
		}
		return start
	}
	for k := t - 1; k >= start; k-- {
		if f.r.subord[f.low(u, k)] && !u.quoted(k) {
			if k+1 < t && min(f.npFrom(u, k+1), t) == t && f.head(u, k+1, t) {
				return k + 1
			}
			break
		}
	}
	return start
}

package relation

import (
	"sort"
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/analysis"
	"github.com/hebel-project/hebel/segment"
)

// mention is one actor mention with the entity it names.
type mention struct {
	hebel.Span
	id     string
	person bool // a person acting for the state (id): a title may precede the name
}

// actor is a mention placed among the tokens of one sentence.
type actor struct {
	mention
	tok, end int        // token range [tok, end) the mention covers
	marker   string     // the preposition before it ("für", "gegen"), "" when none
	next     int        // index of the actor coordinated after it, -1 when none
	coord    bool       // coordinated with the actor before it
	comma    bool       // coordinated by a comma only
	modifier bool       // the first part of a hyphenated compound: "Ukraine-Krieg"
	noun     int        // the noun it is a genitive attribute of, -1 when none
	ante     hebel.Span // for an anaphor ("die beiden Staaten"): the mention it stands for
}

// view is one sentence prepared for matching.
type view struct {
	text   string
	sent   segment.Sentence
	low    []string // lower-cased token texts
	acts   []actor
	clause []int // clause number of every token
}

// sortedMentions returns every mention of ents in text order.
func sortedMentions(ents []hebel.Entity, n int) []mention {
	var ms []mention
	for _, e := range ents {
		id := sideOf(&e)
		if id == "" {
			continue
		}
		person := id != e.ID
		for _, m := range e.Mentions {
			if m.Span.Valid(n) && m.Len() > 0 {
				ms = append(ms, mention{Span: m.Span, id: id, person: person})
			}
		}
	}
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	return ms
}

// mentionsIn returns the mentions that lie inside s.
func mentionsIn(ms []mention, s hebel.Span) []mention {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= s.Start })
	j := i
	for j < len(ms) && ms[j].Start < s.End {
		j++
	}
	return ms[i:j]
}

// sharedSubject reports whether the clause opener at token i is followed
// by a participle that shares the subject before it ("while currently
// supplying shells"): then it opens no clause of its own.
func (lx *lexicon) sharedSubject(v *view, sent segment.Sentence, i int) bool {
	for k := i + 1; k <= i+2 && k < len(sent.Tokens); k++ {
		t := sent.Tokens[k]
		if strings.HasSuffix(v.text[t.Start:t.End], "ing") {
			return true
		}
	}
	return false
}

// isBoundary reports whether a token ends a clause.
func isBoundary(t segment.Token, s string) bool {
	switch t.Kind {
	case segment.Quote:
		return true
	case segment.Punct:
		switch s {
		case ",", ";", ":", "–", "—", "(", ")", "-", "…":
			return true
		}
	}
	return false
}

func (lx *lexicon) newView(d *analysis.Doc, sent segment.Sentence, ms, doc []mention) *view {
	text := d.Text
	v := &view{text: text, sent: sent}
	v.low = make([]string, len(sent.Tokens))
	v.clause = make([]int, len(sent.Tokens))
	c := 0
	for i, t := range sent.Tokens {
		s := text[t.Start:t.End]
		if (t.Kind == segment.Word || t.Kind == segment.Abbrev) && t.End > t.Start {
			s = d.LowerSpan(t.Span)
		}
		v.low[i] = s
		if isBoundary(t, s) || lx.opens[s] && !lx.sharedSubject(v, sent, i) {
			c++
			v.clause[i] = -1
			c++
			continue
		}
		v.clause[i] = c
	}
	k := 0
	for _, m := range ms {
		for k < len(sent.Tokens) && sent.Tokens[k].End <= m.Start {
			k++
		}
		if k == len(sent.Tokens) {
			break
		}
		e := k + 1
		for e < len(sent.Tokens) && sent.Tokens[e].Start < m.End {
			e++
		}
		if n := len(v.acts); n > 0 && v.acts[n-1].tok == k && v.acts[n-1].id == m.id {
			continue // the same actor twice in one token
		}
		t := sent.Tokens[e-1]
		mod := m.End < t.End && text[m.End] == '-'
		v.acts = append(v.acts, actor{mention: m, tok: k, end: e, next: -1, modifier: mod, noun: -1})
	}
	lx.addAnaphors(v, doc, ms)
	for i := range v.acts {
		a := &v.acts[i]
		if i > 0 {
			if ok, comma := lx.coordinated(v, &v.acts[i-1], a); ok {
				v.acts[i-1].next = i
				a.coord, a.comma = true, comma
				a.marker = v.acts[i-1].marker
				continue
			}
		}
		a.marker, a.noun = lx.markerOf(v, a.titled(v))
	}
	// A list joined by commas alone is no list ("in the UK, Russia is"):
	// it needs a coordinating word at its end.
	for i := len(v.acts) - 1; i >= 0; i-- {
		a := &v.acts[i]
		if a.comma && i > 0 && v.acts[i-1].tok == 1 && !lx.skip[v.low[0]] {
			// "In Washington, Poland and Lithuania …": a phrase fronted
			// before the subject, not the head of a list.
			a.coord, a.comma = false, false
			v.acts[i-1].next = -1
			a.marker, a.noun = lx.markerOf(v, a.titled(v))
			continue
		}
		if a.comma && (a.next < 0 || !v.acts[a.next].coord) {
			a.coord, a.comma = false, false
			v.acts[i-1].next = -1
			a.marker, a.noun = lx.markerOf(v, a.titled(v))
		}
	}
	for i := range v.acts {
		a := &v.acts[i]
		// An adjective right after a measure noun ("Barrel russisches Öl")
		// is no genitive attribute ("Unterstützung des russischen Krieges").
		if c := text[a.Start]; 'a' <= c && c <= 'z' && a.noun == a.tok-1 {
			a.noun = -1
		}
	}
	v.pairAnaphors()
	return v
}

// titled returns the first token of a's mention, or of the title words
// before it when a is a person ("mit Staatspräsident Xi", "with
// President Xi"): capitalised words that are no actor, at most two.
func (a *actor) titled(v *view) int {
	k := a.tok
	if !a.person {
		return k
	}
	for n := 0; n < 2 && k > 0; n++ {
		t := v.sent.Tokens[k-1]
		if t.Kind != segment.Word && t.Kind != segment.Abbrev || v.actorCovers(k-1) {
			break
		}
		if c := v.text[t.Start]; c < 'A' || c > 'Z' {
			break
		}
		k--
	}
	return k
}

// markerOf returns the word before token k, skipping articles and the
// like, when it is a word, "" otherwise; and, in languages that mark
// genitive attributes so, the capitalised noun token k is an attribute of
// (-1 when none).
func (lx *lexicon) markerOf(v *view, k int) (string, int) {
	for j := k - 1; j >= 0 && k-j <= 4; j-- {
		w := v.low[j]
		if lx.skip[w] {
			continue
		}
		t := v.sent.Tokens[j]
		if t.Kind != segment.Word {
			return "", -1
		}
		if lx.rels.NounAttribute && j > 0 {
			if r := v.text[t.Start]; 'A' <= r && r <= 'Z' || r >= 0xC0 && w != v.text[t.Start:t.End] {
				if !v.actorCovers(j) {
					return w, j
				}
			}
		}
		return w, -1
	}
	return "", -1
}

// coordinated reports whether b follows a joined only by coordinating
// words ("und", ",") and skipped words, and whether a comma alone joins
// them.
func (lx *lexicon) coordinated(v *view, a, b *actor) (ok, comma bool) {
	if b.tok < a.end || a.modifier || b.modifier {
		return false, false
	}
	joined, word := false, false
	for j := a.end; j < b.tok; j++ {
		w := v.low[j]
		switch {
		case lx.and[w]:
			joined = true
			word = word || w != ","
		case lx.skip[w]:
		default:
			return false, false
		}
	}
	return joined, joined && !word
}

// actorAt reports whether an actor's mention starts at token k.
func (v *view) actorAt(k int) bool {
	for i := range v.acts {
		if v.acts[i].tok == k {
			return true
		}
	}
	return false
}

// attached returns the index of an actor whose mention lies inside the
// tokens [t0, t1), -1 when none.
func (v *view) attached(t0, t1 int) int {
	for i, a := range v.acts {
		if a.tok >= t0 && a.end <= t1 && !isPlace(a.id) {
			return i
		}
	}
	return -1
}

// dist is the distance in tokens between actor a and token range [t0, t1).
func dist(a *actor, t0, t1 int) int {
	switch {
	case a.end <= t0:
		return t0 - a.end
	case a.tok >= t1:
		return a.tok - t1
	}
	return 0
}

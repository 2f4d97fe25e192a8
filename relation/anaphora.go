package relation

import (
	"sort"
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/segment"
)

// anaphorWindow is how many bytes before a sentence its anaphors look for
// the states they stand for.
const anaphorWindow = 600

// addAnaphors adds to v the states that noun phrases of the sentence
// stand for without naming them: a pair ("die beiden Staaten", "the two
// countries", "zwischen den isolierten Ländern") stands for the last two
// states named before it, a definite state noun after a preposition that
// marks a side ("mit dem Regime", "with the reclusive state") for the last
// state named before it that its clause does not name. doc are the
// mentions of the document (nil: the sentence's own). The actors added
// carry the antecedent mentions, which join a relation's evidence.
func (lx *lexicon) addAnaphors(v *view, doc, own []mention) {
	if len(lx.rels.PairNouns) == 0 && len(lx.rels.StateNouns) == 0 {
		return
	}
	if doc == nil {
		doc = own
	}
	added := false
	for k, w := range v.low {
		if len(w) < lx.minAnaphor || len(w) > lx.maxAnaphor || !lx.anaphorEnds.has(w[0], w[len(w)-1]) {
			continue
		}
		pair, single := lx.pairNoun[w], lx.stateNoun[w]
		if !pair && !single || v.sent.Tokens[k].Kind != segment.Word || v.actorCovers(k) {
			continue
		}
		j, cue := k-1, false
		for ; j >= 0 && k-j <= 4; j-- {
			t := v.sent.Tokens[j]
			u := v.low[j]
			if t.Kind != segment.Word || v.actorCovers(j) {
				break
			}
			if pair && (lx.pairWord[u] || lx.between[u]) || single && lx.definite[u] {
				cue = true
				break
			}
			if !lx.skip[u] && v.text[t.Start] >= 'A' && v.text[t.Start] <= 'Z' && j < k-1 {
				break // a noun: the phrase began before
			}
		}
		if !cue {
			continue
		}
		if single && (j == 0 || !lx.with[v.low[j-1]]) {
			continue
		}
		start := v.sent.Tokens[k].Start
		var ante []mention
		if pair {
			ante = lx.statePair(v, doc, start)
		}
		// mentions that start at or after start end after it: begin
		// before them
		for i := startsBefore(doc, start) - 1; i >= 0 && len(ante) < 2; i-- {
			m := doc[i]
			if m.End > start || !hebel.IsStateID(m.id) {
				continue
			}
			if m.Start < v.sent.Start-anaphorWindow {
				break
			}
			if len(ante) == 1 && ante[0].id == m.id {
				continue
			}
			if single && v.clauseNames(m.id, j) {
				continue
			}
			ante = append(ante, m)
			if single {
				break
			}
		}
		if pair && len(ante) < 2 || len(ante) == 0 {
			continue
		}
		if lx.between[v.low[j]] {
			j++ // "zwischen" marks the pair
		}
		sp := hebel.Span{Start: v.sent.Tokens[j].Start, End: v.sent.Tokens[k].End}
		for i := len(ante) - 1; i >= 0; i-- {
			a := actor{mention: mention{Span: sp, id: ante[i].id}, tok: j, end: k + 1, next: -1, noun: -1, ante: ante[i].Span}
			v.acts = append(v.acts, a)
		}
		added = true
	}
	if added {
		sort.SliceStable(v.acts, func(a, b int) bool { return v.acts[a].tok < v.acts[b].tok })
	}
}

// statePair returns the last two different states named before start
// as a pair ("Russland und Nordkorea", "China-Russia"), nil when the
// window before the sentence has none.
func (lx *lexicon) statePair(v *view, doc []mention, start int) []mention {
	for i := startsBefore(doc, start) - 1; i > 0; i-- {
		a, b := doc[i-1], doc[i]
		if b.End > start {
			continue
		}
		if a.Start < v.sent.Start-anaphorWindow {
			break
		}
		if a.id == b.id || !hebel.IsStateID(a.id) || !hebel.IsStateID(b.id) || a.End > b.Start {
			continue
		}
		gap := strings.TrimSpace(v.text[a.End:b.Start])
		if gap == "-" || gap == "–" || lx.and[strings.ToLower(gap)] {
			return []mention{b, a}
		}
	}
	return nil
}

// pairAnaphors links the two actors a pair anaphor adds as one
// coordinated pair, once markers are set.
func (v *view) pairAnaphors() {
	for i := 0; i+1 < len(v.acts); i++ {
		a, b := &v.acts[i], &v.acts[i+1]
		if a.ante.End > 0 && b.ante.End > 0 && a.tok == b.tok && a.end == b.end {
			a.next = i + 1
			b.coord = true
			b.marker = a.marker
		}
	}
}

// clauseNames reports whether a mention of id stands in the clause of
// token k.
func (v *view) clauseNames(id string, k int) bool {
	for _, a := range v.acts {
		if a.id == id && a.ante.End == 0 && v.clause[a.tok] == v.clause[k] {
			return true
		}
	}
	return false
}

// hasAnaphor reports whether a word of s may be an anaphor for a pair of
// states, which can state a relation in a sentence that names no actor.
func (lx *lexicon) hasAnaphor(text string, s segment.Sentence) bool {
	if len(lx.pairNoun) == 0 {
		return false
	}
	var buf [32]byte
	for _, t := range s.Tokens {
		if n := t.End - t.Start; n < lx.minAnaphor || n > lx.maxAnaphor || n > len(buf) || t.Kind != segment.Word {
			continue
		}
		if !lx.anaphorEnds.has(lower(text[t.Start]), text[t.End-1]) {
			continue
		}
		b := buf[:0]
		for i := t.Start; i < t.End; i++ {
			c := text[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
		if lx.pairNoun[string(b)] { // a single state noun needs a named side besides
			return true
		}
	}
	return false
}

// byteFilter is a set of (first, last) byte pairs of words: a quick test
// before a map look-up.
type byteFilter [256][4]uint64

func (f *byteFilter) add(w string) {
	if w != "" {
		l := w[len(w)-1]
		f[w[0]][l>>6] |= 1 << (l & 63)
	}
}

func (f *byteFilter) has(first, last byte) bool { return f[first][last>>6]&(1<<(last&63)) != 0 }

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// startsBefore returns how many of the mentions ms (in text order) start
// before pos.
func startsBefore(ms []mention, pos int) int {
	return sort.Search(len(ms), func(i int) bool { return ms[i].Start >= pos })
}

// withSpeakers returns the mentions ms of sentence s (lower-cased tokens
// low) with a mention of the speaker's state for every We word inside a
// quotation ("we will keep supplying …", said the German minister) and
// every Own word before a StateNoun in one ("sein Land werde …
// liefern"). ms is returned as is when there is none.
func (f *finder) withSpeakers(s segment.Sentence, low []string, ms []mention) []mention {
	lx := f.lx
	var extra []mention
	for k, t := range s.Tokens {
		if t.Kind != segment.Word {
			continue
		}
		w := low[k]
		span := t.Span
		switch {
		case lx.we[w]:
		case lx.own[w] && k+1 < len(s.Tokens) && lx.stateNoun[low[k+1]]:
			span.End = s.Tokens[k+1].End
		default:
			continue
		}
		src := f.speakerOf(span)
		if src == nil {
			continue
		}
		if id := f.stateOf(src); id != "" {
			extra = append(extra, mention{Span: span, id: id})
		}
	}
	if len(extra) == 0 {
		return ms
	}
	out := make([]mention, 0, len(ms)+len(extra))
	out = append(append(out, ms...), extra...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// stateOf returns the state a speaker speaks for: the side of its
// entity, else the first state named inside its span ("the German
// defence minister"); "" when none.
func (f *finder) stateOf(src *hebel.Source) string {
	if id := f.sides[src.EntityID]; hebel.IsStateID(id) {
		return id
	}
	for _, m := range mentionsIn(f.ms, src.Span) {
		if m.End <= src.End && hebel.IsStateID(m.id) {
			return m.id
		}
	}
	return ""
}

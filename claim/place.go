package claim

import (
	"sort"

	"github.com/hebel-project/hebel"
)

// mention is an entity mention with its entity's id and type, in a flat
// list sorted by start.
type mention struct {
	hebel.Span
	id      string
	typ     hebel.EntityType
	country string // the state a person, organisation or place belongs to
}

// flatten lists the mentions of ents by start.
func flatten(ents []hebel.Entity) []mention {
	var ms []mention
	for _, e := range ents {
		for _, m := range e.Mentions {
			ms = append(ms, mention{Span: m.Span, id: e.ID, typ: e.Type, country: e.Country})
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return ms
}

// within returns the mentions that lie inside s.
func within(ms []mention, s hebel.Span) []mention {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= s.Start })
	j := i
	for j < len(ms) && ms[j].Start < s.End {
		j++
	}
	out := ms[i:j]
	for len(out) > 0 && out[len(out)-1].End > s.End {
		out = out[:len(out)-1]
	}
	return out
}

// entityIDs returns the ids of ms, each once, in order of first mention.
func entityIDs(ms []mention) []string {
	var ids []string
	for _, m := range ms {
		seen := false
		for _, id := range ids {
			seen = seen || id == m.id
		}
		if !seen {
			ids = append(ids, m.id)
		}
	}
	return ids
}

// commonNoun are endings of German common nouns, for telling "in Kursk"
// from "in Kürze" or "in Mengen" without a place gazetteer. Place names
// with these endings ("Bremen") are found only as entity mentions; the
// place gazetteer will make this list unnecessary.
var commonNoun = []string{"ung", "heit", "keit", "schaft", "tion", "ität", "nis", "tum", "ze", "zeit", "sicht", "lage", "en", "e"}

// place is a place name in a sentence and the token it starts at.
type place struct {
	tok  int
	name string
}

// places returns the places named in a sentence: a country or place
// mention after a place preposition ("in Russland"), or a capitalised name
// after one ("in Kursk", "near Pokrovsk", "im Raum Kursk", "in the Kursk
// region").
func (b *builder) places(w *words, ms []mention) []place {
	var out []place
	for i := 0; i < len(w.toks); i++ {
		if !w.letters(i) {
			continue
		}
		j, ok := w.phraseAt(i, b.c.PlaceBefore)
		if !ok || !w.capital(j) {
			continue
		}
		if name := b.placeAt(w, ms, i, j); name != "" {
			out = append(out, place{j, name})
		}
	}
	// Place mentions stand for themselves wherever they are ("Kursk
	// region", "Gaza"); countries only after a preposition, since a
	// country is more often an actor.
	for _, m := range ms {
		if m.typ != hebel.Place {
			continue
		}
		k := sort.Search(len(w.toks), func(i int) bool { return w.toks[i].Start >= m.Start })
		seen := false
		for _, p := range out {
			seen = seen || p.tok == k
		}
		if !seen {
			out = append(out, place{k, w.text[m.Start:m.End]})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].tok < out[j].tok })
	return out
}

// location returns the place nearest after the number at token index at,
// or else the last one before it.
func location(ps []place, at int) string {
	var before string
	for _, p := range ps {
		if p.tok >= at {
			return p.name
		}
		before = p.name
	}
	return before
}

// placeAt reads the place name at token j after the place phrase that
// starts at token i, or "".
func (b *builder) placeAt(w *words, ms []mention, i, j int) string {
	start := w.toks[j].Start
	for _, m := range ms {
		if m.Start == start && (m.typ == hebel.Country || m.typ == hebel.Place) {
			return w.text[m.Start:m.End]
		}
	}
	e := j
	for w.capital(e) && e-j < 3 && !w.is(e, b.p.Numbers.Months) {
		e++
	}
	if e == j {
		return ""
	}
	name := w.text[w.toks[j].Start:w.toks[e-1].End]
	switch {
	case w.is(e, b.c.PlaceAfter):
	case j-i > 1 && w.is(j-1, b.c.PlaceAfter): // "in der Region Kursk"
	case !b.c.CapitalNouns:
		if w.is(i, b.c.Stop) && j-i > 1 {
			return "" // "in the Pentagon": an article before a name that is no region
		}
	case j-i == 1 && e-j == 1 && !w.suffix(j, commonNoun...):
		// German "in Kursk": a bare capitalised word, no article
	default:
		return ""
	}
	return name
}

package quote

import (
	"sort"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/analysis"
	"github.com/hebel-project/hebel/segment"
)

// maxSpeaker bounds a speaker's noun phrase in tokens.
const maxSpeaker = 10

// npWord reports whether token t may stand inside a speaker's noun
// phrase: a name, a noun, a determiner, (in German) an inflected
// adjective, (in English) any word that is not a stop or a cue.
func (f *finder) npWord(u *unit, t int) bool {
	if u.quoted(t) || !wordy(u, t) {
		return false
	}
	w := f.tok(u, t)
	lw := f.low(u, t)
	if f.r.det[lw] || f.r.links[lw] {
		return true
	}
	if f.r.stops[lw] && (!upper(w) || t == 0 || lw == w) || f.r.comp[lw] || f.r.verbs[lw] && !upper(w) {
		return false
	}
	if upper(w) || u.toks[t].Kind != segment.Word {
		return true
	}
	if _, ok := f.r.pronouns[lw]; ok {
		return true
	}
	if f.r.german {
		// an inflected adjective stands before a noun ("westlichen
		// Geheimdiensten"); before anything else it is a verb ("laut der
		// Universität leben 5000 …")
		return adjectival(w) && t+1 < len(u.toks) && !u.quoted(t+1) && u.toks[t+1].Kind == segment.Word && (upper(f.tok(u, t+1)) || adjectival(f.tok(u, t+1)))
	}
	return true
}

// npFrom returns the end of the noun phrase starting at token t: the
// longest run of npWord tokens (links only between two such words),
// without trailing determiners or links. It returns t for none.
func (f *finder) npFrom(u *unit, t int) int {
	end := t
	for i := t; i < len(u.toks) && i-t < maxSpeaker && f.npWord(u, i); i++ {
		lw := f.low(u, i)
		// a time ("Mitte März", "Monday") or a second noun phrase
		// ("der Analyst Kofman das Verhältnis") ends the phrase
		if i > t && end > t && (f.r.times[lw] || f.r.det[lw] && !f.r.links[lw] && !f.r.links[f.low(u, i-1)]) {
			break
		}
		if !f.r.det[lw] && !f.r.links[lw] {
			end = i + 1
		}
	}
	return end
}

// npAfter returns the noun phrase after a postposed cue at token t,
// skipping up to two adverbs ("lautet verlässlich die Standardantwort").
func (f *finder) npAfter(u *unit, t int) (int, int) {
	for skip := 0; skip < 3 && t < len(u.toks); skip++ {
		if e := f.npFrom(u, t); e > t && f.head(u, t, e) && !f.r.times[f.low(u, t)] {
			if f.r.german || upper(f.tok(u, t)) || f.r.det[f.low(u, t)] || f.isPronoun(u, t) {
				return t, e
			}
			break
		}
		lw := f.low(u, t)
		if !f.r.german || u.quoted(t) || !wordy(u, t) || upper(f.tok(u, t)) || f.r.comp[lw] || f.r.det[lw] {
			break
		}
		if f.r.addressee[lw] {
			// "gegenüber der Zeitung" names whom it is said to
			if e := f.npFrom(u, t+1); e > t+1 {
				t = e
				continue
			}
		}
		t++
	}
	return t, t
}

// npBefore returns the noun phrase that ends just before token t
// ("Dem Geheimdienst zufolge"), walking back to its determiner.
func (f *finder) npBefore(u *unit, t int) (int, int) {
	s := t
	for i := t - 1; i >= 0 && t-i <= maxSpeaker && f.npWord(u, i); i-- {
		s = i
		if f.r.det[f.low(u, i)] {
			break
		}
	}
	if s < t && f.head(u, s, t) {
		return s, t
	}
	return t, t
}

// head reports whether tokens [s, e) hold a word that can head a
// speaker's noun phrase: not a determiner or link, and in German
// capitalised or a pronoun.
func (f *finder) head(u *unit, s, e int) bool {
	for i := s; i < e; i++ {
		w := f.tok(u, i)
		lw := f.low(u, i)
		if f.r.det[lw] || f.r.links[lw] {
			continue
		}
		if _, ok := f.r.pronouns[lw]; ok {
			return true
		}
		if !f.r.german || upper(w) {
			return true
		}
	}
	return false
}

// named is a speaker named in the text, for resolving pronouns and roles.
type named struct {
	src    hebel.Source
	person bool // not linked to a country: may be the antecedent of "she"
}

// source builds the Source of the speaker at tokens [s, e) of u. It links
// an entity mention inside the span, resolves pronouns, possessives and
// definite role nouns to the most recent named speaker, and remembers
// named speakers.
func (f *finder) source(u *unit, s, e int, cue string) *hebel.Source {
	// an apposition ends a name: "Rachel Minyoung Lee, Spezialistin …"
	for i := s + 1; i < e; i++ {
		if f.is(u, i, ",") {
			if f.nameOnly(u, s, i) {
				e = i
			}
			break
		}
	}
	src := &hebel.Source{
		Span:      hebel.Span{Start: u.toks[s].Start, End: u.toks[e-1].End},
		Cue:       cue,
		Extractor: extractor,
	}
	src.Text = f.text[src.Start:src.End]
	if m := f.mentionIn(src.Span); m != nil {
		src.EntityID = f.d.Entity(*m).ID
		src.Name = f.names[src.EntityID]
	}
	if a := f.anaphor; a != nil {
		src.Name, src.EntityID = a.Name, a.EntityID
		if src.Name == "" {
			src.Name = a.Text
		}
		return src
	}
	first := f.low(u, s)
	class, pron := f.r.pronouns[first]
	if !pron {
		class, pron = f.r.possessives[first]
	}
	switch {
	case pron && e-s == 1:
		f.resolve(src, class)
	case f.r.def[first] || f.r.det[first] && e-s <= 3:
		if f.r.def[first] {
			for i := s + 1; i < e; i++ {
				if c, ok := f.r.roles[f.low(u, i)]; ok {
					if m := f.mentionIn(src.Span); m != nil && m.Coref {
						break // the actors' coreference resolved the role noun
					}
					f.resolve(src, c)
					f.person(src, c)
					if src.Name != "" {
						f.addNamed(named{src: *src, person: true})
					}
					break
				}
			}
		}
	default:
		role := false
		for i := s; i < e; i++ {
			if _, ok := f.r.roles[f.low(u, i)]; ok && e-s == 1 {
				role = true
			}
		}
		if !role && upper(f.tok(u, s)) {
			f.addNamed(named{src: *src, person: src.EntityID == "" || len(src.EntityID) != 3})
		}
	}
	return src
}

// resolve sets src.Name (and EntityID) from the most recent named speaker
// that a pronoun or role of the given class may refer to: any named
// speaker for plural "p" and "n", a person (not a country) otherwise.
// Names carry no gender here, so "er" and "sie" take the same speaker;
// coreference from the actors issue will replace this rule.
func (f *finder) resolve(src *hebel.Source, class string) {
	i := f.lastPerson
	if class == "p" || class == "n" {
		i = len(f.named) - 1
	}
	if i < 0 {
		return
	}
	n := f.named[i]
	src.Name = n.src.Text
	if n.src.Name != "" {
		src.Name = n.src.Name
	}
	if src.EntityID == "" {
		src.EntityID = n.src.EntityID
	}
}

// addNamed records a named speaker.
func (f *finder) addNamed(n named) {
	f.named = append(f.named, n)
	if !n.person {
		return
	}
	f.lastPerson = len(f.named) - 1
	// keep personAt sorted; speakers come nearly in text order
	at := n.src.Start
	f.personAt = append(f.personAt, at)
	for k := len(f.personAt) - 1; k > 0 && f.personAt[k-1] > at; k-- {
		f.personAt[k], f.personAt[k-1] = f.personAt[k-1], f.personAt[k]
	}
}

// personBetween reports whether a named speaker who is a person starts
// strictly between a and b.
func (f *finder) personBetween(a, b int) bool {
	i := sort.SearchInts(f.personAt, a+1)
	return i < len(f.personAt) && f.personAt[i] < b
}

// mentionIn returns an entity mention inside sp, or nil.
//
// A person or organisation inside the span wins over a country that merely
// qualifies it: in "das chinesische Außenministerium" the ministry speaks,
// not China.
func (f *finder) mentionIn(sp hebel.Span) *analysis.Mention {
	ms := f.d.MentionsIn(sp)
	var first *analysis.Mention
	for j := range ms {
		m := &ms[j]
		if m.End > sp.End {
			continue
		}
		if !countryID(f.d.Entity(*m).ID) {
			return m
		}
		if first == nil {
			first = m
		}
	}
	return first
}

// countryID reports whether id is an ISO 3166-1 alpha-3 country code.
func countryID(id string) bool {
	return len(id) == 3 && id[0] >= 'A' && id[0] <= 'Z' && id[1] >= 'A' && id[1] <= 'Z' && id[2] >= 'A' && id[2] <= 'Z'
}

// isPronoun reports whether token t is a personal pronoun.
func (f *finder) isPronoun(u *unit, t int) bool {
	_, ok := f.r.pronouns[f.low(u, t)]
	return ok
}

// nameOnly reports whether tokens [s, e) are capitalised words only.
func (f *finder) nameOnly(u *unit, s, e int) bool {
	for i := s; i < e; i++ {
		if !upper(f.tok(u, i)) && u.toks[i].Kind != segment.Abbrev {
			return false
		}
	}
	return e > s
}

// personReach is how far back, in bytes, a person mentioned by name may
// stand from a definite role noun that refers to it.
const personReach = 600

// person sets src's entity from the last person mentioned by name before
// it when that mention is more recent than the named speaker resolve
// chose: "Minister Anna Roth nannte Zahlen: „…“, so die Politikerin".
// Plural and neuter role nouns keep resolve's choice.
func (f *finder) person(src *hebel.Source, class string) {
	if class == "p" || class == "n" {
		return
	}
	i := sort.Search(len(f.people), func(i int) bool { return f.people[i].End > src.Start }) - 1
	for ; i >= 0 && src.Start-f.people[i].Start <= personReach; i-- {
		m := f.people[i]
		if m.Coref || f.r.times[f.lt[m.Start:m.End]] {
			continue // a day or month the tagger took for a person is no antecedent
		}
		if f.personBetween(m.Start, src.Start) {
			return // a named speaker stands between them
		}
		id := f.d.Entity(m).ID
		src.EntityID, src.Name = id, f.names[id]
		return
	}
}

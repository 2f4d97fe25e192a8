package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/segment"
)

// maxGenericAdjectives is how many lower-case words may stand between the
// determiner and the head of a generic actor phrase ("der oberste
// Gerichtshof").
const maxGenericAdjectives = 2

// generics adds actors named by a determiner phrase with a role or
// institution noun and no name: "der Staatsanwalt", "ein Polizeisprecher",
// "die zentrale Wahlkommission", "der 58-Jährige" (lang.ActorWords
// GenericHeads). A phrase that an earlier rule linked to a named actor is
// left alone; so is a title before a name ("der Sprecher Hans Meier").
// The same phrase in one document is the same actor: "person:staatsanwalt",
// "org:zentrale-wahlkommission".
func (d *doc) generics() {
	if len(d.w.GenericHeads) == 0 {
		return
	}
	add := d.pending()
	for k := 0; k < len(d.toks); k++ {
		if d.stop.Stop() {
			break
		}
		w := d.word(k)
		if c := w[0]; c >= 'a' && c <= 'z' {
			continue
		}
		det := k > 0 && d.determinerBefore(k)
		if !det && !upperWord(w) {
			continue
		}
		kind := genericHead(w, d.w.GenericHeads, &filtersFor(d.w).heads)
		if kind == 0 && det {
			kind = headKind(w, d.w.GenericHeads, &filtersFor(d.w).heads)
		}
		if kind == 0 || !det && kind != 'g' {
			continue
		}
		if kind != 'g' && k+1 < len(d.toks) && d.nameWord(k+1) && d.toks[k+1].start-d.toks[k].end <= 1 {
			// A title: "der Sprecher Hans Meier". After an organisation
			// noun the name is the organisation's: "die Plattenfirma
			// Sony-Music", "die Partei Movement for Democratic Change".
			if kind == 'o' && det {
				if m, ok := d.titledOrg(k + 1); ok && !add.overlaps(m.start, m.end) {
					add.add(m)
				}
			}
			continue
		}
		j := k - 1
		for j > 0 && k-j <= maxGenericAdjectives && lowerWordOnly(d.word(j)) && !d.detAt(j) {
			j--
		}
		if j < 0 || !d.detAt(j) {
			if kind != 'g' {
				continue
			}
			// A group needs no determiner: "Kritiker", "lokale Medien",
			// "Weiße Farmer" at the start of a sentence.
			j = k
			if k > 0 && d.groupAdjective(k-1) {
				j = k - 1
			}
			start, end := d.toks[j].start, d.toks[k].end
			if d.covered(start, end) || add.overlaps(start, end) {
				continue
			}
			if id := d.newActor(kind, squeeze(d.text[start:end]), w, k); id != "" {
				add.add(ment{start: start, end: end, id: id, extractor: ExtractorRule})
			}
			continue
		}
		start, end := d.toks[j].start, d.toks[k].end
		if d.covered(start, end) || add.overlaps(start, end) {
			continue
		}
		if j >= 2 && d.word(j-1) == "," && kind == 'p' {
			if id := d.personEndingAt(d.toks[j-2].end); id != "" {
				add.add(ment{start: start, end: end, id: id, coref: true, extractor: ExtractorCoref})
				continue // an apposition: "Celebi, die Anwältin der Frau"
			}
		}
		name := squeeze(d.text[d.toks[j+1].start:end])
		prefix, typ := kindPrefix(kind)
		id := prefix + slug(name)
		if d.info[id] == nil {
			m := &meta{typ: typ, name: name, role: w}
			if r, ok := d.roleOf(k); ok {
				m.gender, m.class = r.Gender, r.Class
			}
			d.info[id] = m
		}
		add.add(ment{start: start, end: end, id: id, extractor: ExtractorRule})
	}
	d.push(add.ms...)
	d.sort()
}

// genericHead returns the kind heads gives the end of word w, 0 for none.
// f, when not nil, is the filter of heads.
func genericHead(w string, heads map[string]byte, f *headFilter) byte {
	var buf [64]byte
	lw := segment.AppendLower(buf[:0], w)
	if f != nil && !f.mayEnd(lw) {
		return 0
	}
	for i := 0; i < len(lw); {
		if n := len(lw) - i; f == nil || f.long || n < len(f.lens) && f.lens[n] {
			if k, ok := heads[string(lw[i:])]; ok {
				return k
			}
		}
		_, n := utf8.DecodeRune(lw[i:])
		i += n
	}
	return 0
}

// lowerWordOnly reports whether w is a lower-case word (an adjective
// between determiner and noun).
func lowerWordOnly(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if (r < 'a' || r > 'z' && r < 0xdf) && (r < '0' || r > '9') {
		return false // neither lower case nor "56-jährige"
	}
	ok, _ := wordAt(w, 0)
	return ok
}

// personEndingAt returns the person with a mention ending at pos, or "".
func (d *doc) personEndingAt(pos int) string {
	// the mentions sorted so far that may end at pos, in order
	for _, m := range d.ms[d.from(pos):d.sorted] {
		if m.start > pos {
			break
		}
		if m.end == pos && d.info[m.id] != nil && d.info[m.id].typ == hebel.Person {
			return m.id
		}
	}
	for _, m := range d.ms[d.sorted:] {
		if m.end == pos && d.info[m.id] != nil && d.info[m.id].typ == hebel.Person {
			return m.id
		}
	}
	return ""
}

// determinerBefore reports whether a determiner stands at most
// maxGenericAdjectives words before token k: a cheap test before the
// head lookup.
func (d *doc) determinerBefore(k int) bool {
	for j := k - 1; j >= 0 && k-j <= maxGenericAdjectives+1; j-- {
		if d.detAt(j) {
			return true
		}
	}
	return false
}

// kindPrefix returns the id prefix and type of a generic head kind: 'p' a
// person, 'g' a group of people, anything else an organisation.
func kindPrefix(kind byte) (string, hebel.EntityType) {
	switch kind {
	case 'p':
		return "person:", hebel.Person
	case 'g':
		return "group:", hebel.Group
	}
	return "org:", hebel.Organisation
}

// groupAdjective reports whether token k is an adjective before a group
// noun without a determiner: lower case ("lokale"), or capitalised at the
// start of a sentence ("Weiße"), ending in -e or -en.
func (d *doc) groupAdjective(k int) bool {
	w := d.word(k)
	if !strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "en") || d.detAt(k) {
		return false
	}
	if lowerWordOnly(w) {
		return true
	}
	return upperWord(w) && d.sentenceStart(k)
}

// titledOrg reads the name of an organisation starting at token k after
// an organisation noun: up to four name words, with "for", "of" or "and"
// between them. It is a new actor unless a mention overlaps it.
func (d *doc) titledOrg(k int) (ment, bool) {
	last := k
	for j := k + 1; j < len(d.toks) && j-k < 6 && d.toks[j].start-d.toks[j-1].end <= 1; j++ {
		if d.nameWord(j) {
			last = j
			continue
		}
		if w := d.word(j); (w == "for" || w == "of" || w == "and") && j+1 < len(d.toks) && d.nameWord(j+1) {
			continue
		}
		break
	}
	start, end := d.toks[k].start, d.toks[last].end
	if d.covered(start, end) {
		return ment{}, false
	}
	id := d.newActor('o', squeeze(d.text[start:end]), d.word(last), last)
	return ment{start: start, end: end, id: id, extractor: ExtractorRule}, id != ""
}

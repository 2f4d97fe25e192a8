package entity

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
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
	dets := make(map[string]bool, len(d.w.Determiners))
	for _, w := range d.w.Determiners {
		dets[w] = true
	}
	var add []ment
	for k := 1; k < len(d.toks); k++ {
		w := d.word(k)
		if c := w[0]; c >= 'a' && c <= 'z' {
			continue
		}
		if !d.determinerBefore(k, dets) {
			continue
		}
		kind := genericHead(w, d.w.GenericHeads)
		if kind == 0 {
			continue
		}
		if k+1 < len(d.toks) && d.nameWord(k+1) && d.toks[k+1].start-d.toks[k].end <= 1 {
			continue // a title: "der Sprecher Hans Meier"
		}
		j := k - 1
		for j > 0 && k-j <= maxGenericAdjectives && lowerWordOnly(d.word(j)) && !d.isDeterminer(d.word(j)) {
			j--
		}
		if !d.isDeterminer(d.word(j)) {
			continue
		}
		start, end := d.toks[j].start, d.toks[k].end
		if d.covered(start, end) || slices.ContainsFunc(add, func(m ment) bool { return m.start < end && start < m.end }) {
			continue
		}
		if j >= 2 && d.word(j-1) == "," && kind == 'p' {
			if id := d.personEndingAt(d.toks[j-2].end); id != "" {
				add = append(add, ment{start: start, end: end, id: id, coref: true, extractor: ExtractorCoref})
				continue // an apposition: "Celebi, die Anwältin der Frau"
			}
		}
		name := squeeze(d.text[d.toks[j+1].start:end])
		prefix, typ := "org:", hebel.Organisation
		if kind == 'p' {
			prefix, typ = "person:", hebel.Person
		}
		id := prefix + slug(name)
		if d.info[id] == nil {
			m := &meta{typ: typ, name: name, role: w}
			if r, ok := d.roleOf(k); ok {
				m.gender, m.class = r.Gender, r.Class
			}
			d.info[id] = m
		}
		add = append(add, ment{start: start, end: end, id: id, extractor: ExtractorRule})
	}
	d.ms = append(d.ms, add...)
	d.sort()
}

// genericHead returns the kind heads gives the end of word w, 0 for none.
func genericHead(w string, heads map[string]byte) byte {
	lw := strings.ToLower(w)
	for i := 0; i < len(lw); {
		if k, ok := heads[lw[i:]]; ok {
			return k
		}
		_, n := utf8.DecodeRuneInString(lw[i:])
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
	for _, m := range d.ms {
		if m.end == pos && d.info[m.id] != nil && d.info[m.id].typ == hebel.Person {
			return m.id
		}
	}
	return ""
}

// determinerBefore reports whether a determiner stands at most
// maxGenericAdjectives words before token k: a cheap test before the
// head lookup.
func (d *doc) determinerBefore(k int, dets map[string]bool) bool {
	for j := k - 1; j >= 0 && k-j <= maxGenericAdjectives+1; j-- {
		if dets[d.word(j)] {
			return true
		}
	}
	return false
}

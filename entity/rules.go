package entity

import (
	"slices"
	"strings"
	"unicode"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
)

// ruleNames adds to names the people that name shapes show: a known given
// name followed by one to three capitalised words ("Rachel Minyoung
// Lee"), and capitalised phrases ending in an organisation suffix
// ("Stimson Center"). It returns the tagger names that no rule name
// overlaps and the rule names.
func (d *doc) ruleNames(names []Name) (tagged, found []Name) {
	tf := d.flagsOf()
	for i := 0; i < len(d.toks); i++ {
		if d.stop.Stop() {
			break
		}
		if tf[i]&tfUpper == 0 {
			continue
		}
		if tf[i]&tfFirst != 0 {
			j := i + 1
			for j < len(d.toks) && j-i < 4 && d.nameWord(j) && d.toks[j].start-d.toks[j-1].end <= 1 {
				j++
			}
			if j > i+1 {
				found = append(found, Name{Start: d.toks[i].start, End: d.toks[j-1].end, Class: PER})
				i = j - 1
				continue
			}
		}
		if d.appositionAfter(i) && d.nameWord(i) {
			j := i
			if j > 0 && d.nameWord(j-1) && !d.sentenceStart(j-1) && d.toks[j].start-d.toks[j-1].end <= 1 {
				j--
			}
			found = append(found, Name{Start: d.toks[j].start, End: d.toks[i].end, Class: PER})
			continue
		}
		if d.orgSuffix(i) {
			j := i
			for j > 0 && i-j < 4 && d.nameWord(j-1) && d.toks[j].start-d.toks[j-1].end <= 1 {
				j--
			}
			if j < i {
				found = append(found, Name{Start: d.toks[j].start, End: d.toks[i].end, Class: ORG})
			}
		}
	}
	if len(found) == 0 {
		return names, nil
	}
	out := names[:0:0]
	ov := newOverlaps(found)
	for _, n := range names {
		if !ov.any(n.Start, n.End) {
			out = append(out, n)
		}
	}
	return out, found
}

// overlaps answers "does any of these names overlap [start, end)?" in
// log time: the names sorted by start, with the greatest end of each
// prefix.
type overlaps struct {
	starts, maxEnd []int
}

func newOverlaps(ns []Name) overlaps {
	s := slices.Clone(ns)
	slices.SortFunc(s, func(a, b Name) int { return a.Start - b.Start })
	o := overlaps{starts: make([]int, len(s)), maxEnd: make([]int, len(s))}
	end := 0
	for i, n := range s {
		end = max(end, n.End)
		o.starts[i], o.maxEnd[i] = n.Start, end
	}
	return o
}

// any reports whether a name starts before end and ends after start.
func (o overlaps) any(start, end int) bool {
	i, _ := slices.BinarySearch(o.starts, end) // names [0, i) start before end
	return i > 0 && o.maxEnd[i-1] > start
}

// word returns the text of token i.
func (d *doc) word(i int) string { return d.text[d.toks[i].start:d.toks[i].end] }

// nameWord reports whether token i may continue a name: capitalised, no
// role noun, institution or organisation suffix, not all upper case
// unless short.
func (d *doc) nameWord(i int) bool {
	tf := d.flagsOf()[i]
	if tf&tfUpper == 0 || tf&(tfDet|tfSuffix) != 0 {
		return false
	}
	w := d.word(i)
	if _, ok := d.w.Roles[w]; ok {
		return false
	}
	_, ok := d.w.Institutions[w]
	return !ok
}

// orgSuffix reports whether token i is an organisation suffix.
func (d *doc) orgSuffix(i int) bool { return d.flagsOf()[i]&tfSuffix != 0 }

// slug makes an id part from a name: lower case, German umlauts and ß
// spelt out, other letters without their accents, runs of other
// characters as one hyphen.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range name {
		switch r {
		case 'ä', 'Ä':
			b.WriteString("ae")
			dash = false
			continue
		case 'ö', 'Ö':
			b.WriteString("oe")
			dash = false
			continue
		case 'ü', 'Ü':
			b.WriteString("ue")
			dash = false
			continue
		case 'ß':
			b.WriteString("ss")
			dash = false
			continue
		}
		r = unicode.ToLower(fold(r))
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
			dash = false
			continue
		}
		if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// fold maps common accented Latin letters to their base letter.
func fold(r rune) rune {
	if r < 128 {
		return r
	}
	const from, to = "áàâãåāăąéèêëēėęěíìîïīįóòôõøōőúùûůūűųýÿçćčďđğłńňñřśšşťţźżž", "aaaaaaaaeeeeeeeeiiiiiiooooooouuuuuuuyycccddglnnnrsssttzzz"
	i := 0
	for _, f := range from {
		if f == r {
			return rune(to[i])
		}
		i++
	}
	r2 := unicode.ToLower(r)
	if r2 != r {
		return unicode.ToUpper(fold(r2))
	}
	return r
}

// addName makes a new entity for a name no gazetteer knows, unless the
// name overlaps a mention already found. It returns the id, "" when
// skipped.
func (d *doc) addName(n Name, extractor string) string {
	if d.covered(n.Start, n.End) {
		return ""
	}
	text := d.text[n.Start:n.End]
	if k := d.tokenAt(n.Start); k < len(d.toks) && d.toks[k].end == n.End {
		if _, ok := d.roleOf(k); ok {
			return "" // a role noun, not a name
		}
		if _, ok := d.w.Pronouns[text]; ok {
			return ""
		}
	}
	var prefix string
	var typ hebel.EntityType
	switch n.Class {
	case PER:
		prefix, typ = "person:", hebel.Person
	case ORG:
		prefix, typ = "org:", hebel.Organisation
	case LOC:
		prefix, typ = "place:", hebel.Place
	default:
		return ""
	}
	s := slug(text)
	if s == "" {
		return ""
	}
	id := prefix + s
	if d.info[id] == nil {
		m := &meta{typ: typ, name: squeeze(text)}
		if typ == hebel.Person {
			m.short = lastWord(m.name)
			if m.short == "" && upperWord(m.name) {
				m.short = m.name // a surname alone: "Celebi, die Anwältin"
			}
			g, ok := actorData().firstNames[firstWord(m.name)]
			if ok && g != 'x' {
				m.gender = g
			}
			if f := firstWord(m.name); (!ok && len(f) <= maxFamilyFirst || len(f) == 2) && m.short != "" && len(m.name) == len(f)+1+len(m.short) {
				m.family = f // "Li Fei": a short family name, no given name, written first
			}
		}
		d.info[id] = m
	}
	d.push(ment{start: n.Start, end: n.End, id: id, extractor: extractor})
	if typ == hebel.Person {
		d.apposition(id, n)
	}
	return id
}

// maxFamilyFirst is the longest first word (in bytes) of a two-word name
// taken for a family name written first, as in Chinese and Korean names,
// when it is no known given name; a first word of two letters ("Li",
// "Hu", "Xi") is taken even so.
const maxFamilyFirst = 5

// firstWord returns the first space-separated word of s.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// apposition reads the role of a person from a title right before the
// name ("US-Präsident Joe Biden") or an apposition after it ("Rachel
// Minyoung Lee, Nordkorea-Spezialistin am …").
func (d *doc) apposition(id string, n Name) {
	m := d.info[id]
	if m.class != "" {
		return
	}
	k := d.tokenAt(n.Start)
	if k > 0 {
		if r, ok := d.roleOf(k - 1); ok {
			d.setRole(m, r, d.word(k-1))
			return
		}
	}
	e := d.tokenAt(n.End)
	if e < len(d.toks) && d.word(e) == "," {
		for j := e + 1; j < len(d.toks) && j <= e+6; j++ {
			w := d.word(j)
			if w == "," || w == "." || w == ";" {
				break
			}
			if r, ok := d.roleOf(j); ok {
				d.setRole(m, r, w)
				return
			}
		}
	}
}

// setRole records a role noun's class and gender on a person.
func (d *doc) setRole(m *meta, r lang.Role, word string) {
	m.class = r.Class
	if m.role == "" {
		m.role = word
	}
	if m.gender == 0 {
		m.gender = r.Gender
	}
}

// roleOf returns the role of token i: the word itself or the tail of a
// hyphenated word ("Nordkorea-Spezialistin").
func (d *doc) roleOf(i int) (lang.Role, bool) {
	w := d.word(i)
	if r, ok := d.w.Roles[w]; ok {
		return r, true
	}
	if j := strings.LastIndexByte(w, '-'); j > 0 {
		r, ok := d.w.Roles[w[j+1:]]
		return r, ok
	}
	return lang.Role{}, false
}

// appositionAfter reports whether token i is followed by a comma and a
// determiner phrase whose head is a person's role: "Celebi, die Anwältin
// der Frau", "Granier, der Gouverneur".
func (d *doc) appositionAfter(i int) bool {
	k := i + 1
	if k+2 >= len(d.toks) || d.word(k) != "," || !d.isDeterminer(d.word(k+1)) {
		return false
	}
	for j := k + 2; j < len(d.toks) && j <= k+2+maxGenericAdjectives; j++ {
		w := d.word(j)
		if _, ok := d.roleOf(j); ok {
			return true
		}
		if upperWord(w) {
			return genericHead(w, d.w.GenericHeads, &filtersFor(d.w).heads) == 'p'
		}
		if !lowerWordOnly(w) {
			return false
		}
	}
	return false
}

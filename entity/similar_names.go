package entity

import (
	"strings"

	"github.com/hebel-project/hebel"
)

// maxModifiers bounds the capitalised words taken into a longer name
// before a curated organisation's form.
const maxModifiers = 3

// similarNames keeps organisations whose name only contains a curated
// organisation's form apart from it: "National Security Council" or "der
// Nationale Sicherheitsrat" is not the UN Security Council that
// "Security Council" alone names, nor is "the Security Council of Russia"
// or "der Sicherheitsrat Russlands". A capitalised word right before the
// form (not a determiner, country, role or organisation noun, not at the
// start of a sentence; in German an inflected adjective), or a
// country named right after it ("of Russia", a genitive "Russlands"),
// makes the whole phrase an organisation of its own. Acronyms ("NATO")
// are left alone. It runs before the mentions are first sorted.
func (d *doc) similarNames() {
	var countries map[int]bool // token indexes covered by country mentions
	for i := range d.ms {
		m := &d.ms[i]
		if in := d.info[m.id]; in == nil || in.typ != hebel.Organisation || m.extractor != Extractor || acronym(d.text[m.start:m.end]) {
			continue
		}
		if countries == nil {
			countries = d.countryTokens()
		}
		k := d.tokenAt(m.start)
		if k >= len(d.toks) || d.toks[k].start != m.start {
			continue // inside a word: "UN-Sicherheitsrat" is a form of its own
		}
		start := k
		for start > 0 && k-start < maxModifiers && d.modifier(start-1, countries) {
			start--
		}
		end := d.tokenAt(m.end - 1)
		after := d.countryAfter(end+1, countries)
		if start == k && after < 0 {
			continue
		}
		s, e := d.toks[start].start, m.end
		if after >= 0 {
			e = d.toks[after].end
		}
		name := squeeze(d.text[s:e])
		id := "org:" + slug(name)
		if d.info[id] == nil {
			d.info[id] = &meta{typ: hebel.Organisation, name: name}
		}
		m.start, m.end, m.id, m.extractor = s, e, id, ExtractorRule
	}
}

// modifier reports whether token k, right before a name, is a
// capitalised word that belongs to it.
func (d *doc) modifier(k int, countries map[int]bool) bool {
	w := d.word(k)
	if !nameEdge(w) || d.isDeterminer(w) || strings.ContainsAny(d.text[d.toks[k].end:d.toks[k+1].start], "\n\t") || d.toks[k+1].start-d.toks[k].end > 1 {
		return false
	}
	if countries[k] || d.sentenceStart(k) {
		return false
	}
	if _, role := d.roleOf(k); role || d.orgSuffix(k) {
		return false
	}
	if len(d.w.ModifierEnds) == 0 {
		return true
	}
	for _, e := range d.w.ModifierEnds {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// countryAfter returns the last token of a country named right after
// token k-1 – after "of", or a genitive in -s ("Russlands") – or -1.
func (d *doc) countryAfter(k int, countries map[int]bool) int {
	of := k < len(d.toks) && d.word(k) == "of"
	if of {
		k++
	}
	if k >= len(d.toks) || !countries[k] || !nameEdge(d.word(k)) {
		return -1
	}
	for k+1 < len(d.toks) && countries[k+1] {
		k++
	}
	if !of && !strings.HasSuffix(d.word(k), "s") {
		return -1
	}
	return k
}

// countryTokens returns the indexes of the tokens that country mentions
// cover.
func (d *doc) countryTokens() map[int]bool {
	out := map[int]bool{}
	for _, m := range d.ms {
		if in := d.info[m.id]; in != nil && in.typ == hebel.Country {
			for k := d.tokenAt(m.start); k < len(d.toks) && d.toks[k].start < m.end; k++ {
				out[k] = true
			}
		}
	}
	return out
}

package entity

import (
	"sort"
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
)

// tokenAt returns the index of the first token that ends after pos.
func (d *doc) tokenAt(pos int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].end > pos })
}

// institutions finds state bodies named by a country and an institution
// noun: "das chinesische Außenministerium", "Chinas Außenministerium",
// "US-Außenministerium", "China's foreign ministry", "the Chinese foreign
// ministry". The phrase becomes a mention of "org:<iso3>-<slug>", or of
// the curated organisation right after it with the same country ("der
// südkoreanische Geheimdienst NIS"). The country keeps its own mention.
func (d *doc) institutions() {
	if len(d.w.Institutions) == 0 {
		return
	}
	// orgAt maps a position to the first organisation mention starting
	// there (curatedAt)
	orgAt := map[int]string{}
	for _, m := range d.ms {
		if _, ok := orgAt[m.start]; !ok && d.info[m.id] != nil && d.info[m.id].typ == hebel.Organisation {
			orgAt[m.start] = m.id
		}
	}
	n := len(d.ms)
	for i := 0; i < n; i++ {
		if d.stop.Stop() {
			break
		}
		m := d.ms[i]
		if d.info[m.id] == nil || d.info[m.id].typ != hebel.Country {
			continue
		}
		end, in, ok := d.institutionAfter(m.end)
		if !ok {
			continue
		}
		id := "org:" + strings.ToLower(m.id) + "-" + in.Slug
		if next, ok := orgAt[d.skipSpaces(end)]; ok && d.info[next].country == m.id {
			id = next
		} else if d.info[id] == nil {
			d.info[id] = &meta{typ: hebel.Organisation, name: in.Name + " of " + d.info[m.id].name, country: m.id, role: in.Name}
		}
		if _, ok := orgAt[m.start]; !ok {
			orgAt[m.start] = id
		}
		d.push(ment{start: m.start, end: end, id: id, extractor: ExtractorRule})
	}
}

// institutionAfter reads an institution noun right after a country
// mention ending at pos: the rest of a hyphenated word, or the next one
// or two words, after an optional possessive "'s".
func (d *doc) institutionAfter(pos int) (int, lang.Institution, bool) {
	text := d.text
	if pos < len(text) && text[pos] == '-' {
		k := d.tokenAt(pos)
		if k < len(d.toks) && d.toks[k].start < pos {
			in, ok := d.w.Institutions[text[pos+1:d.toks[k].end]]
			return d.toks[k].end, in, ok
		}
		return 0, lang.Institution{}, false
	}
	if strings.HasPrefix(text[pos:], "'s ") {
		pos += 2
	} else if strings.HasPrefix(text[pos:], "’s ") {
		pos += 4
	}
	k := d.tokenAt(pos)
	if k >= len(d.toks) || d.toks[k].start < pos || strings.TrimSpace(text[pos:d.toks[k].start]) != "" {
		return 0, lang.Institution{}, false
	}
	first := d.toks[k]
	if in, ok := d.w.Institutions[text[first.start:first.end]]; ok {
		return first.end, in, true
	}
	if k+1 < len(d.toks) && d.toks[k+1].start == first.end+1 {
		if in, ok := d.w.Institutions[text[first.start:d.toks[k+1].end]]; ok {
			return d.toks[k+1].end, in, true
		}
	}
	return 0, lang.Institution{}, false
}

// skipSpaces returns the position after the spaces at pos.
func (d *doc) skipSpaces(pos int) int {
	for pos < len(d.text) && d.text[pos] == ' ' {
		pos++
	}
	return pos
}

package entity

import (
	"hash/maphash"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
)

// Extractor is the name the gazetteer writes into every mention it makes.
const Extractor = "gazetteer"

// countryRow is one row of the generated countryTable.
type countryRow struct {
	id, name, forms string
}

// country is one entity the gazetteer can return.
type country struct {
	id, name string
}

// Gazetteer finds entities of a fixed list by their surface forms. Its
// lookup index is built once per language profile; a Gazetteer is safe for
// concurrent use.
type Gazetteer struct {
	typ       hebel.EntityType
	countries []country
	byID      map[string]int
	rows      []countryRow
	indexes   sync.Map // *lang.Profile → *index
	mu        sync.Mutex
}

var countries = sync.OnceValue(func() *Gazetteer {
	return newGazetteer(hebel.Country, countryTable[:])
})

// Countries returns the built-in country gazetteer (built once, lazily,
// from the generated table; safe for concurrent use).
func Countries() *Gazetteer { return countries() }

func newGazetteer(typ hebel.EntityType, rows []countryRow) *Gazetteer {
	g := &Gazetteer{typ: typ, rows: rows, byID: map[string]int{}}
	for i, r := range rows {
		g.byID[r.id] = i
		g.countries = append(g.countries, country{id: r.id, name: r.name})
	}
	return g
}

// Special values of entry.country.
const (
	none      = -1 // the key only starts longer forms
	ambiguous = -2 // two countries claim the key with the same precedence
	block     = -3 // the key names no country and hides shorter forms
)

// entry is what the index knows about one key.
type entry struct {
	country int16 // index into Gazetteer.countries, or none, ambiguous, block
	rank    uint8 // precedence of the form's kind; lower wins
	span    uint8 // most tokens of a form that starts with this (one-token) key
	dotted  bool  // the form ends in "." ("U.S."), which the key leaves off
}

func (e entry) found() bool { return e.country >= 0 || e.country == block }

// index maps normalised forms (tokens joined as in the form, trailing dot
// dropped) to entries.
type index struct {
	m            map[string]entry
	coordinators map[string]bool
	filter       bloom // the keys of m, to skip most words cheaply
}

// keySeed seeds the hash of the index filters (the runtime's fast string
// hash; the filters live only in memory).
var keySeed = maphash.MakeSeed()

// get looks key up in the index.
func (ix *index) get(key string) (entry, bool) {
	if !ix.filter.has(maphash.String(keySeed, key)) {
		return entry{}, false
	}
	e, ok := ix.m[key]
	return e, ok
}

// rank of each kind letter in the table: blocks first, then names,
// capitals, demonyms, adjectives.
// Kind g (a group phrase, listed in every form) does not inflect.
var kindRank = map[byte]uint8{'b': 0, 'n': 1, 'g': 1, 'c': 2, 'p': 3, 'a': 4}

// index returns the lookup index for p, building it on first use.
func (g *Gazetteer) index(p *lang.Profile) *index {
	if ix, ok := g.indexes.Load(p); ok {
		return ix.(*index)
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if ix, ok := g.indexes.Load(p); ok {
		return ix.(*index)
	}
	ix := g.build(p)
	ix.filter = newBloom(len(ix.m))
	for k := range ix.m {
		ix.filter.add(maphash.String(keySeed, k))
	}
	g.indexes.Store(p, ix)
	return ix
}

// build expands the table for one profile: a nil profile takes the base
// forms of every language, a profile the shared forms and those of its
// language, inflected by its Actors rules.
func (g *Gazetteer) build(p *lang.Profile) *index {
	var actors lang.Actors
	letter := byte(0)
	if p != nil {
		actors = p.Actors
		letter = '?'
		if p.Code != "" {
			letter = p.Code[0]
		}
	}
	ix := &index{m: make(map[string]entry, 1<<14), coordinators: map[string]bool{}}
	for _, c := range actors.Coordinators {
		ix.coordinators[c] = true
	}
	for i, r := range g.rows {
		id := int16(i)
		if r.id == "-" {
			id = block
		}
		for group := range strings.SplitSeq(r.forms, ";") {
			if len(group) < 3 || group[2] != ':' {
				continue
			}
			l, kind := group[0], group[1]
			if l != '*' && letter != 0 && l != letter {
				continue
			}
			var rules []lang.Inflection
			switch kind {
			case 'n', 'c':
				rules = actors.Name
			case 'a':
				rules = actors.Adjective
			case 'p':
				rules = actors.Demonym
			}
			for f := range strings.SplitSeq(group[3:], "|") {
				for _, v := range lang.Inflect(f, rules) {
					ix.add(v, id, kindRank[kind])
				}
			}
		}
	}
	return ix
}

// add puts form and its variants (capitalised at sentence start, other
// apostrophe) into the index.
func (ix *index) add(form string, id int16, rank uint8) {
	ix.addKey(form, id, rank)
	if r, n := utf8.DecodeRuneInString(form); unicode.IsLower(r) {
		ix.addKey(string(unicode.ToUpper(r))+form[n:], id, rank)
	}
	if strings.Contains(form, "'") {
		ix.addKey(strings.ReplaceAll(form, "'", "’"), id, rank)
	} else if strings.Contains(form, "’") {
		ix.addKey(strings.ReplaceAll(form, "’", "'"), id, rank)
	}
}

func (ix *index) addKey(form string, id int16, rank uint8) {
	form, dotted := strings.CutSuffix(form, ".")
	var first token
	var last, n int
	for t := range tokens(form) {
		if n == 0 {
			first = t
		}
		last = t.end
		n++
	}
	if n == 0 || n > 255 {
		return
	}
	key := form[first.start:last]
	e, ok := ix.m[key]
	switch {
	case !ok || e.country == none || rank < e.rank:
		e.country, e.rank, e.dotted = id, rank, dotted
	case rank == e.rank && e.country != id:
		e.country = ambiguous
	}
	if n == 1 {
		e.span = max(e.span, 1)
	}
	ix.m[key] = e
	if n > 1 {
		head := form[first.start:first.end]
		f, ok := ix.m[head]
		if !ok {
			f.country = none
		}
		f.span = max(f.span, uint8(n))
		ix.m[head] = f
	}
}

package entity

import (
	_ "embed"
	"slices"
	"strings"
	"sync"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
)

//go:embed curated_actors.tsv
var curatedActors string

//go:embed first_names.txt
var firstNamesText string

// actorInfo is what the curated table says of one actor beyond its forms.
type actorInfo struct {
	typ      hebel.EntityType
	wikidata string
	country  string // ISO3 or ""
	gender   byte   // 'f', 'm' or 0
	role     string
	term     string
	short    string // surname usable after a full form, or ""
}

// actorTables are the parsed curated actors and word lists.
type actorTables struct {
	gaz        *Gazetteer
	info       map[string]*actorInfo
	short      map[string]string // short form → id
	firstNames map[string]byte   // given name → 'f', 'm' or 'x' (both)
}

var actorData = sync.OnceValue(func() *actorTables {
	t := &actorTables{info: map[string]*actorInfo{}, short: map[string]string{}, firstNames: map[string]byte{}}
	var rows []countryRow
	for line := range strings.SplitSeq(curatedActors, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 9 {
			continue
		}
		dash := func(s string) string {
			if s == "-" {
				return ""
			}
			return s
		}
		id := f[0]
		in := &actorInfo{typ: typeOfID(id), wikidata: dash(f[1]), country: dash(f[2]), role: dash(f[4]), term: dash(f[5]), short: dash(f[8])}
		if g := dash(f[3]); g != "" {
			in.gender = g[0]
		}
		t.info[id] = in
		if in.short != "" {
			t.short[in.short] = id
		}
		kind := "n"
		if in.typ == hebel.Group {
			kind = "g"
		}
		var forms []string
		for group := range strings.SplitSeq(f[7], ";") {
			l, list, ok := strings.Cut(group, ":")
			if !ok {
				continue
			}
			letter := "*"
			if l != "*" && l != "" {
				letter = l[:1]
			}
			forms = append(forms, letter+kind+":"+list)
		}
		rows = append(rows, countryRow{id: id, name: f[6], forms: strings.Join(forms, ";")})
	}
	t.gaz = newGazetteer("", rows)
	for line := range strings.SplitSeq(firstNamesText, "\n") {
		g, names, ok := strings.Cut(line, ":")
		if !ok || line[0] == '#' || (g != "f" && g != "m") {
			continue
		}
		for n := range strings.FieldsSeq(names) {
			if old, ok := t.firstNames[n]; ok && old != g[0] {
				t.firstNames[n] = 'x'
				continue
			}
			t.firstNames[n] = g[0]
		}
	}
	return t
})

// typeOfID returns the entity type an id's prefix names: "org:" an
// organisation, "person:", "place:", "group:"; anything else a country.
func typeOfID(id string) hebel.EntityType {
	switch {
	case strings.HasPrefix(id, "org:"):
		return hebel.Organisation
	case strings.HasPrefix(id, "person:"):
		return hebel.Person
	case strings.HasPrefix(id, "place:"):
		return hebel.Place
	case strings.HasPrefix(id, "group:"):
		return hebel.Group
	}
	return hebel.Country
}

// typeOf returns the type of an entity of g.
func (g *Gazetteer) typeOf(id string) hebel.EntityType {
	if g.typ != "" {
		return g.typ
	}
	return typeOfID(id)
}

// Curated returns the built-in gazetteer of actors beyond countries:
// international organisations, intelligence services and other state
// bodies, heads of state and officials, places and collective sources
// (curated_actors.tsv). Short forms such as surnames are not in it: they
// name an actor only after its full form (see Recognizer).
func Curated() *Gazetteer { return actorData().gaz }

// countryKind maps a country gazetteer rank to a gazetteer kind.
var countryKind = [...]byte{gzCountryN, gzCountryN, gzCountryC, gzCountryP, gzCountryA}

// gazetteerHits returns the country and curated-actor matches in text as
// tagger features, sorted by start, overlaps dropped (the earlier and
// longer one wins).
func gazetteerHits(text string, p *lang.Profile) []gazHit {
	return appendHits(nil, text, p, Countries().Find(text, p), Curated().Find(text, p))
}

// appendHits turns country and actor entities into sorted gazetteer hits.
func appendHits(hits []gazHit, text string, p *lang.Profile, countries, actors []hebel.Entity) []gazHit {
	ix := Countries().index(p)
	for _, e := range countries {
		for _, m := range e.Mentions {
			k := gzCountryN
			if en, ok := ix.m[strings.TrimSuffix(m.Text, ".")]; ok && int(en.rank) < len(countryKind) {
				k = countryKind[en.rank]
			}
			hits = append(hits, gazHit{m.Start, m.End, k})
		}
	}
	for _, e := range actors {
		k := gzOrg
		switch e.Type {
		case hebel.Person:
			k = gzPerson
		case hebel.Place:
			k = gzPlace
		case hebel.Group:
			k = gzGroup
		}
		for _, m := range e.Mentions {
			hits = append(hits, gazHit{m.Start, m.End, k})
		}
	}
	slices.SortFunc(hits, func(a, b gazHit) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	})
	out := hits[:0]
	for _, h := range hits {
		if len(out) > 0 && h.start < out[len(out)-1].end {
			continue
		}
		out = append(out, h)
	}
	return out
}

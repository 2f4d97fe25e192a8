package entity

import (
	"context"
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/analysis"
	"github.com/hebel-project/hebel/internal/cancel"
	"github.com/hebel-project/hebel/lang"
)

// Extractors written into mentions besides Extractor ("gazetteer").
const (
	ExtractorTagger = "tagger" // a name found by the statistical tagger
	ExtractorRule   = "rule"   // a name found by shape or an institution phrase
	ExtractorCoref  = "coref"  // a mention found by coreference
)

// Recognizer finds every actor a text names – countries, organisations,
// people, places and collective groups – links them to ids and follows
// them through the text (surnames, role nouns, pronouns, "das Land").
// It combines the country and curated gazetteers, rules for institutions
// and name shapes, the statistical name tagger and coreference. It is
// safe for concurrent use.
//
// A Recognizer keeps, per goroutine, a bounded cache of what the tagger
// computed for each word it saw (see wordCache): a fresh Recognizer
// starts cold, one that has read many texts is warm for their frequent
// words. Results do not depend on the cache.
type Recognizer struct {
	// Tagger, when true, runs the statistical name tagger for unknown
	// names (when a model for the language is shipped).
	Tagger bool

	scratch scratchList // the tagger's buffers and word caches
}

// Actors returns a Recognizer with the tagger on.
func Actors() *Recognizer { return &Recognizer{Tagger: true} }

// ment is a mention while the recogniser works.
type ment struct {
	start, end int
	id         string
	coref      bool
	kind       byte // gazetteer kind (gzCountryN …) or 0
	extractor  string
}

// meta is what the recogniser knows of an entity.
type meta struct {
	typ      hebel.EntityType
	name     string
	wikidata string
	country  string
	role     string
	class    string // role class for role-noun anaphors ("expert")
	gender   byte
	short    string // surname or short form for later mentions
	family   string // a family name written first ("Li" of "Li Fei"), also a short form
}

// doc is the state of one Find call.
type doc struct {
	text string
	p    *lang.Profile
	w    *lang.ActorWords
	ms   []ment
	info map[string]*meta
	toks []span
	// sorted is how many leading mentions of ms are in order, maxLen the
	// longest of them: together they bound the scans for nearby mentions.
	sorted, maxLen int
	spare          []ment  // the other buffer of sort's merge
	tf             []uint8 // flags of each token (tfUpper …), see flagsOf
	filters        *wordFilters
	stop           *cancel.Poll // nil: never stop
	cov            coverage     // the bytes the mentions of ms cover
}

// Find returns the actors named in text, each with all its mentions
// (coreferent ones with Coref set), entities ordered by first mention and
// mentions by position. p selects the language; nil matches base forms
// only and does no tagging or coreference.
func (r *Recognizer) Find(text string, p *lang.Profile) []hebel.Entity {
	es, _ := r.find(text, p, nil)
	return es
}

// FindDoc returns the actors named in the analysed document d, as Find
// does for its text and profile. It stops soon after ctx is done and then
// returns ctx's error and no entities: its loops look at ctx every few
// tokens (package cancel), so a cancelled run ends within microseconds of
// work.
func (r *Recognizer) FindDoc(ctx context.Context, d *analysis.Doc) ([]hebel.Entity, error) {
	return r.find(d.Text, d.Profile, cancel.New(ctx))
}

func (r *Recognizer) find(text string, p *lang.Profile, stop *cancel.Poll) ([]hebel.Entity, error) {
	d := &doc{text: text, p: p, info: map[string]*meta{}, stop: stop}
	if p != nil {
		d.w = &p.Actors.Words
	}
	countries := Countries().find(text, p, stop)
	actors := Curated().find(text, p, stop)
	if stop.Now() {
		return nil, stop.Err()
	}
	n := 0
	for _, es := range [2][]hebel.Entity{countries, actors} {
		for _, e := range es {
			n += len(e.Mentions)
		}
	}
	d.ms = make([]ment, 0, 2*n+len(text)/100)
	d.addCountries(countries, p)
	d.addCurated(actors)
	if d.w != nil {
		d.toks = tagTokens(text, make([]span, 0, len(text)/5))
		d.similarNames()
		d.institutions()
		var names []Name
		if t := TaggerFor(p); r.Tagger && t != nil && !stop.Now() {
			hits := appendHits(nil, text, p, countries, actors)
			names = d.checkNames(t.tagSpans(text, d.toks, hits, p, stop, &r.scratch))
		}
		if !stop.Now() {
			d.coref(d.ruleNames(names))
		}
	}
	if stop.Now() {
		return nil, stop.Err()
	}
	return d.entities(), nil
}

// addCountries records country mentions with their kind.
func (d *doc) addCountries(es []hebel.Entity, p *lang.Profile) {
	ix := Countries().index(p)
	for _, e := range es {
		d.info[e.ID] = &meta{typ: hebel.Country, name: e.Name}
		for _, m := range e.Mentions {
			k := gzCountryN
			if en, ok := ix.m[strings.TrimSuffix(m.Text, ".")]; ok && int(en.rank) < len(countryKind) {
				k = countryKind[en.rank]
			}
			d.push(ment{start: m.Start, end: m.End, id: e.ID, kind: k, extractor: Extractor})
		}
	}
}

// addCurated records curated-actor mentions with their table data.
func (d *doc) addCurated(es []hebel.Entity) {
	tab := actorData()
	for _, e := range es {
		in := tab.info[e.ID]
		m := &meta{typ: e.Type, name: e.Name}
		if in != nil {
			m.wikidata, m.country, m.role, m.gender, m.short = in.wikidata, in.country, in.role, in.gender, in.short
			m.class = roleClass(in.role)
		}
		if m.short == "" && m.typ == hebel.Person {
			m.short = lastWord(e.Name)
		}
		d.info[e.ID] = m
		for _, x := range e.Mentions {
			d.push(ment{start: x.Start, end: x.End, id: e.ID, extractor: Extractor})
		}
	}
}

// roleClass maps a curated role to a role-noun class.
func roleClass(role string) string {
	r := strings.ToLower(role)
	switch {
	case strings.Contains(r, "president"), strings.Contains(r, "supreme leader"), strings.Contains(r, "leader of"):
		return "president"
	case strings.Contains(r, "chancellor"), strings.Contains(r, "prime minister"), strings.Contains(r, "premier"):
		return "head of government"
	case strings.Contains(r, "minister"), strings.Contains(r, "secretary of state"):
		return "minister"
	case strings.Contains(r, "spokes"):
		return "spokesperson"
	}
	return ""
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return ""
}

// entities groups the mentions into entities. All mentions share one
// array; each entity's slice is capped at its own.
func (d *doc) entities() []hebel.Entity {
	if len(d.ms) == 0 {
		return nil
	}
	d.sort()
	var out []hebel.Entity
	at := make(map[string]int, len(d.info))
	of := make([]int32, len(d.ms)) // entity of each mention
	var count []int
	for k, m := range d.ms {
		i, ok := at[m.id]
		if !ok {
			i = len(out)
			at[m.id] = i
			in := d.info[m.id]
			e := hebel.Entity{ID: m.id, Type: typeOfID(m.id)}
			if in != nil {
				e.Type, e.Name, e.Wikidata, e.Country, e.Role = in.typ, in.name, in.wikidata, in.country, in.role
			}
			out = append(out, e)
			count = append(count, 0)
		}
		of[k] = int32(i)
		count[i]++
	}
	all := make([]hebel.Mention, len(d.ms))
	for i, off := 0, 0; i < len(out); i++ {
		out[i].Mentions = all[off : off : off+count[i]]
		off += count[i]
	}
	for k, m := range d.ms {
		i := of[k]
		out[i].Mentions = append(out[i].Mentions, hebel.Mention{
			Span:      hebel.Span{Start: m.start, End: m.end},
			Text:      d.text[m.start:m.end],
			EntityID:  m.id,
			Coref:     m.coref,
			Extractor: m.extractor,
		})
	}
	return out
}

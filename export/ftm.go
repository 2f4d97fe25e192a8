package export

import (
	"bufio"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dataset"
)

// FollowTheMoney (FtM) is the entity model of Aleph and OpenSanctions
// (followthemoney.tech). An export is JSON Lines of entities
// {"id", "schema", "properties": {name: [values]}}:
//
//   - each document is an Article (title, fileName, publishedAt, language,
//     sourceUrl, author, bodyText);
//   - a person is a Person, an organisation an Organization, a state a
//     LegalEntity with its country and jurisdiction, a collective source
//     ("western intelligence services") a LegalEntity; places are not
//     actors and become the location of events;
//   - each relation is an Event (name, date, involved, organizer,
//     location, summary = the evidence, description = who says so);
//   - every entity cites the Articles it comes from in "proof".

// Limits of FtM property types.
const (
	ftmTextMax   = 65000 // runes of a text property (bodyText, summary)
	ftmNameMax   = 380   // runes of a name
	ftmStringMax = 1000  // runes of a string
	ftmAliases   = 10    // aliases kept per actor
)

// FtMEntity is one FollowTheMoney entity.
type FtMEntity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
}

func (e *FtMEntity) add(prop string, values ...string) {
	for _, v := range values {
		if v == "" {
			continue
		}
		if e.Properties == nil {
			e.Properties = map[string][]string{}
		}
		if !containsValue(e.Properties[prop], v) {
			e.Properties[prop] = append(e.Properties[prop], v)
		}
	}
}

func containsValue(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// ftmLanguages maps ISO 639-1 to the ISO 639-3 codes FtM uses.
var ftmLanguages = map[string]string{
	"de": "deu", "en": "eng", "fr": "fra", "ru": "rus", "zh": "zho", "ko": "kor", "ja": "jpn",
	"uk": "ukr", "pl": "pol", "es": "spa", "it": "ita", "ar": "ara",
}

// ftmIDs gives every Hebel id an FtM id of letters, digits, dots and
// dashes, readable where it can be and unique.
type ftmIDs struct {
	byHebel map[string]string
	used    map[string]string // FtM id → Hebel id
}

func (ids *ftmIDs) of(prefix, hebelID string) string {
	key := prefix + "\x00" + hebelID
	if id, ok := ids.byHebel[key]; ok {
		return id
	}
	var b strings.Builder
	b.WriteString("hebel-" + prefix + "-")
	for _, r := range hebelID {
		if r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.') {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	id := strings.TrimRight(b.String(), "-.")
	if len(id) > 120 || ids.used[id] != "" && ids.used[id] != key {
		sum := sha1.Sum([]byte(key))
		if len(id) > 100 {
			id = id[:100]
		}
		id = strings.TrimRight(id, "-.") + "-" + hex.EncodeToString(sum[:6])
	}
	ids.byHebel[key], ids.used[id] = id, key
	return id
}

// FtMEntities returns the FtM entities of the records: Articles, actors,
// then Events, each group in a stable order.
func FtMEntities(recs Records) ([]*FtMEntity, error) {
	g, err := BuildGraph(recs)
	if err != nil {
		return nil, err
	}
	return ftmFromGraph(g, recs)
}

// WriteFtM writes the FtM entities of the records as JSON Lines.
func WriteFtM(w io.Writer, recs Records) error {
	ents, err := FtMEntities(recs)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, e := range ents {
		if err := enc.Encode(e); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// ftmFromGraph builds the entities; recs is read again for texts,
// mentions and evidence.
func ftmFromGraph(g *Graph, recs Records) ([]*FtMEntity, error) {
	ids := &ftmIDs{byHebel: map[string]string{}, used: map[string]string{}}
	actors := map[string]*FtMEntity{}
	var articles, events []*FtMEntity
	for _, a := range g.Actors {
		if e := ftmActor(ids, a); e != nil {
			actors[a.ID] = e
		}
	}
	for rec, err := range recs {
		if err != nil {
			return nil, err
		}
		d := &rec.Document
		art := ftmArticle(ids, d)
		articles = append(articles, art)
		for _, e := range rec.Entities {
			fe := actors[e.ID]
			if fe == nil {
				continue
			}
			fe.add("proof", art.ID)
			for _, m := range e.Mentions {
				if !m.Coref && m.Text != e.Name && len(fe.Properties["alias"]) < ftmAliases {
					fe.add("alias", truncate(strings.Join(strings.Fields(m.Text), " "), ftmNameMax))
				}
			}
		}
		for i, r := range rec.Relations {
			for _, side := range []string{r.From, r.To} {
				if fe := actors[side]; fe != nil {
					fe.add("proof", art.ID)
				}
			}
			events = append(events, ftmEvent(ids, g, actors, rec, i, r, art))
		}
	}
	out := make([]*FtMEntity, 0, len(articles)+len(actors)+len(events))
	out = append(out, articles...)
	list := make([]*FtMEntity, 0, len(actors))
	for _, e := range actors {
		list = append(list, e)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].ID < list[j].ID })
	out = append(out, list...)
	return append(out, events...), nil
}

// ftmArticle is the Article of a document.
func ftmArticle(ids *ftmIDs, d *hebel.Document) *FtMEntity {
	e := &FtMEntity{ID: ids.of("doc", strings.TrimPrefix(d.ID, "sha256:")[:32]), Schema: "Article"}
	title := d.Title
	if title == "" {
		title = truncate(firstLine(d.Text), 120)
	}
	e.add("title", truncate(title, ftmStringMax))
	e.add("name", truncate(title, ftmNameMax))
	name := d.Source
	if name == "" || name == "-" || name == "api" {
		name = d.ID
	}
	e.add("fileName", truncate(name, ftmStringMax))
	if !d.Published.IsZero() {
		e.add("publishedAt", d.Published.UTC().Format("2006-01-02T15:04:05"))
	}
	e.add("language", ftmLanguages[d.Lang])
	if strings.HasPrefix(d.URL, "http://") || strings.HasPrefix(d.URL, "https://") {
		e.add("sourceUrl", d.URL)
	}
	e.add("author", truncate(d.Author, ftmStringMax))
	e.add("bodyText", truncate(d.Text, ftmTextMax))
	return e
}

// ftmActor is the entity of an actor; nil for places.
func ftmActor(ids *ftmIDs, a *Actor) *FtMEntity {
	e := &FtMEntity{}
	switch hebel.EntityType(a.Type) {
	case hebel.Place:
		return nil
	case hebel.Person:
		e.Schema = "Person"
		e.add("nationality", alpha2(a.Country))
		e.add("position", truncate(a.Role, ftmStringMax))
	case hebel.Organisation:
		e.Schema = "Organization"
		e.add("country", alpha2(a.Country))
		e.add("classification", truncate(a.Role, ftmStringMax))
	case hebel.Country:
		e.Schema = "LegalEntity"
		e.add("country", alpha2(a.ID))
		e.add("jurisdiction", alpha2(a.ID))
		e.add("classification", "state")
	default:
		e.Schema = "LegalEntity"
		e.add("country", alpha2(a.Country))
		e.add("classification", truncate(a.Role, ftmStringMax))
	}
	e.ID = ids.of("actor", a.ID)
	e.add("name", truncate(a.Name, ftmNameMax))
	if strings.HasPrefix(a.Wikidata, "Q") {
		e.add("wikidataId", a.Wikidata)
	}
	return e
}

// ftmEvent is the Event of relation i of rec.
func ftmEvent(ids *ftmIDs, g *Graph, actors map[string]*FtMEntity, rec *hebel.Record, i int, r hebel.Relation, art *FtMEntity) *FtMEntity {
	d := &rec.Document
	e := &FtMEntity{ID: ids.of("rel", strings.TrimPrefix(d.ID, "sha256:")[:32]+"."+itoa(i)), Schema: "Event"}
	name := func(id string) string {
		if a := g.actor(id); a != nil && a.Name != "" {
			return a.Name
		}
		return id
	}
	e.add("name", truncate(string(r.Type)+": "+name(r.From)+" → "+name(r.To), ftmNameMax))
	if !d.Published.IsZero() {
		e.add("date", d.Published.UTC().Format("2006-01-02"))
	}
	for _, side := range []string{r.From, r.To} {
		if fe := actors[side]; fe != nil {
			e.add("involved", fe.ID)
		}
		if len(side) == 3 {
			e.add("country", alpha2(side))
		}
	}
	if fe := actors[r.From]; fe != nil {
		e.add("organizer", fe.ID)
	}
	if loc, ok := r.Attributes["location"].(string); ok {
		e.add("location", truncate(loc, 250))
	}
	var ev []string
	for _, sp := range r.Evidence {
		if sp.Start >= 0 && sp.End <= len(d.Text) && sp.Start < sp.End {
			ev = append(ev, sp.Text(d.Text))
		}
	}
	e.add("summary", truncate(strings.Join(ev, " … "), ftmTextMax))
	if r.Source != nil {
		e.add("description", truncate("according to "+r.Source.Text, ftmTextMax))
	}
	if m, ok := r.Attributes["modality"].(string); ok {
		e.add("keywords", string(r.Type), m)
	} else {
		e.add("keywords", string(r.Type))
	}
	e.add("proof", art.ID)
	if u := art.Properties["sourceUrl"]; len(u) > 0 {
		e.add("sourceUrl", u[0])
	}
	return e
}

// alpha2 returns the lower-case alpha-2 code FtM uses for an ISO3 code,
// or "".
func alpha2(iso3 string) string {
	a2, ok := dataset.Alpha2(iso3)
	if !ok {
		return ""
	}
	return strings.ToLower(a2)
}

// truncate cuts s to at most n runes, ending in "…" when cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

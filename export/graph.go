package export

import (
	"encoding/json"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
)

// Graph is what the graph formats write: every actor named in the
// records and every relation stated in them, with the documents.
type Graph struct {
	Actors    []*Actor    // by id
	Relations []*Relation // in record order
	Documents []*Doc      // in record order
	byID      map[string]*Actor
}

// actor returns the actor with the given id, or nil.
func (g *Graph) actor(id string) *Actor { return g.byID[id] }

// Actor is one actor across the records.
type Actor struct {
	ID, Name, Type, Country, Role, Wikidata string
	Documents, Mentions                     int
	// First and Last are the earliest and latest publication dates of
	// the dated documents that name it; zero when all are undated.
	First, Last time.Time
	docs        []string // ids of the documents naming it
}

// Relation is one relation stated in one document.
type Relation struct {
	ID         string // document id + "#r" + position
	Doc        *Doc
	Pos        int
	Type       hebel.RelationType
	From, To   string // actor ids
	Modality   string // "asserted", "negated" … ("" when not said)
	Claimant   string // the source's words
	ClaimantID string // the source's actor id
	Attributes map[string]any
}

// Doc is one document of the export.
type Doc struct {
	ID, Title, URL, Lang, Source, Author string
	Published                            time.Time // zero when undated
}

// BuildGraph reads all records into a Graph. The name, type, country and
// role of an actor are those of the first record naming it. A relation's
// side that no record names as an entity becomes an actor of its own,
// typed by its id (an ISO code is a country).
func BuildGraph(recs Records) (*Graph, error) {
	byID := map[string]*Actor{}
	g := &Graph{byID: byID}
	for rec, err := range recs {
		if err != nil {
			return nil, err
		}
		d := &rec.Document
		doc := &Doc{ID: d.ID, Title: d.Title, URL: d.URL, Lang: d.Lang, Source: d.Source, Author: d.Author, Published: d.Published.UTC()}
		if d.Published.IsZero() {
			doc.Published = time.Time{}
		}
		g.Documents = append(g.Documents, doc)
		for _, e := range rec.Entities {
			a := byID[e.ID]
			if a == nil {
				a = &Actor{ID: e.ID, Name: e.Name, Type: string(e.Type), Country: e.Country, Role: e.Role, Wikidata: e.Wikidata}
				byID[e.ID] = a
			}
			a.Mentions += len(e.Mentions)
			a.seen(doc)
		}
		for i, r := range rec.Relations {
			rel := &Relation{ID: d.ID + "#r" + strconv.Itoa(i), Doc: doc, Pos: i, Type: r.Type, From: r.From, To: r.To,
				Attributes: r.Attributes}
			if m, ok := r.Attributes["modality"].(string); ok {
				rel.Modality = m
			}
			if r.Source != nil {
				rel.Claimant, rel.ClaimantID = r.Source.Text, r.Source.EntityID
			}
			for _, id := range []string{r.From, r.To} {
				if byID[id] == nil {
					byID[id] = &Actor{ID: id, Name: id, Type: guessType(id)}
				}
				byID[id].seen(doc)
			}
			g.Relations = append(g.Relations, rel)
		}
	}
	for _, a := range byID {
		g.Actors = append(g.Actors, a)
	}
	sort.Slice(g.Actors, func(i, j int) bool { return g.Actors[i].ID < g.Actors[j].ID })
	return g, nil
}

// seen counts doc for the actor once and widens its dates.
func (a *Actor) seen(doc *Doc) {
	if n := len(a.docs); n > 0 && a.docs[n-1] == doc.ID {
		return
	}
	a.docs = append(a.docs, doc.ID)
	a.Documents++
	if t := doc.Published; !t.IsZero() {
		if a.First.IsZero() || t.Before(a.First) {
			a.First = t
		}
		if t.After(a.Last) {
			a.Last = t
		}
	}
}

// guessType types an actor id that no record names as an entity.
func guessType(id string) string {
	if len(id) == 3 && strings.ToUpper(id) == id {
		return string(hebel.Country)
	}
	if kind, _, ok := strings.Cut(id, ":"); ok {
		switch kind {
		case "person":
			return string(hebel.Person)
		case "org":
			return string(hebel.Organisation)
		case "group":
			return string(hebel.Group)
		case "place":
			return string(hebel.Place)
		}
	}
	return ""
}

// day formats a date as YYYY-MM-DD; "" for the zero time.
func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.DateOnly)
}

// attributesJSON encodes attributes for a string column; "" when none.
func attributesJSON(attrs map[string]any) string {
	if len(attrs) == 0 {
		return ""
	}
	b, err := json.Marshal(attrs)
	if err != nil {
		return ""
	}
	return string(b)
}

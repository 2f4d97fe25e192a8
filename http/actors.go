package http

import (
	nethttp "net/http"
	"net/url"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/record"
)

// Bounds of the actor routes.
const (
	MaxActorDocs      = 50    // latest documents of an actor read for its quotes and claims
	MaxActorRelations = 200   // relations listed on an actor's page
	MaxGraphRelations = 20000 // relations a graph is built from at most
	DefaultGraphNodes = 60    // nodes of a graph when ?max_nodes= is absent
	MaxGraphNodes     = 500   // the largest ?max_nodes=
)

// Actor is one actor across the stored documents.
type Actor struct {
	ID        string `json:"id"`
	Type      string `json:"type"`
	Name      string `json:"name"`
	Wikidata  string `json:"wikidata,omitempty"`
	Documents int    `json:"documents"`
	Mentions  int    `json:"mentions"`
	Quotes    int    `json:"quotes"`
	Claims    int    `json:"claims"`
	Relations int    `json:"relations"`
}

func actorJSON(a *hebel.ActorSummary) Actor {
	return Actor{ID: a.ID, Type: string(a.Type), Name: a.Name, Wikidata: a.Wikidata, Documents: a.Documents,
		Mentions: a.Mentions, Quotes: a.Quotes, Claims: a.Claims, Relations: a.Relations}
}

// ActorList is the answer of GET /api/actors.
type ActorList struct {
	Actors []Actor `json:"actors"`
	Total  int     `json:"total"`
	Offset int     `json:"offset"`
	Limit  int     `json:"limit"`
}

// actorFilter reads ?q=&type=&limit=&offset=.
func actorFilter(q url.Values, defLimit int) (hebel.ActorFilter, error) {
	var f hebel.ActorFilter
	if err := checkParams(q, "q", "type", "limit", "offset"); err != nil {
		return f, err
	}
	var err error
	if f.Name, err = textParam(q.Get("q"), "q"); err != nil {
		return f, err
	}
	typ, err := enumParam(q.Get("type"), "type", entityTypes...)
	if err != nil {
		return f, err
	}
	f.Type = hebel.EntityType(typ)
	if f.Limit, err = intParam(q.Get("limit"), "limit", defLimit, 1, MaxLimit); err != nil {
		return f, err
	}
	if f.Offset, err = intParam(q.Get("offset"), "offset", 0, 0, MaxOffset); err != nil {
		return f, err
	}
	return f, nil
}

// entityTypes are the values of hebel.EntityType.
var entityTypes = []string{string(hebel.Country), string(hebel.Organisation), string(hebel.Person), string(hebel.Place), string(hebel.Group)}

func (s *Server) listActors(w nethttp.ResponseWriter, r *nethttp.Request) error {
	f, err := actorFilter(r.URL.Query(), DefaultLimit)
	if err != nil {
		return err
	}
	if s.ActorStore == nil {
		return notImplemented("actors and relations")
	}
	return s.answer(w, r, func() (any, error) {
		list, total, err := s.ActorStore.FindActors(r.Context(), f)
		if err != nil {
			return nil, err
		}
		out := ActorList{Actors: make([]Actor, 0, len(list)), Total: total, Offset: f.Offset, Limit: f.Limit}
		for _, a := range list {
			out.Actors = append(out.Actors, actorJSON(a))
		}
		return out, nil
	})
}

// ActorDetail is the answer of GET /api/actors/{id}: the actor, the
// latest documents naming it, and from the latest MaxActorDocs of them
// its quotes (by it and about it) and claims (made by it or naming it);
// its relations across all documents.
type ActorDetail struct {
	Actor          Actor                    `json:"actor"`
	Documents      []*hebel.DocumentSummary `json:"documents"`
	DocumentsTotal int                      `json:"documents_total"`
	ScannedDocs    int                      `json:"scanned_documents"` // documents read for quotes and claims
	QuotesBy       []QuoteItem              `json:"quotes_by"`
	QuotesAbout    []QuoteItem              `json:"quotes_about"`
	Claims         []ClaimItem              `json:"claims"`
	Relations      []Relation               `json:"relations"`
	RelationsTotal int                      `json:"relations_total"`
}

// DocRef names the document an item stands in.
type DocRef struct {
	ID        string     `json:"id"`
	Title     string     `json:"title"`
	Published *time.Time `json:"published"`
}

// QuoteItem is a quote of one document; Pos is its index in the record.
type QuoteItem struct {
	Document DocRef       `json:"document"`
	Pos      int          `json:"pos"`
	Quote    record.Quote `json:"quote"`
}

// ClaimItem is a claim of one document; Role says whether the actor made
// it ("claimant") or is named in it ("named").
type ClaimItem struct {
	Document DocRef       `json:"document"`
	Pos      int          `json:"pos"`
	Role     string       `json:"role"`
	Claim    record.Claim `json:"claim"`
}

func (s *Server) showActor(w nethttp.ResponseWriter, r *nethttp.Request) error {
	if err := checkParams(r.URL.Query()); err != nil {
		return err
	}
	id, err := textParam(r.PathValue("id"), "id")
	if err != nil {
		return err
	}
	return s.answer(w, r, func() (any, error) { return s.actorDetail(r, id) })
}

// actorDetail gathers what is known about the actor id.
func (s *Server) actorDetail(r *nethttp.Request, id string) (*ActorDetail, error) {
	id, err := textParam(id, "id")
	if err != nil {
		return nil, err
	}
	if s.ActorStore == nil || s.SearchStore == nil || s.RecordStore == nil {
		return nil, notImplemented("actors and relations")
	}
	ctx := r.Context()
	list, _, err := s.ActorStore.FindActors(ctx, hebel.ActorFilter{ID: id, Limit: 1})
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, hebel.Errorf(hebel.ENOTFOUND, "no actor %s in the stored documents", quoteParam(id))
	}
	d := &ActorDetail{Actor: actorJSON(list[0]), QuotesBy: []QuoteItem{}, QuotesAbout: []QuoteItem{}, Claims: []ClaimItem{}}
	res, err := s.SearchStore.SearchDocuments(ctx, hebel.SearchQuery{Actor: id, Limit: MaxActorDocs})
	if err != nil {
		return nil, err
	}
	d.DocumentsTotal = res.Total
	d.Documents = make([]*hebel.DocumentSummary, 0, len(res.Hits))
	for i := range res.Hits {
		h := &res.Hits[i]
		d.Documents = append(d.Documents, &h.Document)
		rec, err := s.RecordStore.FindRecordByID(ctx, h.Document.ID)
		if err != nil {
			return nil, err
		}
		d.ScannedDocs++
		d.addItems(rec, id)
	}
	rels, total, err := s.ActorStore.FindRelations(ctx, hebel.RelationFilter{Actor: id, Limit: MaxActorRelations})
	if err != nil {
		return nil, err
	}
	d.RelationsTotal = total
	d.Relations = relationsJSON(rels)
	return d, nil
}

// addItems adds the quotes and claims of rec that are by or about the
// actor id.
func (d *ActorDetail) addItems(rec *hebel.Record, id string) {
	pub := record.FromRecord(rec)
	ref := DocRef{ID: rec.Document.ID, Title: rec.Document.Title, Published: optTime(rec.Document.Published)}
	var mentions []hebel.Span
	for _, e := range rec.Entities {
		if e.ID == id {
			for _, m := range e.Mentions {
				mentions = append(mentions, m.Span)
			}
		}
	}
	within := func(sp hebel.Span) bool {
		for _, m := range mentions {
			if m.Start >= sp.Start && m.End <= sp.End {
				return true
			}
		}
		return false
	}
	for i, q := range rec.Quotes {
		switch {
		case q.Speaker != nil && q.Speaker.EntityID == id:
			d.QuotesBy = append(d.QuotesBy, QuoteItem{ref, i, pub.Quotes[i]})
		case within(q.Content):
			d.QuotesAbout = append(d.QuotesAbout, QuoteItem{ref, i, pub.Quotes[i]})
		}
	}
	for i, c := range rec.Claims {
		switch {
		case c.Source != nil && c.Source.EntityID == id:
			d.Claims = append(d.Claims, ClaimItem{ref, i, "claimant", pub.Claims[i]})
		case containsString(c.Entities, id):
			d.Claims = append(d.Claims, ClaimItem{ref, i, "named", pub.Claims[i]})
		}
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Relation is one relation stated in one document.
type Relation struct {
	Document  string         `json:"document"`
	Pos       int            `json:"pos"`
	Published *time.Time     `json:"published"`
	Type      string         `json:"type"`
	From      ActorRef       `json:"from"`
	To        ActorRef       `json:"to"`
	Attrs     map[string]any `json:"attributes"`
	Claimant  *Claimant      `json:"claimant"`
}

// ActorRef names a side of a relation; Name is "" when the document does
// not name the actor as an entity.
type ActorRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
}

// Claimant is the source a relation is attributed to.
type Claimant struct {
	Text   string `json:"text"`
	Entity string `json:"entity,omitempty"`
}

func relationsJSON(rows []*hebel.RelationRow) []Relation {
	out := make([]Relation, 0, len(rows))
	for _, r := range rows {
		rel := Relation{Document: r.DocumentID, Pos: r.Pos, Published: optTime(r.Published), Type: string(r.Type),
			From:  ActorRef{r.From.ID, r.From.Name, string(r.From.Type)},
			To:    ActorRef{r.To.ID, r.To.Name, string(r.To.Type)},
			Attrs: r.Attributes}
		if rel.Attrs == nil {
			rel.Attrs = map[string]any{}
		}
		if r.Claimant != "" || r.ClaimantID != "" {
			rel.Claimant = &Claimant{Text: r.Claimant, Entity: r.ClaimantID}
		}
		out = append(out, rel)
	}
	return out
}

// RelationList is the answer of GET /api/relations.
type RelationList struct {
	Relations []Relation `json:"relations"`
	Total     int        `json:"total"`
	Offset    int        `json:"offset"`
	Limit     int        `json:"limit"`
}

// relationFilter reads ?type=&actor=&from=&to=.
func relationFilter(q url.Values) (hebel.RelationFilter, error) {
	var f hebel.RelationFilter
	var err error
	if f.Type, err = relationTypeParam(q.Get("type")); err != nil {
		return f, err
	}
	if f.Actor, err = textParam(q.Get("actor"), "actor"); err != nil {
		return f, err
	}
	if f.From, err = dateParam(q.Get("from"), "from", false); err != nil {
		return f, err
	}
	if f.To, err = dateParam(q.Get("to"), "to", true); err != nil {
		return f, err
	}
	if !f.From.IsZero() && !f.To.IsZero() && !f.From.Before(f.To) {
		return f, hebel.Errorf(hebel.EINVALID, "from %s is after to %s", q.Get("from"), q.Get("to"))
	}
	return f, nil
}

func (s *Server) listRelations(w nethttp.ResponseWriter, r *nethttp.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, "type", "actor", "from", "to", "limit", "offset"); err != nil {
		return err
	}
	f, err := relationFilter(q)
	if err != nil {
		return err
	}
	if f.Limit, f.Offset, err = pageParams(q); err != nil {
		return err
	}
	if s.ActorStore == nil {
		return notImplemented("actors and relations")
	}
	return s.answer(w, r, func() (any, error) {
		rows, total, err := s.ActorStore.FindRelations(r.Context(), f)
		if err != nil {
			return nil, err
		}
		return RelationList{Relations: relationsJSON(rows), Total: total, Offset: f.Offset, Limit: f.Limit}, nil
	})
}

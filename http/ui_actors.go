package http

import (
	nethttp "net/http"
	"net/url"
	"strconv"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/figure"
)

// The actor page: GET /actors/{id}, what the stored documents say by and
// about one actor.

// actorPagePath is the page of the actor id.
func actorPagePath(id string) string { return "/actors/" + url.PathEscape(id) }

// docPagePath is the page of the document id.
func docPagePath(id string) string { return "/docs/" + url.PathEscape(id) }

// itemPath is the place of a document's item on its page: kind is claim,
// quote, entity or relation, i its index in the record, from 0.
func itemPath(id, kind string, i int) string {
	return docPagePath(id) + "#" + kind + "-" + strconv.Itoa(i)
}

// actorView is what html/actor.html reads.
type actorView struct {
	*ActorDetail
	QuotesBy, QuotesAbout []quoteRow
	Claims                []claimRow
	Relations             []relationRow
	Figures               []figureRow
	Docs                  []docRow
}

type docRow struct{ Href, Title, Published string }

type quoteRow struct {
	Text, Speaker, DocHref, DocTitle, Published string
}

type claimRow struct {
	Value, Counted, Role, Claimant, DocHref, DocTitle, Published string
}

type relationRow struct {
	Type, From, FromHref, To, ToHref, Claimant, DocHref, Published string
}

// GET /actors/{id}
func (s *Server) actorPage(w nethttp.ResponseWriter, r *nethttp.Request) error {
	if err := checkParams(r.URL.Query()); err != nil {
		return err
	}
	d, err := s.actorDetail(r, r.PathValue("id"))
	if err != nil {
		return err
	}
	v := actorView{ActorDetail: d}
	for _, doc := range d.Documents {
		v.Docs = append(v.Docs, docRow{docPagePath(doc.ID), titleOr(doc.Title, doc.ID), refDate(DocRef{Published: doc.Published})})
	}
	for _, q := range d.QuotesBy {
		v.QuotesBy = append(v.QuotesBy, newQuoteRow(q))
	}
	for _, q := range d.QuotesAbout {
		v.QuotesAbout = append(v.QuotesAbout, newQuoteRow(q))
	}
	for _, c := range d.Claims {
		v.Claims = append(v.Claims, newClaimRow(c))
	}
	for _, rel := range d.Relations {
		v.Relations = append(v.Relations, newRelationRow(rel))
	}
	if s.FigureStore != nil {
		res, err := figure.Find(r.Context(), s.FigureStore, hebel.EstimateFilter{Actor: d.Actor.ID})
		if err != nil {
			return err
		}
		for _, f := range res.Figures {
			v.Figures = append(v.Figures, newFigureRow(f))
		}
	}
	return s.renderPage(w, r, "actor", d.Actor.Name, v)
}

func titleOr(title, id string) string {
	if title != "" {
		return title
	}
	return "(untitled " + shortID(id) + ")"
}

func refDate(ref DocRef) string {
	if ref.Published == nil {
		return "undated"
	}
	return dateLabel(*ref.Published)
}

func newQuoteRow(q QuoteItem) quoteRow {
	row := quoteRow{Text: q.Quote.Content, DocHref: itemPath(q.Document.ID, "quote", q.Pos), DocTitle: titleOr(q.Document.Title, q.Document.ID),
		Published: refDate(q.Document)}
	if sp := q.Quote.Speaker; sp != nil {
		row.Speaker = sp.Text
		if sp.Name != "" {
			row.Speaker = sp.Name
		}
	}
	return row
}

func newClaimRow(c ClaimItem) claimRow {
	qt := c.Claim.Quantity
	q := hebel.Quantity{Value: qt.Value, Qualifier: hebel.Qualifier(qt.Qualifier), Low: qt.Low, High: qt.High}
	row := claimRow{Value: hedged(q), Counted: c.Claim.Counted, Role: c.Role, Claimant: "the document's own voice",
		DocHref: itemPath(c.Document.ID, "claim", c.Pos), DocTitle: titleOr(c.Document.Title, c.Document.ID), Published: refDate(c.Document)}
	if qt.Unit != nil && *qt.Unit != "" {
		row.Value += " " + *qt.Unit
	}
	if sp := c.Claim.Source; sp != nil {
		row.Claimant = sp.Text
		if sp.Name != "" {
			row.Claimant = sp.Name
		}
	}
	return row
}

func newRelationRow(rel Relation) relationRow {
	row := relationRow{Type: rel.Type, From: nameOr(rel.From), FromHref: actorPagePath(rel.From.ID),
		To: nameOr(rel.To), ToHref: actorPagePath(rel.To.ID), DocHref: itemPath(rel.Document, "relation", rel.Pos), Published: "undated"}
	if rel.Published != nil {
		row.Published = dateLabel(*rel.Published)
	}
	if rel.Claimant != nil {
		row.Claimant = rel.Claimant.Text
	}
	return row
}

func nameOr(a ActorRef) string {
	if a.Name != "" {
		return a.Name
	}
	return a.ID
}

// actorListView is what html/actors.html reads.
type actorListView struct {
	Q, Type    string
	Types      []string
	Actors     []Actor
	Total      int
	Prev, Next string
}

// GET /actors?q=&type=&limit=&offset=: the actors of the stored documents, most
// named first, each linking to its page.
func (s *Server) actorsPage(w nethttp.ResponseWriter, r *nethttp.Request) error {
	q := r.URL.Query()
	f, err := actorFilter(q, DefaultLimit)
	if err != nil {
		return err
	}
	if s.ActorStore == nil {
		return notImplemented("actors and relations")
	}
	list, total, err := s.ActorStore.FindActors(r.Context(), f)
	if err != nil {
		return err
	}
	v := actorListView{Q: f.Name, Type: string(f.Type), Types: entityTypes, Total: total}
	for _, a := range list {
		v.Actors = append(v.Actors, actorJSON(a))
	}
	if f.Offset > 0 {
		v.Prev = withQuery("/actors", q, "offset", max(f.Offset-f.Limit, 0))
	}
	if f.Offset+len(list) < total {
		v.Next = withQuery("/actors", q, "offset", f.Offset+len(list))
	}
	return s.renderPage(w, r, "actors", "Actors", v)
}

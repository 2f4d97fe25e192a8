package http

import (
	nethttp "net/http"
	"net/url"

	"github.com/hebel-project/hebel"
)

// Paging of the UI's document list.
const (
	DefaultPageSize = 25  // documents on one page of the list
	MaxPageSize     = 200 // the largest ?limit= of a page
)

// docListView is what html/docs.html reads.
type docListView struct {
	Query      url.Values // the request's query, for links that change one parameter
	Lang       string
	Actor      string
	From, To   string
	Docs       []*hebel.DocumentSummary
	Total      int
	Offset     int
	Limit      int
	Facets     *hebel.SearchFacets // nil without a search store
	ActorLabel string              // the filtered actor's name, when known
}

// Prev and Next are the offsets of the neighbouring pages, -1 when there
// is none.
func (v docListView) Prev() int {
	if v.Offset == 0 {
		return -1
	}
	return max(0, v.Offset-v.Limit)
}

func (v docListView) Next() int {
	if v.Offset+v.Limit >= v.Total {
		return -1
	}
	return v.Offset + v.Limit
}

// Filtered reports whether any filter is set.
func (v docListView) Filtered() bool {
	return v.Lang != "" || v.Actor != "" || v.From != "" || v.To != ""
}

// docsPage answers GET /: the stored documents, newest first, one page at
// a time, filtered by ?lang=, ?actor=, ?type= and ?from=/?to=.
func (s *Server) docsPage(w nethttp.ResponseWriter, r *nethttp.Request) error {
	q := r.URL.Query()
	f, err := docListParams(q)
	if err != nil {
		return err
	}
	v := docListView{Query: q, Lang: f.lang, Actor: f.actor, From: q.Get("from"), To: q.Get("to")}
	if v.Limit, err = intParam(q.Get("limit"), "limit", DefaultPageSize, 1, MaxPageSize); err != nil {
		return err
	}
	if v.Offset, err = intParam(q.Get("offset"), "offset", 0, 0, MaxOffset); err != nil {
		return err
	}
	if err := s.fillDocList(r, f, &v); err != nil {
		return err
	}
	return s.renderPage(w, r, "docs", "Documents", v)
}

// fillDocList finds the page of documents v asks for: with the search
// store, which also counts the facets the filters offer; else from the
// record store, which filters by language only.
func (s *Server) fillDocList(r *nethttp.Request, f docFilter, v *docListView) error {
	if s.SearchStore == nil {
		docs, total, err := s.findDocuments(r, f, v.Limit, v.Offset)
		if err != nil {
			return err
		}
		v.Docs, v.Total = docs, total
		return nil
	}
	res, err := s.SearchStore.SearchDocuments(r.Context(), hebel.SearchQuery{
		Lang: f.lang, Actor: f.actor, Type: hebel.RelationType(f.typ), From: f.from, To: f.to, Limit: v.Limit, Offset: v.Offset})
	if err != nil {
		return err
	}
	v.Total, v.Facets = res.Total, &res.Facets
	for i := range res.Hits {
		v.Docs = append(v.Docs, &res.Hits[i].Document)
	}
	for _, a := range res.Facets.Actors {
		if a.Value == f.actor {
			v.ActorLabel = a.Label
		}
	}
	return nil
}

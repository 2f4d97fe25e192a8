package http

import (
	nethttp "net/http"
	"net/url"
	"time"

	"github.com/hebel-project/hebel"
)

// SearchAnswer is the answer of GET /api/search.
type SearchAnswer struct {
	Query  string      `json:"query"`
	Hits   []SearchHit `json:"hits"`
	Total  int         `json:"total"`
	Offset int         `json:"offset"`
	Limit  int         `json:"limit"`
	Facets Facets      `json:"facets"`
}

// SearchHit is one matching document with a snippet; Highlights are rune
// offsets into Snippet.
type SearchHit struct {
	Document   *hebel.DocumentSummary `json:"document"`
	Published  *time.Time             `json:"published"`
	Snippet    string                 `json:"snippet"`
	Highlights []RuneSpan             `json:"highlights"`
}

// RuneSpan is a range [Start, End) of runes.
type RuneSpan struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Facets count all matches by actor, language, relation type and month.
type Facets struct {
	Actors []Facet `json:"actors"`
	Langs  []Facet `json:"langs"`
	Types  []Facet `json:"types"`
	Months []Facet `json:"months"`
}

// Facet is one facet value with its count; Value is what the filter
// parameter takes ("" for undated documents in months).
type Facet struct {
	Value string `json:"value"`
	Label string `json:"label"`
	Count int    `json:"count"`
}

// searchQuery reads the search parameters q, stem, actor, lang, type,
// from, to, limit, offset.
func searchQuery(q url.Values, defLimit int) (hebel.SearchQuery, error) {
	var sq hebel.SearchQuery
	if err := checkParams(q, "q", "stem", "actor", "lang", "type", "from", "to", "limit", "offset"); err != nil {
		return sq, err
	}
	var err error
	if sq.Text, err = textParam(q.Get("q"), "q"); err != nil {
		return sq, err
	}
	if sq.Stem, err = boolParam(q.Get("stem"), "stem"); err != nil {
		return sq, err
	}
	f, err := docFilterParams(q)
	if err != nil {
		return sq, err
	}
	sq.Lang, sq.Actor, sq.Type, sq.From, sq.To = f.lang, f.actor, f.typ, f.from, f.to
	if sq.Limit, err = intParam(q.Get("limit"), "limit", defLimit, 1, MaxLimit); err != nil {
		return sq, err
	}
	if sq.Offset, err = intParam(q.Get("offset"), "offset", 0, 0, MaxOffset); err != nil {
		return sq, err
	}
	return sq, nil
}

func (s *Server) search(w nethttp.ResponseWriter, r *nethttp.Request) error {
	sq, err := searchQuery(r.URL.Query(), DefaultLimit)
	if err != nil {
		return err
	}
	return s.answer(w, r, func() (any, error) {
		res, err := s.runSearch(r, sq)
		if err != nil {
			return nil, err
		}
		return searchAnswer(sq, res), nil
	})
}

func (s *Server) runSearch(r *nethttp.Request, sq hebel.SearchQuery) (*hebel.SearchResult, error) {
	if s.SearchStore == nil {
		return nil, notImplemented("search")
	}
	return s.SearchStore.SearchDocuments(r.Context(), sq)
}

// searchAnswer converts a result to its JSON form.
func searchAnswer(sq hebel.SearchQuery, res *hebel.SearchResult) SearchAnswer {
	out := SearchAnswer{Query: sq.Text, Hits: make([]SearchHit, 0, len(res.Hits)), Total: res.Total,
		Offset: sq.Offset, Limit: sq.Limit, Facets: Facets{
			Actors: facets(res.Facets.Actors), Langs: facets(res.Facets.Langs),
			Types: facets(res.Facets.Types), Months: facets(res.Facets.Months)}}
	for i := range res.Hits {
		h := &res.Hits[i]
		x := hebel.NewRuneIndex(h.Snippet)
		hl := make([]RuneSpan, 0, len(h.Highlights))
		for _, sp := range h.Highlights {
			hl = append(hl, RuneSpan{x.Rune(sp.Start), x.Rune(sp.End)})
		}
		out.Hits = append(out.Hits, SearchHit{Document: &h.Document, Published: optTime(h.Published), Snippet: h.Snippet, Highlights: hl})
	}
	return out
}

func facets(fs []hebel.Facet) []Facet {
	out := make([]Facet, 0, len(fs))
	for _, f := range fs {
		out = append(out, Facet{f.Value, f.Label, f.Count})
	}
	return out
}

// optTime returns nil for the zero time (unknown), else t in UTC.
func optTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	t = t.UTC()
	return &t
}

package http

import (
	"html"
	"html/template"
	nethttp "net/http"
	"net/url"
	"sort"
	"strings"

	"github.com/hebel-project/hebel"
)

// SearchPageSize is how many results one page of the search shows.
const SearchPageSize = 20

// searchView is what html/search.html reads.
type searchView struct {
	Query  url.Values // the request's query, for facet and page links
	Q      hebel.SearchQuery
	Result *hebel.SearchResult
	Hits   []searchRow
	Facets []facetGroup
}

// searchRow is one result: the document and its snippet, the matched
// words marked.
type searchRow struct {
	Doc     *hebel.DocumentSummary
	Snippet template.HTML
}

// facetGroup is one facet's values as links that set (or, when set,
// clear) its filter.
type facetGroup struct {
	Label string
	Links []facetLink
}

type facetLink struct {
	Label    string
	Count    int
	URL      string // "" for a value that cannot be filtered on (undated)
	Selected bool
}

// Prev and Next are the offsets of the neighbouring pages, -1 for none.
func (v searchView) Prev() int {
	if v.Q.Offset == 0 {
		return -1
	}
	return max(0, v.Q.Offset-v.Q.Limit)
}

func (v searchView) Next() int {
	if v.Q.Offset+v.Q.Limit >= v.Result.Total {
		return -1
	}
	return v.Q.Offset + v.Q.Limit
}

// searchPage answers GET /search: full text over the stored documents
// with the API's parameters, facets as links, results linking to the
// reader.
func (s *Server) searchPage(w nethttp.ResponseWriter, r *nethttp.Request) error {
	q := r.URL.Query()
	sq, err := searchQuery(q, SearchPageSize)
	if err != nil {
		return err
	}
	res, err := s.runSearch(r, sq)
	if err != nil {
		return err
	}
	v := searchView{Query: q, Q: sq, Result: res}
	for i := range res.Hits {
		h := &res.Hits[i]
		v.Hits = append(v.Hits, searchRow{Doc: &h.Document, Snippet: markHits(h.Snippet, h.Highlights)})
	}
	v.Facets = []facetGroup{
		facetLinks("Actor", q, "actor", res.Facets.Actors),
		facetLinks("Language", q, "lang", res.Facets.Langs),
		facetLinks("Relation type", q, "type", res.Facets.Types),
		monthLinks(q, res.Facets.Months),
	}
	title := "Search"
	if sq.Text != "" {
		title = "Search: " + sq.Text
	}
	return s.renderPage(w, r, "search", title, v)
}

// facetLinks makes the links of one facet: each sets param to its value
// on the first page, or clears it when it is the current value.
func facetLinks(label string, q url.Values, param string, fs []hebel.Facet) facetGroup {
	g := facetGroup{Label: label}
	for _, f := range fs {
		l := facetLink{Label: f.Label, Count: f.Count, Selected: q.Get(param) == f.Value}
		if l.Label == "" {
			l.Label = f.Value
		}
		value := f.Value
		if l.Selected {
			value = ""
		}
		l.URL = withQuery("/search", q, param, value, "offset", "")
		g.Links = append(g.Links, l)
	}
	return g
}

// monthLinks makes the month facet: each month sets from and to to it;
// undated documents are counted but cannot be chosen (a date filter
// leaves them out).
func monthLinks(q url.Values, fs []hebel.Facet) facetGroup {
	g := facetGroup{Label: "Month published"}
	for _, f := range fs {
		if f.Value == "" {
			g.Links = append(g.Links, facetLink{Label: hebel.Undated, Count: f.Count})
			continue
		}
		sel := q.Get("from") == f.Value && q.Get("to") == f.Value
		value := f.Value
		if sel {
			value = ""
		}
		g.Links = append(g.Links, facetLink{Label: f.Value, Count: f.Count, Selected: sel,
			URL: withQuery("/search", q, "from", value, "to", value, "offset", "")})
	}
	return g
}

// markHits escapes a snippet and marks the matched words at hl (byte
// offsets into it); overlapping or invalid ranges are skipped.
func markHits(snippet string, hl []hebel.Span) template.HTML {
	hl = append([]hebel.Span(nil), hl...)
	sort.Slice(hl, func(i, j int) bool { return hl[i].Start < hl[j].Start })
	var b strings.Builder
	at := 0
	for _, sp := range hl {
		if sp.Start < at || sp.End <= sp.Start || sp.End > len(snippet) || !runeStart(snippet, sp.Start) || !runeStart(snippet, sp.End) {
			continue
		}
		b.WriteString(html.EscapeString(snippet[at:sp.Start]))
		b.WriteString(`<mark class="hit">`)
		b.WriteString(html.EscapeString(snippet[sp.Start:sp.End]))
		b.WriteString(`</mark>`)
		at = sp.End
	}
	b.WriteString(html.EscapeString(snippet[at:]))
	return template.HTML(b.String())
}

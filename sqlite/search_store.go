package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/hebel-project/hebel"
)

var _ hebel.SearchStore = (*RecordStore)(nil)

// Snippets: FTS5 marks matched words with these bytes, which do not occur
// in stored text (the reader drops control characters), and the result
// turns them into Highlights.
const (
	markOpen     = "\x01"
	markClose    = "\x02"
	snippetWords = 24  // tokens in a snippet around a match
	leadChars    = 240 // runes of the text start shown without a query
)

// SearchDocuments finds documents with FTS5, as hebel.SearchStore says.
func (s *RecordStore) SearchDocuments(ctx context.Context, q hebel.SearchQuery) (*hebel.SearchResult, error) {
	const op = "searching documents"
	if q.Offset < 0 || q.Limit < 0 {
		return nil, &hebel.Error{Code: hebel.EINVALID, Op: op,
			Message: fmt.Sprintf("negative offset %d or limit %d", q.Offset, q.Limit)}
	}
	if q.Stem {
		return nil, &hebel.Error{Code: hebel.EUNSUPPORTED, Op: op,
			Message: "stemmed search needs the PostgreSQL store (SQLite's full-text index has no German or English stemmer); search exact words, or word prefixes with *"}
	}
	match := ""
	if strings.TrimSpace(q.Text) != "" {
		if match = ftsQuery(q.Text); match == "" {
			return &hebel.SearchResult{}, nil
		}
	}
	where, args := searchWhere(q, match, false)
	res := &hebel.SearchResult{}
	if err := s.db.db.QueryRowContext(ctx, `SELECT count(*) FROM documents d `+where, args...).Scan(&res.Total); err != nil {
		return nil, fmt.Errorf("%s: counting: %w", op, err)
	}
	if res.Total == 0 {
		return res, nil
	}
	hits, err := s.searchPage(ctx, q, match)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	res.Hits = hits
	if res.Facets, err = s.facets(ctx, where, args); err != nil {
		return nil, fmt.Errorf("%s: facets: %w", op, err)
	}
	return res, nil
}

// searchWhere returns the WHERE clause on documents d of q's filters and
// the FTS5 query match, and its arguments. With joined, the query joins
// documents_fts itself and matches it directly.
func searchWhere(q hebel.SearchQuery, match string, joined bool) (string, []any) {
	var conds []string
	var args []any
	switch {
	case match != "" && joined:
		conds, args = append(conds, `documents_fts MATCH ?`), append(args, match)
	case match != "":
		conds = append(conds, `d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)`)
		args = append(args, match)
	}
	if q.Lang != "" {
		conds, args = append(conds, `d.lang = ?`), append(args, q.Lang)
	}
	if q.Actor != "" {
		conds = append(conds, `EXISTS (SELECT 1 FROM entities e WHERE e.doc_id = d.id AND e.entity_id = ?)`)
		args = append(args, q.Actor)
	}
	if q.Type != "" {
		conds = append(conds, `EXISTS (SELECT 1 FROM relations r WHERE r.doc_id = d.id AND r.type = ?)`)
		args = append(args, q.Type)
	}
	c, a := publishedConds("d.published", q.From, q.To)
	conds, args = append(conds, c...), append(args, a...)
	if len(conds) == 0 {
		return "", nil
	}
	return "WHERE " + strings.Join(conds, " AND "), args
}

// publishedConds bounds a published column to [from, to); a bound
// excludes NULL (undated).
func publishedConds(col string, from, to time.Time) ([]string, []any) {
	var conds []string
	var args []any
	if !from.IsZero() {
		conds, args = append(conds, col+` >= ?`), append(args, formatTime(from.UTC()))
	}
	if !to.IsZero() {
		conds, args = append(conds, col+` < ?`), append(args, formatTime(to.UTC()))
	}
	return conds, args
}

// searchPage returns one page of hits: by rank with snippets around the
// match when there is a query, else newest first with the text's start.
func (s *RecordStore) searchPage(ctx context.Context, q hebel.SearchQuery, match string) ([]hebel.SearchHit, error) {
	where, args := searchWhere(q, match, match != "")
	limit := q.Limit
	if limit == 0 {
		limit = -1
	}
	cols := `d.id, d.title, d.lang, d.source, d.chars, d.n_entities, d.n_claims, d.n_quotes, d.n_relations, d.n_problems,
		d.ingested_at, d.published`
	var query string
	var qargs []any
	if match != "" {
		// The page query joins the index itself: snippet() and bm25()
		// need the MATCH in their own query. Titles weigh more than text.
		query = `SELECT ` + cols + `, snippet(documents_fts, -1, '` + markOpen + `', '` + markClose + `', '…', ` + fmt.Sprint(snippetWords) + `)
			FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
			` + where + `
			ORDER BY bm25(documents_fts, 4.0, 1.0), d.ingested_at DESC, d.rowid DESC
			LIMIT ? OFFSET ?`
	} else {
		query = `SELECT ` + cols + `, substr(d.text, 1, ` + fmt.Sprint(leadChars) + `)
			FROM documents d ` + where + `
			ORDER BY d.ingested_at DESC, d.rowid DESC
			LIMIT ? OFFSET ?`
	}
	qargs = append(append(qargs, args...), limit, q.Offset)
	rows, err := s.db.db.QueryContext(ctx, query, qargs...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hits []hebel.SearchHit
	for rows.Next() {
		var (
			h                 hebel.SearchHit
			d                 = &h.Document
			ingested, snippet string
			published         sql.NullString
		)
		if err := rows.Scan(&d.ID, &d.Title, &d.Lang, &d.Source, &d.Chars, &d.Entities, &d.Claims, &d.Quotes,
			&d.Relations, &d.Problems, &ingested, &published, &snippet); err != nil {
			return nil, err
		}
		if d.Ingested, err = parseTime(ingested); err != nil {
			return nil, err
		}
		if published.Valid {
			if h.Published, err = parseTime(published.String); err != nil {
				return nil, err
			}
		}
		h.Snippet, h.Highlights = parseSnippet(snippet)
		if match == "" && d.Chars > leadChars {
			h.Snippet += "…"
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// parseSnippet removes the match marks from an FTS5 snippet and returns
// where they stood, as byte spans of the cleaned text.
func parseSnippet(s string) (string, []hebel.Span) {
	var b strings.Builder
	var spans []hebel.Span
	open := -1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case markOpen[0]:
			open = b.Len()
		case markClose[0]:
			if open >= 0 && b.Len() > open {
				spans = append(spans, hebel.Span{Start: open, End: b.Len()})
			}
			open = -1
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String(), spans
}

// facets counts the documents matching where by actor, language,
// relation type and month.
func (s *RecordStore) facets(ctx context.Context, where string, args []any) (hebel.SearchFacets, error) {
	var f hebel.SearchFacets
	matching := `SELECT d.id FROM documents d ` + where
	var err error
	if f.Actors, err = s.facetRows(ctx, `
		SELECT e.entity_id, max(e.name), count(DISTINCT e.doc_id) AS n FROM entities e
		WHERE e.doc_id IN (`+matching+`) GROUP BY e.entity_id ORDER BY n DESC, e.entity_id LIMIT ?`,
		append(append([]any{}, args...), hebel.MaxFacetValues)); err != nil {
		return f, err
	}
	if f.Langs, err = s.facetRows(ctx, `
		SELECT d.lang, d.lang, count(*) AS n FROM documents d `+where+` GROUP BY d.lang ORDER BY n DESC, d.lang LIMIT ?`,
		append(append([]any{}, args...), hebel.MaxFacetValues)); err != nil {
		return f, err
	}
	if f.Types, err = s.facetRows(ctx, `
		SELECT r.type, r.type, count(DISTINCT r.doc_id) AS n FROM relations r
		WHERE r.doc_id IN (`+matching+`) GROUP BY r.type ORDER BY n DESC, r.type LIMIT ?`,
		append(append([]any{}, args...), hebel.MaxFacetValues)); err != nil {
		return f, err
	}
	if f.Months, err = s.facetRows(ctx, `
		SELECT coalesce(substr(d.published, 1, 7), ''), coalesce(substr(d.published, 1, 7), ''), count(*) FROM documents d `+where+`
		GROUP BY 1 ORDER BY (d.published IS NULL), 1 DESC LIMIT ?`,
		append(append([]any{}, args...), hebel.MaxFacetValues)); err != nil {
		return f, err
	}
	return f, nil
}

// facetRows reads rows of (value, label, count).
func (s *RecordStore) facetRows(ctx context.Context, query string, args []any) ([]hebel.Facet, error) {
	rows, err := s.db.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []hebel.Facet
	for rows.Next() {
		var f hebel.Facet
		if err := rows.Scan(&f.Value, &f.Label, &f.Count); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// ftsQuery turns what a person typed into an FTS5 query that uses none of
// FTS5's operators: every word, and every "quoted phrase", becomes an
// FTS5 string, all of which must match; a word ending in * matches as a
// prefix. It returns "" when the text holds no letter or digit.
func ftsQuery(text string) string {
	var terms []string
	add := func(t string, prefix bool) {
		if !strings.ContainsFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			return
		}
		term := `"` + strings.ReplaceAll(t, `"`, `""`) + `"`
		if prefix {
			term += "*"
		}
		terms = append(terms, term)
	}
	for len(text) > 0 {
		text = strings.TrimLeftFunc(text, unicode.IsSpace)
		if text == "" {
			break
		}
		if text[0] == '"' {
			phrase, rest, _ := strings.Cut(text[1:], `"`)
			add(phrase, false)
			text = rest
			continue
		}
		end := strings.IndexFunc(text, unicode.IsSpace)
		if end < 0 {
			end = len(text)
		}
		word := text[:end]
		text = text[end:]
		prefix := strings.HasSuffix(word, "*")
		add(strings.TrimRight(word, "*"), prefix)
	}
	return strings.Join(terms, " ")
}

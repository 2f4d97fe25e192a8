package postgres

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/jackc/pgx/v5"

	"github.com/hebel-project/hebel"
)

var _ hebel.SearchStore = (*RecordStore)(nil)

// Snippets: ts_headline marks matched words with these bytes, which do
// not occur in stored text (the reader drops control characters), and
// the result turns them into Highlights.
const (
	markOpen     = "\x01"
	markClose    = "\x02"
	snippetWords = 24  // words in a snippet around a match
	leadChars    = 240 // runes of the text start shown without a query
	headlineText = 100000
)

// term is one thing to match: a word or a "quoted phrase", a prefix when
// it ended in *.
type term struct {
	text   string
	prefix bool
}

// searchTerms splits what a person typed into terms, reading none of the
// engine's operators: every word and every "quoted phrase" must match.
// Terms without a letter or digit are dropped.
func searchTerms(text string) []term {
	var terms []term
	add := func(t string, prefix bool) {
		if strings.ContainsFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			terms = append(terms, term{t, prefix})
		}
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
		add(strings.TrimRight(word, "*"), strings.HasSuffix(word, "*"))
	}
	return terms
}

// tsquery returns the SQL of a tsquery in text search configuration cfg
// that needs every term, with the terms as arguments numbered from first:
// each goes through phraseto_tsquery, which reads no operators; a prefix
// term has its last word marked as a prefix.
func tsquery(cfg string, terms []term, first int) (string, []any) {
	var parts []string
	var args []any
	for i, t := range terms {
		q := fmt.Sprintf("phraseto_tsquery('%s', $%d)", cfg, first+i)
		if t.prefix {
			// The text form of a phrase query ends in its last lexeme,
			// quoted; ":*" makes it a prefix.
			q = fmt.Sprintf("to_tsquery('%s', %s::text || ':*')", cfg, q)
		}
		parts = append(parts, q)
		args = append(args, t.text)
	}
	return "(" + strings.Join(parts, " && ") + ")", args
}

// stemConfigs maps document languages to their stemmed text search
// configurations (migration 0005); other languages use wordsConfig.
var stemConfigs = []struct{ lang, cfg string }{{"de", "hebel_de"}, {"en", "hebel_en"}}

// wordsConfig is the configuration of exact-word search (migration 0004).
const wordsConfig = "hebel_words"

// match is how a search meets the index: the column, the condition on
// documents d, the tsquery for ranking and snippets (per row: a CASE over
// the document's language when stemming), and the configuration of
// ts_headline.
type match struct {
	column, cond, query, config string
}

// textMatch returns the match of terms, their arguments numbered from
// first. Stemmed search queries each language's column rows with the
// query stemmed in that language, as an OR of conditions the GIN index
// answers.
func textMatch(terms []term, first int, stem bool) (match, []any) {
	if !stem {
		q, args := tsquery(wordsConfig, terms, first)
		return match{column: "d.words", cond: "d.words @@ " + q, query: q, config: "'" + wordsConfig + "'"}, args
	}
	var conds, queryCase, configCase, others []string
	var args []any
	for _, sc := range stemConfigs {
		q, a := tsquery(sc.cfg, terms, first)
		args = a // the same terms: every configuration reads the same arguments
		conds = append(conds, fmt.Sprintf("(d.lang = '%s' AND d.stems @@ %s)", sc.lang, q))
		queryCase = append(queryCase, fmt.Sprintf("WHEN '%s' THEN %s", sc.lang, q))
		configCase = append(configCase, fmt.Sprintf("WHEN '%s' THEN '%s'::regconfig", sc.lang, sc.cfg))
		others = append(others, fmt.Sprintf("d.lang <> '%s'", sc.lang))
	}
	q, _ := tsquery(wordsConfig, terms, first)
	conds = append(conds, fmt.Sprintf("(%s AND d.stems @@ %s)", strings.Join(others, " AND "), q))
	return match{
		column: "d.stems",
		cond:   "(" + strings.Join(conds, " OR ") + ")",
		query:  "(CASE d.lang " + strings.Join(queryCase, " ") + " ELSE " + q + " END)",
		config: "(CASE d.lang " + strings.Join(configCase, " ") + " ELSE '" + wordsConfig + "'::regconfig END)",
	}, args
}

// SearchDocuments finds documents with PostgreSQL's text search, as
// hebel.SearchStore says: GIN indexes over title and text (exact words,
// or with q.Stem words stemmed in the document's language), ranked with
// ts_rank_cd (titles weigh more), snippets from ts_headline.
func (s *RecordStore) SearchDocuments(ctx context.Context, q hebel.SearchQuery) (*hebel.SearchResult, error) {
	const op = "searching documents"
	if q.Offset < 0 || q.Limit < 0 {
		return nil, &hebel.Error{Code: hebel.EINVALID, Op: op,
			Message: fmt.Sprintf("negative offset %d or limit %d", q.Offset, q.Limit)}
	}
	var terms []term
	if strings.TrimSpace(q.Text) != "" {
		if terms = searchTerms(q.Text); len(terms) == 0 {
			return &hebel.SearchResult{}, nil
		}
	}
	res := &hebel.SearchResult{}
	err := pgx.BeginTxFunc(ctx, s.db.pool, pgx.TxOptions{AccessMode: pgx.ReadOnly, IsoLevel: pgx.RepeatableRead}, func(tx pgx.Tx) error {
		where, args, m := searchWhere(q, terms)
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM documents d `+where, args...).Scan(&res.Total); err != nil {
			return fmt.Errorf("counting: %w", err)
		}
		if res.Total == 0 {
			return nil
		}
		hits, err := searchPage(ctx, tx, q, where, args, m)
		if err != nil {
			return err
		}
		res.Hits = hits
		if res.Facets, err = facets(ctx, tx, where, args); err != nil {
			return fmt.Errorf("facets: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, wrapError(op, "", err)
	}
	return res, nil
}

// searchWhere returns the WHERE clause on documents d of q's filters and
// terms, its arguments, and the SQL of the tsquery ("" without terms).
func searchWhere(q hebel.SearchQuery, terms []term) (where string, args []any, m match) {
	var conds []string
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	if len(terms) > 0 {
		var targs []any
		m, targs = textMatch(terms, len(args)+1, q.Stem)
		args = append(args, targs...)
		conds = append(conds, m.cond)
	}
	if q.Lang != "" {
		conds = append(conds, `d.lang = `+arg(q.Lang))
	}
	if q.Actor != "" {
		conds = append(conds, `EXISTS (SELECT 1 FROM entities e WHERE e.doc_id = d.id AND e.entity_id = `+arg(q.Actor)+`)`)
	}
	if q.Type != "" {
		conds = append(conds, `EXISTS (SELECT 1 FROM relations r WHERE r.doc_id = d.id AND r.type = `+arg(q.Type)+`)`)
	}
	if !q.From.IsZero() {
		conds = append(conds, `d.published >= `+arg(q.From.UTC()))
	}
	if !q.To.IsZero() {
		conds = append(conds, `d.published < `+arg(q.To.UTC()))
	}
	if len(conds) == 0 {
		return "", args, m
	}
	return "WHERE " + strings.Join(conds, " AND "), args, m
}

// searchPage returns one page of hits: by rank with snippets around the
// match when there is a query, else newest first with the text's start.
func searchPage(ctx context.Context, tx pgx.Tx, q hebel.SearchQuery, where string, args []any, m match) ([]hebel.SearchHit, error) {
	var limit any // NULL: no limit
	if q.Limit > 0 {
		limit = q.Limit
	}
	n := len(args)
	cols := `d.id, d.title, d.lang, d.source, d.chars, d.n_entities, d.n_claims, d.n_quotes, d.n_relations, d.n_problems,
		d.ingested_at, d.published`
	var sql string
	if m.query != "" {
		opts := fmt.Sprintf("StartSel=%s, StopSel=%s, MaxWords=%d, MinWords=%d, ShortWord=0, MaxFragments=1, FragmentDelimiter=…",
			markOpen, markClose, snippetWords, snippetWords/2)
		// ts_headline reads the whole text it is given: bound it.
		sql = `SELECT ` + cols + `, ts_headline(` + m.config + `, left(d.text, ` + fmt.Sprint(headlineText) + `), ` + m.query + `, '` + opts + `')
			FROM documents d ` + where + `
			ORDER BY ts_rank_cd(` + m.column + `, ` + m.query + `) DESC, d.ingested_at DESC, d.seq DESC
			LIMIT $` + fmt.Sprint(n+1) + ` OFFSET $` + fmt.Sprint(n+2)
	} else {
		sql = `SELECT ` + cols + `, left(d.text, ` + fmt.Sprint(leadChars) + `)
			FROM documents d ` + where + `
			ORDER BY d.ingested_at DESC, d.seq DESC
			LIMIT $` + fmt.Sprint(n+1) + ` OFFSET $` + fmt.Sprint(n+2)
	}
	rows, err := tx.Query(ctx, sql, append(append([]any{}, args...), limit, q.Offset)...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (hebel.SearchHit, error) {
		var (
			h         hebel.SearchHit
			d         = &h.Document
			published *time.Time
			snippet   string
		)
		if err := row.Scan(&d.ID, &d.Title, &d.Lang, &d.Source, &d.Chars, &d.Entities, &d.Claims, &d.Quotes,
			&d.Relations, &d.Problems, &d.Ingested, &published, &snippet); err != nil {
			return h, err
		}
		d.Ingested = d.Ingested.UTC()
		if published != nil {
			h.Published = published.UTC()
		}
		h.Snippet, h.Highlights = parseSnippet(snippet)
		if m.query == "" && d.Chars > leadChars {
			h.Snippet += "…"
		}
		return h, nil
	})
}

// parseSnippet removes the match marks from a headline and returns where
// they stood, as byte spans of the cleaned text.
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
// relation type and month of publication (UTC).
func facets(ctx context.Context, tx pgx.Tx, where string, args []any) (hebel.SearchFacets, error) {
	var f hebel.SearchFacets
	n := len(args)
	limit := fmt.Sprintf("LIMIT $%d", n+1)
	fargs := append(append([]any{}, args...), hebel.MaxFacetValues)
	matching := `SELECT d.id FROM documents d ` + where
	var err error
	if f.Actors, err = facetRows(ctx, tx, `
		SELECT e.entity_id, max(e.name), count(DISTINCT e.doc_id) AS n FROM entities e
		WHERE e.doc_id IN (`+matching+`) GROUP BY e.entity_id ORDER BY n DESC, e.entity_id `+limit, fargs); err != nil {
		return f, err
	}
	if f.Langs, err = facetRows(ctx, tx, `
		SELECT d.lang, d.lang, count(*) AS n FROM documents d `+where+` GROUP BY d.lang ORDER BY n DESC, d.lang `+limit, fargs); err != nil {
		return f, err
	}
	if f.Types, err = facetRows(ctx, tx, `
		SELECT r.type, r.type, count(DISTINCT r.doc_id) AS n FROM relations r
		WHERE r.doc_id IN (`+matching+`) GROUP BY r.type ORDER BY n DESC, r.type `+limit, fargs); err != nil {
		return f, err
	}
	month := `coalesce(to_char(d.published AT TIME ZONE 'UTC', 'YYYY-MM'), '')`
	if f.Months, err = facetRows(ctx, tx, `
		SELECT `+month+` AS m, `+month+`, count(*) FROM documents d `+where+`
		GROUP BY 1 ORDER BY (min(d.published) IS NULL), 1 DESC `+limit, fargs); err != nil {
		return f, err
	}
	return f, nil
}

// facetRows reads rows of (value, label, count).
func facetRows(ctx context.Context, tx pgx.Tx, query string, args []any) ([]hebel.Facet, error) {
	rows, err := tx.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (hebel.Facet, error) {
		var f hebel.Facet
		err := row.Scan(&f.Value, &f.Label, &f.Count)
		return f, err
	})
	if len(out) == 0 {
		out = nil
	}
	return out, err
}

package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/hebel-project/hebel"
)

var _ hebel.ActorStore = (*RecordStore)(nil)

// FindActors lists actors across documents, as hebel.ActorStore says.
func (s *RecordStore) FindActors(ctx context.Context, f hebel.ActorFilter) ([]*hebel.ActorSummary, int, error) {
	const op = "listing actors"
	if f.Offset < 0 || f.Limit < 0 {
		return nil, 0, &hebel.Error{Code: hebel.EINVALID, Op: op,
			Message: fmt.Sprintf("negative offset %d or limit %d", f.Offset, f.Limit)}
	}
	var conds []string
	var args []any
	if f.ID != "" {
		conds, args = append(conds, `e.entity_id = ?`), append(args, f.ID)
	}
	if f.Type != "" {
		conds, args = append(conds, `e.type = ?`), append(args, string(f.Type))
	}
	if f.Name != "" {
		conds = append(conds, `(e.name LIKE ? ESCAPE '\' OR e.entity_id LIKE ? ESCAPE '\')`)
		pat := "%" + likeEscape(f.Name) + "%"
		args = append(args, pat, pat)
	}
	where := ""
	if len(conds) > 0 {
		where = "WHERE " + strings.Join(conds, " AND ")
	}
	grouped := `SELECT e.entity_id AS id, count(DISTINCT e.doc_id) AS docs, sum(e.mentions) AS mentions
		FROM entities e ` + where + ` GROUP BY e.entity_id`
	var total int
	if err := s.db.db.QueryRowContext(ctx, `SELECT count(*) FROM (`+grouped+`)`, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("%s: counting: %w", op, err)
	}
	limit := f.Limit
	if limit == 0 {
		limit = -1
	}
	rows, err := s.db.db.QueryContext(ctx, `
		WITH a AS (`+grouped+`),
		page AS (SELECT * FROM a ORDER BY docs DESC, mentions DESC, id LIMIT ? OFFSET ?)
		SELECT page.id, page.docs, page.mentions, latest.type, latest.name, latest.wikidata,
			(SELECT count(*) FROM quotes q WHERE q.speaker_entity = page.id),
			(SELECT count(*) FROM claims c WHERE c.source_entity = page.id),
			(SELECT count(*) FROM relations r WHERE r.from_id = page.id OR r.to_id = page.id)
		FROM page JOIN entities latest ON latest.rowid = (
			SELECT e2.rowid FROM entities e2 JOIN documents d ON d.id = e2.doc_id
			WHERE e2.entity_id = page.id ORDER BY d.ingested_at DESC, d.rowid DESC LIMIT 1)
		ORDER BY page.docs DESC, page.mentions DESC, page.id`,
		append(append([]any{}, args...), limit, f.Offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", op, err)
	}
	defer rows.Close()
	var list []*hebel.ActorSummary
	for rows.Next() {
		var a hebel.ActorSummary
		var typ string
		if err := rows.Scan(&a.ID, &a.Documents, &a.Mentions, &typ, &a.Name, &a.Wikidata,
			&a.Quotes, &a.Claims, &a.Relations); err != nil {
			return nil, 0, fmt.Errorf("%s: %w", op, err)
		}
		a.Type = hebel.EntityType(typ)
		list = append(list, &a)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("%s: %w", op, err)
	}
	return list, total, nil
}

// likeEscape escapes LIKE's wildcards with a backslash.
func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// FindRelations lists relations across documents, as hebel.ActorStore
// says.
func (s *RecordStore) FindRelations(ctx context.Context, f hebel.RelationFilter) ([]*hebel.RelationRow, int, error) {
	const op = "listing relations"
	if f.Offset < 0 || f.Limit < 0 {
		return nil, 0, &hebel.Error{Code: hebel.EINVALID, Op: op,
			Message: fmt.Sprintf("negative offset %d or limit %d", f.Offset, f.Limit)}
	}
	var conds []string
	var args []any
	if f.Type != "" {
		conds, args = append(conds, `r.type = ?`), append(args, f.Type)
	}
	if f.Actor != "" {
		conds, args = append(conds, `(r.from_id = ? OR r.to_id = ?)`), append(args, f.Actor, f.Actor)
	}
	c, a := publishedConds("d.published", f.From, f.To)
	conds, args = append(conds, c...), append(args, a...)
	where := ""
	if len(conds) > 0 {
		where = "WHERE " + strings.Join(conds, " AND ")
	}
	var total int
	if err := s.db.db.QueryRowContext(ctx, `SELECT count(*) FROM relations r JOIN documents d ON d.id = r.doc_id `+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("%s: counting: %w", op, err)
	}
	limit := f.Limit
	if limit == 0 {
		limit = -1
	}
	side := func(col, field string) string {
		return `(SELECT e.` + field + ` FROM entities e WHERE e.doc_id = r.doc_id AND e.entity_id = r.` + col + ` ORDER BY e.pos LIMIT 1)`
	}
	rows, err := s.db.db.QueryContext(ctx, `
		SELECT r.doc_id, r.pos, d.published, r.type, r.from_id, r.to_id, r.attributes, r.source_text, r.source_entity,
			`+side("from_id", "name")+`, `+side("from_id", "type")+`, `+side("to_id", "name")+`, `+side("to_id", "type")+`
		FROM relations r JOIN documents d ON d.id = r.doc_id `+where+`
		ORDER BY (d.published IS NULL), d.published DESC, d.ingested_at DESC, d.rowid DESC, r.pos
		LIMIT ? OFFSET ?`, append(append([]any{}, args...), limit, f.Offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", op, err)
	}
	defer rows.Close()
	var list []*hebel.RelationRow
	for rows.Next() {
		var (
			r                                  hebel.RelationRow
			published, srcText, srcEntity      sql.NullString
			fromName, fromType, toName, toType sql.NullString
			attrs                              string
		)
		if err := rows.Scan(&r.DocumentID, &r.Pos, &published, &r.Type, &r.From.ID, &r.To.ID, &attrs, &srcText, &srcEntity,
			&fromName, &fromType, &toName, &toType); err != nil {
			return nil, 0, fmt.Errorf("%s: %w", op, err)
		}
		if published.Valid {
			if r.Published, err = parseTime(published.String); err != nil {
				return nil, 0, fmt.Errorf("%s: %w", op, err)
			}
		}
		if err := json.Unmarshal([]byte(attrs), &r.Attributes); err != nil {
			return nil, 0, fmt.Errorf("%s: attributes of %s#%d: %w", op, r.DocumentID, r.Pos, err)
		}
		r.Claimant, r.ClaimantID = srcText.String, srcEntity.String
		r.From.Name, r.From.Type = fromName.String, hebel.EntityType(fromType.String)
		r.To.Name, r.To.Type = toName.String, hebel.EntityType(toType.String)
		list = append(list, &r)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("%s: %w", op, err)
	}
	return list, total, nil
}

package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

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
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	if f.ID != "" {
		conds = append(conds, `e.entity_id = `+arg(f.ID))
	}
	if f.Type != "" {
		conds = append(conds, `e.type = `+arg(string(f.Type)))
	}
	if f.Name != "" {
		p := arg("%" + likeEscape(f.Name) + "%")
		conds = append(conds, `(e.name ILIKE `+p+` OR e.entity_id ILIKE `+p+`)`)
	}
	where := ""
	if len(conds) > 0 {
		where = "WHERE " + strings.Join(conds, " AND ")
	}
	grouped := `SELECT e.entity_id AS id, count(DISTINCT e.doc_id) AS docs, sum(e.mentions) AS mentions
		FROM entities e ` + where + ` GROUP BY e.entity_id`
	var list []*hebel.ActorSummary
	var total int
	err := pgx.BeginTxFunc(ctx, s.db.pool, pgx.TxOptions{AccessMode: pgx.ReadOnly, IsoLevel: pgx.RepeatableRead}, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM (`+grouped+`) a`, args...).Scan(&total); err != nil {
			return fmt.Errorf("counting: %w", err)
		}
		var limit any
		if f.Limit > 0 {
			limit = f.Limit
		}
		n := len(args)
		rows, err := tx.Query(ctx, fmt.Sprintf(`
			WITH a AS (%s),
			page AS (SELECT * FROM a ORDER BY docs DESC, mentions DESC, id COLLATE "C" LIMIT $%d OFFSET $%d)
			SELECT page.id, page.docs, page.mentions, latest.type, latest.name, latest.wikidata,
				(SELECT count(*) FROM quotes q WHERE q.speaker_entity = page.id),
				(SELECT count(*) FROM claims c WHERE c.source_entity = page.id),
				(SELECT count(*) FROM relations r WHERE r.from_id = page.id OR r.to_id = page.id)
			FROM page CROSS JOIN LATERAL (
				SELECT e2.type, e2.name, e2.wikidata FROM entities e2 JOIN documents d ON d.id = e2.doc_id
				WHERE e2.entity_id = page.id ORDER BY d.ingested_at DESC, d.seq DESC, e2.pos LIMIT 1) latest
			ORDER BY page.docs DESC, page.mentions DESC, page.id COLLATE "C"`, grouped, n+1, n+2),
			append(append([]any{}, args...), limit, f.Offset)...)
		if err != nil {
			return err
		}
		list, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (*hebel.ActorSummary, error) {
			var a hebel.ActorSummary
			var typ string
			err := row.Scan(&a.ID, &a.Documents, &a.Mentions, &typ, &a.Name, &a.Wikidata, &a.Quotes, &a.Claims, &a.Relations)
			a.Type = hebel.EntityType(typ)
			return &a, err
		})
		return err
	})
	if err != nil {
		return nil, 0, wrapError(op, "", err)
	}
	if len(list) == 0 {
		list = nil
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
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	if f.Type != "" {
		conds = append(conds, `r.type = `+arg(f.Type))
	}
	if f.Actor != "" {
		p := arg(f.Actor)
		conds = append(conds, `(r.from_id = `+p+` OR r.to_id = `+p+`)`)
	}
	if !f.From.IsZero() {
		conds = append(conds, `d.published >= `+arg(f.From.UTC()))
	}
	if !f.To.IsZero() {
		conds = append(conds, `d.published < `+arg(f.To.UTC()))
	}
	where := ""
	if len(conds) > 0 {
		where = "WHERE " + strings.Join(conds, " AND ")
	}
	side := func(col, field string) string {
		return `(SELECT e.` + field + ` FROM entities e WHERE e.doc_id = r.doc_id AND e.entity_id = r.` + col + ` ORDER BY e.pos LIMIT 1)`
	}
	var list []*hebel.RelationRow
	var total int
	err := pgx.BeginTxFunc(ctx, s.db.pool, pgx.TxOptions{AccessMode: pgx.ReadOnly, IsoLevel: pgx.RepeatableRead}, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM relations r JOIN documents d ON d.id = r.doc_id `+where, args...).Scan(&total); err != nil {
			return fmt.Errorf("counting: %w", err)
		}
		var limit any
		if f.Limit > 0 {
			limit = f.Limit
		}
		n := len(args)
		rows, err := tx.Query(ctx, `
			SELECT r.doc_id, r.pos, d.published, r.type, r.from_id, r.to_id, r.attributes::text, r.source_text, r.source_entity,
				`+side("from_id", "name")+`, `+side("from_id", "type")+`, `+side("to_id", "name")+`, `+side("to_id", "type")+`
			FROM relations r JOIN documents d ON d.id = r.doc_id `+where+`
			ORDER BY d.published DESC NULLS LAST, d.ingested_at DESC, d.seq DESC, r.pos
			LIMIT `+fmt.Sprintf("$%d OFFSET $%d", n+1, n+2), append(append([]any{}, args...), limit, f.Offset)...)
		if err != nil {
			return err
		}
		list, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (*hebel.RelationRow, error) {
			var (
				r                                  hebel.RelationRow
				published                          *time.Time
				srcText, srcEntity                 *string
				fromName, fromType, toName, toType *string
				attrs                              string
			)
			if err := row.Scan(&r.DocumentID, &r.Pos, &published, &r.Type, &r.From.ID, &r.To.ID, &attrs, &srcText, &srcEntity,
				&fromName, &fromType, &toName, &toType); err != nil {
				return nil, err
			}
			if published != nil {
				r.Published = published.UTC()
			}
			if err := json.Unmarshal([]byte(attrs), &r.Attributes); err != nil {
				return nil, fmt.Errorf("attributes of %s#%d: %w", r.DocumentID, r.Pos, err)
			}
			r.Claimant, r.ClaimantID = deref(srcText), deref(srcEntity)
			r.From.Name, r.From.Type = deref(fromName), hebel.EntityType(deref(fromType))
			r.To.Name, r.To.Type = deref(toName), hebel.EntityType(deref(toType))
			return &r, nil
		})
		return err
	})
	if err != nil {
		return nil, 0, wrapError(op, "", err)
	}
	if len(list) == 0 {
		list = nil
	}
	return list, total, nil
}

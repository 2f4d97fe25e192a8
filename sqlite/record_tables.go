package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/hebel-project/hebel"
)

// insertChildren writes the normalised rows of rec: entities, claims and
// their entities, quotes, relations and problems. Spans are byte offsets.
func insertChildren(ctx context.Context, tx *txStmts, rec *hebel.Record) error {
	id := rec.Document.ID
	if err := insertRows(ctx, tx, "entities", `INSERT INTO entities
		(doc_id, pos, entity_id, type, name, wikidata, mentions, country, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		rec.Entities, func(i int, e hebel.Entity) ([]any, error) {
			return []any{id, i, e.ID, string(e.Type), e.Name, e.Wikidata, len(e.Mentions), e.Country, e.Role}, nil
		}); err != nil {
		return err
	}
	text := rec.Document.Text
	if err := insertRows(ctx, tx, "claims", `INSERT INTO claims
		(doc_id, pos, start_byte, end_byte, quantity_text, value, qualifier, low, high, unit,
		 counted, location, source_text, source_cue, source_entity, extractor,
		 q_start, q_end, clause, source_name, source_start, source_end,
		 measure, concept, actor, places, reading, confidence,
		 valid, valid_start, valid_end, valid_precision, valid_basis, valid_text, valid_text_start, valid_text_end)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
		 ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		rec.Claims, func(i int, c hebel.Claim) ([]any, error) {
			q := c.Quantity
			st, sc, se := sourceColumns(c.Source)
			var srcName, srcStart, srcEnd any
			if c.Source != nil {
				srcName, srcStart, srcEnd = c.Source.Name, c.Source.Start, c.Source.End
			}
			clause := ""
			if c.Span.Valid(len(text)) {
				clause = c.Span.Text(text)
			}
			args := []any{id, i, c.Start, c.End, q.Text, q.Value, string(q.Qualifier), nullFloat(q.Low), nullFloat(q.High),
				q.Unit, c.Counted, c.Location, st, sc, se, c.Extractor,
				q.Start, q.End, clause, srcName, srcStart, srcEnd,
				string(c.Measure), string(c.Concept), c.Actor, joinPlaces(c.Places), string(c.Reading), c.Confidence}
			return append(args, validColumns(c.Valid)...), nil
		}); err != nil {
		return err
	}
	type claimEntity struct {
		claim, pos int
		id         string
	}
	var ces []claimEntity
	for i, c := range rec.Claims {
		for j, e := range c.Entities {
			ces = append(ces, claimEntity{i, j, e})
		}
	}
	if err := insertRows(ctx, tx, "claim entities", `INSERT INTO claim_entities
		(doc_id, claim_pos, pos, entity_id) VALUES (?, ?, ?, ?)`,
		ces, func(_ int, ce claimEntity) ([]any, error) {
			return []any{id, ce.claim, ce.pos, ce.id}, nil
		}); err != nil {
		return err
	}
	if err := insertRows(ctx, tx, "quotes", `INSERT INTO quotes
		(doc_id, pos, kind, cue, start_byte, end_byte, content_start, content_end, speaker_text, speaker_entity, extractor)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		rec.Quotes, func(i int, q hebel.Quote) ([]any, error) {
			st, _, se := sourceColumns(q.Speaker)
			return []any{id, i, string(q.Kind), q.Cue, q.Start, q.End, q.Content.Start, q.Content.End, st, se, q.Extractor}, nil
		}); err != nil {
		return err
	}
	if err := insertRows(ctx, tx, "relations", `INSERT INTO relations
		(doc_id, pos, type, from_id, to_id, attributes, source_text, source_entity, extractor)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		rec.Relations, func(i int, r hebel.Relation) ([]any, error) {
			attrs, err := json.Marshal(r.Attributes)
			if err != nil {
				return nil, fmt.Errorf("encoding attributes: %w", err)
			}
			st, _, se := sourceColumns(r.Source)
			return []any{id, i, r.Type, r.From, r.To, string(attrs), st, se, r.Extractor}, nil
		}); err != nil {
		return err
	}
	return insertRows(ctx, tx, "problems", `INSERT INTO problems
		(doc_id, pos, code, message, start_byte, end_byte, extractor) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		rec.Problems, func(i int, p hebel.Problem) ([]any, error) {
			var start, end any
			if p.Span != nil {
				start, end = p.Span.Start, p.Span.End
			}
			return []any{id, i, p.Code, p.Message, start, end, p.Extractor}, nil
		})
}

// insertRows adds the rows of items, with the arguments args returns for
// each, to the transaction's pending rows of query (an INSERT … VALUES
// with one tuple of placeholders); txStmts.flushRows writes them many to
// a statement.
func insertRows[T any](_ context.Context, tx *txStmts, what, query string, items []T, args func(int, T) ([]any, error)) error {
	for i, item := range items {
		a, err := args(i, item)
		if err != nil {
			return fmt.Errorf("inserting %s: %w", what, err)
		}
		tx.addRow(what, query, a)
	}
	return nil
}

// sourceColumns returns the text, cue and entity columns of a source, all
// NULL when there is none.
func sourceColumns(s *hebel.Source) (text, cue, entity any) {
	if s == nil {
		return nil, nil, nil
	}
	return s.Text, s.Cue, s.EntityID
}

// nullFloat returns *p, or NULL.
func nullFloat(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// joinPlaces writes place ids as ",A,B," so that a place is found with
// instr(places, ',' || id || ','); "" for none.
func joinPlaces(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return "," + strings.Join(ids, ",") + ","
}

// splitPlaces reads what joinPlaces wrote.
func splitPlaces(s string) []string {
	s = strings.Trim(s, ",")
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

// validColumns returns the valid-time columns of a claim: valid, start,
// end, precision, basis, text, text start, text end.
func validColumns(v *hebel.ValidTime) []any {
	if v == nil {
		return []any{0, nil, nil, "", "", "", nil, nil}
	}
	var start, end, ts, te any
	if !v.Start.IsZero() {
		start = formatTime(v.Start.UTC())
	}
	if !v.End.IsZero() {
		end = formatTime(v.End.UTC())
	}
	if v.Span != nil {
		ts, te = v.Span.Start, v.Span.End
	}
	return []any{1, start, end, string(v.Precision), v.Basis, v.Text, ts, te}
}

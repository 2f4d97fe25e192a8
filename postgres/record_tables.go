package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/hebel-project/hebel"
)

// copyChildren writes the normalised rows of rec with COPY: entities,
// claims and their entities, quotes, relations and problems. Spans are
// byte offsets.
func copyChildren(ctx context.Context, tx pgx.Tx, rec *hebel.Record) error {
	id := rec.Document.ID
	if err := copyRows(ctx, tx, "entities",
		[]string{"doc_id", "pos", "entity_id", "type", "name", "wikidata", "mentions", "country", "role"},
		rec.Entities, func(i int, e hebel.Entity) ([]any, error) {
			return []any{id, i, e.ID, string(e.Type), e.Name, e.Wikidata, len(e.Mentions), e.Country, e.Role}, nil
		}); err != nil {
		return err
	}
	text := rec.Document.Text
	if err := copyRows(ctx, tx, "claims",
		[]string{"doc_id", "pos", "start_byte", "end_byte", "quantity_text", "value", "qualifier", "low", "high",
			"unit", "counted", "location", "source_text", "source_cue", "source_entity", "extractor",
			"q_start", "q_end", "clause", "source_name", "source_start", "source_end",
			"measure", "concept", "actor", "places", "reading", "confidence",
			"valid", "valid_start", "valid_end", "valid_precision", "valid_basis", "valid_text", "valid_text_start", "valid_text_end"},
		rec.Claims, func(i int, c hebel.Claim) ([]any, error) {
			q := c.Quantity
			st, sc, se := sourceColumns(c.Source)
			var srcName, srcStart, srcEnd any
			if c.Source != nil {
				srcName, srcStart, srcEnd = c.Source.Name, c.Source.Start, c.Source.End
			}
			places := c.Places
			if places == nil {
				places = []string{}
			}
			args := []any{id, i, c.Start, c.End, q.Text, q.Value, string(q.Qualifier), q.Low, q.High,
				q.Unit, c.Counted, c.Location, st, sc, se, c.Extractor,
				q.Start, q.End, c.Span.Text(text), srcName, srcStart, srcEnd,
				string(c.Measure), string(c.Concept), c.Actor, places, string(c.Reading), c.Confidence}
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
	if err := copyRows(ctx, tx, "claim_entities", []string{"doc_id", "claim_pos", "pos", "entity_id"},
		ces, func(_ int, ce claimEntity) ([]any, error) {
			return []any{id, ce.claim, ce.pos, ce.id}, nil
		}); err != nil {
		return err
	}
	if err := copyRows(ctx, tx, "quotes",
		[]string{"doc_id", "pos", "kind", "cue", "start_byte", "end_byte", "content_start", "content_end",
			"speaker_text", "speaker_entity", "extractor"},
		rec.Quotes, func(i int, q hebel.Quote) ([]any, error) {
			st, _, se := sourceColumns(q.Speaker)
			return []any{id, i, string(q.Kind), q.Cue, q.Start, q.End, q.Content.Start, q.Content.End, st, se, q.Extractor}, nil
		}); err != nil {
		return err
	}
	if err := copyRows(ctx, tx, "relations",
		[]string{"doc_id", "pos", "type", "from_id", "to_id", "attributes", "source_text", "source_entity", "extractor"},
		rec.Relations, func(i int, r hebel.Relation) ([]any, error) {
			attrs, err := json.Marshal(r.Attributes)
			if err != nil {
				return nil, &hebel.Error{Code: hebel.EINVALID, Op: "encoding attributes", Err: err}
			}
			st, _, se := sourceColumns(r.Source)
			return []any{id, i, r.Type, r.From, r.To, string(attrs), st, se, r.Extractor}, nil
		}); err != nil {
		return err
	}
	return copyRows(ctx, tx, "problems",
		[]string{"doc_id", "pos", "code", "message", "start_byte", "end_byte", "extractor"},
		rec.Problems, func(i int, p hebel.Problem) ([]any, error) {
			var start, end any
			if p.Span != nil {
				start, end = p.Span.Start, p.Span.End
			}
			return []any{id, i, p.Code, p.Message, start, end, p.Extractor}, nil
		})
}

// copyRows copies one row per element of items, with the values row
// returns for it, into table. It does nothing for no items.
func copyRows[T any](ctx context.Context, tx pgx.Tx, table string, columns []string, items []T, row func(int, T) ([]any, error)) error {
	if len(items) == 0 {
		return nil
	}
	rows := make([][]any, len(items))
	for i, item := range items {
		r, err := row(i, item)
		if err != nil {
			return fmt.Errorf("writing %s: %w", table, err)
		}
		rows[i] = r
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{table}, columns, pgx.CopyFromRows(rows)); err != nil {
		return fmt.Errorf("writing %s: %w", table, err)
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

// invalidData are the SQLSTATE codes by which PostgreSQL refuses a value
// for what it holds, not for the state of the server: a NUL byte or a
// \u0000 escape, invalid UTF-8, a value out of range, a tsvector over its
// limit. Storing the same value again fails again.
var invalidData = map[string]bool{
	"22021": true, // character_not_in_repertoire (NUL, bad UTF-8)
	"22P05": true, // untranslatable_character (\u0000 in jsonb)
	"22003": true, // numeric_value_out_of_range
	"22008": true, // datetime_field_overflow
	"22P02": true, // invalid_text_representation
	"54000": true, // program_limit_exceeded (tsvector too long, row too big)
}

// wrapError returns err with the operation and id in front; PostgreSQL's
// refusals of the data itself become EINVALID, so that callers tell a bad
// document from a server that is down.
func wrapError(op, id string, err error) error {
	if hebel.ErrorCode(err) != hebel.EINTERNAL {
		return err // already a hebel.Error with its code
	}
	what := op
	if id != "" {
		what += " " + id
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) && invalidData[pe.Code] {
		return &hebel.Error{Code: hebel.EINVALID, Op: what, Message: "PostgreSQL refuses the data: " + pe.Message, Err: err}
	}
	return fmt.Errorf("%s: %w", what, err)
}

// validColumns returns the valid-time columns of a claim: valid, start,
// end, precision, basis, text, text start, text end.
func validColumns(v *hebel.ValidTime) []any {
	if v == nil {
		return []any{false, nil, nil, "", "", "", nil, nil}
	}
	var start, end, ts, te any
	if !v.Start.IsZero() {
		start = v.Start.UTC()
	}
	if !v.End.IsZero() {
		end = v.End.UTC()
	}
	if v.Span != nil {
		ts, te = v.Span.Start, v.Span.End
	}
	return []any{true, start, end, string(v.Precision), v.Basis, v.Text, ts, te}
}

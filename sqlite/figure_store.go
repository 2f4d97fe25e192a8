package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/hebel-project/hebel"
)

// FigureStore is hebel.FigureStore on SQLite: the estimates are the typed
// rows of the claims table (measure set) joined with their documents,
// written by RecordStore.PutRecord on the same DB.
type FigureStore struct {
	db *DB
}

var _ hebel.FigureStore = (*FigureStore)(nil)

// NewFigureStore returns a figure store on db.
func NewFigureStore(db *DB) *FigureStore { return &FigureStore{db: db} }

// estimateColumns are the columns FindEstimates reads, in scanEstimate's
// order.
const estimateColumns = `c.doc_id, c.pos, c.start_byte, c.end_byte, c.q_start, c.q_end, c.quantity_text, c.value,
	c.qualifier, c.low, c.high, c.unit, c.counted, c.location, c.source_text, c.source_cue, c.source_entity,
	c.source_name, c.source_start, c.source_end, c.extractor, c.clause, c.measure, c.concept, c.actor, c.places,
	c.reading, c.confidence, c.valid, c.valid_start, c.valid_end, c.valid_precision, c.valid_basis, c.valid_text,
	c.valid_text_start, c.valid_text_end,
	d.title, d.url, d.source, d.lang, d.published, d.dating_source, d.dating_precision, d.dating_upper,
	d.dating_note, d.hebel_version, d.signature`

// FindEstimates returns the typed claims of stored records that match the
// filter, ordered by document id and claim index.
func (s *FigureStore) FindEstimates(ctx context.Context, filter hebel.EstimateFilter) ([]*hebel.Estimate, error) {
	const op = "finding estimates"
	where := []string{"c.measure != ''"}
	var args []any
	if filter.Measure != "" {
		where, args = append(where, "c.measure = ?"), append(args, string(filter.Measure))
	}
	if filter.Concept != "" {
		where, args = append(where, "c.concept = ?"), append(args, string(filter.Concept))
	}
	if filter.Actor != "" {
		where = append(where, "(c.actor = ? OR instr(c.places, ',' || ? || ',') > 0)")
		args = append(args, filter.Actor, filter.Actor)
	}
	if len(filter.DocumentIDs) > 0 {
		where = append(where, "c.doc_id IN (SELECT value FROM json_each(?))")
		args = append(args, jsonArray(filter.DocumentIDs))
	}
	rows, err := s.db.db.QueryContext(ctx, `SELECT `+estimateColumns+`
		FROM claims c JOIN documents d ON d.id = c.doc_id
		WHERE `+strings.Join(where, " AND ")+`
		ORDER BY c.doc_id, c.pos`, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	defer rows.Close()
	var out []*hebel.Estimate
	for rows.Next() {
		e, err := scanEstimate(rows)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", op, err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	return out, nil
}

// scanEstimate reads one row of estimateColumns.
func scanEstimate(rows *sql.Rows) (*hebel.Estimate, error) {
	var (
		e                                      hebel.Estimate
		c                                      = &e.Claim
		q                                      = &c.Quantity
		low, high                              sql.NullFloat64
		srcText, srcCue, srcEntity, srcName    sql.NullString
		srcStart, srcEnd, vTextStart, vTextEnd sql.NullInt64
		measure, concept, reading, qualifier   string
		places                                 string
		valid                                  bool
		vStart, vEnd, published                sql.NullString
		vPrecision, vBasis, vText              string
		dPrecision                             string
		sig                                    []byte
	)
	if err := rows.Scan(&e.DocumentID, &e.ClaimIndex, &c.Start, &c.End, &q.Start, &q.End, &q.Text, &q.Value,
		&qualifier, &low, &high, &q.Unit, &c.Counted, &c.Location, &srcText, &srcCue, &srcEntity,
		&srcName, &srcStart, &srcEnd, &c.Extractor, &e.Clause, &measure, &concept, &c.Actor, &places,
		&reading, &c.Confidence, &valid, &vStart, &vEnd, &vPrecision, &vBasis, &vText,
		&vTextStart, &vTextEnd,
		&e.Title, &e.URL, &e.Source, &e.Lang, &published, &e.Dating.Source, &dPrecision, &e.Dating.UpperBound,
		&e.Dating.Note, &e.HebelVersion, &sig); err != nil {
		return nil, err
	}
	q.Qualifier = hebel.Qualifier(qualifier)
	if low.Valid {
		q.Low = &low.Float64
	}
	if high.Valid {
		q.High = &high.Float64
	}
	if srcText.Valid {
		c.Source = &hebel.Source{Text: srcText.String, Cue: srcCue.String, EntityID: srcEntity.String, Name: srcName.String}
		if srcStart.Valid && srcEnd.Valid {
			c.Source.Span = hebel.Span{Start: int(srcStart.Int64), End: int(srcEnd.Int64)}
		}
	}
	c.Measure, c.Concept, c.Reading = hebel.Measure(measure), hebel.Concept(concept), hebel.Reading(reading)
	c.Places = splitPlaces(places)
	if valid {
		v := &hebel.ValidTime{Precision: hebel.Precision(vPrecision), Basis: vBasis, Text: vText}
		var err error
		if vStart.Valid {
			if v.Start, err = parseTime(vStart.String); err != nil {
				return nil, err
			}
		}
		if vEnd.Valid {
			if v.End, err = parseTime(vEnd.String); err != nil {
				return nil, err
			}
		}
		if vTextStart.Valid && vTextEnd.Valid {
			v.Span = &hebel.Span{Start: int(vTextStart.Int64), End: int(vTextEnd.Int64)}
		}
		c.Valid = v
	}
	if published.Valid {
		t, err := parseTime(published.String)
		if err != nil {
			return nil, err
		}
		e.Published = t
	}
	e.Dating.Precision = hebel.Precision(dPrecision)
	var err error
	if e.Signature, err = hebel.SignatureFromBytes(sig); err != nil {
		return nil, err
	}
	return &e, nil
}

// jsonArray writes strings as a JSON array for json_each.
func jsonArray(ss []string) string {
	buf, _ := json.Marshal(ss) // strings always marshal
	return string(buf)
}

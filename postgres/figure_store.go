package postgres

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/hebel-project/hebel"
)

// FigureStore is hebel.FigureStore on PostgreSQL: the estimates are the
// typed rows of the claims table (measure set) joined with their
// documents, written by RecordStore.PutRecord on the same DB.
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
	where := []string{"c.measure <> ''"}
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	if filter.Measure != "" {
		where = append(where, "c.measure = "+arg(string(filter.Measure)))
	}
	if filter.Concept != "" {
		where = append(where, "c.concept = "+arg(string(filter.Concept)))
	}
	if filter.Actor != "" {
		a := arg(filter.Actor)
		where = append(where, "(c.actor = "+a+" OR "+a+" = ANY (c.places))")
	}
	if len(filter.DocumentIDs) > 0 {
		where = append(where, "c.doc_id = ANY ("+arg(filter.DocumentIDs)+")")
	}
	rows, err := s.db.pool.Query(ctx, `SELECT `+estimateColumns+`
		FROM claims c JOIN documents d ON d.id = c.doc_id
		WHERE `+strings.Join(where, " AND ")+`
		ORDER BY c.doc_id, c.pos`, args...)
	if err != nil {
		return nil, wrapError(op, "", err)
	}
	out, err := pgx.CollectRows(rows, scanEstimate)
	if err != nil {
		return nil, wrapError(op, "", err)
	}
	return out, nil
}

// scanEstimate reads one row of estimateColumns.
func scanEstimate(row pgx.CollectableRow) (*hebel.Estimate, error) {
	var (
		e                                      hebel.Estimate
		c                                      = &e.Claim
		q                                      = &c.Quantity
		srcText, srcCue, srcEntity, srcName    *string
		srcStart, srcEnd, vTextStart, vTextEnd *int
		measure, concept, reading, qualifier   string
		valid                                  bool
		vStart, vEnd, published                *time.Time
		vPrecision, vBasis, vText              string
		dPrecision                             string
		sig                                    []byte
	)
	if err := row.Scan(&e.DocumentID, &e.ClaimIndex, &c.Start, &c.End, &q.Start, &q.End, &q.Text, &q.Value,
		&qualifier, &q.Low, &q.High, &q.Unit, &c.Counted, &c.Location, &srcText, &srcCue, &srcEntity,
		&srcName, &srcStart, &srcEnd, &c.Extractor, &e.Clause, &measure, &concept, &c.Actor, &c.Places,
		&reading, &c.Confidence, &valid, &vStart, &vEnd, &vPrecision, &vBasis, &vText,
		&vTextStart, &vTextEnd,
		&e.Title, &e.URL, &e.Source, &e.Lang, &published, &e.Dating.Source, &dPrecision, &e.Dating.UpperBound,
		&e.Dating.Note, &e.HebelVersion, &sig); err != nil {
		return nil, err
	}
	q.Qualifier = hebel.Qualifier(qualifier)
	if len(c.Places) == 0 {
		c.Places = nil
	}
	if srcText != nil {
		c.Source = &hebel.Source{Text: *srcText, Cue: deref(srcCue), EntityID: deref(srcEntity), Name: deref(srcName)}
		if srcStart != nil && srcEnd != nil {
			c.Source.Span = hebel.Span{Start: *srcStart, End: *srcEnd}
		}
	}
	c.Measure, c.Concept, c.Reading = hebel.Measure(measure), hebel.Concept(concept), hebel.Reading(reading)
	if valid {
		v := &hebel.ValidTime{Precision: hebel.Precision(vPrecision), Basis: vBasis, Text: vText}
		if vStart != nil {
			v.Start = vStart.UTC()
		}
		if vEnd != nil {
			v.End = vEnd.UTC()
		}
		if vTextStart != nil && vTextEnd != nil {
			v.Span = &hebel.Span{Start: *vTextStart, End: *vTextEnd}
		}
		c.Valid = v
	}
	if published != nil {
		e.Published = published.UTC()
	}
	e.Dating.Precision = hebel.Precision(dPrecision)
	var err error
	e.Signature, err = hebel.SignatureFromBytes(sig)
	return &e, err
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

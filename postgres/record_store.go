package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/internal/recordcodec"
)

// minPrefix is the least number of hex digits an id prefix must have.
const minPrefix = 8

// idScheme is the scheme of content ids made by hebel.DocumentID.
const idScheme = "sha256:"

// RecordStore is hebel.RecordStore on PostgreSQL. A record is one
// documents row holding the document's fields and the versioned JSON of
// its extractions, plus normalised child rows (entities, claims, quotes,
// relations, problems) for queries across documents. Every write is one
// transaction, so a reader or a crashed writer never sees half a record.
type RecordStore struct {
	db *DB
}

var _ hebel.RecordStore = (*RecordStore)(nil)

// NewRecordStore returns a record store on db.
func NewRecordStore(db *DB) *RecordStore { return &RecordStore{db: db} }

// PutRecord stores rec under rec.Document.ID, as hebel.RecordStore says.
// Without replace it inserts or does nothing, atomically: of two writers
// of the same id exactly one creates it. With replace it takes a lock on
// the id for the transaction, deletes the old row and its children and
// writes the new ones; the record counts as freshly ingested.
func (s *RecordStore) PutRecord(ctx context.Context, rec *hebel.Record, replace bool) (created bool, err error) {
	if err := validateRecord(rec); err != nil {
		return false, err
	}
	c, err := s.putBatch(ctx, []*hebel.Record{rec}, replace, time.Time{})
	if err != nil {
		return false, err
	}
	return c[0], nil
}

// PutRecordIngested stores rec like PutRecord without replace, but keeps
// the given ingest time instead of the server's clock: for copying a
// store into this one without losing when each document came in.
func (s *RecordStore) PutRecordIngested(ctx context.Context, rec *hebel.Record, ingested time.Time) (created bool, err error) {
	if ingested.IsZero() {
		return false, &hebel.Error{Code: hebel.EINVALID, Op: "putting record", Message: "no ingest time"}
	}
	if err := validateRecord(rec); err != nil {
		return false, err
	}
	c, err := s.putBatch(ctx, []*hebel.Record{rec}, false, ingested)
	if err != nil {
		return false, err
	}
	return c[0], nil
}

// FindRecordByID returns the record with the given id or unique id prefix.
func (s *RecordStore) FindRecordByID(ctx context.Context, id string) (*hebel.Record, error) {
	const op = "finding record"
	full, err := s.resolveID(ctx, id)
	if err != nil {
		return nil, err
	}
	var (
		rec       hebel.Record
		d         = &rec.Document
		published *time.Time
		body      []byte
	)
	err = s.db.pool.QueryRow(ctx, `
		SELECT id, title, author, lang, url, published, source, format, text, record::text
		FROM documents WHERE id = $1`, full).
		Scan(&d.ID, &d.Title, &d.Author, &d.Lang, &d.URL, &published, &d.Source, &d.Format, &d.Text, &body)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, &hebel.Error{Code: hebel.ENOTFOUND, Op: op, Message: fmt.Sprintf("no record with id %q", id)}
	} else if err != nil {
		return nil, wrapError(op, full, err)
	}
	if published != nil {
		d.Published = published.UTC()
	}
	if err := recordcodec.Decode(body, &rec); err != nil {
		return nil, fmt.Errorf("%s %s: %w", op, full, err)
	}
	return &rec, nil
}

// resolveID returns the stored id that id names exactly or as a unique
// prefix of at least minPrefix hex digits (with or without "sha256:").
func (s *RecordStore) resolveID(ctx context.Context, id string) (string, error) {
	const op = "finding record"
	notFound := &hebel.Error{Code: hebel.ENOTFOUND, Op: op, Message: fmt.Sprintf("no record with id %q", id)}
	if !utf8.ValidString(id) || strings.ContainsRune(id, 0) {
		return "", notFound
	}
	var full string
	err := s.db.pool.QueryRow(ctx, `SELECT id FROM documents WHERE id = $1`, id).Scan(&full)
	if err == nil {
		return full, nil
	} else if !errors.Is(err, pgx.ErrNoRows) {
		return "", wrapError(op, id, err)
	}
	hex, ok := idPrefix(id)
	if !ok {
		return "", notFound
	}
	// hex holds only [0-9a-f], so LIKE sees no wildcard in it.
	rows, err := s.db.pool.Query(ctx,
		`SELECT id FROM documents WHERE id LIKE $1 ORDER BY id LIMIT 2`, idScheme+hex+"%")
	if err != nil {
		return "", wrapError(op, id, err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return "", wrapError(op, id, err)
	}
	switch len(ids) {
	case 0:
		return "", notFound
	case 1:
		return ids[0], nil
	default:
		return "", &hebel.Error{Code: hebel.ECONFLICT, Op: op,
			Message: fmt.Sprintf("id prefix %q is ambiguous: %s, %s …", id, ids[0], ids[1])}
	}
}

// idPrefix returns the lower-case hex digits of a possible id prefix, and
// whether id is one: at least minPrefix hex digits, optionally after
// "sha256:".
func idPrefix(id string) (string, bool) {
	hex := strings.ToLower(strings.TrimPrefix(id, idScheme))
	if len(hex) < minPrefix || len(hex) > 64 {
		return "", false
	}
	for i := 0; i < len(hex); i++ {
		if c := hex[i]; !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return "", false
		}
	}
	return hex, true
}

// FindDocuments lists documents, most recently ingested first (ties: the
// later ingest first), with the total count before paging.
func (s *RecordStore) FindDocuments(ctx context.Context, filter hebel.DocumentFilter) ([]*hebel.DocumentSummary, int, error) {
	const op = "listing documents"
	if filter.Offset < 0 || filter.Limit < 0 {
		return nil, 0, &hebel.Error{Code: hebel.EINVALID, Op: op,
			Message: fmt.Sprintf("negative offset %d or limit %d", filter.Offset, filter.Limit)}
	}
	var conds []string
	var args []any
	if filter.Lang != "" {
		args = append(args, filter.Lang)
		conds = append(conds, fmt.Sprintf("lang = $%d", len(args)))
	}
	if filter.Entity != "" {
		args = append(args, filter.Entity)
		conds = append(conds, fmt.Sprintf("id IN (SELECT doc_id FROM entities WHERE entity_id = $%d)", len(args)))
	}
	if filter.NotVersion != "" {
		args = append(args, filter.NotVersion)
		conds = append(conds, fmt.Sprintf("hebel_version <> $%d", len(args)))
	}
	where := ""
	if len(conds) > 0 {
		where = "WHERE " + strings.Join(conds, " AND ")
	}
	var total int
	if err := s.db.pool.QueryRow(ctx, `SELECT count(*) FROM documents `+where, args...).Scan(&total); err != nil {
		return nil, 0, wrapError(op, "", err)
	}
	var limit any // NULL: no limit
	if filter.Limit > 0 {
		limit = filter.Limit
	}
	n := len(args)
	rows, err := s.db.pool.Query(ctx, fmt.Sprintf(`
		SELECT id, title, lang, source, chars, n_entities, n_claims, n_quotes, n_relations, n_problems, ingested_at,
			published, hebel_version, dating_precision, dating_upper
		FROM documents %s
		ORDER BY ingested_at DESC, seq DESC
		LIMIT $%d OFFSET $%d`, where, n+1, n+2), append(args, limit, filter.Offset)...)
	if err != nil {
		return nil, 0, wrapError(op, "", err)
	}
	list, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (*hebel.DocumentSummary, error) {
		var d hebel.DocumentSummary
		err := row.Scan(&d.ID, &d.Title, &d.Lang, &d.Source, &d.Chars,
			&d.Entities, &d.Claims, &d.Quotes, &d.Relations, &d.Problems, &d.Ingested, &d.Published, &d.HebelVersion,
			&d.DatePrecision, &d.DateUpperBound)
		d.Ingested = d.Ingested.UTC()
		if d.Published != nil {
			p := d.Published.UTC()
			d.Published = &p
		}
		return &d, err
	})
	if err != nil {
		return nil, 0, wrapError(op, "", err)
	}
	return list, total, nil
}

// DeleteRecord deletes the record with exactly this id and its children.
func (s *RecordStore) DeleteRecord(ctx context.Context, id string) error {
	const op = "deleting record"
	tag, err := s.db.pool.Exec(ctx, `DELETE FROM documents WHERE id = $1`, id)
	if err != nil {
		return wrapError(op, id, err)
	}
	if tag.RowsAffected() == 0 {
		return &hebel.Error{Code: hebel.ENOTFOUND, Op: op, Message: fmt.Sprintf("no record with id %q", id)}
	}
	return nil
}

// validateRecord checks what the contract requires of a record to store.
func validateRecord(rec *hebel.Record) error {
	const op = "putting record"
	switch {
	case rec == nil:
		return &hebel.Error{Code: hebel.EINVALID, Op: op, Message: "no record"}
	case rec.Document.ID == "":
		return &hebel.Error{Code: hebel.EINVALID, Op: op, Message: "record has no document id"}
	case rec.Document.Text == "":
		return &hebel.Error{Code: hebel.EINVALID, Op: op, Message: fmt.Sprintf("document %s has no text", rec.Document.ID)}
	}
	return nil
}

// publishedValue returns the column value of a published time: NULL for
// the zero time, else UTC to the microsecond. Years outside 1–9999 give
// EINVALID, as in every store.
func publishedValue(t time.Time) (any, error) {
	if t.IsZero() {
		return nil, nil
	}
	t = t.UTC().Truncate(time.Microsecond)
	if y := t.Year(); y < 1 || y > 9999 {
		return nil, &hebel.Error{Code: hebel.EINVALID, Op: "putting record", Message: fmt.Sprintf("published time %v out of range", t)}
	}
	return t, nil
}

package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/internal/recordcodec"
)

// minPrefix is the least number of hex digits an id prefix must have.
const minPrefix = 8

// idScheme is the scheme of content ids made by hebel.DocumentID.
const idScheme = "sha256:"

// RecordStore is hebel.RecordStore on SQLite. A record is one documents
// row holding the document's fields and the versioned JSON of its
// extractions, plus normalised child rows (entities, claims, quotes,
// relations, problems) for queries across documents.
type RecordStore struct {
	db *DB
}

var _ hebel.RecordBatchStore = (*RecordStore)(nil)

// NewRecordStore returns a record store on db.
func NewRecordStore(db *DB) *RecordStore { return &RecordStore{db: db} }

// PutRecord stores rec under rec.Document.ID, as hebel.RecordStore says.
// With replace, an existing row and its children are deleted and written
// anew in one transaction, and the record counts as freshly ingested.
// The published time is kept in UTC to the microsecond.
func (s *RecordStore) PutRecord(ctx context.Context, rec *hebel.Record, replace bool) (created bool, err error) {
	if err := validateRecord(rec); err != nil {
		return false, err
	}
	c, err := s.PutRecords(ctx, []*hebel.Record{rec}, replace)
	if err != nil {
		return false, err
	}
	return c[0], nil
}

// encoded is a record ready to be stored: its column values computed
// before the transaction, so that the write lock is held for the inserts
// only.
type encoded struct {
	rec       *hebel.Record
	published any
	body      []byte
	signature []byte
}

// encode validates rec and computes its column values.
func encode(rec *hebel.Record) (encoded, error) {
	if err := validateRecord(rec); err != nil {
		return encoded{}, err
	}
	published, err := publishedValue(rec.Document.Published)
	if err != nil {
		return encoded{}, err
	}
	body, err := recordcodec.Encode(rec)
	if err != nil {
		return encoded{}, err
	}
	return encoded{rec: rec, published: published, body: body, signature: hebel.NewSignature(rec.Document.Text).Bytes()}, nil
}

// putOne stores one encoded record in the transaction of tx, stamped as
// ingested at now, and reports whether it created it. The new row's
// full-text entry is left to fts.
func putOne(ctx context.Context, tx *txStmts, fts *ftsBatch, e encoded, replace bool, now string) (created bool, err error) {
	const op = "putting record"
	rec := e.rec
	doc := &rec.Document
	exists, err := tx.exists(ctx, doc.ID)
	if err != nil {
		return false, fmt.Errorf("%s %s: %w", op, doc.ID, err)
	}
	if exists && !replace {
		return false, nil
	}
	if exists {
		// The delete takes the old row out of the full-text index and its
		// children with it: they must be written first.
		if err := tx.flushRows(ctx); err != nil {
			return false, fmt.Errorf("%s %s: %w", op, doc.ID, err)
		}
		if err := fts.flush(ctx, tx); err != nil {
			return false, fmt.Errorf("%s %s: %w", op, doc.ID, err)
		}
		if err := tx.exec(ctx, `DELETE FROM documents WHERE id = ?`, doc.ID); err != nil {
			return false, fmt.Errorf("%s %s: deleting old row: %w", op, doc.ID, err)
		}
	}
	dt := doc.Dating
	rowid, err := tx.insert(ctx, `
		INSERT INTO documents (id, title, author, lang, url, published, source, format, text, chars,
			record, n_entities, n_claims, n_quotes, n_relations, n_problems, ingested_at,
			hebel_version, dating_source, dating_precision, dating_upper, dating_note, signature)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		doc.ID, doc.Title, doc.Author, doc.Lang, doc.URL, e.published, doc.Source, doc.Format, doc.Text,
		utf8.RuneCountInString(doc.Text), string(e.body),
		len(rec.Entities), len(rec.Claims), len(rec.Quotes), len(rec.Relations), len(rec.Problems),
		now,
		rec.HebelVersion, dt.Source, string(dt.Precision), dt.UpperBound, dt.Note, e.signature,
	)
	if err != nil {
		return false, fmt.Errorf("%s %s: %w", op, doc.ID, err)
	}
	fts.add(rowid)
	if err := insertChildren(ctx, tx, rec); err != nil {
		return false, fmt.Errorf("%s %s: %w", op, doc.ID, err)
	}
	return !exists, nil
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
		published sql.NullString
		body      string
	)
	err = s.db.db.QueryRowContext(ctx, `
		SELECT id, title, author, lang, url, published, source, format, text, record
		FROM documents WHERE id = ?`, full).
		Scan(&d.ID, &d.Title, &d.Author, &d.Lang, &d.URL, &published, &d.Source, &d.Format, &d.Text, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, &hebel.Error{Code: hebel.ENOTFOUND, Op: op, Message: fmt.Sprintf("no record with id %q", id)}
	} else if err != nil {
		return nil, fmt.Errorf("%s %s: %w", op, full, err)
	}
	if published.Valid {
		if d.Published, err = parseTime(published.String); err != nil {
			return nil, fmt.Errorf("%s %s: %w", op, full, err)
		}
	}
	if err := recordcodec.Decode([]byte(body), &rec); err != nil {
		return nil, fmt.Errorf("%s %s: %w", op, full, err)
	}
	return &rec, nil
}

// resolveID returns the stored id that id names exactly or as a unique
// prefix of at least minPrefix hex digits (with or without "sha256:").
func (s *RecordStore) resolveID(ctx context.Context, id string) (string, error) {
	const op = "finding record"
	var full string
	err := s.db.db.QueryRowContext(ctx, `SELECT id FROM documents WHERE id = ?`, id).Scan(&full)
	if err == nil {
		return full, nil
	} else if !errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("%s %s: %w", op, id, err)
	}
	notFound := &hebel.Error{Code: hebel.ENOTFOUND, Op: op, Message: fmt.Sprintf("no record with id %q", id)}
	hex, ok := idPrefix(id)
	if !ok {
		return "", notFound
	}
	// hex holds only [0-9a-f], so GLOB sees no wildcard in it.
	rows, err := s.db.db.QueryContext(ctx,
		`SELECT id FROM documents WHERE id GLOB ? ORDER BY id LIMIT 2`, idScheme+hex+"*")
	if err != nil {
		return "", fmt.Errorf("%s %s: %w", op, id, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		if err := rows.Scan(&full); err != nil {
			return "", fmt.Errorf("%s %s: %w", op, id, err)
		}
		ids = append(ids, full)
	}
	if err := rows.Err(); err != nil {
		return "", fmt.Errorf("%s %s: %w", op, id, err)
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
		conds, args = append(conds, "lang = ?"), append(args, filter.Lang)
	}
	if filter.Entity != "" {
		conds, args = append(conds, "id IN (SELECT doc_id FROM entities WHERE entity_id = ?)"), append(args, filter.Entity)
	}
	if filter.NotVersion != "" {
		conds, args = append(conds, "hebel_version != ?"), append(args, filter.NotVersion)
	}
	where := ""
	if len(conds) > 0 {
		where = "WHERE " + strings.Join(conds, " AND ")
	}
	var total int
	if err := s.db.db.QueryRowContext(ctx, `SELECT count(*) FROM documents `+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("%s: counting: %w", op, err)
	}
	limit := filter.Limit
	if limit == 0 {
		limit = -1 // SQLite: no limit
	}
	rows, err := s.db.db.QueryContext(ctx, `
		SELECT id, title, lang, source, chars, n_entities, n_claims, n_quotes, n_relations, n_problems, ingested_at,
			published, hebel_version, dating_precision, dating_upper
		FROM documents `+where+`
		ORDER BY ingested_at DESC, rowid DESC
		LIMIT ? OFFSET ?`, append(args, limit, filter.Offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", op, err)
	}
	defer rows.Close()
	var list []*hebel.DocumentSummary
	for rows.Next() {
		var (
			d         hebel.DocumentSummary
			ingested  string
			published sql.NullString
		)
		if err := rows.Scan(&d.ID, &d.Title, &d.Lang, &d.Source, &d.Chars,
			&d.Entities, &d.Claims, &d.Quotes, &d.Relations, &d.Problems, &ingested, &published, &d.HebelVersion,
			&d.DatePrecision, &d.DateUpperBound); err != nil {
			return nil, 0, fmt.Errorf("%s: %w", op, err)
		}
		if d.Ingested, err = parseTime(ingested); err != nil {
			return nil, 0, fmt.Errorf("%s: %w", op, err)
		}
		if published.Valid {
			t, err := parseTime(published.String)
			if err != nil {
				return nil, 0, fmt.Errorf("%s: %w", op, err)
			}
			d.Published = &t
		}
		list = append(list, &d)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("%s: %w", op, err)
	}
	return list, total, nil
}

// DeleteRecord deletes the record with exactly this id and its children.
func (s *RecordStore) DeleteRecord(ctx context.Context, id string) error {
	const op = "deleting record"
	res, err := s.db.db.ExecContext(ctx, `DELETE FROM documents WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("%s %s: %w", op, id, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("%s %s: %w", op, id, err)
	} else if n == 0 {
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
	return rec.CheckSpans()
}

// publishedValue returns the column value of a published time: NULL for
// the zero time, else UTC text. Years outside 1–9999 give EINVALID.
func publishedValue(t time.Time) (any, error) {
	if t.IsZero() {
		return nil, nil
	}
	t = t.UTC().Truncate(time.Microsecond)
	if y := t.Year(); y < 1 || y > 9999 {
		return nil, &hebel.Error{Code: hebel.EINVALID, Op: "putting record", Message: fmt.Sprintf("published time %v out of range", t)}
	}
	return formatTime(t), nil
}

package postgres

import (
	"context"
	"fmt"
	"sort"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/internal/recordcodec"
)

var _ hebel.RecordBatchStore = (*RecordStore)(nil)

// PutRecords stores recs in one transaction, as hebel.RecordBatchStore
// says: every record is encoded and checked before the transaction
// begins; with replace, the ids' advisory locks are taken up front in
// sorted order, so that two batches never deadlock; all records of the
// batch are stamped with one ingest time and listed in batch order.
func (s *RecordStore) PutRecords(ctx context.Context, recs []*hebel.Record, replace bool) (created []bool, err error) {
	return s.putBatch(ctx, recs, replace, time.Time{})
}

// encoded is a record's column values, computed before the transaction.
type encoded struct {
	rec       *hebel.Record
	published any
	body      []byte
	signature []byte
}

// putBatch stores recs; a zero ingested means the server's clock at the
// start of the transaction.
func (s *RecordStore) putBatch(ctx context.Context, recs []*hebel.Record, replace bool, ingested time.Time) (created []bool, err error) {
	const op = "putting records"
	encs := make([]encoded, len(recs))
	for i, rec := range recs {
		if err := validateRecord(rec); err != nil {
			return nil, &hebel.Error{Code: hebel.EINVALID, Op: op, Message: fmt.Sprintf("record %d: %s", i, hebel.ErrorMessage(err))}
		}
		e := encoded{rec: rec, signature: hebel.NewSignature(rec.Document.Text).Bytes()}
		if e.published, err = publishedValue(rec.Document.Published); err != nil {
			return nil, err
		}
		if e.body, err = recordcodec.Encode(rec); err != nil {
			return nil, err
		}
		encs[i] = e
	}
	created = make([]bool, len(recs))
	if len(recs) == 0 {
		return created, nil
	}
	var at any // NULL: now() of the transaction
	if !ingested.IsZero() {
		at = ingested.UTC()
	}
	err = pgx.BeginFunc(ctx, s.db.pool, func(tx pgx.Tx) error {
		if replace {
			if err := lockIDs(ctx, tx, recs); err != nil {
				return err
			}
		}
		for i, e := range encs {
			c, err := putOne(ctx, tx, e, replace, at)
			if err != nil {
				return fmt.Errorf("%s: %w", e.rec.Document.ID, err)
			}
			created[i] = c
		}
		return nil
	})
	if err != nil {
		if len(recs) == 1 {
			return nil, wrapError("putting record", "", err)
		}
		return nil, wrapError(op, "", err)
	}
	return created, nil
}

// lockIDs takes the transaction's advisory lock of every id, in sorted
// order.
func lockIDs(ctx context.Context, tx pgx.Tx, recs []*hebel.Record) error {
	ids := make([]string, 0, len(recs))
	for _, r := range recs {
		ids = append(ids, r.Document.ID)
	}
	sort.Strings(ids)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext(id)) FROM unnest($1::text[]) WITH ORDINALITY AS u(id, n) ORDER BY n`, ids); err != nil {
		return fmt.Errorf("locking: %w", err)
	}
	return nil
}

// putOne writes one record in tx and reports whether it created it.
func putOne(ctx context.Context, tx pgx.Tx, e encoded, replace bool, at any) (bool, error) {
	rec := e.rec
	doc := &rec.Document
	existed := false
	if replace {
		tag, err := tx.Exec(ctx, `DELETE FROM documents WHERE id = $1`, doc.ID)
		if err != nil {
			return false, fmt.Errorf("deleting old row: %w", err)
		}
		existed = tag.RowsAffected() > 0
	}
	dt := doc.Dating
	tag, err := tx.Exec(ctx, `
		INSERT INTO documents (id, title, author, lang, url, published, source, format, text, chars,
			record, n_entities, n_claims, n_quotes, n_relations, n_problems, ingested_at,
			hebel_version, dating_source, dating_precision, dating_upper, dating_note, signature)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
			coalesce($17::timestamptz, now()), $18, $19, $20, $21, $22, $23)
		ON CONFLICT (id) DO NOTHING`,
		doc.ID, doc.Title, doc.Author, doc.Lang, doc.URL, e.published, doc.Source, doc.Format, doc.Text,
		utf8.RuneCountInString(doc.Text), string(e.body),
		len(rec.Entities), len(rec.Claims), len(rec.Quotes), len(rec.Relations), len(rec.Problems),
		at, rec.HebelVersion, dt.Source, string(dt.Precision), dt.UpperBound, dt.Note, e.signature)
	if err != nil {
		return false, err
	}
	if tag.RowsAffected() == 0 {
		return false, nil // stored already: nothing to write
	}
	return !existed, copyChildren(ctx, tx, rec)
}

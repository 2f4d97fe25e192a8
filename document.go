package hebel

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Document is one text with its metadata. Text is NFC-normalised plain
// text; every Span of every extraction points into it.
type Document struct {
	ID        string    // "sha256:" + hex SHA-256 of Text
	Title     string    // "" when unknown
	Author    string    // "" when unknown
	Lang      string    // ISO 639-1, "" before detection
	URL       string    // canonical URL when known
	Published time.Time // zero when undated
	Dating    Dating    // where Published came from and how exact it is
	Source    string    // where it was read from: a path, "-" for stdin, a URL
	Format    string    // the input format: "text" or "html"
	Text      string
}

// DocumentID returns the id of a document with the given normalised text.
func DocumentID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// DocumentSummary is one row of a document listing.
type DocumentSummary struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Lang      string    `json:"lang"`
	Source    string    `json:"source"`
	Chars     int       `json:"chars"` // runes of text
	Entities  int       `json:"entities"`
	Claims    int       `json:"claims"`
	Quotes    int       `json:"quotes"`
	Relations int       `json:"relations"`
	Problems  int       `json:"problems"`
	Ingested  time.Time `json:"ingested"`
	// Published is the document's publication date, null when undated;
	// DatePrecision and DateUpperBound say how it is known (Dating).
	Published      *time.Time `json:"published"`
	DatePrecision  Precision  `json:"date_precision,omitempty"`
	DateUpperBound bool       `json:"date_upper_bound,omitempty"`
	// HebelVersion is the build that extracted the record, "" when unknown.
	HebelVersion string `json:"hebel_version"`
}

// DocumentFilter selects documents in a listing. Zero fields select all.
type DocumentFilter struct {
	Lang string
	// Entity selects documents that name this actor (an entity id).
	Entity string
	// NotVersion selects documents whose records another build of Hebel
	// extracted than this one (compare BuildVersion): what to extract
	// again after an upgrade.
	NotVersion string
	Offset     int
	Limit      int // 0 means no limit
}

// RecordStore keeps documents together with what was extracted from them.
//
// Implementations: sqlite.RecordStore (embedded default), postgres.RecordStore
// (shared).
// The conformance suite in package storetest states the contract in code.
type RecordStore interface {
	// PutRecord stores rec under rec.Document.ID. If a record with that id
	// exists and replace is false, it leaves the store unchanged and returns
	// created == false with a nil error (re-ingesting is a no-op). With
	// replace it overwrites the stored record. In both cases created
	// reports whether no record with that id existed before. An invalid
	// record (empty id or text, a span outside its text: CheckSpans)
	// gives EINVALID. The stored record is the whole record: every field
	// comes back from FindRecordByID (empty and nil slices may swap).
	PutRecord(ctx context.Context, rec *Record, replace bool) (created bool, err error)

	// FindRecordByID returns the stored record, or ENOTFOUND. An id that is
	// a unique prefix of a stored id (at least 8 hex digits after
	// "sha256:", or the bare hex) finds it too; an ambiguous prefix gives
	// ECONFLICT.
	FindRecordByID(ctx context.Context, id string) (*Record, error)

	// FindDocuments lists stored documents, most recently ingested first,
	// and returns the total count matching the filter before paging.
	FindDocuments(ctx context.Context, filter DocumentFilter) ([]*DocumentSummary, int, error)

	// DeleteRecord removes a record, or returns ENOTFOUND.
	DeleteRecord(ctx context.Context, id string) error
}

// RecordBatchStore is a RecordStore that also stores many records in one
// transaction: ingest hands it its records N at a time and falls back to
// PutRecord per record for a store without it. Every store Hebel ships
// implements it, and storetest.RecordStore checks the contract below for
// every store that does.
type RecordBatchStore interface {
	RecordStore

	// PutRecords stores recs in one transaction and returns, for each
	// recs[i], created[i] as PutRecord(ctx, recs[i], replace) would: the
	// records are applied in order, so a record whose id came earlier in
	// the same batch finds it existing (created false; with replace it
	// overwrites it, without replace it is a no-op). All or nothing: a nil
	// record or one with an empty id or text gives EINVALID naming its
	// index before anything is written, and any other failure (ctx
	// cancelled included) leaves the store as it was. An empty batch does
	// nothing and returns an empty slice. Each record stored counts as
	// ingested at the time of the batch, in batch order: the listing shows
	// the later of two records of one batch first.
	PutRecords(ctx context.Context, recs []*Record, replace bool) (created []bool, err error)
}

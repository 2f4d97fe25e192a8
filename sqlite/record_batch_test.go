package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/storetest"
)

// TestBatchIndexes: a batch that stores many records, replacing one of
// them within the batch, leaves the full-text index whole (FTS5's own
// integrity check) and finds each record's text once, and writes every
// child row (many to a statement).
func TestBatchIndexes(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t, filepath.Join(t.TempDir(), "hebel.db"))
	s := NewRecordStore(db)
	var recs []*hebel.Record
	for i := range 150 {
		rec := storetest.NewRecord(300+i, 1+i%20)
		rec.Document.Title = fmt.Sprintf("Titel%d", i)
		recs = append(recs, rec)
	}
	again := *recs[3]
	again.Document.Title = "Ersetzt"
	batch := append(recs[:100:100], &again)
	if _, err := s.PutRecords(ctx, batch, true); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutRecords(ctx, recs[100:], true); err != nil {
		t.Fatal(err)
	}
	if _, err := db.db.Exec(`INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')`); err != nil {
		t.Fatalf("full-text index: %v", err)
	}
	count := func(query string, args ...any) int {
		var n int
		if err := db.db.QueryRow(query, args...).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := count(`SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Ersetzt'`); n != 1 {
		t.Errorf("the replaced title is found %d times, want once", n)
	}
	if n := count(`SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Titel3'`); n != 0 {
		t.Errorf("the old title is still found %d times", n)
	}
	if n := count(`SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Titel149'`); n != 1 {
		t.Errorf("a title of the second batch is found %d times, want once", n)
	}
	for _, rec := range recs {
		want := len(rec.Entities)
		if n := count(`SELECT count(*) FROM entities WHERE doc_id = ?`, rec.Document.ID); n != want {
			t.Errorf("%s: %d entity rows, want %d", rec.Document.ID, n, want)
		}
	}
}

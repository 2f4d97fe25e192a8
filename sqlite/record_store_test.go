package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/sqlite"
	"github.com/hebel-project/hebel/storetest"
)

// openDB opens a database at path for the length of the test.
func openDB(tb testing.TB, path string) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(path)
	if err != nil {
		tb.Fatalf("Open(%s): %v", path, err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return db
}

func TestRecordStoreFile(t *testing.T) {
	storetest.RecordStore(t, func(t *testing.T) hebel.RecordStore {
		return sqlite.NewRecordStore(openDB(t, filepath.Join(t.TempDir(), "hebel.db")))
	})
}

func TestRecordStoreMemory(t *testing.T) {
	storetest.RecordStore(t, func(t *testing.T) hebel.RecordStore {
		return sqlite.NewRecordStore(openDB(t, sqlite.MemoryPath))
	})
}

// BenchmarkPutRecord measures storing a realistic record of 30 entities,
// as a new record and as a replacement of an existing one.
func BenchmarkPutRecord(b *testing.B) {
	ctx := context.Background()
	for _, bc := range []struct {
		name string
		path func(b *testing.B) string
	}{
		{"file", func(b *testing.B) string { return filepath.Join(b.TempDir(), "hebel.db") }},
		{"memory", func(*testing.B) string { return sqlite.MemoryPath }},
	} {
		b.Run(bc.name+"/new", func(b *testing.B) {
			s := sqlite.NewRecordStore(openDB(b, bc.path(b)))
			recs := make([]*hebel.Record, 256)
			for i := range recs {
				recs[i] = storetest.NewRecord(i, 30)
			}
			b.SetBytes(int64(len(recs[0].Document.Text)))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				rec := *recs[i%len(recs)]
				rec.Document.ID = fmt.Sprintf("sha256:%064x", i)
				if _, err := s.PutRecord(ctx, &rec, false); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(bc.name+"/replace", func(b *testing.B) {
			s := sqlite.NewRecordStore(openDB(b, bc.path(b)))
			rec := storetest.NewRecord(0, 30)
			b.SetBytes(int64(len(rec.Document.Text)))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := s.PutRecord(ctx, rec, true); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestSearchStore(t *testing.T) {
	storetest.SearchStore(t, func(t *testing.T) storetest.SearchableStore {
		return sqlite.NewRecordStore(openDB(t, filepath.Join(t.TempDir(), "hebel.db")))
	})
}

func TestActorStore(t *testing.T) {
	storetest.ActorStore(t, func(t *testing.T) storetest.SearchableStore {
		return sqlite.NewRecordStore(openDB(t, sqlite.MemoryPath))
	})
}

func TestFigureStore(t *testing.T) {
	storetest.FigureStore(t, func(t *testing.T) storetest.Stores {
		db := openDB(t, sqlite.MemoryPath)
		return storetest.Stores{Records: sqlite.NewRecordStore(db), Figures: sqlite.NewFigureStore(db)}
	})
}

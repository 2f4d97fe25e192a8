package postgres_test

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/postgres"
	"github.com/hebel-project/hebel/postgres/postgrestest"
	"github.com/hebel-project/hebel/storetest"
)

// Every store runs in a schema of its own, so the suites' subtests run in
// parallel: most of their time is the server creating the schema.

// parallel marks the suite's subtest t parallel and opens its database.
func parallel(t *testing.T) *postgres.DB {
	t.Parallel()
	return postgrestest.Open(t)
}

func TestRecordStore(t *testing.T) {
	storetest.RecordStore(t, func(t *testing.T) hebel.RecordStore {
		return postgres.NewRecordStore(parallel(t))
	})
}

func TestSearchStore(t *testing.T) {
	storetest.SearchStore(t, func(t *testing.T) storetest.SearchableStore {
		return postgres.NewRecordStore(parallel(t))
	})
}

func TestActorStore(t *testing.T) {
	storetest.ActorStore(t, func(t *testing.T) storetest.SearchableStore {
		return postgres.NewRecordStore(parallel(t))
	})
}

func TestWorldStore(t *testing.T) {
	storetest.WorldStore(t, func(t *testing.T) hebel.WorldStore {
		return postgres.NewWorldStore(parallel(t))
	})
}

// TestOpenConcurrently opens one new schema from several processes' worth
// of pools at once: the schema is created and migrated once.
func TestOpenConcurrently(t *testing.T) {
	conn := postgrestest.NewSchema(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make([]error, 4)
	dbs := make([]*postgres.DB, 4)
	for i := range dbs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			dbs[i], errs[i] = postgres.Open(ctx, conn)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Open #%d: %v", i, err)
		}
		defer dbs[i].Close()
	}
	names, err := dbs[0].Migrations(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"migration/0001_records.sql", "migration/0002_world.sql"}; !reflect.DeepEqual(names[:2], want) {
		t.Errorf("migrations %v, want to start with %v", names, want)
	}
}

// TestInvalidData: values PostgreSQL cannot hold (a NUL byte) are a
// refusal of the record (EINVALID), not an infrastructure failure, and
// leave nothing behind.
func TestInvalidData(t *testing.T) {
	s := postgres.NewRecordStore(postgrestest.Open(t))
	ctx := context.Background()
	rec := storetest.NewRecord(1, 8)
	rec.Document.Text += "\x00"
	if _, err := s.PutRecord(ctx, rec, false); hebel.ErrorCode(err) != hebel.EINVALID {
		t.Errorf("PutRecord with a NUL byte: %v (code %q), want %s", err, hebel.ErrorCode(err), hebel.EINVALID)
	}
	if _, total, _ := s.FindDocuments(ctx, hebel.DocumentFilter{}); total != 0 {
		t.Errorf("%d documents stored after a refused put", total)
	}
}

func TestWithSchema(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://u@h:5432/db", "postgres://u@h:5432/db?search_path=s1"},
		{"postgres://u@h/db?sslmode=disable", "postgres://u@h/db?search_path=s1&sslmode=disable"},
		{"host=h dbname=db", "host=h dbname=db search_path=s1"},
	}
	for _, tt := range tests {
		got, err := postgres.WithSchema(tt.in, "s1")
		if err != nil || got != tt.want {
			t.Errorf("WithSchema(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestFigureStore(t *testing.T) {
	storetest.FigureStore(t, func(t *testing.T) storetest.Stores {
		db := postgrestest.Open(t)
		return storetest.Stores{Records: postgres.NewRecordStore(db), Figures: postgres.NewFigureStore(db)}
	})
}

// BenchmarkPutRecord measures storing a realistic record of 30 entities
// in one transaction, new and as a replacement, and ten at a time with
// PutRecords: the same cases as sqlite.BenchmarkPutRecord.
func BenchmarkPutRecord(b *testing.B) {
	ctx := context.Background()
	recs := make([]*hebel.Record, 256)
	for i := range recs {
		recs[i] = storetest.NewRecord(i, 30)
	}
	withID := func(i int) *hebel.Record {
		rec := *recs[i%len(recs)]
		rec.Document.ID = fmt.Sprintf("sha256:%064x", i)
		return &rec
	}
	b.Run("new", func(b *testing.B) {
		s := postgres.NewRecordStore(postgrestest.Open(b))
		b.SetBytes(int64(len(recs[0].Document.Text)))
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, err := s.PutRecord(ctx, withID(i), false); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("replace", func(b *testing.B) {
		s := postgres.NewRecordStore(postgrestest.Open(b))
		b.SetBytes(int64(len(recs[0].Document.Text)))
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, err := s.PutRecord(ctx, recs[0], true); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("batch10", func(b *testing.B) {
		s := postgres.NewRecordStore(postgrestest.Open(b))
		b.SetBytes(int64(len(recs[0].Document.Text)))
		b.ResetTimer()
		for i := 0; i < b.N; i += 10 {
			batch := make([]*hebel.Record, 0, 10)
			for j := i; j < i+10 && j < b.N; j++ {
				batch = append(batch, withID(j))
			}
			if _, err := s.PutRecords(ctx, batch, false); err != nil {
				b.Fatal(err)
			}
		}
	})
}

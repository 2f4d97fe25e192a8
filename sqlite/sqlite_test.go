package sqlite

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
)

// mustOpen opens a database for the length of the test.
func mustOpen(t *testing.T, path string) *DB {
	t.Helper()
	db, err := Open(path)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestOpenPragmas(t *testing.T) {
	tests := []struct {
		name    string
		path    string
		journal string
	}{
		{"file", filepath.Join(t.TempDir(), "hebel.db"), "wal"},
		{"memory", MemoryPath, "memory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := mustOpen(t, tt.path)
			var (
				journal string
				fk      int
				busy    int
			)
			ctx := context.Background()
			if err := db.db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&journal); err != nil {
				t.Fatal(err)
			}
			if err := db.db.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk); err != nil {
				t.Fatal(err)
			}
			if err := db.db.QueryRowContext(ctx, `PRAGMA busy_timeout`).Scan(&busy); err != nil {
				t.Fatal(err)
			}
			if journal != tt.journal || fk != 1 || busy != int(BusyTimeout.Milliseconds()) {
				t.Errorf("journal_mode %s, foreign_keys %d, busy_timeout %d; want %s, 1, %d",
					journal, fk, busy, tt.journal, BusyTimeout.Milliseconds())
			}
		})
	}
}

func TestOpenMigratesOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hebel.db")
	for range 2 {
		db, err := Open(path)
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		var n int
		if err := db.db.QueryRow(`SELECT count(*) FROM migrations`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		names, _ := migrationFS.ReadDir("migration")
		if n != len(names) {
			t.Errorf("migrations table has %d rows, want %d", n, len(names))
		}
		if err := db.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}
	}
}

func TestOpenInvalid(t *testing.T) {
	for _, path := range []string{"", "a?b.db"} {
		if _, err := Open(path); hebel.ErrorCode(err) != hebel.EINVALID {
			t.Errorf("Open(%q) error = %v; want code %s", path, err, hebel.EINVALID)
		}
	}
	if _, err := Open(filepath.Join(t.TempDir(), "missing", "dir", "hebel.db")); err == nil {
		t.Errorf("Open in a missing directory succeeded")
	}
}

func TestMemoryDatabasesAreSeparate(t *testing.T) {
	ctx := context.Background()
	a, b := NewRecordStore(mustOpen(t, MemoryPath)), NewRecordStore(mustOpen(t, MemoryPath))
	rec := &hebel.Record{Document: hebel.Document{ID: hebel.DocumentID("x"), Text: "x"}}
	if _, err := a.PutRecord(ctx, rec, false); err != nil {
		t.Fatal(err)
	}
	if _, total, err := b.FindDocuments(ctx, hebel.DocumentFilter{}); err != nil || total != 0 {
		t.Errorf("second memory database lists %d documents (%v), want 0", total, err)
	}
}

func TestTimeFormat(t *testing.T) {
	tests := []struct {
		in   time.Time
		want string
	}{
		{time.Date(2024, 11, 20, 8, 30, 15, 123456789, time.FixedZone("CET", 3600)), "2024-11-20T07:30:15.123456Z"},
		{time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), "0001-01-01T00:00:00.000000Z"},
		{time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC), "9999-12-31T23:59:59.999999Z"},
	}
	for _, tt := range tests {
		got := formatTime(tt.in)
		if got != tt.want {
			t.Errorf("formatTime(%v) = %s, want %s", tt.in, got, tt.want)
		}
		back, err := parseTime(got)
		if err != nil || !back.Equal(tt.in.Truncate(time.Microsecond)) || back.Location() != time.UTC {
			t.Errorf("parseTime(%s) = %v, %v", got, back, err)
		}
	}
	if _, err := parseTime("gestern"); err == nil {
		t.Errorf("parseTime accepted garbage")
	}
}

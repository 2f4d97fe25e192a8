// Package sqlite implements Hebel's store interfaces on an embedded SQLite
// database (modernc.org/sqlite, pure Go, no cgo). It is the one package of
// Hebel that imports the SQLite driver; its schema lives in embedded
// migrations under migration/.
//
// The package stores and finds; it must not extract, validate beyond the
// store contracts, or read flags and environment. Only cmd/hebel wires it.
//
// Times are kept as UTC text with microsecond precision
// ("2006-01-02T15:04:05.000000Z"), so they sort as text and match what
// PostgreSQL's timestamptz keeps; stores return them in UTC.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"time"

	"github.com/hebel-project/hebel"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// BusyTimeout is how long a connection waits for another writer's lock
// before it fails with SQLITE_BUSY.
const BusyTimeout = 10 * time.Second

// MemoryPath is the path that opens a private in-memory database.
const MemoryPath = ":memory:"

// timeLayout is how times are stored: UTC, fixed width, microseconds.
const timeLayout = "2006-01-02T15:04:05.000000Z"

//go:embed migration/*.sql
var migrationFS embed.FS

// DB is an open SQLite database with Hebel's schema. Stores of this package
// share one DB.
type DB struct {
	db   *sql.DB
	path string

	// Now returns the current time; stores stamp ingests with it. Tests
	// replace it. Open sets it to time.Now.
	Now func() time.Time
}

// Connections to a database file kept open while idle (see Open).
const (
	MaxIdleConns = 32
	IdleConnTime = 5 * time.Minute
)

// Open opens (creating if needed) the database at path and applies the
// pending migrations. The path MemoryPath opens a private in-memory
// database that lives until Close; it is served by a single connection.
// File databases run in WAL mode with foreign keys on and a busy timeout,
// and begin every transaction IMMEDIATE so that concurrent writers queue
// instead of failing. Each connection keeps up to 32 MiB of pages and its
// temporary data (statement journals) in memory: with SQLite's default
// 2 MiB, a batch of records spilled pages to the WAL before its commit and
// wrote every statement journal to a file.
func Open(path string) (*DB, error) {
	if path == "" {
		return nil, &hebel.Error{Code: hebel.EINVALID, Op: "opening database", Message: "no database path"}
	}
	if strings.ContainsRune(path, '?') {
		return nil, &hebel.Error{Code: hebel.EINVALID, Op: "opening database", Message: fmt.Sprintf("database path %q contains '?'", path)}
	}
	dsn := path + "?_txlock=immediate" +
		fmt.Sprintf("&_pragma=busy_timeout(%d)", BusyTimeout.Milliseconds()) +
		"&_pragma=foreign_keys(1)&_pragma=cache_size(-32768)&_pragma=temp_store(memory)"
	if path != MemoryPath {
		dsn += "&_pragma=journal_mode(wal)&_pragma=synchronous(normal)"
	}
	sqldb, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("opening database %s: %w", path, err)
	}
	if path == MemoryPath {
		// Every connection to ":memory:" is a database of its own: keep
		// exactly one, forever.
		sqldb.SetMaxOpenConns(1)
		sqldb.SetMaxIdleConns(1)
		sqldb.SetConnMaxLifetime(0)
		sqldb.SetConnMaxIdleTime(0)
	} else {
		// Keep the connections of a burst of concurrent readers (a
		// server's requests) open: database/sql keeps 2 by default and
		// closes the others after each query, so every query beyond two
		// opened a connection and read its pages into an empty cache
		// again. Idle connections are closed after IdleConnTime.
		sqldb.SetMaxIdleConns(MaxIdleConns)
		sqldb.SetConnMaxIdleTime(IdleConnTime)
	}
	db := &DB{db: sqldb, path: path, Now: time.Now}
	if err := db.migrate(context.Background()); err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("opening database %s: %w", path, err)
	}
	return db, nil
}

// Close closes the database. An in-memory database is gone afterwards.
func (db *DB) Close() error {
	if err := db.db.Close(); err != nil {
		return fmt.Errorf("closing database %s: %w", db.path, err)
	}
	return nil
}

// now returns the current time as stored: UTC, truncated to microseconds.
func (db *DB) now() time.Time {
	return db.Now().UTC().Truncate(time.Microsecond)
}

// migrate applies the embedded migrations not yet recorded in the
// migrations table, in name order, each in its own transaction.
func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (
		name       TEXT PRIMARY KEY,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("creating migrations table: %w", err)
	}
	names, err := fs.Glob(migrationFS, "migration/*.sql")
	if err != nil {
		return fmt.Errorf("listing migrations: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := db.migrateFile(ctx, name); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

// migrateFile applies one migration unless it is recorded as applied.
func (db *DB) migrateFile(ctx context.Context, name string) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	} else if n > 0 {
		return nil
	}
	buf, err := fs.ReadFile(migrationFS, name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(buf)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO migrations (name, applied_at) VALUES (?, ?)`,
		name, formatTime(db.now())); err != nil {
		return err
	}
	return tx.Commit()
}

// formatTime formats t for storage; t must be UTC.
func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// parseTime parses a stored time.
func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("parsing stored time %q: %w", s, err)
	}
	return t, nil
}

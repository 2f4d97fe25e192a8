// Package postgres implements Hebel's store interfaces on PostgreSQL (pgx,
// github.com/jackc/pgx/v5): the shared store of a team, which many API
// servers and ingest workers use at once. It is the one package of Hebel
// that imports pgx; its schema lives in embedded, versioned migrations
// under migration/, applied on Open.
//
// The package stores and finds; it must not extract, validate beyond the
// store contracts, or read flags and environment. Only cmd/hebel wires it.
//
// A database is named by a connection string, a URL
// ("postgres://user@host:5432/db?sslmode=disable") or keyword/value
// pairs. A search_path parameter (…?search_path=team) puts Hebel's tables
// into that schema, which Open creates when it is missing; without one
// they live in the server's default schema (public). Times are timestamptz
// (microseconds) and come back in UTC.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/hebel-project/hebel"
)

// ConnectTimeout bounds how long Open waits for the server.
const ConnectTimeout = 10 * time.Second

//go:embed migration/*.sql
var migrationFS embed.FS

// DB is an open PostgreSQL database with Hebel's schema: a pool of
// connections that the stores of this package share. It is safe for
// concurrent use.
type DB struct {
	pool   *pgxpool.Pool
	schema string // the search_path schema, "" for the server's default
	name   string // the connection string without password, for messages
}

// IsURL reports whether s names a PostgreSQL database by URL
// ("postgres://…" or "postgresql://…").
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Open connects to the database that conn names, creates the search_path
// schema if the connection string sets one and it is missing, and applies
// the pending migrations (under an advisory lock, so that workers starting
// together migrate once). It fails if the server cannot be reached within
// ConnectTimeout or ctx ends.
func Open(ctx context.Context, conn string) (*DB, error) {
	name := redact(conn)
	cfg, err := pgxpool.ParseConfig(conn)
	if err != nil {
		return nil, &hebel.Error{Code: hebel.EINVALID, Op: "opening database", Message: fmt.Sprintf("bad PostgreSQL connection string %s", name), Err: err}
	}
	if cfg.ConnConfig.ConnectTimeout == 0 || cfg.ConnConfig.ConnectTimeout > ConnectTimeout {
		cfg.ConnConfig.ConnectTimeout = ConnectTimeout
	}
	schema := firstSchema(cfg.ConnConfig.RuntimeParams["search_path"])
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("opening database %s: %w", name, err)
	}
	db := &DB{pool: pool, schema: schema, name: name}
	if err := db.setup(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("opening database %s: %w", name, err)
	}
	return db, nil
}

// Close closes every connection of the pool.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

// String returns the connection string without its password.
func (db *DB) String() string { return db.name }

// setup creates the schema and applies the migrations.
func (db *DB) setup(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, ConnectTimeout+time.Minute)
	defer cancel()
	if db.schema != "" {
		_, err := db.pool.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS `+pgx.Identifier{db.schema}.Sanitize())
		// Two processes creating the same schema at once: one of them
		// meets a unique violation on the catalogue; the schema exists.
		if err != nil && !isUniqueViolation(err) {
			return fmt.Errorf("creating schema %s: %w", db.schema, err)
		}
	}
	if err := db.ensureUnaccent(ctx); err != nil {
		return err
	}
	return db.migrate(ctx)
}

// ensureUnaccent installs PostgreSQL's unaccent extension (shipped with
// the server, trusted since PostgreSQL 13) when the database lacks it,
// in the schema public, where every schema of the database finds it.
// Search folds diacritics with it.
func (db *DB) ensureUnaccent(ctx context.Context) error {
	var n int
	if err := db.pool.QueryRow(ctx, `SELECT count(*) FROM pg_extension WHERE extname = 'unaccent'`).Scan(&n); err != nil {
		return fmt.Errorf("looking for the unaccent extension: %w", err)
	}
	if n > 0 {
		return nil
	}
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('hebel-extension-unaccent'))`); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public`)
		return err
	})
	if err != nil {
		return fmt.Errorf("installing the unaccent extension (search needs it; a superuser can run CREATE EXTENSION unaccent): %w", err)
	}
	return nil
}

// migrate applies the embedded migrations not yet recorded in the
// hebel_migrations table, in name order, all in one transaction that holds
// an advisory lock for the schema.
func (db *DB) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrationFS, "migration/*.sql")
	if err != nil {
		return fmt.Errorf("listing migrations: %w", err)
	}
	sort.Strings(names)
	return pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('hebel-migrate:' || current_schema()))`); err != nil {
			return fmt.Errorf("locking for migrations: %w", err)
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS hebel_migrations (
			name       text PRIMARY KEY,
			applied_at timestamptz NOT NULL DEFAULT clock_timestamp()
		)`); err != nil {
			return fmt.Errorf("creating migrations table: %w", err)
		}
		applied := map[string]bool{}
		rows, err := tx.Query(ctx, `SELECT name FROM hebel_migrations`)
		if err != nil {
			return fmt.Errorf("reading migrations: %w", err)
		}
		for rows.Next() {
			var n string
			if err := rows.Scan(&n); err != nil {
				rows.Close()
				return err
			}
			applied[n] = true
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("reading migrations: %w", err)
		}
		for _, name := range names {
			if applied[name] {
				continue
			}
			buf, err := fs.ReadFile(migrationFS, name)
			if err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, string(buf)); err != nil {
				return fmt.Errorf("migration %s: %w", name, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO hebel_migrations (name) VALUES ($1)`, name); err != nil {
				return fmt.Errorf("migration %s: %w", name, err)
			}
		}
		return nil
	})
}

// Migrations returns the names of the applied migrations, in order.
func (db *DB) Migrations(ctx context.Context) ([]string, error) {
	rows, err := db.pool.Query(ctx, `SELECT name FROM hebel_migrations ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("listing migrations: %w", err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("listing migrations: %w", err)
	}
	return names, nil
}

// Ping checks that the server answers.
func (db *DB) Ping(ctx context.Context) error {
	if err := db.pool.Ping(ctx); err != nil {
		return fmt.Errorf("pinging %s: %w", db.name, err)
	}
	return nil
}

// firstSchema returns the first schema of a search_path value, unquoted,
// or "" when there is none or it is a variable such as "$user".
func firstSchema(path string) string {
	first, _, _ := strings.Cut(path, ",")
	first = strings.TrimSpace(first)
	if strings.HasPrefix(first, `"`) && strings.HasSuffix(first, `"`) && len(first) >= 2 {
		return strings.ReplaceAll(first[1:len(first)-1], `""`, `"`)
	}
	if strings.HasPrefix(first, "$") {
		return ""
	}
	return strings.ToLower(first)
}

// redact returns a connection string without its password, for messages.
func redact(conn string) string {
	if IsURL(conn) {
		if u, err := url.Parse(conn); err == nil {
			return u.Redacted()
		}
		return "postgres://…"
	}
	fields := strings.Fields(conn)
	for i, f := range fields {
		if strings.HasPrefix(f, "password=") {
			fields[i] = "password=xxxxx"
		}
	}
	return strings.Join(fields, " ")
}

// isUniqueViolation reports whether err is PostgreSQL's unique_violation.
func isUniqueViolation(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}

// WithSchema returns the connection string conn with its search_path set
// to schema, so that Open keeps Hebel's tables there. Tests use it to give
// each test a schema of its own.
func WithSchema(conn, schema string) (string, error) {
	if IsURL(conn) {
		u, err := url.Parse(conn)
		if err != nil {
			return "", &hebel.Error{Code: hebel.EINVALID, Op: "setting schema", Message: "bad PostgreSQL URL", Err: err}
		}
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String(), nil
	}
	return conn + " search_path=" + schema, nil
}

// DropSchema drops schema and everything in it from the database conn
// names. Tests use it to clean up after themselves.
func DropSchema(ctx context.Context, conn, schema string) error {
	c, err := pgx.Connect(ctx, conn)
	if err != nil {
		return fmt.Errorf("dropping schema %s: %w", schema, err)
	}
	defer c.Close(context.Background())
	if _, err := c.Exec(ctx, `DROP SCHEMA IF EXISTS `+pgx.Identifier{schema}.Sanitize()+` CASCADE`); err != nil {
		return fmt.Errorf("dropping schema %s: %w", schema, err)
	}
	return nil
}

// TableSize is the space one of Hebel's tables takes on the server.
type TableSize struct {
	Table string
	Rows  int64 // exact count
	Bytes int64 // table, TOAST and indexes (pg_total_relation_size)
}

// TableSizes returns the size of every table in the schema, largest
// first: for capacity planning (docs/SCALING.md).
func (db *DB) TableSizes(ctx context.Context) ([]TableSize, error) {
	rows, err := db.pool.Query(ctx, `SELECT c.relname, pg_total_relation_size(c.oid)
		FROM pg_class c WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace
		ORDER BY 2 DESC, 1`)
	if err != nil {
		return nil, fmt.Errorf("measuring tables: %w", err)
	}
	sizes, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (TableSize, error) {
		var s TableSize
		err := row.Scan(&s.Table, &s.Bytes)
		return s, err
	})
	if err != nil {
		return nil, fmt.Errorf("measuring tables: %w", err)
	}
	for i := range sizes {
		if err := db.pool.QueryRow(ctx, `SELECT count(*) FROM `+pgx.Identifier{sizes[i].Table}.Sanitize()).Scan(&sizes[i].Rows); err != nil {
			return nil, fmt.Errorf("counting %s: %w", sizes[i].Table, err)
		}
	}
	return sizes, nil
}

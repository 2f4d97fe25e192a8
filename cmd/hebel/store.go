package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/postgres"
	"github.com/hebel-project/hebel/sqlite"
)

// sqliteScheme is the optional prefix of a SQLite database path in --db
// and 'hebel migrate' ("sqlite:team.db").
const sqliteScheme = "sqlite:"

// stores is one opened database with every store Hebel keeps in it.
type stores struct {
	Records hebel.RecordStore
	World   hebel.WorldStore
	Figures hebel.FigureStore
	Name    string // the database as the user named it, without a password
	close   func() error

	// The concrete stores, for the few commands that need more than the
	// interfaces (migrate keeps ingest and load times); one is nil.
	sqlite   *sqlite.DB
	postgres *postgres.DB
}

// Close closes the database.
func (s *stores) Close() error { return s.close() }

// isPostgres reports whether a --db value names a PostgreSQL database.
func isPostgres(db string) bool { return postgres.IsURL(db) }

// openStores opens the database db names: a postgres:// or postgresql://
// URL is a PostgreSQL database (migrated on open), anything else a SQLite
// file, with or without "sqlite:" in front (created if missing).
func openStores(ctx context.Context, db string) (*stores, error) {
	if isPostgres(db) {
		pg, err := postgres.Open(ctx, db)
		if err != nil {
			return nil, err
		}
		return &stores{
			Records: postgres.NewRecordStore(pg), World: postgres.NewWorldStore(pg), Figures: postgres.NewFigureStore(pg),
			Name: pg.String(), close: pg.Close, postgres: pg,
		}, nil
	}
	path := strings.TrimPrefix(db, sqliteScheme)
	lite, err := sqlite.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening database %s: %w", path, err)
	}
	return &stores{
		Records: sqlite.NewRecordStore(lite), World: sqlite.NewWorldStore(lite), Figures: sqlite.NewFigureStore(lite),
		Name: path, close: lite.Close, sqlite: lite,
	}, nil
}

// openDB opens the database the command line names (--db, $HEBEL_DB,
// ./hebel.db).
func (m *Main) openDB(cmd *cobra.Command) (*stores, error) {
	return openStores(cmd.Context(), m.dbPath(cmd))
}

// openDBIfExists opens the database the command line names for reading:
// a SQLite file that does not exist gives nil and no error, so that a
// read creates no database. PostgreSQL databases are always opened.
func (m *Main) openDBIfExists(cmd *cobra.Command) (*stores, error) {
	db := m.dbPath(cmd)
	if !isPostgres(db) {
		path := strings.TrimPrefix(db, sqliteScheme)
		if _, err := os.Stat(path); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, nil
			}
			return nil, fmt.Errorf("opening database %s: %w", path, err)
		}
	}
	return m.openDB(cmd)
}

// openStore opens the record store the command line names.
func (m *Main) openStore(cmd *cobra.Command) (hebel.RecordStore, func() error, error) {
	s, err := m.openDB(cmd)
	if err != nil {
		return nil, nil, err
	}
	return s.Records, s.Close, nil
}

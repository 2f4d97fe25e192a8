// Package postgrestest gives tests a PostgreSQL database of their own: a
// fresh schema on the server $HEBEL_TEST_POSTGRES names (by default the
// local one, postgres://postgres@127.0.0.1:5432/test), dropped when the
// test ends, so that parallel tests and other people's tests on the same
// server never meet. A server that cannot be reached skips the test with
// one message, or fails it under CI (internal/servicetest).
//
// Only tests import it.
package postgrestest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/hebel-project/hebel/internal/servicetest"
	"github.com/hebel-project/hebel/postgres"
)

// EnvConn names the environment variable that overrides DefaultConn.
const EnvConn = "HEBEL_TEST_POSTGRES"

// DefaultConn is the server tests use when $HEBEL_TEST_POSTGRES is unset:
// the machine's local PostgreSQL with trust authentication.
const DefaultConn = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// Conn returns the connection string of the test server.
func Conn() string {
	if c := os.Getenv(EnvConn); c != "" {
		return c
	}
	return DefaultConn
}

var (
	reachOnce sync.Once
	reachErr  error
)

// reachable checks once per test binary that the server answers.
func reachable() error {
	reachOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		reachErr = postgres.DropSchema(ctx, Conn(), "hebel_test_probe_never_created")
	})
	return reachErr
}

// NewSchema returns a connection string whose search_path is a new,
// unique schema (created by postgres.Open), and drops the schema when tb
// ends. It skips or fails tb as servicetest says when the server is down.
func NewSchema(tb testing.TB) string {
	tb.Helper()
	if err := reachable(); err != nil {
		servicetest.Unavailable(tb, "PostgreSQL ($"+EnvConn+" or "+DefaultConn+")", err)
	}
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		tb.Fatal(err)
	}
	schema := "hebel_test_" + hex.EncodeToString(b[:])
	conn, err := postgres.WithSchema(Conn(), schema)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := postgres.DropSchema(ctx, Conn(), schema); err != nil {
			tb.Errorf("cleaning up: %v", err)
		}
	})
	return conn
}

// Open opens a database in a new schema for the length of tb.
func Open(tb testing.TB) *postgres.DB {
	tb.Helper()
	conn := NewSchema(tb)
	db, err := postgres.Open(context.Background(), conn)
	if err != nil {
		tb.Fatalf("opening %s: %v", conn, err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

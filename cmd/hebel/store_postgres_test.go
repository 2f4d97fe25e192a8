package main

import (
	"strings"
	"testing"

	"github.com/hebel-project/hebel/postgres/postgrestest"
)

// The commands on a PostgreSQL store, each in a schema of its own: the
// same behaviour as on SQLite (store_test.go, serve_test.go).

func TestIngestDocsShowPostgres(t *testing.T) {
	testIngestDocsShow(t, postgrestest.NewSchema(t))
}

func TestServePostgres(t *testing.T) {
	testServe(t, postgrestest.NewSchema(t))
}

// TestDataAndLeveragePostgres loads a dataset file into PostgreSQL, lists
// it and reads it back through the leverage command.
func TestDataAndLeveragePostgres(t *testing.T) {
	db := postgrestest.NewSchema(t)
	if code, _, errOut := run(t, "", nil, "--db", db, "ingest", "-q", "../../examples/seed-article.de.txt"); code != 0 {
		t.Fatalf("ingest: exit %d, stderr %q", code, errOut)
	}
	code, out, errOut := run(t, "", nil, "--db", db, "data", "list")
	if code != 0 || !strings.HasPrefix(out, "DATASET") {
		t.Fatalf("data list: exit %d, out %q, stderr %q", code, out, errOut)
	}
	code, out, errOut = run(t, "", nil, "--db", db, "leverage", "CHN", "PRK", "--year", "2014")
	if code != 0 || !strings.Contains(out, "CHN") {
		t.Fatalf("leverage: exit %d, out %q, stderr %q", code, out, errOut)
	}
}

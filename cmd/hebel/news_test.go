package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dataset/bundle"
	"github.com/hebel-project/hebel/leverage"
	"github.com/hebel-project/hebel/sqlite"
)

// TestNewsRelationsEnterTheModel: after the seed is ingested, the
// Russia–North Korea pact it reports (and no bundled dataset knows)
// enters 'hebel leverage RUS PRK' as a security tie that cites the claim
// and its claimant, and every number of the output still resolves.
func TestNewsRelationsEnterTheModel(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	if code, _, errOut := run(t, "", nil, "--db", db, "ingest", "-q", "../../examples/seed-article.de.txt"); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	code, out, errOut := run(t, "", nil, "--db", db, "leverage", "RUS", "PRK", "--format", "json")
	if code != 0 {
		t.Fatalf("leverage: exit %d: %s", code, errOut)
	}
	var p struct {
		Sources []leverage.Source `json:"sources"`
	}
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range p.Sources {
		if s.Kind == leverage.KindClaim && strings.Contains(s.ClaimID, "#relation-") && strings.Contains(s.Claimant, "Lee") {
			found = true
		}
	}
	if !found {
		t.Errorf("no source cites a relation of the stored article with its claimant; sources: %+v", p.Sources)
	}
	w, err := bundle.Load()
	if err != nil {
		t.Fatal(err)
	}
	// Resolve against the world the command read: the bundle plus the news.
	rec := mustStoredRecords(t, db)
	full := mergeWorlds(w, leverage.NewsWorld(rec, leverage.NewsOptions{}))
	if n, errs := leverage.ResolveProvenance([]byte(out), full); len(errs) > 0 {
		t.Errorf("%d figures; provenance errors: %v", n, errs[:min(len(errs), 5)])
	}
}

func mustStoredRecords(t *testing.T, path string) []*hebel.Record {
	t.Helper()
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	store := sqlite.NewRecordStore(db)
	docs, _, err := store.FindDocuments(context.Background(), hebel.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var recs []*hebel.Record
	for _, d := range docs {
		r, err := store.FindRecordByID(context.Background(), d.ID)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	return recs
}

package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestIngestDocsShow(t *testing.T) {
	testIngestDocsShow(t, filepath.Join(t.TempDir(), "test.db"))
}

// testIngestDocsShow ingests, lists and shows documents in the database
// db names ($HEBEL_DB).
func testIngestDocsShow(t *testing.T, db string) {
	env := map[string]string{envDB: db}
	code, out, errOut := run(t, "", env, "ingest", "../../examples/")
	if code != 0 || !strings.HasPrefix(out, "stored\tsha256:") {
		t.Fatalf("ingest: exit %d, out %q, stderr %q", code, out, errOut)
	}
	id := strings.Fields(out)[1]
	code, out, _ = run(t, "", env, "ingest", "../../examples/")
	if code != 0 || !strings.HasPrefix(out, "unchanged\t"+id) {
		t.Errorf("re-ingest: exit %d, out %q", code, out)
	}
	code, out, _ = run(t, "", env, "ingest", "--force", "../../examples/")
	if code != 0 || !strings.HasPrefix(out, "replaced\t"+id) {
		t.Errorf("forced re-ingest: exit %d, out %q", code, out)
	}
	code, out, _ = run(t, "", env, "docs")
	if code != 0 || strings.Count(out, "sha256:") != 1 || !strings.Contains(out, id[:19]) {
		t.Errorf("docs: exit %d, out %q", code, out)
	}
	code, out, _ = run(t, "", env, "show", id[:19])
	if code != 0 {
		t.Fatalf("show: exit %d", code)
	}
	if recs := decodeAll(t, out); len(recs) != 1 || recs[0].Document.ID != id {
		t.Errorf("show printed %d records", len(recs))
	}
	if code, _, errOut := run(t, "", env, "show", "sha256:ffffffffffff"); code != 1 || !strings.Contains(errOut, "no document") {
		t.Errorf("show unknown: exit %d, stderr %q", code, errOut)
	}
}

// TestIngestNewsDevTwice: re-ingesting a folder leaves the same number of
// documents.
func TestIngestNewsDevTwice(t *testing.T) {
	dir := sharedDir(t, "data/eval/news-dev")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	db := filepath.Join(t.TempDir(), "test.db")
	counts := make([]int, 2)
	for i := range counts {
		args := append([]string{"--db", db, "ingest", "-q"}, files...)
		if code, _, errOut := run(t, "", nil, args...); code != 0 {
			t.Fatalf("ingest %d: exit %d, stderr %q", i, code, errOut)
		}
		code, out, _ := run(t, "", nil, "--db", db, "docs", "--format", "json")
		if code != 0 {
			t.Fatalf("docs: exit %d", code)
		}
		counts[i] = strings.Count(out, "\n")
	}
	if counts[0] != len(files) || counts[1] != counts[0] {
		t.Errorf("documents after first and second ingest: %v, want %d both times", counts, len(files))
	}
}

package main

import (
	"strings"
	"testing"
)

// TestDating checks the acceptance of issue 10, item 1 on the command line:
// a document with no date says undated in every output, the example is
// dated by its sidecar, --published dates every input and refuses what is
// no date.
func TestDating(t *testing.T) {
	const text = "Japan and Canada signed a trade agreement in Ottawa."
	code, out, errOut := run(t, text, nil, "extract", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rec := decodeAll(t, out)[0]
	if rec.Document.Published != nil || rec.Document.Dating == nil || !rec.Document.Dating.Undated {
		t.Errorf("undated JSON: published %v dating %+v", rec.Document.Published, rec.Document.Dating)
	}
	if !strings.Contains(out, `"published":null`) || !strings.Contains(out, `"dating":{"undated":true}`) {
		t.Errorf("undated JSON does not say so: %.300s", out)
	}
	_, out, _ = run(t, text, nil, "extract", "--format", "text", "-")
	if !strings.Contains(out, "\npublished undated\n") {
		t.Errorf("text output of an undated document:\n%s", out)
	}

	_, out, _ = run(t, "", nil, "extract", "--format", "text", "../../examples/seed-article.de.txt")
	if !strings.Contains(out, "\npublished 2024-12 (month; sidecar: inferred; ") {
		t.Errorf("seed is not dated by its sidecar:\n%.400s", out)
	}

	code, out, errOut = run(t, text, nil, "extract", "--published", "2024-03-05", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rec = decodeAll(t, out)[0]
	if rec.Document.Published == nil || rec.Document.Published.Format("2006-01-02") != "2024-03-05" ||
		rec.Document.Dating == nil || rec.Document.Dating.Source != "flag" || rec.Document.Dating.Precision != "day" {
		t.Errorf("--published: %v %+v", rec.Document.Published, rec.Document.Dating)
	}
	for _, bad := range []string{"2024-02-30", "yesterday", "2024-13"} {
		if code, _, errOut := run(t, text, nil, "extract", "--published", bad, "-"); code != exitUsage || !strings.Contains(errOut, "--published") {
			t.Errorf("--published %s: exit %d, %s", bad, code, errOut)
		}
	}

	db := t.TempDir() + "/h.db"
	_, out, _ = run(t, text, nil, "--db", db, "report", "-")
	if !strings.Contains(out, "published undated)") {
		t.Errorf("report header of an undated document:\n%.300s", out)
	}
	if code, _, errOut := run(t, "", nil, "--db", db, "ingest", "-q", "../../examples/seed-article.de.txt"); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	_, out, _ = run(t, "", nil, "--db", db, "docs")
	if !strings.Contains(out, " undated ") || !strings.Contains(out, " 2024-12 ") {
		t.Errorf("docs does not show undated and month dates:\n%s", out)
	}
	_, out, _ = run(t, "", nil, "--db", db, "show", "--format", "text", "sha256:5c7fd83f")
	if !strings.Contains(out, "\npublished 2024-12 (month; sidecar: ") || !strings.Contains(out, "«letzten Jahren»") {
		t.Errorf("show of the dated example:\n%.600s", out)
	}
}

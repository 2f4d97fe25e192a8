package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dating"
)

func TestDatingFromMetaFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	text := "Japan and Canada signed a trade agreement on Monday."
	full := write("a.txt", text)
	write("a.txt.meta.json", `{"published": "2024-12", "note": "from the events"}`)
	short := write("b.txt", text+" B")
	write("b.meta.json", `{"date": "2023-05-02"}`)
	indexed := write("c.txt", text+" C")
	undated := write("d.txt", text+" D")
	badSide := write("e.txt", text+" E")
	write("e.txt.meta.json", `{"published": "2024-02-30"}`)
	brokenSide := write("f.txt", text+" F")
	write("f.txt.meta.json", `not json`)
	write(dating.IndexName, `[{"file": "c.txt", "url": "https://example.org/c", "date": "2022 (inferred)"},
		{"file": "a.txt", "date": "2019-01-01"}, {"file": "d.txt", "date": ""}]`)

	x := testExtractor()
	type want struct {
		label, source, problem string
	}
	for _, c := range []struct {
		in string
		want
	}{
		{full, want{"2024-12", hebel.DateFromSidecar, ""}}, // the sidecar wins over the index entry, which is not read
		{short, want{"2023-05-02", hebel.DateFromSidecar, ""}},
		{indexed, want{"2022", hebel.DateFromIndex, ""}},
		{undated, want{"undated", "", ""}},
		{badSide, want{"undated", "", hebel.ProblemBadDate}},
		{brokenSide, want{"undated", "", hebel.ProblemBadField}},
	} {
		rec, err := x.Extract(context.Background(), Input{Name: c.in})
		if err != nil {
			t.Fatalf("%s: %v", c.in, err)
		}
		d := rec.Document
		if d.DateLabel() != c.label || d.Dating.Source != c.source {
			t.Errorf("%s: %s from %q, want %s from %q", filepath.Base(c.in), d.DateLabel(), d.Dating.Source, c.label, c.source)
		}
		if !hasProblem(rec, c.problem) {
			t.Errorf("%s: problems %v, want %q", filepath.Base(c.in), rec.Problems, c.problem)
		}
		if c.in == indexed && (d.URL != "https://example.org/c" || d.Dating.Note != "inferred") {
			t.Errorf("index entry: url %q note %q", d.URL, d.Dating.Note)
		}
	}

	// The flag outranks the sidecar and records the disagreement.
	x.Published = dating.Meta{Published: day(2025, 1, 1), Precision: hebel.PrecisionYear}
	rec, err := x.Extract(context.Background(), Input{Name: full})
	if err != nil {
		t.Fatal(err)
	}
	if rec.Document.DateLabel() != "2025" || rec.Document.Dating.Source != hebel.DateFromFlag || !hasProblem(rec, hebel.ProblemDateConflict) {
		t.Errorf("flag: %s %+v %v", rec.Document.DateLabel(), rec.Document.Dating, rec.Problems)
	}

	// Directories expand to their documents, not their metadata.
	inputs, errs := Expand([]string{dir})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, in := range inputs {
		if strings.HasSuffix(in.Name, ".json") {
			t.Errorf("metadata file %s expanded as a document", in.Name)
		}
	}
	if len(inputs) != 6 {
		t.Errorf("expanded %d inputs, want 6", len(inputs))
	}
}

func hasProblem(rec *hebel.Record, code string) bool {
	if code == "" {
		for _, p := range rec.Problems {
			if strings.Contains(p.Code, "date") || p.Code == hebel.ProblemBadField {
				return false
			}
		}
		return true
	}
	for _, p := range rec.Problems {
		if p.Code == code {
			return true
		}
	}
	return false
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

package main

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hebel-project/hebel/internal/sharedtest"

	"github.com/hebel-project/hebel/record"
)

// run runs hebel in-process with the given stdin and returns its exit
// code, stdout and stderr.
func run(t *testing.T, stdin string, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	m := &Main{
		Stdin:  strings.NewReader(stdin),
		Stdout: &stdout,
		Stderr: &stderr,
		Getenv: func(k string) string { return env[k] },
	}
	code := m.Run(context.Background(), args)
	return code, stdout.String(), stderr.String()
}

// decodeAll decodes and validates every record of a JSON Lines stream;
// Validate checks that every mention's rune offsets slice the text to
// exactly its text.
func decodeAll(t *testing.T, out string) []*record.Record {
	t.Helper()
	dec := record.NewDecoder(strings.NewReader(out))
	var recs []*record.Record
	for {
		r, err := dec.Decode()
		if err == io.EOF {
			return recs
		}
		if err != nil {
			t.Fatalf("decoding output: %v", err)
		}
		recs = append(recs, r)
	}
}

// sharedDir returns ../shared/<rel> beside the repository, or skips the
// test where the shared data is absent (a fresh machine).
func sharedDir(t *testing.T, rel string) string {
	t.Helper()
	return sharedtest.Dir(t, rel)
}

func TestExtractSeedExample(t *testing.T) {
	code, out, errOut := run(t, "", nil, "extract", "--format", "json", "../../examples/seed-article.de.txt")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	recs := decodeAll(t, out)
	if len(recs) != 1 {
		t.Fatalf("got %d records, want 1", len(recs))
	}
	r := recs[0]
	if r.Version != 1 || r.Document.Lang != "de" || !strings.HasPrefix(r.Document.ID, "sha256:") {
		t.Errorf("version %d lang %q id %q", r.Version, r.Document.Lang, r.Document.ID)
	}
	ids := map[string]bool{}
	for _, e := range r.Entities {
		ids[e.ID] = true
	}
	for _, want := range []string{"PRK", "CHN", "RUS", "UKR", "USA", "JPN", "KOR", "BLR"} {
		if !ids[want] {
			t.Errorf("entity %s missing; have %v", want, ids)
		}
	}
	if r.Claims == nil || r.Quotes == nil || r.Relations == nil {
		t.Error("claims, quotes and relations must be arrays")
	}
}

func TestExtractTextFormat(t *testing.T) {
	code, out, errOut := run(t, "", nil, "extract", "--format", "text", "../../examples/seed-article.de.txt")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	for _, want := range []string{"lang de", "entities (", "PRK", "North Korea"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
}

func TestExtractStdin(t *testing.T) {
	code, out, errOut := run(t, "The United States and Japan signed a new defence agreement in Tokyo on Monday.", nil, "extract", "-")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	recs := decodeAll(t, out)
	if len(recs) != 1 || recs[0].Document.Lang != "en" || recs[0].Document.Source != "-" {
		t.Fatalf("records %+v", recs)
	}
}

// TestExtractNewsDev checks that all news-dev files give valid records in
// the right language (the file name starts with it) with valid offsets.
func TestExtractNewsDev(t *testing.T) {
	dir := sharedDir(t, "data/eval/news-dev")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) != 30 {
		t.Fatalf("found %d news-dev texts, want 30", len(files))
	}
	code, out, errOut := run(t, "", nil, append([]string{"extract"}, files...)...)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	recs := decodeAll(t, out)
	if len(recs) != len(files) {
		t.Fatalf("%d records for %d files", len(recs), len(files))
	}
	for i, r := range recs {
		want := filepath.Base(files[i])[:2]
		if r.Document.Lang != want {
			t.Errorf("%s: lang %q, want %q", files[i], r.Document.Lang, want)
		}
		if len(r.Entities) == 0 {
			t.Errorf("%s: no entities", files[i])
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"extract"},
		{"extract", "--format", "xml", "x.txt"},
		{"extract", "--no-such-flag", "x.txt"},
		{"no-such-command"},
		{"show"},
	} {
		code, _, errOut := run(t, "", nil, args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2 (stderr %q)", args, code, errOut)
		}
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := run(t, "", nil, "version")
	if code != 0 || !strings.Contains(out, "record format version 1") {
		t.Errorf("exit %d, output %q", code, out)
	}
}

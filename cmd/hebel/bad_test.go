package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const bad = "../../testdata/bad/"

// TestBadInputs checks the documented outcome of each file in
// testdata/bad (see its README): refused with one clear line naming the
// input, or read with a recorded problem.
func TestBadInputs(t *testing.T) {
	tests := []struct {
		file     string
		code     int
		stderr   string // substring of stderr ("" when it must be empty)
		problem  string // problem code in the record
		contains string // substring of the document text
	}{
		{file: "binary.bin", code: 1, stderr: "binary"},
		{file: "empty.txt", code: 1, stderr: "empty"},
		{file: "latin1.txt", code: 0, problem: "encoding", contains: "ü"},
		{file: "utf16-bom.txt", code: 0, contains: "ä"},
		{file: "truncated.html", code: 0, problem: "truncated"},
		{file: "no-article.html", code: 1, stderr: "no article text"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := bad + tt.file
			code, out, errOut := run(t, "", nil, "extract", path)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, tt.code, errOut)
			}
			if tt.stderr != "" {
				if !strings.Contains(errOut, tt.stderr) || !strings.Contains(errOut, path) {
					t.Errorf("stderr %q should name %s and say %q", errOut, path, tt.stderr)
				}
				if strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
					t.Errorf("want one line on stderr, got %q", errOut)
				}
				return
			}
			recs := decodeAll(t, out)
			if len(recs) != 1 {
				t.Fatalf("%d records", len(recs))
			}
			r := recs[0]
			if !strings.Contains(r.Document.Text, tt.contains) {
				t.Errorf("text lacks %q: %.200q", tt.contains, r.Document.Text)
			}
			if tt.problem != "" {
				found := false
				for _, p := range r.Problems {
					found = found || p.Code == tt.problem
				}
				if !found {
					t.Errorf("no %q problem in %+v", tt.problem, r.Problems)
				}
			}
		})
	}
}

// TestMixedDirectory: in a directory, a binary file is skipped and named
// in one line, an empty text file is reported, the good ones are still
// extracted, and the exit code says that something failed.
func TestMixedDirectory(t *testing.T) {
	code, out, errOut := run(t, "", nil, "extract", bad+"mixed")
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if recs := decodeAll(t, out); len(recs) != 2 {
		t.Errorf("%d records, want 2", len(recs))
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "skipped 1 file") || !strings.Contains(lines[0], "c-binary.bin (binary (PNG))") ||
		!strings.Contains(lines[1], "d-empty.txt: empty input") {
		t.Errorf("stderr %q, want a skip line naming c-binary.bin and an error for d-empty.txt", errOut)
	}
}

// TestOversized generates an input over the limit instead of committing one.
func TestOversized(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, []byte(strings.Repeat("Nordkorea und Russland. ", 500)), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := run(t, "", nil, "extract", "--max-bytes", "1000", path)
	if code != 1 || !strings.Contains(errOut, "over the limit") || !strings.Contains(errOut, path) {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if code, _, errOut := run(t, "", nil, "extract", "--max-bytes", "100000", path); code != 0 {
		t.Errorf("with a higher limit: exit %d, stderr %q", code, errOut)
	}
}

func TestMissingFile(t *testing.T) {
	code, _, errOut := run(t, "", nil, "extract", "no/such/file.txt", "../../examples/seed-article.de.txt")
	if code != 1 || !strings.Contains(errOut, "no/such/file.txt") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestUnsupportedLanguage(t *testing.T) {
	text := "Le gouvernement français a annoncé mercredi de nouvelles sanctions contre la Russie et la Corée du Nord."
	// Telling French needs lingua's models, loaded on first use: on a
	// busy machine that alone can outlast the default budget per document.
	code, out, errOut := run(t, text, nil, "extract", "--doc-timeout", "10m", "-")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	r := decodeAll(t, out)[0]
	if r.Document.Lang != "fr" || len(r.Problems) != 1 || r.Problems[0].Code != "unsupported_language" || len(r.Entities) != 0 {
		t.Errorf("lang %q problems %+v entities %d", r.Document.Lang, r.Problems, len(r.Entities))
	}
}

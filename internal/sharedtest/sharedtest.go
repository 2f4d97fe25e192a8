// Package sharedtest finds the shared evaluation data (../shared beside the
// repository: news-dev, gold readings, eval sets, world data) for tests and
// benchmarks, and skips them with one clear message where it is absent, as
// on a fresh machine. Only _test files import it; it never fails a test for
// missing data.
package sharedtest

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

// EnvDir names an environment variable that points to the shared
// directory when it is not ../shared beside the repository.
const EnvDir = "HEBEL_SHARED"

var (
	rootOnce sync.Once
	root     string // the shared directory, "" when not found
)

// find locates the shared directory: $HEBEL_SHARED, else ../shared beside
// the directory holding go.mod, found by walking up from the working
// directory (go test runs in the package's directory).
func find() string {
	if d := os.Getenv(EnvDir); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for dir := wd; ; {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(filepath.Dir(dir), "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Find returns the shared directory, or "" when there is none: for tests
// that read it where present and run on without it.
func Find() string {
	rootOnce.Do(func() { root = find() })
	if root == "" {
		return ""
	}
	if _, err := os.Stat(root); err != nil {
		return ""
	}
	return root
}

// Dir returns the path of rel (slash-separated parts) below the shared
// directory, or skips tb when it does not exist.
func Dir(tb testing.TB, rel ...string) string {
	tb.Helper()
	rootOnce.Do(func() { root = find() })
	if root == "" {
		tb.Skip("shared data not found: no go.mod above the working directory and $" + EnvDir + " unset")
	}
	p := filepath.Join(append([]string{root}, rel...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data not found at %s (a fresh machine has no ../shared; set $%s to use another copy): %v", p, EnvDir, err)
	}
	return p
}

// Text is one news-dev excerpt.
type Text struct {
	Name string // file name, e.g. "de-dev-01.txt"
	Lang string // "de" or "en", from the name
	Text string
}

// NewsDev returns the news-dev texts (data/eval/news-dev/*.txt) in name
// order, or skips tb when they are absent.
func NewsDev(tb testing.TB) []Text {
	tb.Helper()
	dir := Dir(tb, "data", "eval", "news-dev")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Skipf("no news-dev texts in %s", dir)
	}
	sort.Strings(files)
	out := make([]Text, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		name := filepath.Base(f)
		lang, _, _ := strings.Cut(name, "-")
		out = append(out, Text{Name: name, Lang: lang, Text: string(b)})
	}
	return out
}

package eval

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedDir returns ../shared/<rel> relative to the repository root, or
// skips the test when the shared data is absent (a fresh machine).
func sharedDir(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data not found at %s (a fresh machine has no ../shared): %v", p, err)
	}
	return p
}

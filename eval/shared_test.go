package eval

import (
	"testing"

	"github.com/hebel-project/hebel/internal/sharedtest"
)

// sharedDir returns ../shared/<rel> beside the repository, or skips the
// test where the shared data is absent (a fresh machine).
func sharedDir(t testing.TB, rel string) string {
	t.Helper()
	return sharedtest.Dir(t, rel)
}

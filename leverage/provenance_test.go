package leverage

import (
	"testing"

	"github.com/hebel-project/hebel"
)

// CheckProvenance fails t for every number of the JSON result data that
// ResolveProvenance cannot trace to a row of w, a claim or an assumption,
// and returns how many figures it checked.
func CheckProvenance(t *testing.T, data []byte, w *hebel.World) int {
	t.Helper()
	n, errs := ResolveProvenance(data, w)
	for _, err := range errs {
		t.Error(err)
	}
	return n
}

package hebel_test

import (
	"testing"

	"github.com/hebel-project/hebel"
)

func TestIsStateID(t *testing.T) {
	for id, want := range map[string]bool{
		"PRK": true, "DEU": true,
		"prk": false, "PR": false, "PRKX": false, "PRÖ": false, "P1K": false, "": false,
		"org:un": false, "place:kursk": false,
	} {
		if got := hebel.IsStateID(id); got != want {
			t.Errorf("IsStateID(%q) = %v, want %v", id, got, want)
		}
	}
}

package report

import "testing"

func TestCountOf(t *testing.T) {
	for n, want := range map[int]string{0: "0 relations", 1: "1 relation", 3: "3 relations"} {
		if got := countOf(n, "relation"); got != want {
			t.Errorf("countOf(%d) = %q, want %q", n, got, want)
		}
	}
}

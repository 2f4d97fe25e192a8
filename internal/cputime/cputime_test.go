package cputime

import "testing"

func TestNowGrows(t *testing.T) {
	a := Now()
	x := 0
	for i := range 20_000_000 {
		x += i % 7
	}
	if b := Now(); a != 0 && b <= a {
		t.Errorf("CPU time did not grow: %d then %d (%d)", a, b, x)
	}
}

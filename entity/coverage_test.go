package entity

import (
	"math/rand"
	"testing"
)

// TestCoverage checks the bitmap against the definition it replaces: a
// span overlaps a mention when each starts before the other ends.
func TestCoverage(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	const n = 300
	for round := 0; round < 200; round++ {
		c := newCoverage(n)
		var ms [][2]int
		for k := r.Intn(6); k > 0; k-- {
			s := r.Intn(n)
			e := min(n, s+r.Intn(80))
			if r.Intn(8) == 0 {
				e = s // a point
			}
			c.mark(s, e)
			ms = append(ms, [2]int{s, e})
		}
		for q := 0; q < 50; q++ {
			s := r.Intn(n - 1)
			e := s + 1 + r.Intn(min(100, n-s-1)+1)
			e = min(e, n)
			want := false
			for _, m := range ms {
				want = want || m[0] < e && s < m[1]
			}
			if got := c.any(s, e); got != want {
				t.Fatalf("mentions %v: any(%d, %d) = %v, want %v", ms, s, e, got, want)
			}
		}
	}
}

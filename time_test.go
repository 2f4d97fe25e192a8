package hebel

import (
	"testing"
	"time"
)

func TestValidTimeOverlaps(t *testing.T) {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	var zero time.Time
	point := func(t time.Time) ValidTime { return ValidTime{Start: t, End: t} }
	span := func(a, b time.Time) ValidTime { return ValidTime{Start: a, End: b} }
	cases := []struct {
		name string
		a, b ValidTime
		want bool
	}{
		{"same point", point(d(2024, 12, 1)), point(d(2024, 12, 1)), true},
		{"two points", point(d(2024, 12, 1)), point(d(2024, 12, 2)), false},
		{"point inside month", point(d(2024, 12, 5)), span(d(2024, 12, 1), d(2025, 1, 1)), true},
		{"point at exclusive end", point(d(2025, 1, 1)), span(d(2024, 12, 1), d(2025, 1, 1)), false},
		{"point at start", point(d(2024, 12, 1)), span(d(2024, 12, 1), d(2025, 1, 1)), true},
		{"disjoint years", span(d(2020, 1, 1), d(2021, 1, 1)), span(d(2024, 1, 1), d(2025, 1, 1)), false},
		{"open end reaches", span(d(2022, 1, 1), zero), point(d(2024, 6, 1)), true},
		{"open start reaches", span(zero, d(2025, 1, 1)), span(d(2024, 1, 1), d(2024, 2, 1)), true},
		{"since after", span(d(2025, 1, 1), zero), point(d(2024, 6, 1)), false},
	}
	for _, c := range cases {
		if got := c.a.Overlaps(c.b); got != c.want {
			t.Errorf("%s: %v.Overlaps(%v) = %v, want %v", c.name, c.a, c.b, got, c.want)
		}
		if got := c.b.Overlaps(c.a); got != c.want {
			t.Errorf("%s (swapped): = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestUndated(t *testing.T) {
	var d Document
	if !d.Undated() {
		t.Error("zero Published is not undated")
	}
	d.Published = time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC)
	if d.Undated() {
		t.Error("dated document reported undated")
	}
}

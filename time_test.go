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

func TestValidTimeUnitPoints(t *testing.T) {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	month := ValidTime{Start: d(2024, 12, 1), End: d(2024, 12, 1), Precision: PrecisionMonth}
	day := ValidTime{Start: d(2024, 12, 15), End: d(2024, 12, 15), Precision: PrecisionDay}
	if !month.Overlaps(day) || !day.Overlaps(month) {
		t.Error("a day inside a month point does not overlap it")
	}
	jan := ValidTime{Start: d(2025, 1, 1), End: d(2025, 1, 1), Precision: PrecisionDay}
	if month.Overlaps(jan) {
		t.Error("the day after a month point overlaps it")
	}
	year := ValidTime{Start: d(2024, 1, 1), End: d(2024, 1, 1), Precision: PrecisionYear}
	if !year.Overlaps(month) || year.Overlaps(jan) {
		t.Error("year point overlaps wrong")
	}
}

func TestDateLabel(t *testing.T) {
	var doc Document
	if got := doc.DateLabel(); got != "undated" {
		t.Errorf("undated document: %q", got)
	}
	doc.Published = time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC)
	doc.Dating = Dating{Source: DateFromSidecar, Precision: PrecisionMonth}
	if got := doc.DateLabel(); got != "2024-12" {
		t.Errorf("month: %q", got)
	}
	doc.Dating = Dating{Source: DateFromWARC, Precision: PrecisionDay, UpperBound: true}
	if got := doc.DateLabel(); got != "≤2024-12-01" {
		t.Errorf("upper bound: %q", got)
	}
}

package chart

import (
	"math"
	"time"
)

// linear maps [lo, hi] onto [a, b].
type linear struct{ lo, hi, a, b float64 }

func (l linear) at(v float64) float64 {
	if l.hi == l.lo {
		return (l.a + l.b) / 2
	}
	return l.a + (v-l.lo)/(l.hi-l.lo)*(l.b-l.a)
}

// niceStep returns a step of 1, 2 or 5 × 10^k that cuts span into about n
// parts.
func niceStep(span float64, n int) float64 {
	if span <= 0 || math.IsNaN(span) || math.IsInf(span, 0) {
		return 1
	}
	raw := span / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*mag >= raw {
			return m * mag
		}
	}
	return 10 * mag
}

// valueTicks returns the bounds of a value axis holding [lo, hi], widened
// to whole steps, and its ticks.
func valueTicks(lo, hi float64) (float64, float64, []float64) {
	if hi == lo {
		lo, hi = lo-1, hi+1
		if lo < 0 && hi > 0 && lo > -1 {
			lo = 0
		}
	}
	step := niceStep(hi-lo, 5)
	lo = math.Floor(lo/step) * step
	hi = math.Ceil(hi/step) * step
	var ticks []float64
	for v := lo; v <= hi+step/2 && len(ticks) < 20; v += step {
		ticks = append(ticks, v)
	}
	return lo, hi, ticks
}

// timeScale maps times onto [a, b].
type timeScale struct {
	lo, hi time.Time
	a, b   float64
}

func (s timeScale) at(t time.Time) float64 {
	span := s.hi.Sub(s.lo).Hours()
	if span <= 0 {
		return (s.a + s.b) / 2
	}
	return s.a + t.Sub(s.lo).Hours()/span*(s.b-s.a)
}

// timeTick is one tick of a time axis.
type timeTick struct {
	t     time.Time
	label string
}

// timeTicks returns at most about eight ticks between lo and hi: years,
// months or days, whichever fits.
func timeTicks(lo, hi time.Time) []timeTick {
	days := hi.Sub(lo).Hours() / 24
	switch {
	case days > 3*365:
		step := int(niceStep(days/365, 6))
		if step < 1 {
			step = 1
		}
		start := time.Date((lo.Year()/step)*step, 1, 1, 0, 0, 0, 0, time.UTC)
		return ticksFrom(start, lo, hi, func(t time.Time) time.Time { return t.AddDate(step, 0, 0) }, "2006")
	case days > 60:
		step := 1
		for _, m := range []int{1, 2, 3, 6, 12} {
			if days/30/float64(m) <= 8 {
				step = m
				break
			}
		}
		start := time.Date(lo.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		return ticksFrom(start, lo, hi, func(t time.Time) time.Time { return t.AddDate(0, step, 0) }, "2006-01")
	}
	step := 1
	for _, d := range []int{1, 2, 7, 14, 30} {
		if days/float64(d) <= 8 {
			step = d
			break
		}
	}
	start := time.Date(lo.Year(), lo.Month(), lo.Day(), 0, 0, 0, 0, time.UTC)
	return ticksFrom(start, lo, hi, func(t time.Time) time.Time { return t.AddDate(0, 0, step) }, "2006-01-02")
}

func ticksFrom(t, lo, hi time.Time, next func(time.Time) time.Time, layout string) []timeTick {
	var out []timeTick
	for ; !t.After(hi) && len(out) < 40; t = next(t) {
		if !t.Before(lo) {
			out = append(out, timeTick{t, t.Format(layout)})
		}
	}
	return out
}

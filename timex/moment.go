package timex

import (
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
)

// momentKind says how a moment is anchored.
type momentKind uint8

const (
	mCal     momentKind = iota + 1 // a calendar date, month or year as written: y, m, d (0: not written)
	mDay                           // a day relative to the reference: off days
	mWeekday                       // a weekday: the nearest, or in the week off weeks from the reference's (wRel)
	mUnit                          // the unit that contains the reference, moved by off units: "last week"
	mSeason                        // season n of year y (or yRel, or the nearest)
	mQuarter                       // quarter n
	mHalf                          // half-year n
	mDecade                        // the decade starting in year n (a two-digit n: the nearest century)
	mCentury                       // century n
	mOffset                        // the reference moved by off units: "vor drei Jahren", "in two weeks"
	mLastN                         // the off units before the reference: "the past 3 weeks"
	mNextN                         // the off units after the reference's day: "the next 3 days"
	mEdge                          // the part of the reference's unit before (off -1) or after (1) it: "earlier this year"
)

// moment is one time expression's meaning before it is resolved.
type moment struct {
	kind    momentKind
	y, m, d int // mCal: the fields written; y also for seasons, quarters, halves
	yRel    bool
	yOff    int // the year is the reference's plus yOff
	mRel    bool
	mOff    int // the month is the reference's plus mOff
	wRel    bool
	wOff    int // mWeekday: the week is the reference's plus wOff
	unit    lang.TimeUnit
	off     int
	n       int // season, quarter, half, decade start, century, weekday
	part    lang.TimePart
	halves  bool // part splits in halves ("early", "late"), not thirds
	wday    int  // mCal with a day only: the weekday it must fall on ("Dienstag, der 25.")
	shifted bool // a named month or season with a shift word: "last September"
	shift   int  // -1: the last one before the reference; 0: the reference's year's; 1: the next one after it
}

// relative reports whether resolving m needs the reference date.
func (m moment) relative() bool {
	switch m.kind {
	case mCal:
		return m.y == 0 || m.yRel || m.mRel || m.shifted
	case mSeason, mQuarter, mHalf:
		return m.y == 0 || m.yRel
	case mDecade:
		return m.n < 100
	case mCentury:
		return false
	}
	return true
}

// stretch is a resolved moment: the interval [start, end) and its
// precision; point says it names one calendar unit of that precision.
type stretch struct {
	start, end time.Time
	prec       hebel.Precision
	point      bool
}

func (s stretch) valid() hebel.ValidTime {
	v := hebel.ValidTime{Start: s.start, End: s.end, Precision: s.prec}
	if s.point {
		v.End = s.start
	}
	return v
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// direction picks among candidate stretches when the text leaves the year
// (month, week) open: the last one (past tense), the next one (future),
// or the nearest.
type direction int

const (
	nearest direction = iota
	past
	future
)

// resolveAt resolves m against the reference day ref (not zero). ok is
// false when m names no real date (31 April) or cannot be resolved.
func (m moment) resolveAt(ref time.Time, dir direction) (stretch, bool) {
	var s stretch
	var ok bool
	switch m.kind {
	case mCal:
		s, ok = m.calendar(ref, dir)
	case mDay:
		d := ref.AddDate(0, 0, m.off)
		s, ok = stretch{d, d.AddDate(0, 0, 1), hebel.PrecisionDay, true}, true
	case mWeekday:
		s, ok = m.weekdayAt(ref, dir)
	case mUnit:
		s, ok = unitAt(ref, m.unit, m.off)
	case mSeason, mQuarter, mHalf:
		s, ok = m.yearPart(ref, dir)
	case mDecade:
		y := m.n
		if y < 100 { // "the 70s": the nearest such decade not after the reference
			y = ref.Year()/100*100 + y
			if y > ref.Year() {
				y -= 100
			}
		}
		s, ok = stretch{date(y, 1, 1), date(y+10, 1, 1), hebel.PrecisionYear, false}, true
	case mCentury:
		y := (m.n - 1) * 100
		if y < 1 {
			return s, false
		}
		s, ok = stretch{date(y, 1, 1), date(y+100, 1, 1), hebel.PrecisionYear, false}, true
	case mOffset:
		d := addUnits(ref, m.unit, m.off)
		p := unitPrecision(m.unit)
		s, ok = stretch{d, hebel.AddUnit(d, p, 1), p, true}, true
		if m.unit == lang.UnitWeek {
			s.end = d.AddDate(0, 0, 1)
		}
	case mLastN: // off 0: an unknown number of them ("in den letzten Jahren"): open start
		if m.off == 0 {
			s, ok = stretch{time.Time{}, ref.AddDate(0, 0, 1), hebel.PrecisionDay, false}, true
			break
		}
		s, ok = stretch{addUnits(ref, m.unit, -m.off), ref, hebel.PrecisionDay, false}, true
	case mNextN:
		start := ref.AddDate(0, 0, 1)
		s, ok = stretch{start, addUnits(start, m.unit, m.off), hebel.PrecisionDay, false}, true
	case mEdge:
		u, _ := unitAt(ref, m.unit, 0)
		if m.off < 0 {
			s, ok = stretch{u.start, ref, hebel.PrecisionDay, false}, true
		} else {
			s, ok = stretch{ref, u.end, hebel.PrecisionDay, false}, true
		}
	}
	if !ok {
		return s, false
	}
	if m.part != 0 {
		s = partOf(s, m.part, m.halves)
	}
	return s, true
}

// resolveAbs resolves a moment that needs no reference.
func (m moment) resolveAbs() (stretch, bool) {
	if m.relative() {
		return stretch{}, false
	}
	return m.resolveAt(date(2000, 1, 1), nearest)
}

// calendar resolves a date, month or year as written, filling what is not
// written from the reference.
func (m moment) calendar(ref time.Time, dir direction) (stretch, bool) {
	y, mo := m.y, m.m
	if m.yRel {
		y = ref.Year() + m.yOff
	}
	if m.mRel {
		t := date(ref.Year(), ref.Month(), 1).AddDate(0, m.mOff, 0)
		y, mo = t.Year(), int(t.Month())
	}
	at := func(y, mo int) (stretch, bool) {
		switch {
		case mo == 0:
			return stretch{date(y, 1, 1), date(y+1, 1, 1), hebel.PrecisionYear, true}, y > 0
		case m.d == 0:
			return stretch{date(y, time.Month(mo), 1), date(y, time.Month(mo)+1, 1), hebel.PrecisionMonth, true}, y > 0
		}
		if m.d > daysIn(y, time.Month(mo)) {
			return stretch{}, false
		}
		d := date(y, time.Month(mo), m.d)
		return stretch{d, d.AddDate(0, 0, 1), hebel.PrecisionDay, true}, y > 0
	}
	switch {
	case y != 0 && mo != 0 || y != 0 && m.d == 0:
		return at(y, mo)
	case y != 0: // a day of a year without its month: not a date
		return stretch{}, false
	case mo != 0 && m.shifted:
		return shifted(ref, m.shift, func(y int) (stretch, bool) { return at(y, mo) })
	case mo != 0: // the year is missing
		var cands []stretch
		for _, cy := range []int{ref.Year() - 1, ref.Year(), ref.Year() + 1} {
			if s, ok := at(cy, mo); ok {
				cands = append(cands, s)
			}
		}
		return pick(cands, ref, dir)
	case m.wday != 0: // a weekday and a day: the months where that day is that weekday
		var cands []stretch
		for k := -12; k <= 12; k++ {
			t := date(ref.Year(), ref.Month(), 1).AddDate(0, k, 0)
			if s, ok := at(t.Year(), int(t.Month())); ok && (int(s.start.Weekday())+6)%7+1 == m.wday {
				cands = append(cands, s)
			}
		}
		return pick(cands, ref, dir)
	default: // only the day: this month, the last or the next
		var cands []stretch
		for k := -1; k <= 1; k++ {
			t := date(ref.Year(), ref.Month(), 1).AddDate(0, k, 0)
			if s, ok := at(t.Year(), int(t.Month())); ok {
				cands = append(cands, s)
			}
		}
		return pick(cands, ref, dir)
	}
}

// shifted resolves a named month or season with a shift word: -1 the last
// one that ended before ref ("last September" in September is a year
// ago), 0 the one of ref's year, 1 the first that starts after ref.
func shifted(ref time.Time, shift int, at func(y int) (stretch, bool)) (stretch, bool) {
	switch {
	case shift == 0:
		return at(ref.Year())
	case shift < 0:
		for y := ref.Year(); y >= ref.Year()-2; y-- {
			if s, ok := at(y); ok && !s.end.After(ref) {
				return s, true
			}
		}
	default:
		for y := ref.Year() - 1; y <= ref.Year()+2; y++ {
			if s, ok := at(y); ok && s.start.After(ref) {
				return s, true
			}
		}
	}
	return stretch{}, false
}

// pick chooses among candidates in time order by direction: past takes the
// last that starts on or before ref, future the first that ends after it,
// nearest the one closest to ref (ties go to the past).
func pick(cands []stretch, ref time.Time, dir direction) (stretch, bool) {
	if len(cands) == 0 {
		return stretch{}, false
	}
	switch dir {
	case past:
		for i := len(cands) - 1; i >= 0; i-- {
			if !cands[i].start.After(ref) {
				return cands[i], true
			}
		}
	case future:
		for _, c := range cands {
			if c.end.After(ref) {
				return c, true
			}
		}
	}
	best, bestD := cands[0], distance(cands[0], ref)
	for _, c := range cands[1:] {
		if d := distance(c, ref); d < bestD {
			best, bestD = c, d
		}
	}
	return best, true
}

// distance is how far the stretch lies from ref; 0 when it holds ref.
func distance(s stretch, ref time.Time) time.Duration {
	switch {
	case ref.Before(s.start):
		return s.start.Sub(ref)
	case !ref.Before(s.end):
		return ref.Sub(s.end) + time.Nanosecond // an end is exclusive
	}
	return 0
}

func (m moment) weekdayAt(ref time.Time, dir direction) (stretch, bool) {
	wd := func(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 } // Monday 1 … Sunday 7
	day := func(t time.Time) stretch { return stretch{t, t.AddDate(0, 0, 1), hebel.PrecisionDay, true} }
	if m.wRel {
		monday := ref.AddDate(0, 0, 1-wd(ref)+7*m.wOff)
		return day(monday.AddDate(0, 0, m.n-1)), true
	}
	var cands []stretch
	for k := -7; k <= 7; k++ {
		if t := ref.AddDate(0, 0, k); wd(t) == m.n {
			cands = append(cands, day(t))
		}
	}
	return pick(cands, ref, dir)
}

// unitAt returns the unit u that holds ref, moved by off units.
func unitAt(ref time.Time, u lang.TimeUnit, off int) (stretch, bool) {
	y, mo := ref.Year(), ref.Month()
	switch u {
	case lang.UnitDay:
		d := ref.AddDate(0, 0, off)
		return stretch{d, d.AddDate(0, 0, 1), hebel.PrecisionDay, true}, true
	case lang.UnitWeek, lang.UnitWeekend:
		monday := ref.AddDate(0, 0, -((int(ref.Weekday())+6)%7)+7*off)
		if u == lang.UnitWeekend {
			return stretch{monday.AddDate(0, 0, 5), monday.AddDate(0, 0, 7), hebel.PrecisionDay, false}, true
		}
		return stretch{monday, monday.AddDate(0, 0, 7), hebel.PrecisionDay, false}, true
	case lang.UnitMonth:
		t := date(y, mo, 1).AddDate(0, off, 0)
		return stretch{t, t.AddDate(0, 1, 0), hebel.PrecisionMonth, true}, true
	case lang.UnitQuarter:
		t := date(y, (mo-1)/3*3+1, 1).AddDate(0, 3*off, 0)
		return stretch{t, t.AddDate(0, 3, 0), hebel.PrecisionMonth, false}, true
	case lang.UnitHalfYear:
		t := date(y, (mo-1)/6*6+1, 1).AddDate(0, 6*off, 0)
		return stretch{t, t.AddDate(0, 6, 0), hebel.PrecisionMonth, false}, true
	case lang.UnitYear:
		return stretch{date(y+off, 1, 1), date(y+off+1, 1, 1), hebel.PrecisionYear, true}, true
	case lang.UnitDecade:
		d := y/10*10 + 10*off
		return stretch{date(d, 1, 1), date(d+10, 1, 1), hebel.PrecisionYear, false}, true
	case lang.UnitCentury:
		c := y/100*100 + 100*off
		return stretch{date(c, 1, 1), date(c+100, 1, 1), hebel.PrecisionYear, false}, true
	}
	return stretch{}, false
}

// yearPart resolves a season, quarter or half-year.
func (m moment) yearPart(ref time.Time, dir direction) (stretch, bool) {
	at := func(y int) stretch {
		switch m.kind {
		case mSeason: // meteorological seasons; winter y runs from December y into y+1
			start := date(y, time.Month(3*m.n), 1)
			return stretch{start, start.AddDate(0, 3, 0), hebel.PrecisionMonth, false}
		case mQuarter:
			start := date(y, time.Month(3*(m.n-1)+1), 1)
			return stretch{start, start.AddDate(0, 3, 0), hebel.PrecisionMonth, false}
		}
		start := date(y, time.Month(6*(m.n-1)+1), 1)
		return stretch{start, start.AddDate(0, 6, 0), hebel.PrecisionMonth, false}
	}
	switch {
	case m.y != 0:
		return at(m.y), true
	case m.yRel:
		return at(ref.Year() + m.yOff), true
	case m.shifted:
		return shifted(ref, m.shift, func(y int) (stretch, bool) { return at(y), true })
	}
	var cands []stretch
	for y := ref.Year() - 2; y <= ref.Year()+1; y++ {
		cands = append(cands, at(y))
	}
	return pick(cands, ref, dir)
}

// partOf narrows s to its beginning, middle or end: thirds of a year (or
// halves with halves set), halves of a month with its middle the 10th to
// the 19th, the first three, middle four or last four days of a week,
// three-year stretches of a decade.
func partOf(s stretch, p lang.TimePart, halves bool) stretch {
	days := int(s.end.Sub(s.start).Hours()/24 + 0.5)
	switch {
	case days >= 3650: // a decade or more: thirds in years
		years := s.end.Year() - s.start.Year()
		third := years * 3 / 10
		switch p {
		case lang.PartEarly:
			return stretch{s.start, s.start.AddDate(third+1, 0, 0), hebel.PrecisionYear, false}
		case lang.PartMid:
			return stretch{s.start.AddDate(third+1, 0, 0), s.end.AddDate(-third, 0, 0), hebel.PrecisionYear, false}
		}
		return stretch{s.end.AddDate(-third, 0, 0), s.end, hebel.PrecisionYear, false}
	case days >= 365:
		cut1, cut2 := 4, 8
		if halves {
			cut1, cut2 = 6, 6
		}
		switch p {
		case lang.PartEarly:
			return stretch{s.start, s.start.AddDate(0, cut1, 0), hebel.PrecisionMonth, false}
		case lang.PartMid:
			if halves {
				return stretch{s.start.AddDate(0, 3, 0), s.start.AddDate(0, 9, 0), hebel.PrecisionMonth, false}
			}
			return stretch{s.start.AddDate(0, cut1, 0), s.start.AddDate(0, cut2, 0), hebel.PrecisionMonth, false}
		}
		return stretch{s.start.AddDate(0, cut2, 0), s.end, hebel.PrecisionMonth, false}
	case days >= 28:
		switch p {
		case lang.PartEarly:
			return stretch{s.start, s.start.AddDate(0, 0, 15), hebel.PrecisionDay, false}
		case lang.PartMid:
			return stretch{s.start.AddDate(0, 0, 9), s.start.AddDate(0, 0, 19), hebel.PrecisionDay, false}
		}
		return stretch{s.start.AddDate(0, 0, 15), s.end, hebel.PrecisionDay, false}
	case days == 7:
		switch p {
		case lang.PartEarly:
			return stretch{s.start, s.start.AddDate(0, 0, 3), hebel.PrecisionDay, false}
		case lang.PartMid:
			return stretch{s.start.AddDate(0, 0, 1), s.start.AddDate(0, 0, 5), hebel.PrecisionDay, false}
		}
		return stretch{s.start.AddDate(0, 0, 3), s.end, hebel.PrecisionDay, false}
	}
	return s
}

// addUnits moves t by n units.
func addUnits(t time.Time, u lang.TimeUnit, n int) time.Time {
	switch u {
	case lang.UnitDay:
		return t.AddDate(0, 0, n)
	case lang.UnitWeek, lang.UnitWeekend:
		return t.AddDate(0, 0, 7*n)
	case lang.UnitMonth:
		return t.AddDate(0, n, 0)
	case lang.UnitQuarter:
		return t.AddDate(0, 3*n, 0)
	case lang.UnitHalfYear:
		return t.AddDate(0, 6*n, 0)
	case lang.UnitYear:
		return t.AddDate(n, 0, 0)
	case lang.UnitDecade:
		return t.AddDate(10*n, 0, 0)
	case lang.UnitCentury:
		return t.AddDate(100*n, 0, 0)
	}
	return t
}

// unitPrecision is the precision a count of units is known to.
func unitPrecision(u lang.TimeUnit) hebel.Precision {
	switch u {
	case lang.UnitDay, lang.UnitWeek, lang.UnitWeekend:
		return hebel.PrecisionDay
	case lang.UnitMonth, lang.UnitQuarter, lang.UnitHalfYear:
		return hebel.PrecisionMonth
	}
	return hebel.PrecisionYear
}

// daysIn returns the number of days of month m in year y.
func daysIn(y int, m time.Month) int { return date(y, m+1, 0).Day() }

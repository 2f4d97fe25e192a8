package timex

import (
	"strconv"
	"strings"

	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/segment"
)

// yearOnly reads a year: "2024" where the context makes a four-digit
// number a year (a preposition before it, a year word, punctuation or a
// verb after it), "im Jahr 2024", "year 247".
func (c *cursor) yearOnly(i int, partial bool) (moment, int, string) {
	j := i
	word := false
	if n := c.has(i, c.t.YearWords); n > 0 {
		j, word = i+n, true
	}
	v, n, ok := c.digits(j)
	if !ok || c.kind(j) != segment.Number {
		return moment{}, 0, ""
	}
	switch {
	case word && v >= 1 && n <= 4:
	case n != 4 || v < 1000 || v > 2999:
		return moment{}, 0, ""
	case partial && (v < 1800 || v > 2100): // a range of years needs plausible ones
		return moment{}, 0, ""
	case !partial && (v < 1900 || v > 2099):
		if !c.t.YearContext[c.word(j-1)] {
			return moment{}, 0, ""
		}
	}
	if !word && !c.yearContext(j) {
		return moment{}, 0, ""
	}
	return moment{kind: mCal, y: v}, j + 1, ""
}

// yearContext reports whether the number at j reads as a year: not
// followed by a unit or symbol, nor (in a language that capitalises
// nouns) by a noun it would count.
func (c *cursor) yearContext(j int) bool {
	next := j + 1
	switch c.kind(next) {
	case segment.Symbol:
		return false
	case segment.Word:
		if c.p.Claims.CapitalNouns && c.capital(next) && !c.t.YearContext[c.word(next)] {
			if _, n := c.month(next); n == 0 {
				if _, n := c.unit(next); n == 0 {
					return false
				}
			}
		}
		if _, n := c.unit(next); n > 0 && !c.t.YearWords[c.word(next)] {
			return false // "2000 Tage", "1000 years"
		}
		// Without capitalised nouns: "2000 soldiers" counts, "2022 was" and
		// "in 2022 troops" are years.
		if !c.p.Claims.CapitalNouns && !c.capital(next) && !c.p.Claims.Stop[c.word(next)] &&
			!c.t.Fillers[c.word(next)] && !c.t.YearContext[c.word(next)] && !c.t.YearContext[c.word(j-1)] {
			return false
		}
	}
	return true
}

// dayOnly reads a day of the month alone: "am 15.", "on 15", "the 27th",
// "the second", "20th of next month"; in a range any lone day.
func (c *cursor) dayOnly(i int, partial bool) (moment, int, string) {
	d, n := c.day(i)
	if n == 0 {
		return moment{}, 0, ""
	}
	k := i + n
	// "20th of next month", "31st of this month"
	if c.word(k) == "of" {
		if shift, ns := lookup(c, k+1, c.t.Shifts); ns > 0 {
			if u, nu := c.unit(k + 1 + ns); u == lang.UnitMonth {
				mm := moment{kind: mCal, d: d, mRel: true, mOff: shift}
				return mm, k + 1 + ns + nu, ""
			}
		}
	}
	if partial {
		return moment{kind: mCal, d: d}, k, ""
	}
	prev := c.word(i - 1)
	if !c.t.Fillers[prev] || prev == "in" || prev == "im" || prev == "des" {
		return moment{}, 0, ""
	}
	switch nk := c.kind(k); {
	case nk == segment.Number || nk == segment.Ordinal || nk == segment.Abbrev:
		return moment{}, 0, ""
	case nk == segment.Word && c.kind(i) == segment.Ordinal && c.p.Claims.CapitalNouns && !c.capital(k):
		// "am 15. zurück": a German ordinal day before a verb or adverb
	case nk == segment.Word:
		return moment{}, 0, "" // "the 27 soldiers", "am 15. Jahrestag"
	}
	return moment{kind: mCal, d: d}, k, ""
}

// hyphenWord reads dates the tokenizer keeps as one hyphenated word:
// "Oct-2", "Jan-1", "2019-sep-1", "mid-2023".
func (c *cursor) hyphenWord(i int, _ bool) (moment, int, string) {
	if c.kind(i) != segment.Word || !strings.Contains(c.word(i), "-") {
		return moment{}, 0, ""
	}
	parts := strings.Split(c.word(i), "-")
	switch len(parts) {
	case 2:
		if m, ok := c.t.Months[parts[0]]; ok {
			if d, err := strconv.Atoi(parts[1]); err == nil && d >= 1 && d <= 31 && len(parts[1]) <= 2 {
				mm, why := calDate(0, m, d)
				return mm, i + 1, why
			}
		}
		if m, ok := c.t.Months[parts[0]]; ok && len(parts[1]) == 4 { // "Dec-2018"
			if y, err := strconv.Atoi(parts[1]); err == nil {
				return moment{kind: mCal, y: y, m: m}, i + 1, ""
			}
		}
		if m, ok := c.quarterWord(parts[0], parts[1]); ok { // "2017-q1", "q1-2019"
			return m, i + 1, ""
		}
		part, ok := c.t.Parts[parts[0]]
		if !ok {
			part, ok = c.t.Halves[parts[0]]
		}
		if y, err := strconv.Atoi(parts[1]); ok && err == nil && len(parts[1]) == 4 {
			return moment{kind: mCal, y: y, part: part}, i + 1, ""
		}
	case 3:
		if m, ok, why := c.fields(parts, true); ok {
			return m, i + 1, why
		}
	}
	return moment{}, 0, ""
}

// quarterWord reads a year and a quarter or half written as one word
// with a hyphen, in either order: "2017-q1", "q1-2019", "2019-h2".
func (c *cursor) quarterWord(a, b string) (moment, bool) {
	if len(a) != 4 {
		a, b = b, a
	}
	y, err := strconv.Atoi(a)
	if err != nil || len(b) != 2 {
		return moment{}, false
	}
	n := int(b[1] - '0')
	switch {
	case c.t.QuarterPrefix != "" && b[:1] == c.t.QuarterPrefix && n >= 1 && n <= 4:
		return moment{kind: mQuarter, n: n, y: y}, true
	case c.t.HalfPrefix != "" && b[:1] == c.t.HalfPrefix && n >= 1 && n <= 2:
		return moment{kind: mHalf, n: n, y: y}, true
	}
	return moment{}, false
}

// dayWord reads "heute", "gestern", "the day after tomorrow".
func (c *cursor) dayWord(i int) (moment, int) {
	off, n := lookup(c, i, c.t.Days)
	if n == 0 {
		return moment{}, 0
	}
	// "Morgen" written with a capital inside a sentence is the morning.
	if n == 1 && off == 1 && c.capital(i) && i > 0 && c.p.Claims.CapitalNouns {
		return moment{}, 0
	}
	return moment{kind: mDay, off: off}, i + n
}

// weekdayForm reads "Freitag", "last Sunday", "nächsten Montag", "Friday
// next week", "next week on Friday", "Thursday the 21st".
func (c *cursor) weekdayForm(i int) (moment, int) {
	// "next week (on) Friday", "this week Friday"
	if shift, ns := lookup(c, i, c.t.Shifts); ns > 0 {
		if u, nu := c.unit(i + ns); u == lang.UnitWeek {
			k := i + ns + nu
			if c.word(k) == "on" || c.word(k) == "am" {
				k++
			}
			if wd, nw := c.weekday(k); nw > 0 {
				return moment{kind: mWeekday, n: wd, wRel: true, wOff: shift}, k + nw
			}
		}
		if wd, nw := c.weekday(i + ns); nw > 0 {
			return moment{kind: mWeekday, n: wd, wRel: true, wOff: shift}, i + ns + nw
		}
		return moment{}, 0
	}
	wd, nw := c.weekday(i)
	if nw == 0 {
		return moment{}, 0
	}
	k := i + nw
	// "Friday next week", "Sunday of next week"
	kk := k
	if c.word(kk) == "of" {
		kk++
		if c.word(kk) == "the" {
			kk++
		}
	}
	if shift, ns := lookup(c, kk, c.t.Shifts); ns > 0 {
		if u, nu := c.unit(kk + ns); u == lang.UnitWeek {
			return moment{kind: mWeekday, n: wd, wRel: true, wOff: shift}, kk + ns + nu
		}
	}
	// "Thursday the 21st", "Dienstag, der 25.", "Mon 13th": a day on that weekday
	kd := k
	if c.word(kd) == "," {
		kd++
	}
	if w := c.word(kd); w == "the" || w == "der" || w == "den" {
		kd++
	}
	if d, nd := c.day(kd); nd > 0 {
		if _, nm := c.month(kd + nd); nm == 0 && !(c.kind(kd+nd) == segment.Word && c.kind(kd) == segment.Number && !c.t.Fillers[c.word(kd+nd)]) {
			return moment{kind: mCal, d: d, wday: wd}, kd + nd
		}
	}
	return moment{kind: mWeekday, n: wd}, k
}

// unitRel reads a unit relative to the reference's: "letzte Woche",
// "vergangenes Jahr", "next month", "this week", "am Wochenende", "the
// week after next", "earlier this year".
func (c *cursor) unitRel(i int) (moment, int) {
	// "earlier this year", "later this month", "later in the year"
	if w := c.word(i); w == "earlier" || w == "later" {
		k := i + 1
		if c.word(k) == "in" && c.word(k+1) == "the" {
			k += 2
		} else if shift, ns := lookup(c, k, c.t.Shifts); ns > 0 && shift == 0 {
			k += ns
		} else {
			return moment{}, 0
		}
		if u, nu := c.unit(k); nu > 0 && (u == lang.UnitWeek || u == lang.UnitMonth || u == lang.UnitYear) {
			off := -1
			if w == "later" {
				off = 1
			}
			return moment{kind: mEdge, unit: u, off: off}, k + nu
		}
		return moment{}, 0
	}
	if up, n := lookup(c, i, c.t.UnitParts); n > 0 { // "Jahresende": the end of this year
		return moment{kind: mUnit, unit: up.Unit, part: up.Part}, i + n
	}
	if u, n := lookup(c, i, c.t.ToDate); n > 0 { // "year to date"
		return moment{kind: mEdge, unit: u, off: -1}, i + n
	}
	shift, ns := lookup(c, i, c.t.Shifts)
	u, nu := c.unit(i + ns)
	if nu == 0 {
		return moment{}, 0
	}
	k := i + ns + nu
	if ns == 0 {
		switch {
		case c.word(k) == "after" && c.word(k+1) == "next":
			return moment{kind: mUnit, unit: u, off: 2}, k + 2
		case c.word(k) == "after" && c.word(k+1) == "the" && c.word(k+2) == "next":
			return moment{kind: mUnit, unit: u, off: 2}, k + 3
		case u == lang.UnitWeekend: // "am Wochenende", "the weekend": this week's
			return moment{kind: mUnit, unit: u}, k
		}
		return moment{}, 0
	}
	if u == lang.UnitDay || c.plural(i+ns) { // "next day" tells the narrative's day; "letzten Jahren" some years
		return moment{}, 0
	}
	return moment{kind: mUnit, unit: u, off: shift}, k
}

// relYear reads a year relative to the reference after a month, season
// or quarter: "next year", "nächsten Jahres", "this year".
func (c *cursor) relYear(i int) (int, int) {
	shift, ns := lookup(c, i, c.t.Shifts)
	if ns == 0 {
		return 0, 0
	}
	if u, nu := c.unit(i + ns); u == lang.UnitYear {
		return shift, ns + nu
	}
	return 0, 0
}

// partOf reads the beginning, middle or end of a moment: "Anfang
// Oktober", "Ende 2024", "Mitte der 1990er Jahre", "Ende des Jahres",
// "early next year", "the end of March".
func (c *cursor) partOf(i int) (moment, int) {
	part, n := lookup(c, i, c.t.Parts)
	halves := false
	if n == 0 {
		part, n = lookup(c, i, c.t.Halves)
		halves = true
	}
	if n == 0 {
		return moment{}, 0
	}
	k := c.skip(i + n)
	var base moment
	end := 0
	if u, nu := c.unit(k); nu > 0 && (u == lang.UnitYear || u == lang.UnitMonth || u == lang.UnitWeek) {
		base, end = moment{kind: mUnit, unit: u}, k+nu // "Ende des Jahres": this year's
	}
	for _, f := range []func(int, bool) (moment, int, string){c.monthYear, c.yearOnly} {
		if m, e, _ := f(k, true); e > end {
			base, end = m, e
		}
	}
	for _, f := range []func(int) (moment, int){c.unitRel, c.decade} {
		if m, e := f(k); e > end {
			base, end = m, e
		}
	}
	if end == 0 || base.kind == mUnit && base.unit == lang.UnitWeekend {
		return moment{}, 0
	}
	base.part, base.halves = part, halves
	return base, end
}

// season reads "im Sommer", "Sommer 2024", "summer of 2016", "this
// summer", "next spring", "vergangenen Winter".
func (c *cursor) season(i int) (moment, int) {
	shift, ns := lookup(c, i, c.t.Shifts)
	sn, n := lookup(c, i+ns, c.t.Seasons)
	if n == 0 || ns == 0 && c.t.Ambiguous[c.word(i)] && !c.capital(i) && !c.allLower() {
		return moment{}, 0
	}
	m := moment{kind: mSeason, n: sn}
	k := i + ns + n
	if ns > 0 {
		m.shifted, m.shift = true, shift
		return m, k
	}
	yk := k
	if w := c.word(yk); w == "of" || w == "," {
		yk++
	}
	if y, ny := c.yearAt(yk, false); ny > 0 {
		m.y, k = y, yk+ny
	} else if off, nr := c.relYear(yk); nr > 0 {
		m.yRel, m.yOff, k = true, off, yk+nr
	}
	return m, k
}

// quarter reads "Q3 2016", "2016 Q3", "2016H2", "H1 2016", "im dritten
// Quartal 2024", "the third quarter of 2016", "Q3 this year".
func (c *cursor) quarter(i int) (moment, int) {
	kindOf := func(u lang.TimeUnit) momentKind {
		if u == lang.UnitHalfYear {
			return mHalf
		}
		return mQuarter
	}
	prefixed := func(w string) (momentKind, int, bool) {
		for _, p := range []struct {
			prefix string
			kind   momentKind
			max    int
		}{{c.t.QuarterPrefix, mQuarter, 4}, {c.t.HalfPrefix, mHalf, 2}} {
			if p.prefix != "" && len(w) == len(p.prefix)+1 && strings.HasPrefix(w, p.prefix) {
				if n := int(w[len(p.prefix)] - '0'); n >= 1 && n <= p.max {
					return p.kind, n, true
				}
			}
		}
		return 0, 0, false
	}
	var m moment
	k := i
	// "2016 Q3", "2016 the third quarter", "2016H2"
	if y, ny, ok := c.digits(i); ok && ny == 4 {
		if kind, n, ok := prefixed(c.word(i + 1)); ok {
			return moment{kind: kind, n: n, y: y}, i + 2
		}
		j := i + 1
		if c.word(j) == "the" {
			j++
		}
		if n, no := c.ordinal(j); no > 0 {
			if u, nu := c.unit(j + no); nu > 0 && (u == lang.UnitQuarter || u == lang.UnitHalfYear) {
				return moment{kind: kindOf(u), n: n, y: y}, j + no + nu
			}
		}
		return moment{}, 0
	}
	if w := c.word(i); len(w) == 6 && c.kind(i) == segment.Word {
		if y, err := strconv.Atoi(w[:4]); err == nil {
			if kind, n, ok := prefixed(w[4:]); ok {
				return moment{kind: kind, n: n, y: y}, i + 1
			}
		}
	}
	if kind, n, ok := prefixed(c.word(i)); ok {
		m, k = moment{kind: kind, n: n}, i+1
	} else if n, no := c.ordinal(i); no > 0 {
		u, nu := c.unit(i + no)
		if nu == 0 || u != lang.UnitQuarter && u != lang.UnitHalfYear || n > 4 || u == lang.UnitHalfYear && n > 2 {
			return moment{}, 0
		}
		m, k = moment{kind: kindOf(u), n: n}, i+no+nu
	} else {
		return moment{}, 0
	}
	yk := c.skip(k)
	if y, ny := c.yearAt(yk, false); ny > 0 {
		m.y, k = y, yk+ny
	} else if off, nr := c.relYear(yk); nr > 0 {
		m.yRel, m.yOff, k = true, off, yk+nr
	} else if u, nu := c.unit(yk); u == lang.UnitYear && c.word(yk-1) == "des" { // "des Jahres": this year
		m.yRel, k = true, yk+nu
	}
	return m, k
}

// decade reads "1990er (Jahre)", "den 1990ern", "the 1970s", "1970's",
// "the '40s", "70s".
func (c *cursor) decade(i int) (moment, int) {
	w := c.word(i)
	k := i + 1
	if c.kind(i) == segment.Quote && c.joined(i+1) { // "'40s"
		w, k = c.word(i+1), i+2
	}
	if c.kind(i) == segment.Number && c.kind(i+1) == segment.Quote && c.word(i+2) == "s" && c.joined(i+1) && c.joined(i+2) {
		w, k = c.word(i)+"s", i+3 // "1970's"
	}
	for _, suf := range c.t.DecadeSuffixes {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || (len(stem) != 4 && len(stem) != 2) {
			continue
		}
		v, err := strconv.Atoi(stem)
		if err != nil || v%10 != 0 {
			continue
		}
		if u, nu := c.unit(k); u == lang.UnitYear && nu > 0 { // "1990er Jahre"
			k += nu
		}
		return moment{kind: mDecade, n: v}, k
	}
	return moment{}, 0
}

// century reads "21st century", "im 20. Jahrhundert".
func (c *cursor) century(i int) (moment, int) {
	n, no := c.ordinal(i)
	if no == 0 {
		return moment{}, 0
	}
	if u, nu := c.unit(i + no); u == lang.UnitCentury {
		return moment{kind: mCentury, n: n}, i + no + nu
	}
	return moment{}, 0
}

// plural reports whether the unit noun at i is a plural form.
func (c *cursor) plural(i int) bool { return c.t.Plurals[c.word(i)] }

// countUnit reads "drei Jahren", "3 weeks", "a few days", "paar Tage".
func (c *cursor) countUnit(i int) (int, lang.TimeUnit, int) {
	n, nc := c.count(i)
	if nc == 0 {
		return 0, 0, 0
	}
	u, nu := c.unit(i + nc)
	if nu == 0 || u == lang.UnitWeekend {
		return 0, 0, 0
	}
	return n, u, nc + nu
}

// offset reads durations counted from the reference: "vor drei Jahren",
// "two days ago", "in zwei Wochen", "2 days hence", "in den letzten drei
// Jahren", "the past 3 weeks", "die nächsten 3 Tage".
func (c *cursor) offset(i int) (moment, int) {
	if n := c.has(i, c.t.AgoBefore); n > 0 {
		if k, u, m := c.countUnit(i + n); m > 0 {
			return moment{kind: mOffset, unit: u, off: -k}, i + n + m
		}
	}
	if n := c.has(i, c.t.In); n > 0 {
		if k, u, m := c.countUnit(i + n); m > 0 {
			return moment{kind: mOffset, unit: u, off: k}, i + n + m
		}
	}
	if k, u, m := c.countUnit(i); m > 0 {
		if n := c.has(i+m, c.t.AgoAfter); n > 0 {
			return moment{kind: mOffset, unit: u, off: -k}, i + m + n
		}
		if n := c.has(i+m, c.t.Later); n > 0 {
			return moment{kind: mOffset, unit: u, off: k}, i + m + n
		}
	}
	// "the past 3 weeks", "die letzten paar Tage", "next 3 months"
	if shift, ns := lookup(c, i, c.t.Shifts); ns > 0 && shift != 0 {
		if k, u, m := c.countUnit(i + ns); m > 0 {
			if shift < 0 {
				return moment{kind: mLastN, unit: u, off: k}, i + ns + m
			}
			return moment{kind: mNextN, unit: u, off: k}, i + ns + m
		}
		// "in den letzten Jahren", "in recent months": some units up to the reference
		if u, nu := c.unit(i + ns); nu > 0 && shift < 0 && c.plural(i+ns) {
			return moment{kind: mLastN, unit: u}, i + ns + nu
		}
	}
	return moment{}, 0
}

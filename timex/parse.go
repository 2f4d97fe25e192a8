package timex

import (
	"strconv"
	"strings"

	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/segment"
)

// match is an expression found at some token: its moments, how they
// combine, and the token after it.
type match struct {
	kind Kind
	a, b moment // b only for ranges
	end  int
	bad  string // an impossible date: why; the expression is not used
}

// expression finds the longest expression that starts at token i.
func (c *cursor) expression(i int) (match, bool) {
	if c.has(i, c.t.Fillers) > 0 && c.has(i, c.t.From) == 0 && c.has(i, c.t.Between) == 0 && c.has(i, c.t.In) == 0 {
		return match{}, false // fillers belong to what follows
	}
	var best match
	found := false
	try := func(m match, ok bool) {
		if ok && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	try(c.rangeAt(i))
	try(c.monthRange(i))
	try(c.openAt(i))
	if a, end, bad, ok := c.atom(i, false); ok {
		try(match{kind: Point, a: a, end: end, bad: bad}, true)
	}
	return best, found
}

// monthRange reads two months written as one hyphenated word, with the
// year after them: "June-August 1992", "Juli-September".
func (c *cursor) monthRange(i int) (match, bool) {
	a, b, ok := strings.Cut(c.word(i), "-")
	if !ok || c.kind(i) != segment.Word {
		return match{}, false
	}
	ma, okA := c.t.Months[a]
	mb, okB := c.t.Months[b]
	if !okA || !okB {
		return match{}, false
	}
	m := match{kind: Range, a: moment{kind: mCal, m: ma}, b: moment{kind: mCal, m: mb}, end: i + 1}
	if y, ny := c.yearAt(i+1, false); ny > 0 {
		m.a.y, m.b.y, m.end = y, y, i+1+ny
		if ma > mb {
			m.a.y--
		}
	}
	return m, true
}

// rangeAt reads "[von|zwischen] A (bis|und|–) B [context]".
func (c *cursor) rangeAt(i int) (match, bool) {
	j, between, opened := i, false, false
	var ctx moment
	hasCtx := false
	// A month or year before the range gives its days their month:
	// "Im November zwischen dem 19. und dem 20.", "November between 19 and 20".
	if a, end, _, ok := c.atom(i, false); ok && a.kind == mCal && a.d == 0 && a.m != 0 || ok && a.kind == mUnit && a.unit == lang.UnitMonth {
		for _, k := range []int{end, c.skip(end)} {
			if c.has(k, c.t.Between) > 0 || c.has(k, c.t.From) > 0 {
				ctx, hasCtx, j = a, true, k
				break
			}
		}
	}
	if n := c.has(j, c.t.Between); n > 0 {
		j, between, opened = j+n, true, true
	} else if n := c.has(j, c.t.From); n > 0 {
		j, opened = j+n, true
	}
	j = c.skip(j)
	a, ja, badA, ok := c.atom(j, true)
	if !ok {
		return match{}, false
	}
	var n int
	switch {
	case between:
		n = c.has(ja, c.t.And)
	case c.isDash(ja):
		n = 1
	default:
		n = c.has(ja, c.t.RangeTo)
	}
	if n == 0 {
		return match{}, false
	}
	b, jb, badB, ok := c.atom(c.skip(ja+n), true)
	if !ok {
		return match{}, false
	}
	end := jb
	// A month after the range: "from 4 to 22 this month", "4 to 23 next month".
	if !hasCtx {
		k := c.skip(jb)
		if m, e, _, ok := c.atom(k, false); ok && (m.kind == mCal && m.d == 0 && m.m != 0 || m.kind == mUnit && m.unit == lang.UnitMonth) {
			ctx, hasCtx, end = m, true, e
		}
	}
	if hasCtx {
		if ctx.kind == mUnit {
			ctx = moment{kind: mCal, mRel: true, mOff: ctx.off}
		}
		inherit(&a, ctx)
		inherit(&b, ctx)
	}
	inherit(&a, b)
	inherit(&b, a)
	if !opened && !hasCtx && bare(a) && bare(b) {
		return match{}, false // "3 bis 5": numbers, not days
	}
	if bare(a) && bare(b) && (!opened || !hasCtx && !c.dayEnds(jb)) {
		return match{}, false // "3 bis 5", "zwischen 10 und 20 Soldaten": numbers, not days
	}
	bad := badA
	if bad == "" {
		bad = badB
	}
	return match{kind: Range, a: a, b: b, end: end, bad: bad}, true
}

// dayEnds reports whether the lone day that ends before token end is
// written as a day: an ordinal ("23.", "15th") not followed by a noun it
// could count, or a number followed by no word.
func (c *cursor) dayEnds(end int) bool {
	switch c.kind(end) {
	case segment.Word, segment.Number, segment.Ordinal, segment.Abbrev:
		if c.kind(end-1) != segment.Ordinal || c.p.Claims.CapitalNouns && c.capital(end) {
			return false
		}
	}
	return true
}

// bare reports whether m is a lone number read as a day.
func bare(m moment) bool {
	return m.kind == mCal && m.y == 0 && m.m == 0 && !m.mRel
}

// inherit gives a calendar moment the month and year it lacks from
// another: "vom 3. bis 12. September" gives the 3rd September.
func inherit(m *moment, from moment) {
	if m.kind == mWeekday && from.kind == mWeekday && from.wRel && !m.wRel { // "nächsten Donnerstag bis Samstag"
		m.wRel, m.wOff = true, from.wOff
	}
	if m.kind != mCal || from.kind != mCal {
		return
	}
	if m.d != 0 && m.m == 0 && !m.mRel {
		m.m, m.mRel, m.mOff = from.m, from.mRel, from.mOff
	}
	if m.m != 0 && m.y == 0 && !m.yRel && !m.mRel {
		m.y, m.yRel, m.yOff = from.y, from.yRel, from.yOff
	}
}

// openAt reads "seit A", "ab A", "bis A", "since A", "until A".
func (c *cursor) openAt(i int) (match, bool) {
	kind := Since
	n := c.has(i, c.t.Since)
	if n == 0 {
		kind, n = Until, c.has(i, c.t.Until)
	}
	if n == 0 {
		return match{}, false
	}
	j := c.skip(i + n)
	if kind == Since { // "seit drei Jahren"
		if k, u, m := c.countUnit(j); m > 0 {
			return match{kind: Since, a: moment{kind: mOffset, unit: u, off: -k}, end: j + m}, true
		}
	}
	a, end, bad, ok := c.atom(j, false)
	if !ok {
		return match{}, false
	}
	return match{kind: kind, a: a, end: end, bad: bad}, true
}

// atom reads one moment at i. partial admits what only a range makes a
// date: a lone day ("vom 3.") or year number.
func (c *cursor) atom(i int, partial bool) (moment, int, string, bool) {
	// The parsers try an atom at the same token several times (as an
	// expression, as a range's first end, after a month): its reading
	// depends on the cursor, i and partial alone, so it is kept.
	if i < 0 || i >= len(c.toks) {
		return c.readAtom(i, partial)
	}
	k := 0
	if partial {
		k = 1
	}
	if len(c.atoms[k]) == 0 {
		c.atoms[k] = resize(c.atoms[k], len(c.toks))
	}
	a := &c.atoms[k][i]
	if !a.done {
		a.m, a.end, a.bad, a.ok = c.readAtom(i, partial)
		a.done = true
	}
	return a.m, a.end, a.bad, a.ok
}

// atomMemo is one reading of atom.
type atomMemo struct {
	m        moment
	end      int
	bad      string
	ok, done bool
}

// reading is a parser's reading: the moment, the index after it (0: none)
// and why it is impossible ("" when it is not).
type reading struct {
	m   moment
	end int
	bad string
}

// try makes p the best reading when it ends later than the best so far:
// of readings that end alike, the first tried wins.
func (b *reading) try(m moment, end int, bad string) {
	if end > b.end {
		*b = reading{m, end, bad}
	}
}

// readAtom is atom, read afresh. Only yearOnly and dayOnly read partial:
// the readings of the other parsers are the same for both and kept per
// token (fixedAt), in the order the parsers are tried.
func (c *cursor) readAtom(i int, partial bool) (moment, int, string, bool) {
	var best reading
	before, after := c.fixedAt(i)
	best.try(before.m, before.end, before.bad)
	best.try(c.yearOnly(i, partial))
	best.try(c.dayOnly(i, partial))
	best.try(after.m, after.end, after.bad)
	if best.end == 0 {
		return moment{}, 0, "", false
	}
	return best.m, best.end, best.bad, true
}

// fixedAt returns the best readings at i of the parsers tried before
// yearOnly and dayOnly and of those tried after them.
func (c *cursor) fixedAt(i int) (before, after reading) {
	if i >= 0 && i < len(c.toks) {
		if len(c.fixed) == 0 {
			c.fixed = resize(c.fixed, len(c.toks))
		}
		if f := &c.fixed[i]; f.done {
			return f.before, f.after
		}
	}
	before.try(c.numericDate(i, false))
	before.try(c.dayMonth(i, false))
	before.try(c.monthDay(i, false))
	before.try(c.monthYear(i, false))
	after.try(c.hyphenWord(i, false))
	for _, f := range [...]func(*cursor, int) (moment, int){
		(*cursor).dayWord, (*cursor).weekdayForm, (*cursor).unitRel, (*cursor).partOf, (*cursor).season,
		(*cursor).quarter, (*cursor).decade, (*cursor).century, (*cursor).offset,
	} {
		m, end := f(c, i)
		after.try(m, end, "")
	}
	if i >= 0 && i < len(c.toks) {
		c.fixed[i] = fixedMemo{before: before, after: after, done: true}
	}
	return before, after
}

// fixedMemo keeps fixedAt's readings at one token.
type fixedMemo struct {
	before, after reading
	done          bool
}

// checkDay says why d.m.y is no date ("" when it is one or the year is
// unknown and some year has it).
func checkDay(y, m, d int) string {
	if m < 1 || m > 12 || d < 1 {
		return "no such month"
	}
	max := 31
	switch m {
	case 4, 6, 9, 11:
		max = 30
	case 2:
		max = 29
		if y != 0 && daysIn(y, 2) == 28 {
			max = 28
		}
	}
	if d > max {
		return "there is no day " + strconv.Itoa(d) + " in month " + strconv.Itoa(m)
	}
	return ""
}

// calDate builds a calendar moment of a day, checking it exists.
func calDate(y, m, d int) (moment, string) {
	return moment{kind: mCal, y: y, m: m, d: d}, checkDay(y, m, d)
}

// year2 reads a two-digit year: 00–49 are 2000–2049, 50–99 1950–1999.
func year2(v int) int {
	if v < 50 {
		return 2000 + v
	}
	return 1900 + v
}

// numericDate reads dates written in digits: "15.1.2011", "15.01.",
// "2015-08-12", "21/04/2016", "3-7-2017", "05.2016", "2016/05", "4/22".
func (c *cursor) numericDate(i int, _ bool) (moment, int, string) {
	k := c.kind(i)
	if k != segment.Number && k != segment.Ordinal {
		return moment{}, 0, ""
	}
	w := c.word(i)
	// One token with dots: "15.1.2011", "15.01.", "05.2016", "2015.5.13".
	if strings.Contains(w, ".") {
		parts := strings.Split(w, ".")
		trailingDot := parts[len(parts)-1] == ""
		if trailingDot {
			parts = parts[:len(parts)-1]
		} else if c.word(i+1) == "." && c.joined(i+1) {
			trailingDot = true // "28.10." at the end of a sentence
		}
		if m, ok, why := c.fields(parts, trailingDot || c.introduced(i)); ok {
			return m, i + 1, why
		}
		return moment{}, 0, ""
	}
	// Several tokens joined by "/" or "-": "21/04/2016", "2015-08-12".
	var parts []string
	j := i
	for {
		if c.kind(j) != segment.Number && !(j > i && c.month1(j)) {
			break
		}
		p := c.word(j)
		parts = append(parts, p)
		j++
		if len(parts) == 3 || !(c.word(j) == "/" || c.isDash(j)) || !c.joined(j) || !c.joined(j+1) {
			break
		}
		j++
	}
	if len(parts) == 2 && strings.Contains(parts[1], ",") && !c.t.DayFirst { // "08/12,2015"
		d, y, _ := strings.Cut(parts[1], ",")
		parts = []string{parts[0], d, y}
	}
	if len(parts) >= 2 {
		if m, ok, why := c.fields(parts, c.introduced(i) || len(parts) == 3 || hasYear(parts) || dayMonthShape(parts)); ok {
			return m, j, why
		}
	}
	// A year and a month apart: "2016 - 05", "05 / 2016", "05.  2016".
	if m, end := c.spacedYearMonth(i); end > 0 {
		return m, end, ""
	}
	return moment{}, 0, ""
}

// month1 reports whether token j is a month name inside a numeric date
// ("2019-sep-1" written apart).
func (c *cursor) month1(j int) bool {
	_, n := c.month(j)
	return n == 1
}

// introduced reports whether the token before i is a filler ("am", "on"):
// a bare "4/22" or "15.1" is a date only then.
func (c *cursor) introduced(i int) bool {
	return c.t.Fillers[c.word(i-1)] || c.t.From[c.word(i-1)] || c.t.Until[c.word(i-1)] || c.t.Since[c.word(i-1)]
}

// dayMonthShape reports whether two numbers written "4/22" or "22/04"
// can only be a day and a month: one is over 12, or one is zero-padded
// ("3/4" is a fraction).
func dayMonthShape(parts []string) bool {
	if len(parts) != 2 {
		return false
	}
	for _, p := range parts {
		if len(p) == 2 && (p[0] == '0' || p > "12") {
			return true
		}
	}
	return false
}

func hasYear(parts []string) bool {
	for _, p := range parts {
		if len(p) == 4 {
			return true
		}
	}
	return false
}

// fields reads the parts of a numeric date. sure says a day–month pair
// without a year is plausible here (a trailing dot, a preposition).
func (c *cursor) fields(parts []string, sure bool) (moment, bool, string) {
	nums := make([]int, len(parts))
	monthWord := false
	for k, p := range parts {
		if p == "" || len(p) > 4 {
			return moment{}, false, ""
		}
		v, err := strconv.Atoi(p)
		if err != nil {
			mo, ok := c.t.Months[p]
			if !ok || k != 1 {
				return moment{}, false, ""
			}
			v, monthWord = mo, true
		}
		nums[k] = v
	}
	switch len(nums) {
	case 3:
		a, b, y := nums[0], nums[1], nums[2]
		switch {
		case len(parts[0]) == 4: // 2015-08-12, 2019-sep-1
			y, a, b = nums[0], nums[2], nums[1]
		case len(parts[2]) == 2:
			y = year2(nums[2])
		case len(parts[2]) != 4:
			return moment{}, false, ""
		}
		d, m := a, b
		if len(parts[0]) != 4 && !c.t.DayFirst && a <= 12 && !monthWord {
			d, m = b, a
		}
		if m < 1 || m > 12 || d < 1 || d > 31 {
			return moment{}, false, ""
		}
		mm, why := calDate(y, m, d)
		return mm, true, why
	case 2:
		a, b := nums[0], nums[1]
		switch {
		case len(parts[0]) == 4 && b >= 1 && b <= 12: // 2016-05
			return moment{kind: mCal, y: a, m: b}, true, ""
		case len(parts[1]) == 4 && a >= 1 && a <= 12 && len(parts[0]) <= 2: // 05/2016
			return moment{kind: mCal, y: b, m: a}, true, ""
		case len(parts[0]) <= 2 && len(parts[1]) <= 2 && sure:
			d, m := a, b
			if !c.t.DayFirst && a <= 12 {
				d, m = b, a
			}
			if m < 1 || m > 12 || d < 1 || d > 31 {
				return moment{}, false, ""
			}
			mm, why := calDate(0, m, d)
			return mm, true, why
		}
	}
	return moment{}, false, ""
}

// spacedYearMonth reads "2016 - 05", "2016 / 05", "05 / 2016", "05.  2016".
func (c *cursor) spacedYearMonth(i int) (moment, int) {
	sep := func(j int) bool { w := c.word(j); return w == "/" || w == "." || c.isDash(j) }
	a, na, ok := c.digits(i)
	if !ok {
		w := strings.TrimSuffix(c.word(i), ".")
		if c.kind(i) != segment.Ordinal || len(w) != 2 {
			return moment{}, 0
		}
		v, err := strconv.Atoi(w)
		if err != nil {
			return moment{}, 0
		}
		a, na = v, 2
		if b, nb, ok := c.digits(i + 1); ok && nb == 4 && a >= 1 && a <= 12 { // "05.  2016"
			return moment{kind: mCal, y: b, m: a}, i + 2
		}
		return moment{}, 0
	}
	if !sep(i + 1) {
		return moment{}, 0
	}
	b, nb, ok := c.digits(i + 2)
	if !ok {
		return moment{}, 0
	}
	switch {
	case na == 4 && nb == 2 && b >= 1 && b <= 12:
		return moment{kind: mCal, y: a, m: b}, i + 3
	case na == 2 && nb == 4 && a >= 1 && a <= 12:
		return moment{kind: mCal, y: b, m: a}, i + 3
	}
	return moment{}, 0
}

// yearAt reads a year after a month or day: "2024", "'99" or, after a
// month only, "99".
func (c *cursor) yearAt(i int, twoDigits bool) (int, int) {
	if v, n, ok := c.digits(i); ok && c.kind(i) == segment.Number {
		if n == 4 && v >= 1000 {
			return v, 1
		}
		if n == 2 && twoDigits && c.kind(i+1) != segment.Word {
			return year2(v), 1
		}
	}
	return 0, 0
}

// weekdayPrefix skips "Montag, den", "Wed,", "monday": a weekday before a
// date adds nothing to it.
func (c *cursor) weekdayPrefix(i int) int {
	if _, n := c.weekday(i); n > 0 {
		j := i + n
		if c.word(j) == "," {
			j++
		}
		if w := c.word(j); w == "den" || w == "the" {
			j++
		}
		return j
	}
	return i
}

// dayMonth reads "3. März 2024", "3 March 2024", "1st Jan", "22 of Jan",
// "second of Aug", "28.Oktober", "Montag, den 15. Januar".
func (c *cursor) dayMonth(i int, _ bool) (moment, int, string) {
	j := c.weekdayPrefix(i)
	d, n := c.day(j)
	if n == 0 {
		// "28.Oktober": a number and a dot joined to the month.
		if v, nd, ok := c.digits(j); ok && nd <= 2 && c.word(j+1) == "." && c.joined(j+1) && c.joined(j+2) {
			d, n = v, 2
		} else {
			return moment{}, 0, ""
		}
	}
	k := j + n
	if c.word(k) == "." && c.joined(k) && c.joined(k+1) { // "28.Oktober"
		k++
	}
	if c.word(k) == "of" || c.word(k) == "des" {
		k++
	}
	m, nm := c.month(k)
	if nm == 0 {
		return moment{}, 0, ""
	}
	k += nm
	y := 0
	yk := k
	if w := c.word(yk); w == "," || w == "in" || w == "of" {
		yk++
	}
	if v, ny := c.yearAt(yk, false); ny > 0 {
		y, k = v, yk+ny
	}
	mm, why := calDate(y, m, d)
	return mm, k, why
}

// monthDay reads "January 12, 2016", "Oct. 2", "March 3rd", "Jan first",
// "October. 2", "Oct/2".
func (c *cursor) monthDay(i int, _ bool) (moment, int, string) {
	j := c.weekdayPrefix(i)
	m, nm := c.month(j)
	if nm == 0 {
		return moment{}, 0, ""
	}
	k := j + nm
	if w := c.word(k); (w == "." || w == "/" || c.isDash(k)) && c.joined(k) {
		k++
	}
	if c.word(k) == "the" {
		k++
	}
	d, nd := c.day(k)
	if nd == 0 {
		return moment{}, 0, ""
	}
	if c.kind(k) == segment.Number && c.kind(k+1) == segment.Word && !c.t.Fillers[c.word(k+1)] && c.has(k+1, c.t.And) == 0 &&
		c.has(k+1, c.t.RangeTo) == 0 {
		return moment{}, 0, "" // "May 5 soldiers"
	}
	k += nd
	y := 0
	yk := k
	if w := c.word(yk); w == "," || w == "of" || w == "in" {
		yk++
	}
	if v, ny := c.yearAt(yk, false); ny > 0 {
		y, k = v, yk+ny
	}
	mm, why := calDate(y, m, d)
	return mm, k, why
}

// monthYear reads "März 2024", "June of 2016", "November , 2016", "2016
// November", "im März", "letzten September", "june next year", "August 99".
func (c *cursor) monthYear(i int, _ bool) (moment, int, string) {
	// year first: "2016 November", "2016, nov"
	if y, ny, ok := c.digits(i); ok && ny == 4 && c.kind(i) == segment.Number {
		k := i + 1
		if c.word(k) == "," {
			k++
		}
		if m, nm := c.month(k); nm > 0 {
			if _, nd := c.day(k + nm); nd == 0 {
				return moment{kind: mCal, y: y, m: m}, k + nm, ""
			}
		}
		return moment{}, 0, ""
	}
	shift, ns := lookup(c, i, c.t.Shifts)
	j := i + ns
	m, nm := c.month(j)
	if nm == 0 {
		return moment{}, 0, ""
	}
	k := j + nm
	out := moment{kind: mCal, m: m}
	if ns > 0 { // "last September": the last one before the reference, "this": the reference's year
		out.shifted, out.shift = true, shift
		return out, k, ""
	}
	yk := k
	if w := c.word(yk); w == "," || w == "of" {
		yk++
	}
	if v, ny := c.yearAt(yk, true); ny > 0 {
		out.y, k = v, yk+ny
	} else if off, nr := c.relYear(yk); nr > 0 { // "june next year", "März nächsten Jahres"
		out.yRel, out.yOff, k = true, off, yk+nr
	}
	return out, k, ""
}

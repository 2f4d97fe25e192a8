package quantity

import (
	"math"
	"strconv"
)

// digits is a number written in digits, as read by readDigits.
type digits struct {
	start, end int
	value      float64
	plain      bool // digits only, no separator: a year or a code can look like this
	date       bool // 3.10.2024, 5/17/2018, 2024-10-03, 3.10.
	clock      bool // 14:30, 24:43, 2:1 – clock times, durations, scores
	fraction   bool // 1/2
	lead0      bool // starts with 0 followed by a digit: 007, 030
	cut        bool // part of a run of digits and marks that fits no number: 192.168.1.2
}

// run is a run of ASCII digits and the separator before it.
type run struct {
	start, end int
	sep        byte // '.', ',', '\'' (apostrophes) or ' ' (spaces); 0 for the first run
}

func digitRun(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// separator returns the kind and width of a digit separator at i.
func separator(s string, i int) (byte, int) {
	if i >= len(s) {
		return 0, 0
	}
	switch s[i] {
	case '.', ',', '\'':
		return s[i], 1
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99 {
			return '\'', 3
		}
	}
	if w := space(s, i); w > 0 && s[i] != '\t' {
		return ' ', w
	}
	return 0, 0
}

// readDigits reads the number written in digits at s[i] (an ASCII digit),
// deciding separators by shape and by the language's convention: with
// both '.' and ',' the last one is the decimal mark; one separator
// followed by exactly three digits groups thousands when it is the
// language's group mark, and is a decimal mark otherwise; spaces and
// apostrophes only group. A shape that fits no reading ends the number at
// its first separator.
func readDigits(s string, i int, dec, group byte) digits {
	d := digits{start: i}
	if s[i] == dec { // ".08": a decimal without its leading zero
		d.end = digitRun(s, i+1)
		d.value, _ = strconv.ParseFloat("0."+s[i+1:d.end], 64)
		return d
	}
	a := digitRun(s, i)
	if i >= 2 && (s[i-1] == '.' || s[i-1] == ',') && isDigit(s[i-2]) {
		// the rest of a run cut at a separator that fit no reading:
		// "192.168.1.2", "22,24,26,31"
		d.end = a
		d.value, _ = strconv.ParseFloat(s[i:a], 64)
		d.plain, d.cut = true, true
		return d
	}
	d.lead0 = s[i] == '0' && a-i > 1
	if p, ok := dateOrClock(s, i, a, &d); ok {
		d.end = p
		return d
	}
	runs := []run{{start: i, end: a}}
	var seps [4]bool // '.', ',', '\'', ' '
	p := a
	for {
		c, w := separator(s, p)
		if c == 0 || p+w >= len(s) || !isDigit(s[p+w]) {
			break
		}
		e := digitRun(s, p+w)
		if (c == ' ' || c == '\'') && (e-(p+w) != 3 || runs[len(runs)-1].end-runs[len(runs)-1].start > 3) {
			break
		}
		runs = append(runs, run{start: p + w, end: e, sep: c})
		seps[sepIndex(c)] = true
		p = e
	}
	// Decide which separator is the decimal mark.
	var decimal byte
	last := runs[len(runs)-1].sep
	switch {
	case len(runs) == 1:
	case seps[0] && seps[1]:
		decimal = last
	case last == '.' || last == ',':
		count := 0
		for _, r := range runs[1:] {
			if r.sep == last {
				count++
			}
		}
		three := runs[len(runs)-1].end-runs[len(runs)-1].start == 3
		switch {
		case count > 1:
			decimal = 0 // several: only grouping fits
		case last == dec:
			decimal = last
		case last == group && three && runs[0].end-runs[0].start <= 3 && !(s[runs[0].start] == '0' && runs[0].end-runs[0].start == 1):
			decimal = 0
		default:
			decimal = last
		}
	}
	// Check the grouping; cut at the first separator that does not fit.
	n := len(runs)
	for k := 1; k < len(runs); k++ {
		r := runs[k]
		if r.sep == decimal && k == len(runs)-1 {
			break
		}
		if r.sep == decimal || (k == 1 && runs[0].end-runs[0].start > 3) || r.end-r.start != 3 ||
			(k > 1 && r.sep != runs[1].sep) {
			n = 1
			if indian(runs, decimal, group) {
				n = len(runs)
			}
			break
		}
	}
	if n < len(runs) {
		runs = runs[:n]
		decimal = 0
		d.cut = true
	}
	buf := make([]byte, 0, 24)
	for k, r := range runs {
		if k > 0 && r.sep == decimal && k == len(runs)-1 {
			buf = append(buf, '.')
		}
		buf = append(buf, s[r.start:r.end]...)
	}
	d.end = runs[len(runs)-1].end
	d.value, _ = strconv.ParseFloat(string(buf), 64)
	d.plain = len(runs) == 1
	// A fraction: 1/2, 3/4; not in a code or phone number (222-2222/2222).
	if d.plain && d.end+1 < len(s) && s[d.end] == '/' && isDigit(s[d.end+1]) &&
		!(i >= 2 && (s[i-1] == '-' || s[i-1] == '/') && isDigit(s[i-2])) {
		e := digitRun(s, d.end+1)
		den, _ := strconv.ParseFloat(s[d.end+1:e], 64)
		if den != 0 && (e >= len(s) || (s[e] != '/' && !isDigit(s[e]))) {
			d.value /= den
			d.end = e
			d.fraction = true
			d.plain = false
		}
	}
	if !d.fraction {
		exponent(s, &d)
	}
	return d
}

// indian reports whether the runs group digits the Indian way with the
// language's group mark: "12,34,567", "1,23,45,678.9".
func indian(runs []run, decimal, group byte) bool {
	last := len(runs) - 1
	if decimal != 0 {
		last--
	}
	if last < 2 || runs[0].end-runs[0].start > 2 || runs[last].end-runs[last].start != 3 {
		return false
	}
	for _, r := range runs[1:last] {
		if r.sep != group || r.end-r.start != 2 {
			return false
		}
	}
	return runs[last].sep == group
}

// exponent reads scientific notation after the digits d: "1.3e6",
// "12.32e+14", "1.1^23", "2.5^-1", "6.23x10^-4". A run of signs
// ("^--23") is negative when it holds an odd number of minus signs.
func exponent(s string, d *digits) {
	p := d.end
	if p >= len(s) {
		return
	}
	base := 0.0 // 0: e-notation, 10^exp times the value; otherwise value^exp
	switch s[p] {
	case 'e', 'E':
		p++
	case '^':
		base = d.value
		p++
	case 'x', '*':
		if p+3 < len(s) && s[p+1] == '1' && s[p+2] == '0' && s[p+3] == '^' {
			p += 4
		} else {
			return
		}
	default:
		if !(p+5 < len(s) && s[p:p+2] == "×" && s[p+2:p+5] == "10^") {
			return
		}
		p += 5
	}
	neg := false
	for p < len(s) && (s[p] == '-' || s[p] == '+') && p-d.end < 8 {
		neg = neg != (s[p] == '-')
		p++
	}
	if p >= len(s) || !isDigit(s[p]) {
		return
	}
	e := digitRun(s, p)
	if ok, _ := letterAt(s, e); ok || e-p > 3 {
		return
	}
	x, _ := strconv.ParseFloat(s[p:e], 64)
	if neg {
		x = -x
	}
	v := math.Pow(base, x)
	if base == 0 {
		// through decimal text, so that 6.23x10^-4 is 0.000623 exactly
		v, _ = strconv.ParseFloat(strconv.FormatFloat(d.value, 'g', -1, 64)+"e"+strconv.Itoa(int(x)), 64)
	}
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return
	}
	d.value = v
	d.end = e
	d.plain = false
}

func sepIndex(c byte) int {
	switch c {
	case '.':
		return 0
	case ',':
		return 1
	case '\'':
		return 2
	}
	return 3
}

// dateOrClock recognises dates and clock times at s[i:a] (the first digit
// run) and returns their end.
func dateOrClock(s string, i, a int, d *digits) (int, bool) {
	if a >= len(s) {
		return 0, false
	}
	n1 := a - i
	c := s[a]
	switch {
	case c == ':' && a+1 < len(s) && isDigit(s[a+1]) && n1 <= 3:
		p := a
		for p+1 < len(s) && (s[p] == ':' || s[p] == '.') && isDigit(s[p+1]) {
			p = digitRun(s, p+1)
		}
		d.clock = true
		return p, true
	case (c == '.' || c == '/') && n1 <= 2 && a+1 < len(s) && isDigit(s[a+1]):
		b := digitRun(s, a+1)
		if b-(a+1) > 2 || b >= len(s) || s[b] != c {
			return 0, false
		}
		if b+1 < len(s) && isDigit(s[b+1]) {
			e := digitRun(s, b+1)
			if n := e - (b + 1); n == 2 || n == 4 {
				d.date = true
				return e, true
			}
			return 0, false
		}
		if c == '.' { // "3.10." without a year
			d.date = true
			return b + 1, true
		}
	case c == '-' && n1 == 4 && a+3 < len(s) && isDigit(s[a+1]) && isDigit(s[a+2]) && s[a+3] == '-':
		e := digitRun(s, a+4)
		if e-(a+4) == 2 {
			d.date = true
			return e, true
		}
	case c == '-' && n1 == 4 && yearMonth(s, i, a):
		d.date = true // "2024-11": a year and a month
		return a + 3, true
	}
	return 0, false
}

// yearMonth reports whether s[i:a] (four digits) and the dash after it
// spell an ISO year and month: a year 1900–2099, then exactly two digits
// 01–12 that no digit, dash or decimal mark continues.
func yearMonth(s string, i, a int) bool {
	if a+3 > len(s) || !isDigit(s[a+1]) || !isDigit(s[a+2]) {
		return false
	}
	if a+3 < len(s) && (isDigit(s[a+3]) || (s[a+3] == '-' || s[a+3] == '.' || s[a+3] == ',') && a+4 < len(s) && isDigit(s[a+4])) {
		return false
	}
	y := s[i : i+2]
	if y != "19" && y != "20" {
		return false
	}
	m := int(s[a+1]-'0')*10 + int(s[a+2]-'0')
	return m >= 1 && m <= 12
}

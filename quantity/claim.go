package quantity

import (
	"strings"

	hebel "github.com/hebel-project/hebel"
)

// notClaim says why a number is not a claim, or "" when it is one: a
// year, a day of a date, a clock time, an age, an ordinal, list
// numbering, a number in a name or code, or a lone "one".
func (sc *scanner) notClaim(ph phrase, prev []token, q *hebel.Quantity, hedged, isRange bool, m *Match) string {
	s, num := sc.text, sc.lx.num
	var p0 string
	if len(prev) > 0 {
		p0 = prev[0].low
	}
	if num.CodeCues[p0] && !hedged {
		return ReasonCode
	}
	plain := ph.digitsOnly && ph.d.plain
	n := ph.end - ph.start
	next, hasNext := nextToken(s, ph.end)
	// years
	if plain && n == 4 && ph.value >= 1900 && ph.value <= 2100 && q.Unit == "" && !ph.d.lead0 {
		cue := num.YearCues[p0] || num.Months[p0]
		if cue || !hedged {
			if !isRange || (len(m.Numbers) == 2 && m.Numbers[1].Value <= 2100 && m.Numbers[1].End-m.Numbers[1].Start == 4) {
				return ReasonYear
			}
		}
	}
	if plain && (ph.d.lead0 || ph.d.cut) {
		return ReasonCode // 007, 192.168.1.2
	}
	// days of dates: "27. November", "27 November", "November 27"
	if plain && n <= 2 && ph.value >= 1 && ph.value <= 31 && q.Unit == "" {
		if num.Months[p0] {
			return ReasonDate
		}
		t, ok := next, hasNext
		if ok && t.low == "." {
			t, ok = nextToken(s, t.end)
		}
		if ok && num.Months[t.low] {
			return ReasonDate
		}
	}
	// clock times
	if hasNext && q.Unit == "" && (num.ClockAfter[next.low] || num.ClockAfter[strings.TrimSuffix(next.low, ".")]) {
		return ReasonClock
	}
	// ages
	if q.Unit == "" && !isRange {
		if ph.end < len(s) && s[ph.end] == '-' {
			if t, ok := nextToken(s, ph.end+1); ok && hasPrefix(t.low, num.AgeSuffixes) {
				return ReasonAge
			}
		}
		if hasPhrase(s, ph.end, num.AgeAfter) || endsWithPhrase(prev, num.AgeBefore) {
			return ReasonAge
		}
	}
	// ordinals with a dot, and list numbering
	if plain && ph.end < len(s) && (s[ph.end] == '.' || s[ph.end] == ')') && !hedged && q.Unit == "" {
		if lineStart(s, ph.start) && ph.end+1 < len(s) && (s[ph.end+1] == ' ' || s[ph.end+1] == '\t') {
			return ReasonList
		}
		if num.OrdinalDot && s[ph.end] == '.' && n <= 3 {
			j := skipSpace(s, ph.end+1)
			if j > ph.end+1 && j < len(s) {
				if c := s[j]; 'a' <= c && c <= 'z' || num.OrdinalBefore[p0] {
					return ReasonOrdinal
				}
				if t, ok := nextToken(s, j); ok && num.Months[t.low] {
					return ReasonDate
				}
			}
		}
	}
	// a lone "one" or "eins"
	if ph.lone != "" && ph.value == 1 && !hedged && q.Unit == "" && !isRange {
		return ReasonOne
	}
	return ""
}

// lineStart reports whether only horizontal space precedes i on its line.
func lineStart(s string, i int) bool {
	for i > 0 {
		c := s[i-1]
		if c == '\n' || c == '\r' {
			return true
		}
		if c != ' ' && c != '\t' {
			return false
		}
		i--
	}
	return true
}

// hasPhrase reports whether one of the phrases follows i.
func hasPhrase(s string, i int, phrases [][]string) bool {
	for _, ph := range phrases {
		p, ok := i, true
		for _, w := range ph {
			t, found := nextToken(s, p)
			if !found || !wordIs(t.low, w) {
				ok = false
				break
			}
			p = t.end
		}
		if ok {
			return true
		}
	}
	return false
}

// endsWithPhrase reports whether the tokens before a number (nearest
// first) end with one of the phrases.
func endsWithPhrase(prev []token, phrases [][]string) bool {
	for _, ph := range phrases {
		n := len(ph)
		if n > len(prev) {
			continue
		}
		ok := true
		for j := 0; j < n; j++ {
			if prev[j].low != ph[n-1-j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

package segment

import "unicode/utf8"

// number scans the number starting at i, emits it and returns where it
// ends. Separators join digit groups: "." and "," before a digit
// ("10.000", "3,5"), apostrophes and narrow or no-break spaces before
// exactly three digits ("10’000", "10 000").
func (s *scanner) number(i int) int {
	text := s.text
	n := len(text)
	j := digits(text, i)
	lead := j - i
	sep := false
groups:
	for j < n {
		c := text[j]
		switch {
		case (c == '.' || c == ',') && j+1 < n && isDigit(text[j+1]):
			j = digits(text, j+1)
			sep = true
			continue
		case c == '\'' && group3(text, j+1):
			j += 4
			sep = true
			continue
		case c >= utf8.RuneSelf:
			r, size := at(text, j)
			if (r == '’' || (r == '\u202F' || r == '\u2009' || r == '\u00A0') && lead <= 3) && group3(text, j+size) {
				j += size + 3
				sep = true
				continue
			}
		}
		break groups
	}
	if j < n {
		r, size := at(text, j)
		switch {
		case !sep && isLetter(r):
			if k := ordinalSuffix(text, j); k > j {
				s.emit(i, k, Ordinal)
				return k
			}
			return s.wordFrom(i, j)
		case !sep && isHyphen(r) && s.wordCharAt(j+size):
			if r2, _ := at(text, j+size); isLetter(r2) {
				return s.wordFrom(i, j)
			}
		case text[j] == '.':
			return s.numberDot(i, j)
		}
	}
	s.emit(i, j, Number)
	return j
}

// numberDot decides whether the dot at j after the number text[start:j]
// makes an ordinal or is a terminal.
func (s *scanner) numberDot(start, j int) int {
	if s.isOrdinal(start, j) {
		s.emit(start, j+1, Ordinal)
		return j + 1
	}
	s.emit(start, j, Number)
	return s.terminal(j)
}

// isOrdinal reports whether "N." at text[start:j+1] is an ordinal: a list
// number heading a sentence ("1. Einleitung"), or, where the language
// writes ordinals with a dot, a day or rank followed by a lowercase word,
// a listed noun ("3. Oktober", "20. Jahrhundert") or preceded by a listed
// word ("am 3.", "der 2.").
func (s *scanner) isOrdinal(start, j int) bool {
	text := s.text
	if !shortOrdinal(text[start:j]) {
		return false
	}
	k, breaks := s.skipSpace(j+1, true)
	if breaks > 0 || k >= len(text) || k == j+1 {
		return false
	}
	if s.atSentenceStart() {
		return isLetter(rune(text[k])) || text[k] >= utf8.RuneSelf && s.upperAt(k)
	}
	if !s.r.ordinalDot {
		return false
	}
	if s.lowerAt(k) || s.r.ordinalAfter.has(s.nextWord(k)) {
		return true
	}
	if p, ok := s.prev(); ok && p.Kind == Word && s.r.ordinalBefore.has(p.Text(text)) {
		return true
	}
	return false
}

// shortOrdinal reports whether num can be an ordinal or a day and month:
// up to three digits, or "dd.mm".
func shortOrdinal(num string) bool {
	switch len(num) {
	case 1, 2, 3:
		return isDigit(num[len(num)-1]) && digits(num, 0) == len(num)
	}
	d := digits(num, 0)
	if d == 0 || d > 2 || num[d] != '.' {
		return false
	}
	e := digits(num, d+1)
	return e == len(num) && e-d-1 >= 1 && e-d-1 <= 2
}

// ordinalSuffix returns the end of an English ordinal suffix ("st", "nd",
// "rd", "th") at j that no letter follows, or j.
func ordinalSuffix(text string, j int) int {
	if j+2 > len(text) {
		return j
	}
	switch text[j : j+2] {
	case "st", "nd", "rd", "th":
		if j+2 == len(text) || !isWordChar(rune(text[j+2])) && text[j+2] < utf8.RuneSelf {
			return j + 2
		}
	}
	return j
}

// digits returns the end of the run of ASCII digits at i.
func digits(text string, i int) int {
	for i < len(text) && isDigit(text[i]) {
		i++
	}
	return i
}

// group3 reports whether exactly three digits start at i.
func group3(text string, i int) bool {
	return i+3 <= len(text) && isDigit(text[i]) && isDigit(text[i+1]) && isDigit(text[i+2]) &&
		(i+3 == len(text) || !isDigit(text[i+3]))
}

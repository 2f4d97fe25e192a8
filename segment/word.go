package segment

import (
	"strings"
	"unicode/utf8"
)

// word scans the word (or URL) starting at i, emits it and returns where
// it ends.
func (s *scanner) word(i int) int {
	if k := s.url(i); k > i {
		s.emit(i, k, URL)
		return k
	}
	return s.wordFrom(i, i)
}

// wordFrom scans a word that starts at start and continues at j. Hyphens
// and apostrophes between word characters join; a dot between letters
// joins in initialisms ("U.S", "z.B") and before a lowercase letter
// ("spiegel.de"); "'s" is split off as a clitic; "@" makes an e-mail
// address. A dot right after the word is handled by wordDot.
func (s *scanner) wordFrom(start, j int) int {
	text := s.text
	n := len(text)
	seg, maxSeg, dotted := start, 0, false
scan:
	for j < n {
		if c := text[j]; c < utf8.RuneSelf && ascii[c]&(cLetter|cDigit) != 0 {
			j++
			continue
		}
		r, size := at(text, j)
		if isWordChar(r) {
			j += size
			continue
		}
		next := j + size
		switch {
		case isHyphen(r):
			if next < n {
				if r2, _ := at(text, next); isWordChar(r2) {
					j = next
					continue
				}
			}
			// "Nord- und Südkorea", "Bundes-, Landes- und": the hyphen
			// stands for the rest of a compound and stays with its part.
			if r == '-' && next < n {
				if text[next] == ',' {
					j = next
					break scan
				}
				if k, breaks := s.skipSpace(next, false); breaks == 0 && k > next && k < n && s.lowerAt(k) {
					j = next
					break scan
				}
			}
		case isApostrophe(r):
			if next >= n {
				break scan
			}
			r2, size2 := at(text, next)
			if !isLetter(r2) {
				break scan
			}
			if (r2 == 's' || r2 == 'S') && !s.wordCharAt(next+size2) {
				s.emit(start, j, Word)
				s.emit(j, next+size2, Word)
				return next + size2
			}
			j = next
			continue
		case r == '.':
			if next < n {
				if r2, _ := at(text, next); isLetter(r2) && (j-seg <= 2 || isLower(r2)) {
					dotted = true
					maxSeg = max(maxSeg, j-seg)
					j, seg = next, next
					continue
				}
			}
		case r == '@':
			if j > start && s.wordCharAt(next) {
				end := s.emailEnd(next)
				s.emit(start, end, URL)
				return end
			}
		case r == '&':
			// "AT&T", "M&A"
			if j > start && isUpper(rune(text[j-1])) && next < n && s.upperAt(next) {
				j = next
				continue
			}
		}
		break
	}
	if j < n && text[j] == '.' && j > start && text[j-1] != '-' && text[j-1] != ',' {
		return s.wordDot(start, j, dotted && max(maxSeg, j-seg) <= 2)
	}
	s.emit(start, j, Word)
	return j
}

func (s *scanner) wordCharAt(i int) bool {
	if i >= len(s.text) {
		return false
	}
	r, _ := at(s.text, i)
	return isWordChar(r)
}

// wordDot decides what the dot at j after the word text[start:j] is: part
// of an abbreviation, or a terminal. initialism says the word is made of
// short dotted parts ("U.S", "e.g").
func (s *scanner) wordDot(start, j int, initialism bool) int {
	w := s.text[start:j]
	end := j + 1
	switch {
	case s.r.ending.has(w):
		s.emit(start, end, Abbrev)
		if s.ends(end) {
			s.cut()
		}
		return end
	case s.r.abbrev.has(w) || initialism || singleLetter(w):
		s.emit(start, end, Abbrev)
		// A closing quotation mark right after the abbreviation may close
		// the sentence too: „… 5 Mio.“ Dann …
		if end < len(s.text) {
			if r, size := at(s.text, end); isQuote(r) && !s.wordCharAt(end+size) {
				return s.close(end)
			}
		}
		return end
	case s.r.numberAbbrev.has(w):
		if k, breaks := s.skipSpace(end, false); breaks == 0 && k < len(s.text) && isDigit(s.text[k]) {
			s.emit(start, end, Abbrev)
			return end
		}
	}
	s.emit(start, j, Word)
	return s.terminal(j)
}

// singleLetter reports whether w is one letter: an initial ("F.") or one
// part of a spaced abbreviation ("z. B.").
func singleLetter(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && isLetter(r)
}

// url returns the end of a web address starting at i, or i if none does.
// Trailing punctuation is left outside the address.
func (s *scanner) url(i int) int {
	text := s.text[i:]
	if c := text[0] | 0x20; c != 'h' && c != 'w' {
		return i
	}
	if !(hasPrefixFold(text, "http://") || hasPrefixFold(text, "https://") ||
		hasPrefixFold(text, "www.") && len(text) > 4 && isWordChar(rune(text[4]))) {
		return i
	}
	j := 0
	for j < len(text) {
		r, size := at(text, j)
		if isSpace(r) || r == '<' || r == '>' || r == '"' || r == utf8.RuneError || r >= utf8.RuneSelf && isQuote(r) {
			break
		}
		j += size
	}
	for j > 0 && strings.IndexByte(".,;:!?')]}", text[j-1]) >= 0 {
		j--
	}
	return i + j
}

// emailEnd returns the end of the domain of an e-mail address from i.
func (s *scanner) emailEnd(i int) int {
	text := s.text
	j := i
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf && (ascii[c]&(cLetter|cDigit) != 0 || c == '.' || c == '-' || c == '_') {
			j++
			continue
		}
		break
	}
	for j > i && (text[j-1] == '.' || text[j-1] == '-') {
		j--
	}
	return j
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

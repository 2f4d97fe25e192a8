package quantity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// letterAt reports whether a letter starts at byte i, and its width.
func letterAt(s string, i int) (bool, int) {
	if i < 0 || i >= len(s) {
		return false, 0
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return isASCIILetter(c), 1
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r), w
}

// letterBefore reports whether the rune ending at byte i is a letter.
func letterBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	c := s[i-1]
	if c < utf8.RuneSelf {
		return isASCIILetter(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}

// wordEnd returns the end of the run of letters starting at i.
func wordEnd(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				return i
			}
			i++
			continue
		}
		ok, w := letterAt(s, i)
		if !ok {
			break
		}
		i += w
	}
	return i
}

// space returns the width of a horizontal space at i (ASCII space, tab,
// no-break spaces, thin spaces), or 0.
func space(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch s[i] {
	case ' ', '\t':
		return 1
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0xA0 {
			return 2
		}
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xAF || s[i+2] == 0x89 || s[i+2] == 0x8A) {
			return 3
		}
	}
	return 0
}

// skipSpace skips horizontal spaces from i.
func skipSpace(s string, i int) int {
	for {
		w := space(s, i)
		if w == 0 {
			return i
		}
		i += w
	}
}

// dash returns the width of a hyphen, en dash, em dash or minus sign at i.
func dash(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if s[i] == '-' {
		return 1
	}
	if s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94) {
		return 3
	}
	if s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x88 && s[i+2] == 0x92 {
		return 3 // U+2212 minus sign
	}
	return 0
}

// lower returns s in lower case, without allocating for ASCII lower case.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// lowerBytes writes s in lower case into buf and returns the bytes; it
// falls back to a new slice when s is long or not ASCII. Map lookups with
// string(b) do not allocate.
func lowerBytes(buf []byte, s string) []byte {
	if len(s) > len(buf) {
		return []byte(lower(s))
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return []byte(lower(s))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)]
}

// token is a word or symbol run seen by the context rules.
type token struct {
	start, end int
	low        string // lower case
}

// nextToken returns the token after i, skipping horizontal space: a word
// (letters, inner hyphens and apostrophes, a trailing abbreviation dot),
// or a single punctuation rune. ok is false at a line end or text end.
func nextToken(s string, i int) (token, bool) {
	i = skipSpace(s, i)
	if i >= len(s) || s[i] == '\n' || s[i] == '\r' {
		return token{}, false
	}
	if ok, _ := letterAt(s, i); ok {
		e := wordEnd(s, i)
		for e+1 < len(s) && (s[e] == '-' || s[e] == '\'' || s[e] == '.') {
			if ok, _ := letterAt(s, e+1); !ok {
				break
			}
			e = wordEnd(s, e+1)
		}
		if e < len(s) && s[e] == '.' {
			e++
		}
		return token{i, e, lower(s[i:e])}, true
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	return token{i, i + w, s[i : i+w]}, true
}

// prevToken returns the token ending before i (skipping horizontal
// space): a word with an optional trailing dot, or one punctuation rune.
func prevToken(s string, i int) (token, bool) {
	for i > 0 {
		_, w := utf8.DecodeLastRuneInString(s[:i])
		if space(s, i-w) != w {
			break
		}
		i -= w
	}
	if i <= 0 || s[i-1] == '\n' || s[i-1] == '\r' {
		return token{}, false
	}
	e := i
	if s[i-1] == '.' && letterBefore(s, i-1) {
		i--
	}
	if !letterBefore(s, i) {
		_, w := utf8.DecodeLastRuneInString(s[:e])
		return token{e - w, e, s[e-w : e]}, true
	}
	for i > 0 {
		if letterBefore(s, i) {
			_, w := utf8.DecodeLastRuneInString(s[:i])
			i -= w
			continue
		}
		if i > 1 && (s[i-1] == '-' || s[i-1] == '.') && letterBefore(s, i-1) {
			i--
			continue
		}
		break
	}
	return token{i, e, lower(s[i:e])}, true
}

// wordIs reports whether the token tok is the word w, with or without a
// trailing dot, without building w+".".
func wordIs(tok, w string) bool {
	return tok == w || (len(tok) == len(w)+1 && tok[len(w)] == '.' && tok[:len(w)] == w)
}

package entity

import (
	"iter"
	"unicode"
	"unicode/utf8"
)

// token is one word of a text: letters, digits and marks, with hyphens and
// dots inside it ("Nordkorea-Soldaten", "U.S" of "U.S."). A hyphen or dot
// that no letter follows ends the token and is not part of it.
type token struct {
	start, end int
	inner      bool // the token has an inner hyphen or dot
}

// asciiWord marks the ASCII bytes that are word characters.
var asciiWord = func() (t [128]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	return t
}()

// wordAt reports whether a word character starts at s[i], and its width.
func wordAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiWord[c], 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r), n
}

// nextToken returns the first token of s at or after byte pos.
func nextToken(s string, pos int) (token, bool) {
	i := pos
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiWord[c] {
				break
			}
			i++
			continue
		}
		ok, n := wordAt(s, i)
		if ok {
			break
		}
		i += n
	}
	if i >= len(s) {
		return token{}, false
	}
	t := token{start: i}
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && asciiWord[c] {
			i++
			continue
		}
		if ok, n := wordAt(s, i); ok {
			i += n
			continue
		}
		if c := s[i]; (c == '-' || c == '.') && i+1 < len(s) {
			if ok, n := wordAt(s, i+1); ok {
				t.inner = true
				i += 1 + n
				continue
			}
		}
		break
	}
	t.end = i
	return t, true
}

// tokens yields the tokens of s in order.
func tokens(s string) iter.Seq[token] {
	return func(yield func(token) bool) {
		for pos := 0; ; {
			t, ok := nextToken(s, pos)
			if !ok || !yield(t) {
				return
			}
			pos = t.end
		}
	}
}

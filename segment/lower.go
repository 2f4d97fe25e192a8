package segment

import (
	"unicode"
	"unicode/utf8"
)

// The extractors compare tokens case-insensitively against word lists.
// These two functions let them do it without allocating per token: either
// the whole text is lowered once with its byte offsets kept, so that a
// token's span cuts its lower-case form out of the copy, or a single token
// is lowered into a reused buffer.

// AppendLower appends s lower-cased to b exactly as strings.ToLower does
// (an invalid byte becomes U+FFFD), without allocating when b has room.
func AppendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 {
			b = utf8.AppendRune(b, utf8.RuneError)
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// LowerKeepOffsets returns s lower-cased rune by rune with every byte
// offset kept: a rune whose lower case has another length in UTF-8, and
// an invalid byte, stay as they are. exact reports whether no such rune or
// byte occurred; then lower[a:b] equals strings.ToLower(s[a:b]) for every
// a, b on rune boundaries.
func LowerKeepOffsets(s string) (lower string, exact bool) {
	b := make([]byte, len(s))
	exact = true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		l := unicode.ToLower(r)
		switch {
		case r == utf8.RuneError && n == 1, utf8.RuneLen(l) != n:
			copy(b[i:i+n], s[i:i+n])
			exact = false
		default:
			utf8.EncodeRune(b[i:], l)
		}
		i += n
	}
	return string(b), exact
}

package relation

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerText returns text lower-cased rune by rune when every rune keeps
// its length in UTF-8 and text is valid UTF-8, and "" otherwise. Then
// lowered[a:b] equals strings.ToLower(text[a:b]) for every a, b on rune
// boundaries, so a document is lower-cased once instead of token by
// token.
func lowerText(text string) string {
	b := make([]byte, len(text))
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n == 1 {
			return ""
		}
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != n {
			return ""
		}
		utf8.EncodeRune(b[i:], l)
		i += n
	}
	return string(b)
}

// lowerSpan returns strings.ToLower(text[a:b]), cut from low (lowerText's
// result for text) when it has one.
func lowerSpan(text, low string, a, b int) string {
	if len(low) == len(text) && utf8.RuneStart(text[a]) && (b == len(text) || utf8.RuneStart(text[b])) {
		return low[a:b]
	}
	return strings.ToLower(text[a:b])
}

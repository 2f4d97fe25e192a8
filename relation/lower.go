package relation

import (
	"strings"
	"unicode/utf8"

	"github.com/hebel-project/hebel/segment"
)

// lowerText returns text lower-cased once when every rune keeps its
// length in UTF-8 and text is valid UTF-8, and "" otherwise. Then
// lowered[a:b] equals strings.ToLower(text[a:b]) for every a, b on rune
// boundaries, so a document is lower-cased once instead of token by
// token.
func lowerText(text string) string {
	if low, exact := segment.LowerKeepOffsets(text); exact {
		return low
	}
	return ""
}

// lowerSpan returns strings.ToLower(text[a:b]), cut from low (lowerText's
// result for text) when it has one.
func lowerSpan(text, low string, a, b int) string {
	if len(low) == len(text) && utf8.RuneStart(text[a]) && (b == len(text) || utf8.RuneStart(text[b])) {
		return low[a:b]
	}
	return strings.ToLower(text[a:b])
}

package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s in the form every Document.Text has: line ends are
// \n (CRLF, CR, NEL, U+2028, U+2029, form feed and vertical tab become
// one); control characters other than \n and \t, and byte-order marks,
// are gone; the text is NFC; no line ends in white space; there is never
// more than one blank line in a row; and the text neither starts nor ends
// with white space. Invalid UTF-8 becomes U+FFFD. Normalize is idempotent.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		// Copy a run of printable ASCII and valid, kept multi-byte runes
		// as it stands: it would be written back byte for byte.
		j := i
		for j < len(s) {
			c := s[j]
			if c < utf8.RuneSelf {
				if c < 0x20 || c == 0x7f {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if r == utf8.RuneError && n == 1 || r <= 0x9f || r == 0x2028 || r == 0x2029 || r == 0xFEFF {
				break
			}
			j += n
		}
		b.WriteString(s[i:j])
		if i = j; i == len(s) {
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		case r == '\n' || r == '\f' || r == '\v' || r == 0x85 || r == 0x2028 || r == 0x2029:
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte('\t')
		case r == utf8.RuneError && n == 1:
			b.WriteRune(utf8.RuneError)
		case r < 0x20 || (r >= 0x7f && r <= 0x9f) || r == 0xFEFF:
			// dropped
		default:
			b.WriteRune(r)
		}
	}
	t := norm.NFC.String(b.String())

	b.Reset()
	b.Grow(len(t))
	blank := 0 // blank lines seen since the last text line
	first := true
	for line := range strings.SplitSeq(t, "\n") {
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if line == "" {
			blank++
			continue
		}
		if !first {
			b.WriteByte('\n')
			if blank > 0 {
				b.WriteByte('\n')
			}
		}
		if first {
			line = strings.TrimLeftFunc(line, unicode.IsSpace)
		}
		b.WriteString(line)
		first = false
		blank = 0
	}
	return b.String()
}

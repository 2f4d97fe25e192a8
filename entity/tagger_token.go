package entity

import (
	"unicode"
	"unicode/utf8"
)

// span is a token the tagger reads: a word (letters, digits and marks with
// inner hyphens, dots and ampersands) or one punctuation character.
type span struct {
	start, end int
}

// tagTokens splits text into the tokens the name tagger reads, appending
// to buf.
func tagTokens(text string, buf []span) []span {
	for i := 0; i < len(text); {
		ok, n := wordAt(text, i)
		if !ok {
			c := text[i]
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
			buf = append(buf, span{i, i + n})
			i += n
			continue
		}
		start := i
		i += n
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf && asciiWord[c] {
				i++
				continue
			}
			if ok, n := wordAt(text, i); ok {
				i += n
				continue
			}
			c := text[i]
			if (c == '-' || c == '.' || c == '&') && i+1 < len(text) {
				if ok, n := wordAt(text, i+1); ok {
					i += 1 + n
					continue
				}
			}
			break
		}
		buf = append(buf, span{start, i})
	}
	return buf
}

// TagTokens returns the byte spans of the tokens the name tagger reads in
// text, for tokenising training data as the tagger will see it.
func TagTokens(text string) [][2]int {
	toks := tagTokens(text, nil)
	out := make([][2]int, len(toks))
	for i, t := range toks {
		out[i] = [2]int{t.start, t.end}
	}
	return out
}

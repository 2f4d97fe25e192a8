package segment

import (
	"unicode"
	"unicode/utf8"
)

// ASCII character classes, looked up by byte in the hot path.
const (
	cLetter = 1 << iota
	cUpper
	cLower
	cDigit
	cSpace
	cTerminal // . ! ?
	cQuote    // " '
	cCloser   // ) ] }
	cSymbol   // $ % + < = > ^ ` | ~
)

var ascii = func() (t [utf8.RuneSelf]uint16) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = cLetter | cLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = cLetter | cUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = cDigit
	}
	for _, c := range " \t\n\v\f\r" {
		t[c] = cSpace
	}
	for _, c := range ".!?" {
		t[c] = cTerminal
	}
	for _, c := range `"'` {
		t[c] = cQuote
	}
	for _, c := range ")]}" {
		t[c] = cCloser
	}
	for _, c := range "$%+<=>^`|~" {
		t[c] = cSymbol
	}
	return t
}()

// at decodes the rune at byte i; bad bytes come back as (RuneError, 1).
func at(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// isSpace reports whether r separates tokens. Zero-width spaces and the
// byte order mark count as space so that spans stay trimmed of them.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cSpace != 0
	}
	switch r {
	case '\u200B', '\u2060', '\uFEFF':
		return true
	}
	return unicode.IsSpace(r)
}

// lineBreaks is how many line breaks r counts for: 2 for paragraph and
// page breaks, 1 for a line break, 0 otherwise. "\r\n" is handled by the
// caller.
func lineBreaks(r rune) int {
	switch r {
	case '\n', '\r', '\u0085', '\u2028':
		return 1
	case '\f', '\u2029':
		return 2
	}
	return 0
}

// isWordChar reports whether r continues a word: letters, digits, marks.
func isWordChar(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&(cLetter|cDigit) != 0
	}
	if r == utf8.RuneError {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cLetter != 0
	}
	return unicode.IsLetter(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cLower != 0
	}
	return unicode.IsLower(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cUpper != 0
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isTerminal reports whether r can end a sentence.
func isTerminal(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cTerminal != 0
	}
	return r == '…' || r == '‼' || r == '⁇' || r == '⁈' || r == '⁉'
}

// isQuote reports whether r is a quotation mark.
func isQuote(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cQuote != 0
	}
	switch r {
	case '„', '“', '”', '‟', '‚', '‘', '’', '‛', '«', '»', '‹', '›', '「', '」', '『', '』', '＂':
		return true
	}
	return false
}

// isCloser reports whether r closes a bracket.
func isCloser(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&cCloser != 0
	}
	return unicode.Is(unicode.Pe, r)
}

// isDash reports whether r is a hyphen or dash standing between words.
func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '―':
		return true
	}
	return false
}

// isHyphen reports whether r joins parts of a compound word.
func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' || r == '\u00AD' }

// isApostrophe reports whether r can stand inside a word ("don't").
func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// kindOf classifies a rune that starts no word, number or terminal.
func kindOf(r rune) Kind {
	if r < utf8.RuneSelf {
		switch {
		case ascii[r]&cQuote != 0:
			return Quote
		case ascii[r]&cSymbol != 0:
			return Symbol
		case r < ' ' || r == 0x7f:
			return Symbol
		}
		return Punct
	}
	switch {
	case r == utf8.RuneError:
		return Symbol
	case isQuote(r):
		return Quote
	case r == '‰' || r == '‱':
		return Symbol
	case unicode.IsPunct(r):
		return Punct
	}
	return Symbol
}

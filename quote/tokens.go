package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hebel-project/hebel/segment"
)

// upper reports whether s starts with an upper-case letter.
func upper(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// adjectival reports whether a lower-case German word may be an
// inflected adjective inside a noun phrase ("südkoreanische",
// "westlichen").
func adjectival(w string) bool {
	return strings.HasSuffix(w, "e") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "er") ||
		strings.HasSuffix(w, "es") || strings.HasSuffix(w, "em")
}

// tok returns the text of token t of u.
func (f *finder) tok(u *unit, t int) string {
	return f.text[u.toks[t].Start:u.toks[t].End]
}

// low returns the lower-cased text of token t of u: a slice of the
// text lower-cased once per Find, so it allocates nothing.
func (f *finder) low(u *unit, t int) string {
	return f.lt[u.toks[t].Start:u.toks[t].End]
}

// is reports whether token t of u is the punctuation p.
func (f *finder) is(u *unit, t int, p string) bool {
	return t >= 0 && t < len(u.toks) && u.toks[t].Kind == segment.Punct && f.tok(u, t) == p
}

// wordy reports whether token t is a word, abbreviation or number.
func wordy(u *unit, t int) bool {
	k := u.toks[t].Kind
	return k == segment.Word || k == segment.Abbrev || k == segment.Number || k == segment.Ordinal
}

// closer reports whether token t of u is the closing mark of a quotation.
func closer(u *unit, t int) bool {
	if t < 0 || u.toks[t].Kind != segment.Quote {
		return false
	}
	for _, r := range u.regs {
		if r.Close == u.toks[t].End {
			return true
		}
	}
	return false
}

// boundary reports whether token t ends a clause: a comma, semicolon,
// colon, dash or the closing mark of a quotation.
func (f *finder) boundary(u *unit, t int) bool {
	if u.toks[t].Kind == segment.Punct {
		switch f.tok(u, t) {
		case ",", ";", ":", "–", "—", "(", ")":
			return true
		}
		return false
	}
	return closer(u, t)
}

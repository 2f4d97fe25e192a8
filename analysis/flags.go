package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hebel-project/hebel/segment"
)

// Flag is a set of facts about one token: its shape, the space before it,
// where it stands in its sentence and clause, what punctuation it is,
// whether it is a quotation mark or quoted, and a few word classes.
type Flag uint32

// Token flags.
const (
	// Shape of the first rune, and of the whole token.
	FlagUpper   Flag = 1 << iota // starts with an upper-case letter
	FlagLower                    // starts with a lower-case letter
	FlagDigit                    // starts with a digit
	FlagCaps                     // two or more letters, all upper case ("NATO")
	FlagInexact                  // Lower keeps a rune of it as written (see Doc.Lower)

	// White space before the token (from the previous token or the start
	// of the text).
	FlagSpaceBefore     // some white space
	FlagLineBefore      // a line break in it
	FlagParagraphBefore // two line breaks or more (a blank line)

	// Edges.
	FlagSentenceStart // first token of its sentence
	FlagSentenceEnd   // last token of its sentence
	FlagClauseStart   // first token of a clause (see Clause)

	// Punctuation, one flag per kind (Kind Punct).
	FlagComma     // ","
	FlagSemicolon // ";"
	FlagColon     // ":"
	FlagPeriod    // "."
	FlagDash      // "–" or "—"
	FlagHyphen    // "-" standing as a token of its own
	FlagParen     // "(" or ")"
	FlagEllipsis  // "…"
	// FlagBoundary marks clause punctuation: any of the flags above but
	// FlagPeriod, or a quotation mark (Kind Quote), paired or not. Such a
	// token belongs to no clause.
	FlagBoundary

	// Quotation marks (see Quotation).
	FlagOpen   // the opening mark of a quotation pair
	FlagClose  // the closing mark of a quotation pair
	FlagQuoted // inside an outermost quotation pair, its marks included

	// Function words of the profile's language, matched lower-cased
	// against the lists of lang.Speech that name them.
	FlagDeterminer     // Speech.Determiners: "der", "eine", "the"
	FlagPronoun        // Speech.Pronouns: "sie", "er", "she", "they"
	FlagComplementizer // Speech.Complementizers: "dass", "ob", "that"
	FlagConjunction    // Speech.Conjunctions: "und", "aber", "but"
)

// punctFlags are the flags of the punctuation tokens that have one.
var punctFlags = map[string]Flag{
	",": FlagComma | FlagBoundary, ";": FlagSemicolon | FlagBoundary, ":": FlagColon | FlagBoundary,
	".": FlagPeriod, "–": FlagDash | FlagBoundary, "—": FlagDash | FlagBoundary,
	"-": FlagHyphen | FlagBoundary, "(": FlagParen | FlagBoundary, ")": FlagParen | FlagBoundary,
	"…": FlagEllipsis | FlagBoundary,
}

// flag fills the flags of every token but FlagInexact (set by tokens) and
// FlagClauseStart (set by clauses).
func (d *Doc) flag() {
	prevEnd := 0
	for i, t := range d.Tokens {
		w := d.Text[t.Start:t.End]
		f := d.Flags[i] | shape(w) | spaceFlags(d.Text[prevEnd:t.Start])
		prevEnd = t.End
		switch t.Kind {
		case segment.Punct:
			f |= punctFlags[w]
		case segment.Quote:
			f |= FlagBoundary
		}
		f |= d.Lexicon.class(d.Words[i])
		d.Flags[i] = f
	}
	for s := range d.Sentences {
		r := d.Sentence(s)
		if r.Len() > 0 {
			d.Flags[r.Start] |= FlagSentenceStart
			d.Flags[r.End-1] |= FlagSentenceEnd
		}
	}
	d.flagQuotations()
}

// shape returns the shape flags of word w.
func shape(w string) Flag {
	if w == "" {
		return 0
	}
	var f Flag
	r, _ := utf8.DecodeRuneInString(w)
	if c := w[0]; c < utf8.RuneSelf {
		switch {
		case 'A' <= c && c <= 'Z':
			f = FlagUpper
		case 'a' <= c && c <= 'z':
			f = FlagLower
		case '0' <= c && c <= '9':
			return FlagDigit
		default:
			return 0
		}
	} else {
		switch {
		case unicode.IsUpper(r):
			f = FlagUpper
		case unicode.IsLower(r):
			f = FlagLower
		case unicode.IsDigit(r):
			return FlagDigit
		default:
			return 0
		}
	}
	if f == FlagUpper && caps(w) {
		f |= FlagCaps
	}
	return f
}

// caps reports whether w has two or more letters, all upper case.
func caps(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// spaceFlags returns the flags of the white space gap before a token.
func spaceFlags(gap string) Flag {
	if gap == "" {
		return 0
	}
	f := FlagSpaceBefore
	breaks := 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n':
			breaks++
		case '\r':
			if i+1 >= len(gap) || gap[i+1] != '\n' {
				breaks++
			}
		case '\f':
			breaks += 2
		case 0xc2, 0xe2: // U+0085; U+2028, U+2029
			if strings.HasPrefix(gap[i:], "\u0085") || strings.HasPrefix(gap[i:], "\u2028") {
				breaks++
			} else if strings.HasPrefix(gap[i:], "\u2029") {
				breaks += 2
			}
		}
	}
	if breaks > 0 {
		f |= FlagLineBefore
	}
	if breaks > 1 {
		f |= FlagParagraphBefore
	}
	return f
}

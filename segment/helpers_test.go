package segment

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/hebel-project/hebel/internal/sharedtest"

	"github.com/hebel-project/hebel/lang"
)

// sentenceTexts returns the text of each sentence of text.
func sentenceTexts(text string, p *lang.Profile) []string {
	var out []string
	for _, s := range Split(text, p) {
		out = append(out, s.Text(text))
	}
	return out
}

// tokenTexts returns the tokens of text, each as "text" or, when the kind
// is not Word, "text/Kind".
func tokenTexts(text string, p *lang.Profile) []string {
	var out []string
	for _, s := range Split(text, p) {
		for _, t := range s.Tokens {
			if t.Kind == Word {
				out = append(out, t.Text(text))
			} else {
				out = append(out, t.Text(text)+"/"+t.Kind.String())
			}
		}
	}
	return out
}

// sharedDir returns the shared test data beside the repository, or skips
// the test where it is absent (a fresh machine).
func sharedDir(tb testing.TB, parts ...string) string {
	tb.Helper()
	return sharedtest.Dir(tb, parts...)
}

// checkInvariants checks that the sentences of text are valid, ordered,
// non-overlapping and trimmed, and that their tokens are non-empty,
// ordered and inside their sentence.
func checkInvariants(tb testing.TB, text string, sents []Sentence) {
	tb.Helper()
	last := 0
	for i, s := range sents {
		if !s.Valid(len(text)) || s.Len() == 0 {
			tb.Fatalf("sentence %d: bad span %v (len %d)", i, s.Span, len(text))
		}
		if s.Start < last {
			tb.Fatalf("sentence %d: span %v overlaps or precedes previous end %d", i, s.Span, last)
		}
		last = s.End
		if len(s.Tokens) == 0 {
			tb.Fatalf("sentence %d: no tokens", i)
		}
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			tb.Fatalf("sentence %d: span %v is not its tokens' extent", i, s.Span)
		}
		if r, _ := utf8.DecodeRuneInString(text[s.Start:]); unicode.IsSpace(r) {
			tb.Fatalf("sentence %d: leading space in %q", i, s.Text(text))
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:s.End]); unicode.IsSpace(r) {
			tb.Fatalf("sentence %d: trailing space in %q", i, s.Text(text))
		}
		tl := s.Start
		for j, t := range s.Tokens {
			if t.Len() <= 0 || !s.Contains(t.Span) || t.Start < tl {
				tb.Fatalf("sentence %d token %d: span %v bad, outside %v or before %d", i, j, t.Span, s.Span, tl)
			}
			// Only a number may hold a space, as group separator ("10 000").
			if tt := t.Text(text); t.Kind != Number && strings.ContainsFunc(tt, unicode.IsSpace) ||
				strings.TrimSpace(tt) != tt {
				tb.Fatalf("sentence %d token %d: %q contains space", i, j, tt)
			}
			tl = t.End
		}
	}
}

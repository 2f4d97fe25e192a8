package segment

import (
	"slices"
	"strings"
	"testing"

	"github.com/hebel-project/hebel/lang/de"
)

func TestSentencesNeutral(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "One. Two? Three!", []string{"One.", "Two?", "Three!"}},
		{"initial", "Joe F. Biden spoke. Then.", []string{"Joe F. Biden spoke.", "Then."}},
		{"initialism", "The U.S. Army came. Then.", []string{"The U.S. Army came.", "Then."}},
		{"lowercase continues", "Er kam ggf. mit. Dann.", []string{"Er kam ggf. mit.", "Dann."}},
		{"unknown abbreviation ends", "Dr. Müller kam.", []string{"Dr.", "Müller kam."}},
		{"list", "1. One\n2. Two", []string{"1. One", "2. Two"}},
		{"quote", "„Gut.“ Dann.", []string{"„Gut.“", "Dann."}},
		{"lines", "A\nB\n\nC", []string{"A", "B", "C"}},
		{"paragraph separator", "A\u2029B", []string{"A", "B"}},
		{"zero width", "\uFEFFAb.\u200B Cd.\u200B", []string{"Ab.", "Cd."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.text, nil)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
			checkInvariants(t, tt.text, Split(tt.text, nil))
		})
	}
}

func TestInvalidUTF8(t *testing.T) {
	text := "Gut\xff. \xc3Dann\xe2\x80 kam er.\x80"
	sents := Split(text, de.Profile)
	checkInvariants(t, text, sents)
	got := tokenTexts(text, de.Profile)
	want := []string{"Gut", "\xff/Symbol", "./Punct", "\xc3/Symbol", "Dann", "\xe2/Symbol", "\x80/Symbol", "kam", "er", "./Punct", "\x80/Symbol"}
	if !slices.Equal(got, want) {
		t.Errorf("tokens\n got %q\nwant %q", got, want)
	}
}

func TestKindString(t *testing.T) {
	for k := Word; k <= URL; k++ {
		if k.String() == "Kind(?)" {
			t.Errorf("kind %d has no name", k)
		}
	}
	if got := Kind(200).String(); got != "Kind(?)" {
		t.Errorf("Kind(200).String() = %q", got)
	}
}

func TestSplitterMatchesSplit(t *testing.T) {
	text := "Dr. Müller kam am 3. Oktober. Dann ging er."
	a, b := Split(text, de.Profile), New(de.Profile).Split(text)
	if len(a) != len(b) {
		t.Fatalf("Split gives %d sentences, Splitter %d", len(a), len(b))
	}
	for i := range a {
		if a[i].Span != b[i].Span || !slices.Equal(a[i].Tokens, b[i].Tokens) {
			t.Errorf("sentence %d differs: %v vs %v", i, a[i].Span, b[i].Span)
		}
	}
}

func TestMaxSentenceTokens(t *testing.T) {
	text := strings.Repeat("wort ", 3*MaxSentenceTokens+10)
	sents := Split(text, nil)
	n := 0
	for _, s := range sents {
		if len(s.Tokens) > MaxSentenceTokens {
			t.Fatalf("a sentence of %d tokens", len(s.Tokens))
		}
		n += len(s.Tokens)
	}
	if n != 3*MaxSentenceTokens+10 || len(sents) != 4 {
		t.Errorf("%d tokens in %d sentences", n, len(sents))
	}
}

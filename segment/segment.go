// Package segment splits text into sentences and tokens, each with a byte
// Span into the text. It knows German and English typography through a
// lang.Profile (abbreviations, ordinal dates) and falls back to
// language-neutral rules without one.
//
// Split walks the text once, rune by rune, without regular expressions or
// per-token allocations. Tokens never contain white space, and a sentence
// spans from its first token to its last, so sentence spans are trimmed.
//
// Decisions worth knowing:
//
//   - An abbreviation keeps its dot ("Dr.", "z.B.", "U.S."); spaced
//     abbreviations are one token per part ("z." "B.").
//   - Hyphenated compounds are one word ("Nordkorea-Soldaten", "Jong-un").
//     An English clitic "'s" is split off as its own Word ("Jong-un" "'s");
//     other apostrophes stay inside the word ("don't", "O'Brien").
//   - Numbers keep their separators ("10.000", "3,5", "1.234.567,89",
//     "10’000"); "%" is a Symbol of its own. A number run into letters
//     ("5G", "10-jährige") is a Word; "1st" is an Ordinal.
//   - URLs and e-mail addresses are one URL token.
//   - A closing quotation mark or bracket right after the final punctuation
//     belongs to the sentence it closes; a comma or lowercase word after it
//     continues that sentence.
//   - A line break ends a sentence unless the next line starts with a
//     lowercase letter; a blank line always does.
//   - A sentence has at most MaxSentenceTokens tokens: a longer run is
//     cut, so that no later search within a sentence grows with the input.
//
// The package must not know about entities, quantities or quotes beyond
// the shape of the text; it does no I/O.
package segment

import (
	"context"
	"sync"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/internal/cancel"
	"github.com/hebel-project/hebel/lang"
)

// Kind is the kind of a Token.
type Kind uint8

// MaxSentenceTokens is the most tokens a sentence has; a longer run of
// text without a sentence end (a list, a table flattened to one line,
// hostile input) is cut into sentences of this many tokens. News
// sentences stay far below it: the longest among the 16,781 sentences of
// the news-dev, news-dev2, Wikinews and PolNeAR texts has 222 tokens.
const MaxSentenceTokens = 256

// Token kinds.
const (
	Word    Kind = iota // letters and digits, with inner hyphens and apostrophes
	Abbrev              // an abbreviation or initial with its dot: "Dr.", "F."
	Number              // digits with their separators: "10.000", "3,5"
	Ordinal             // a number with its ordinal mark: "27.", "1st"
	Punct               // punctuation: ". , ; : ( ) –", or a run like "?!" or "..."
	Quote               // a quotation mark: „ “ ” « » ' "
	Symbol              // anything else: "%", "€", emoji, invalid bytes
	URL                 // a web address or e-mail address
)

var kindNames = [...]string{"Word", "Abbrev", "Number", "Ordinal", "Punct", "Quote", "Symbol", "URL"}

// String returns the name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(?)"
}

// Token is one token of a sentence.
type Token struct {
	hebel.Span
	Kind Kind
}

// Sentence is one sentence with its tokens, in order. Tokens is never
// empty; the Span runs from the first token's start to the last one's end.
// The Tokens of all sentences of one Split share one backing array, each
// capped at its own length, so appending to one never overwrites another.
type Sentence struct {
	hebel.Span
	Tokens []Token
}

// Splitter splits text with the rules of one language profile. It is safe
// for concurrent use.
type Splitter struct {
	r *rules
}

// New returns a Splitter for p; a nil p gives the language-neutral rules.
// The profile is read once: later changes to it are not seen.
func New(p *lang.Profile) *Splitter {
	if p == nil {
		return &Splitter{r: &rules{}}
	}
	return &Splitter{r: compile(&p.Segment)}
}

// Split splits text into sentences with their tokens.
func (s *Splitter) Split(text string) []Sentence {
	sc := scanner{text: text, r: s.r}
	return sc.run()
}

// SplitContext is Split that stops soon after ctx is done and then
// returns ctx's error and no sentences.
func (s *Splitter) SplitContext(ctx context.Context, text string) ([]Sentence, error) {
	sc := scanner{text: text, r: s.r, stop: cancel.New(ctx)}
	sents := sc.run()
	if sc.stop.Now() {
		return nil, sc.stop.Err()
	}
	return sents, nil
}

var (
	cache   sync.Map // *lang.Profile → *Splitter
	neutral = New(nil)
)

// Split splits text into sentences with their tokens, using the rules of
// p (de.Profile, en.Profile) or language-neutral rules when p is nil. Spans
// are byte offsets into text. Invalid UTF-8 is tolerated: bad bytes become
// Symbol tokens. The rules of each profile are compiled on first use and
// cached by pointer, so a profile must not change once used.
func Split(text string, p *lang.Profile) []Sentence {
	return splitterFor(p).Split(text)
}

// SplitContext is Split that stops soon after ctx is done and then
// returns ctx's error and no sentences.
func SplitContext(ctx context.Context, text string, p *lang.Profile) ([]Sentence, error) {
	return splitterFor(p).SplitContext(ctx, text)
}

// splitterFor returns the cached Splitter of p.
func splitterFor(p *lang.Profile) *Splitter {
	if p == nil {
		return neutral
	}
	if s, ok := cache.Load(p); ok {
		return s.(*Splitter)
	}
	s, _ := cache.LoadOrStore(p, New(p))
	return s.(*Splitter)
}

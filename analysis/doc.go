// Package analysis holds the one analysis of a text that every extractor
// reads (STYLE.md rule 16, "analyse once, read many times"): its tokens
// with flags and word ids, the text lower-cased with its offsets kept,
// sentences, clauses, quotation-mark pairs and, once the actors are
// found, an index of their mentions by position. It is built once per
// document (New) and then only read; extractors add their own layers
// beside it and never re-derive these from the raw string.
//
// Positions come in two kinds, as in go/token and spaCy's Doc: byte
// offsets into Doc.Text (hebel.Span, shared with every extractor and the
// record) and token indexes into Doc.Tokens (Range). Every layer is a
// slice of small structs in text order, so a position is found by binary
// search and a layer is walked without allocation:
//
//   - Tokens and Sentences are what segment.Split returns: each sentence's
//     Tokens is a sub-slice of Doc.Tokens (Sentence(i) gives its Range).
//   - Flags[i] says what token i looks like and where it stands (Flag):
//     its case and shape, the space before it, sentence and clause edges,
//     its punctuation class, quotation marks and quoted stretches, and a
//     few function-word classes of the language.
//   - Words[i] is token i's entry in the Lexicon of the language profile:
//     every word any list of the profile holds has a small integer id, so
//     an extractor tests a token against its lists by indexing a table it
//     built once per profile, not by hashing the token's string again.
//   - Clauses are the stretches of a sentence between clause punctuation
//     and quotation marks (Clause); Quotations the pairs of quotation
//     marks, nested (Quotation).
//   - Mentions, set by SetEntities after the actors are found, are every
//     entity mention by position (Mention).
//
// The package knows the shape of text and the words of lang.Profile; it
// does not find actors, numbers, quotes or relations, and imports no
// extractor. It does no I/O. A Doc is safe for concurrent reading once
// SetEntities (if used) has returned.
package analysis

import (
	"context"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/internal/cancel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/segment"
)

// Range is a half-open range [Start, End) of token indexes into
// Doc.Tokens: a span of tokens, as hebel.Span is one of bytes.
type Range struct {
	Start, End int
}

// Len returns the number of tokens in r.
func (r Range) Len() int { return r.End - r.Start }

// Contains reports whether token i lies in r.
func (r Range) Contains(i int) bool { return r.Start <= i && i < r.End }

// Doc is the analysis of one text. Build it with New; its exported slices
// must not be changed by readers.
type Doc struct {
	// Text is the text analysed.
	Text string
	// Lower is Text lower-cased rune by rune with every byte offset kept
	// (segment.LowerKeepOffsets): Lower[s.Start:s.End] is the lower case
	// of Text[s.Start:s.End] for any span on rune boundaries, except
	// where a rune's lower case has another length (then the rune stays
	// as written and its token has FlagInexact).
	Lower string
	// Profile is the language profile the text was analysed with; nil
	// for language-neutral rules.
	Profile *lang.Profile
	// Tokens are the tokens of Text in order (segment.Token: a byte span
	// and a kind). White space is in no token.
	Tokens []segment.Token
	// Sentences are the sentences as segment.Split returns them; the
	// Tokens of sentence i are Tokens[Sentence(i).Start:Sentence(i).End].
	Sentences []segment.Sentence
	// Flags holds the flags of each token.
	Flags []Flag
	// Words holds each token's word id in Lexicon (0: no list of the
	// profile has the word).
	Words []Word
	// Clauses are the clauses of every sentence, in order.
	Clauses []Clause
	// Quotations are the pairs of quotation marks, in order of their
	// opening marks, nested pairs included.
	Quotations []Quotation
	// Lexicon is the word table of Profile.
	Lexicon *Lexicon

	sentFirst []int   // first token of each sentence, plus len(Tokens)
	sentOf    []int32 // sentence of each token
	clauseOf  []int32 // clause of each token, -1 for clause punctuation
	mentions  mentionIndex
}

// New analyses text with the rules and words of p (nil: language-neutral
// rules, no word lists).
func New(text string, p *lang.Profile) *Doc {
	d, _ := NewContext(context.Background(), text, p)
	return d
}

// NewContext is New that stops soon after ctx is done and then returns
// ctx's error and no Doc.
func NewContext(ctx context.Context, text string, p *lang.Profile) (*Doc, error) {
	sents, err := segment.SplitContext(ctx, text, p)
	if err != nil {
		return nil, err
	}
	stop := cancel.New(ctx)
	d := &Doc{Text: text, Profile: p, Sentences: sents, Lexicon: LexiconOf(p)}
	d.Lower, _ = segment.LowerKeepOffsets(text)
	d.tokens()
	if stop.Now() {
		return nil, stop.Err()
	}
	d.Quotations = quotations(text, stop)
	d.flag()
	d.clauses()
	if stop.Now() {
		return nil, stop.Err()
	}
	return d, nil
}

// tokens collects the tokens of all sentences (they share one backing
// array, but a sentence may have been cut from it), indexes sentences and
// looks up each token's word.
func (d *Doc) tokens() {
	n := 0
	for _, s := range d.Sentences {
		n += len(s.Tokens)
	}
	d.Tokens = make([]segment.Token, 0, n)
	d.sentFirst = make([]int, 0, len(d.Sentences)+1)
	d.sentOf = make([]int32, 0, n)
	for i, s := range d.Sentences {
		d.sentFirst = append(d.sentFirst, len(d.Tokens))
		d.Tokens = append(d.Tokens, s.Tokens...)
		for range s.Tokens {
			d.sentOf = append(d.sentOf, int32(i))
		}
	}
	d.sentFirst = append(d.sentFirst, len(d.Tokens))
	d.Flags = make([]Flag, len(d.Tokens))
	d.Words = make([]Word, len(d.Tokens))
	for i, t := range d.Tokens {
		if !exactLower(d.Text[t.Start:t.End]) {
			d.Flags[i] |= FlagInexact
		}
		d.Words[i] = d.Lexicon.ID(d.LowerToken(i))
	}
}

// Token returns the text of token i.
func (d *Doc) Token(i int) string {
	t := d.Tokens[i]
	return d.Text[t.Start:t.End]
}

// LowerToken returns token i lower-cased as strings.ToLower does: a slice
// of Lower, allocating only for a token with FlagInexact.
func (d *Doc) LowerToken(i int) string {
	t := d.Tokens[i]
	if d.Flags[i]&FlagInexact == 0 {
		return d.Lower[t.Start:t.End]
	}
	return strings.ToLower(d.Text[t.Start:t.End])
}

// exactLower reports whether Lower holds s lower-cased as strings.ToLower
// does: no invalid byte and no rune whose lower case has another length
// in UTF-8.
func exactLower(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || utf8.RuneLen(unicode.ToLower(r)) != n {
			return false
		}
		i += n
	}
	return true
}

// Span returns the bytes tokens r cover, from the first token's start to
// the last one's end; an empty r gives an empty span at the token's
// start (or at the end of the text).
func (d *Doc) Span(r Range) hebel.Span {
	if r.End <= r.Start {
		at := len(d.Text)
		if r.Start < len(d.Tokens) {
			at = d.Tokens[r.Start].Start
		}
		return hebel.Span{Start: at, End: at}
	}
	return hebel.Span{Start: d.Tokens[r.Start].Start, End: d.Tokens[r.End-1].End}
}

// Sentence returns the tokens of sentence i.
func (d *Doc) Sentence(i int) Range { return Range{d.sentFirst[i], d.sentFirst[i+1]} }

// SentenceOf returns the sentence of token i.
func (d *Doc) SentenceOf(i int) int { return int(d.sentOf[i]) }

// SentenceAt returns the index of the first sentence that ends after byte
// pos (len(Sentences) when none does).
func (d *Doc) SentenceAt(pos int) int {
	return sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > pos })
}

// TokenAt returns the index of the first token that ends after byte pos
// (len(Tokens) when none does): the token holding pos, or the next one.
func (d *Doc) TokenAt(pos int) int {
	return sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > pos })
}

// Cover returns the tokens that overlap span s: from the first token that
// ends after s.Start to the last that starts before s.End.
func (d *Doc) Cover(s hebel.Span) Range {
	i := d.TokenAt(s.Start)
	j := i
	for j < len(d.Tokens) && d.Tokens[j].Start < s.End {
		j++
	}
	return Range{i, j}
}

// Is reports whether token i has every flag of f.
func (d *Doc) Is(i int, f Flag) bool { return d.Flags[i]&f == f }

// Any reports whether token i has one of the flags of f.
func (d *Doc) Any(i int, f Flag) bool { return d.Flags[i]&f != 0 }

// LowerSpan returns Text[s.Start:s.End] lower-cased as strings.ToLower
// does: a slice of Lower, allocating only when the span holds a rune Lower
// keeps as written. s must lie on rune boundaries.
func (d *Doc) LowerSpan(s hebel.Span) string {
	if exactLower(d.Text[s.Start:s.End]) {
		return d.Lower[s.Start:s.End]
	}
	return strings.ToLower(d.Text[s.Start:s.End])
}

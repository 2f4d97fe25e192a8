package timex

import (
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/segment"
)

// cursor reads the tokens of one sentence.
type cursor struct {
	text string
	toks []segment.Token
	low  []string // each token lower-cased
	p    *lang.Profile
	t    *lang.Time
	buf  []byte // lookup's phrase
	// ix indexes t's word lists (indexOf); listed says which tokens
	// begin some key of them; atoms keep the readings of atom (whole,
	// partial).
	ix     *wordIndex
	listed []bool
	atoms  [2][]atomMemo
	fixed  []fixedMemo // fixedAt's readings
}

// maxPhrase is the most tokens a word-list key may span.
const maxPhrase = 4

// newCursor reads sentence s of text. lower, when not "", is text
// lower-cased with its offsets kept (analysis.Doc.Lower), from which each
// token's lower case is cut without copying; a token whose lower case has
// another length is lowered on its own.
func newCursor(text, lower string, s segment.Sentence, p *lang.Profile) *cursor {
	return new(cursor).reset(text, lower, s, p)
}

// reset makes c a cursor on sentence s of text as newCursor does, reusing
// c's buffers.
func (c *cursor) reset(text, lower string, s segment.Sentence, p *lang.Profile) *cursor {
	n := len(s.Tokens)
	*c = cursor{text: text, toks: s.Tokens, low: resize(c.low, n), p: p, t: &p.Time, ix: indexOf(&p.Time),
		buf: c.buf, listed: resize(c.listed, n), atoms: [2][]atomMemo{c.atoms[0][:0], c.atoms[1][:0]}, fixed: c.fixed[:0]}
	var buf []byte
	for i, tk := range s.Tokens {
		if lower != "" {
			if w := lower[tk.Start:tk.End]; w == strings.ToLower(w) || !utf8.ValidString(w) {
				c.low[i] = w
				continue
			}
		}
		buf = segment.AppendLower(buf[:0], text[tk.Start:tk.End])
		c.low[i] = string(buf)
	}
	for i, w := range c.low {
		_, c.listed[i] = c.ix.firsts[w]
		c.listed[i] = c.listed[i] || strings.IndexByte(w, ' ') >= 0
	}
	return c
}

// resize returns s with length n and zero values, reusing its array when
// it is large enough.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// word returns token i lower-cased, "" past the end.
func (c *cursor) word(i int) string {
	if i < 0 || i >= len(c.toks) {
		return ""
	}
	return c.low[i]
}

// raw returns token i as written.
func (c *cursor) raw(i int) string {
	if i < 0 || i >= len(c.toks) {
		return ""
	}
	return c.text[c.toks[i].Start:c.toks[i].End]
}

func (c *cursor) kind(i int) segment.Kind {
	if i < 0 || i >= len(c.toks) {
		return 255
	}
	return c.toks[i].Kind
}

// joined reports whether token i follows token i-1 without a space.
func (c *cursor) joined(i int) bool {
	return i > 0 && i < len(c.toks) && c.toks[i].Start == c.toks[i-1].End
}

// capital reports whether token i starts with an upper-case letter.
func (c *cursor) capital(i int) bool {
	r, _ := utf8.DecodeRuneInString(c.raw(i))
	return unicode.IsUpper(r)
}

// isDash reports whether token i is a hyphen or a dash.
func (c *cursor) isDash(i int) bool {
	switch c.word(i) {
	case "-", "–", "—", "‐", "‑":
		return true
	}
	return false
}

// lookup finds the longest key of m that the tokens from i spell, joined
// by single spaces, and returns its value and the number of tokens. m
// must be one of c.t's word lists: lookup looks no further when token i
// begins no key of them (c.listed), and tries a longer phrase only while
// the tokens so far begin a key of several words. It builds the phrase in
// a buffer that the map lookup does not copy.
func lookup[V any](c *cursor, i int, m map[string]V) (V, int) {
	var zero V
	if i < 0 || i >= len(c.toks) || len(m) == 0 || !c.listed[i] {
		return zero, 0
	}
	best, bestN := zero, 0
	key := c.low[i]
	if v, ok := m[key]; ok {
		best, bestN = v, 1
	}
	if _, ok := c.ix.starts[key]; !ok {
		return best, bestN
	}
	buf := append(c.buf[:0], key...)
	for n := 2; n <= maxPhrase && i+n <= len(c.toks); n++ {
		buf = append(append(buf, ' '), c.low[i+n-1]...)
		if v, ok := m[string(buf)]; ok {
			best, bestN = v, n
		}
		if _, ok := c.ix.starts[string(buf)]; !ok {
			break
		}
	}
	c.buf = buf
	return best, bestN
}

// wordIndex is what lookup knows of the word lists of one lang.Time.
type wordIndex struct {
	// firsts holds the first word of every key (the whole key when it
	// has no space); starts every beginning of a key of several words
	// that ends before one of its spaces ("end of" of "end of the year").
	firsts, starts map[string]struct{}
}

// indexes maps a *lang.Time to its *wordIndex.
var indexes sync.Map

// indexOf returns the index of t's word lists (its fields that are maps
// with string keys), built on first use: a profile's word lists do not
// change after it is built.
func indexOf(t *lang.Time) *wordIndex {
	if v, ok := indexes.Load(t); ok {
		return v.(*wordIndex)
	}
	ix := &wordIndex{firsts: map[string]struct{}{}, starts: map[string]struct{}{}}
	v := reflect.ValueOf(t).Elem()
	for f := range v.NumField() {
		m := v.Field(f)
		if m.Kind() != reflect.Map || m.Type().Key().Kind() != reflect.String {
			continue
		}
		for it := m.MapRange(); it.Next(); {
			k := it.Key().String()
			first, _, _ := strings.Cut(k, " ")
			ix.firsts[first] = struct{}{}
			for j := 0; j < len(k); j++ {
				if k[j] == ' ' {
					ix.starts[k[:j]] = struct{}{}
				}
			}
		}
	}
	v2, _ := indexes.LoadOrStore(t, ix)
	return v2.(*wordIndex)
}

// has reports how many tokens from i spell a key of set (0: none).
func (c *cursor) has(i int, set map[string]bool) int {
	_, n := lookup(c, i, set)
	return n
}

// skip returns the index after the filler words from i (at most two).
func (c *cursor) skip(i int) int {
	for k := 0; k < 2; k++ {
		n := c.has(i, c.t.Fillers)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// digits returns the value of token i when it is all ASCII digits.
func (c *cursor) digits(i int) (int, int, bool) {
	w := c.word(i)
	if w == "" || len(w) > 9 {
		return 0, 0, false
	}
	for j := 0; j < len(w); j++ {
		if w[j] < '0' || w[j] > '9' {
			return 0, 0, false
		}
	}
	n, _ := strconv.Atoi(w)
	return n, len(w), true
}

// day reads a day of the month from i: "3", "03", "3." (German
// ordinal), "3rd", "third", "twenty first". It returns the day and the
// number of tokens.
func (c *cursor) day(i int) (int, int) {
	switch c.kind(i) {
	case segment.Number:
		if v, n, ok := c.digits(i); ok && n <= 2 && v >= 1 && v <= 31 {
			return v, 1
		}
	case segment.Ordinal:
		w := strings.TrimSuffix(c.word(i), ".")
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			w = strings.TrimSuffix(w, suf)
		}
		if v, err := strconv.Atoi(w); err == nil && len(w) <= 2 && v >= 1 && v <= 31 {
			return v, 1
		}
	case segment.Word:
		if v, n := lookup(c, i, c.t.Ordinals); n > 0 && v <= 31 {
			return v, n
		}
		// "28.Oktober" is one word: the caller splits it.
	}
	return 0, 0
}

// ordinal reads an ordinal up to 31 (for quarters, centuries): "3.",
// "3rd", "dritten", "third".
func (c *cursor) ordinal(i int) (int, int) {
	if c.kind(i) == segment.Number {
		return 0, 0
	}
	if c.kind(i) == segment.Ordinal {
		w := strings.TrimSuffix(c.word(i), ".")
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			w = strings.TrimSuffix(w, suf)
		}
		if v, err := strconv.Atoi(w); err == nil && v >= 1 && v <= 99 {
			return v, 1
		}
		return 0, 0
	}
	return c.day(i)
}

// month reads a month name from i.
func (c *cursor) month(i int) (int, int) {
	v, n := lookup(c, i, c.t.Months)
	if n == 0 {
		return 0, 0
	}
	if c.t.Ambiguous[c.word(i)] && !c.capital(i) && !c.allLower() {
		return 0, 0
	}
	// "Oct" + "." written apart is still the abbreviation.
	if n == 1 && c.word(i+1) == "." && c.joined(i+1) {
		if _, ok := c.t.Months[c.word(i)+"."]; ok {
			return v, 2
		}
	}
	return v, n
}

// weekday reads a weekday name from i.
func (c *cursor) weekday(i int) (int, int) {
	v, n := lookup(c, i, c.t.Weekdays)
	if n == 0 || c.t.Ambiguous[c.word(i)] && !c.capital(i) && !c.allLower() {
		return 0, 0
	}
	return v, n
}

// allLower reports whether the sentence is written all in lower case (a
// chat line), where capitals tell nothing.
func (c *cursor) allLower() bool {
	for i := range c.toks {
		if c.kind(i) == segment.Word && c.capital(i) {
			return false
		}
	}
	return true
}

// count reads a small count: digits, a count word, or a number word of the
// profile ("drei", "twelve").
func (c *cursor) count(i int) (int, int) {
	if v, n, ok := c.digits(i); ok && n <= 4 && c.kind(i) == segment.Number {
		return v, 1
	}
	if v, n := lookup(c, i, c.t.Counts); n > 0 {
		return v, n
	}
	if w, ok := c.p.Numbers.Words[c.word(i)]; ok {
		switch w.Kind {
		case lang.WordUnit, lang.WordTeen, lang.WordTen:
			if w.Value >= 1 {
				return int(w.Value), 1
			}
		}
	}
	return 0, 0
}

// unit reads a unit noun.
func (c *cursor) unit(i int) (lang.TimeUnit, int) {
	return lookup(c, i, c.t.Units)
}

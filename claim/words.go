package claim

import (
	"unicode"
	"unicode/utf8"

	"github.com/hebel-project/hebel/segment"
)

// words gives the builder cheap access to the tokens of one sentence:
// their text, lower-cased form and shape.
type words struct {
	text string
	toks []segment.Token
	buf  []byte // scratch for lower-casing, reused
	// bufOf is the token whose lower case buf holds (bytes bufOf[0] to
	// bufOf[1] of text; bufOf[1] == 0: none).
	bufOf [2]int
	first []byte // the first word of a phrase match, lower-cased
	// second is the word after a gap in a phrase match, lower-cased
	second []byte
}

// lower returns token i in lower case. The result is valid until the next
// call; map lookups with it do not allocate.
func (w *words) lower(i int) []byte {
	t := w.toks[i]
	if w.bufOf == [2]int{t.Start, t.End} && t.End > 0 {
		return w.buf // asked again: the pattern loops ask per pattern
	}
	w.buf = segment.AppendLower(w.buf[:0], t.Text(w.text))
	w.bufOf = [2]int{t.Start, t.End}
	return w.buf
}

// is reports whether token i, lower-cased, is in set.
func (w *words) is(i int, set map[string]bool) bool {
	if i < 0 || i >= len(w.toks) || len(set) == 0 {
		return false
	}
	return set[string(w.lower(i))]
}

// word reports whether token i is a word: letters or digits, or an
// abbreviation such as "U.S.".
func (w *words) word(i int) bool {
	if i < 0 || i >= len(w.toks) {
		return false
	}
	k := w.toks[i].Kind
	return k == segment.Word || k == segment.Abbrev
}

// letters reports whether token i is a word that starts with a letter.
func (w *words) letters(i int) bool {
	if !w.word(i) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w.toks[i].Text(w.text))
	return unicode.IsLetter(r)
}

// capital reports whether token i is a word that starts with an upper-case
// letter.
func (w *words) capital(i int) bool {
	if !w.word(i) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w.toks[i].Text(w.text))
	return unicode.IsUpper(r)
}

// small reports whether token i is a word that starts with a lower-case
// letter.
func (w *words) small(i int) bool {
	if !w.word(i) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w.toks[i].Text(w.text))
	return unicode.IsLower(r)
}

// suffix reports whether token i, lower-cased, ends with one of sfx.
func (w *words) suffix(i int, sfx ...string) bool {
	l := w.lower(i)
	for _, s := range sfx {
		if len(l) > len(s) && string(l[len(l)-len(s):]) == s {
			return true
		}
	}
	return false
}

// phraseAt reports whether the lower-cased tokens from i on spell one of
// the phrases, and returns the index after the longest match.
func (w *words) phraseAt(i int, phrases [][]string) (int, bool) {
	end, ok, _ := w.phraseFirst(i, phrases)
	return end, ok
}

// phraseFirst is phraseAt that also reports whether token i is the first
// word of a phrase of two words or more.
func (w *words) phraseFirst(i int, phrases [][]string) (int, bool, bool) {
	if i >= len(w.toks) {
		return i, false, false
	}
	w.first = segment.AppendLower(w.first[:0], w.toks[i].Text(w.text))
	best, ok, first := i, false, false
	for _, ph := range phrases {
		if len(ph) == 0 || ph[0] != string(w.first) {
			continue
		}
		first = first || len(ph) > 1
		if i+len(ph) <= best {
			continue
		}
		j := i + 1
		for _, p := range ph[1:] {
			if j >= len(w.toks) || string(w.lower(j)) != p {
				j = -1
				break
			}
			j++
		}
		if j > best {
			best, ok = j, true
		}
	}
	return best, ok, first
}

// phraseGapAt is phraseAt for phrases that open with one of the words
// in open (a determiner): up to gap words that are not in stop may stand
// after the first word ("the customs data showed" for "the data
// showed", "dem jüngsten Bericht zufolge").
func (w *words) phraseGapAt(i int, phrases [][]string, open, stop map[string]bool, gap int) (int, bool) {
	end, ok, first := w.phraseFirst(i, phrases)
	if ok || !first || !open[string(w.first)] {
		return end, ok
	}
	for k := i + 1; k <= i+gap && k+1 < len(w.toks); k++ {
		if !w.letters(k) {
			return i, false
		}
		if l := w.lower(k); stop[string(l)] || open[string(l)] {
			return i, false
		}
		w.second = segment.AppendLower(w.second[:0], w.toks[k+1].Text(w.text))
		for _, ph := range phrases {
			if len(ph) < 2 || ph[0] != string(w.first) || ph[1] != string(w.second) {
				continue
			}
			j := k + 2
			for _, p := range ph[2:] {
				if j >= len(w.toks) || string(w.lower(j)) != p {
					j = -1
					break
				}
				j++
			}
			if j > 0 {
				return j, true
			}
		}
	}
	return i, false
}

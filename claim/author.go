package claim

import (
	"sort"
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/segment"
)

// subject returns the first person, organisation or group named in s as
// a source, or nil: the actor of a sentence that a following "demnach"
// refers to ("Minister X hat Zahlen veröffentlicht. Demnach …").
func (b *builder) subject(s hebel.Span) *hebel.Source {
	for _, m := range within(b.ms, s) {
		switch m.typ {
		case hebel.Person, hebel.Organisation, hebel.Group:
			return &hebel.Source{Span: m.Span, Text: b.text[m.Start:m.End], EntityID: m.id, Extractor: Extractor}
		}
	}
	return nil
}

// sameParagraph reports whether no blank line separates sentence a from
// the sentence b after it.
func sameParagraph(text string, a, b hebel.Span) bool {
	if a.End > b.Start || b.Start > len(text) {
		return false
	}
	return strings.Count(text[a.End:b.Start], "\n") < 2
}

// maxAuthorGap is how many words may stand between a figure noun and the
// preposition naming its author: "the figures released by".
const maxAuthorGap = 2

// maxAuthorWords bounds the author's noun phrase.
const maxAuthorWords = 6

// namedAfter gives the claims of a sentence that have no source the
// author named by the next sentence of the paragraph when that sentence
// states no number of its own and refers back to the figures with their
// author: "… 52 418 Menschen gekostet. Herausgegeben wird die Statistik
// vom Gesundheitsministerium."
func (b *builder) namedAfter(out []hebel.Claim, sis []int, sents []segment.Sentence, w *words) {
	if len(b.c.FigureNouns) == 0 || len(b.c.Authors) == 0 {
		return
	}
	for i := 0; i < len(out); {
		si, j := sis[i], i
		missing := false
		for j < len(out) && sis[j] == si {
			missing = missing || out[j].Source == nil
			j++
		}
		next := si + 1
		if missing && si >= 0 && next < len(sents) && (j == len(out) || sis[j] != next) && sameParagraph(b.text, sents[si].Span, sents[next].Span) {
			w.toks = sents[next].Tokens
			if src := b.author(w); src != nil {
				for k := i; k < j; k++ {
					if out[k].Source == nil {
						out[k].Source = src
					}
				}
			}
		}
		i = j
	}
}

// author finds a figure noun followed by an author preposition and the
// author's noun phrase in the tokens of w, and returns the phrase as a
// source; nil when there is none.
func (b *builder) author(w *words) *hebel.Source {
	c := b.c
	for i := range w.toks {
		if !w.is(i, c.FigureNouns) {
			continue
		}
		for k := i + 1; k <= i+1+maxAuthorGap && k < len(w.toks) && w.letters(k); k++ {
			if !w.is(k, c.Authors) {
				continue
			}
			sp, ok := b.authorPhrase(w, k)
			if !ok {
				return nil
			}
			cue := strings.ToLower(b.text[w.toks[i].Start:w.toks[k].End])
			src := &hebel.Source{Span: sp, Text: b.text[sp.Start:sp.End], Cue: cue, Extractor: Extractor}
			if a := b.subject(sp); a != nil {
				src.EntityID = a.EntityID
			}
			return src
		}
	}
	return nil
}

// authorPhrase reads the author's noun phrase after the preposition at
// token k: determiners, then words up to a stop word or punctuation. It
// must hold a capitalised word, so that "by far" or "from March 3" name
// no author.
func (b *builder) authorPhrase(w *words, k int) (hebel.Span, bool) {
	c := b.c
	a := k + 1
	for w.is(a, c.Determiners) {
		a++
	}
	z, named := a, false
	for z < len(w.toks) && z-a < maxAuthorWords && w.word(z) {
		if w.is(z, c.Stop) && !(z > a && w.is(z, c.Complements) && w.capital(z+1)) {
			break // "of" stays inside a name: "Administration of Customs"
		}
		named = named || w.capital(z)
		z++
	}
	if z == a || !named {
		return hebel.Span{}, false
	}
	return hebel.Span{Start: w.toks[k+1].Start, End: w.toks[z-1].End}, true
}

// withAuthor extends a source that names figures ("the data") by the
// author named right after it ("the data by China's customs"); other
// sources come back as they are.
func (b *builder) withAuthor(w *words, src *hebel.Source) *hebel.Source {
	if src == nil || len(b.c.Authors) == 0 || len(w.toks) == 0 || src.EntityID != "" {
		return src
	}
	k := sort.Search(len(w.toks), func(i int) bool { return w.toks[i].Start >= src.End })
	if k == 0 || k >= len(w.toks) || w.toks[k-1].End != src.End || !w.is(k-1, b.c.FigureNouns) || !w.is(k, b.c.Authors) {
		return src
	}
	sp, ok := b.authorPhrase(w, k)
	if !ok {
		return src
	}
	s := *src
	s.End = sp.End
	s.Text = b.text[s.Start:s.End]
	if a := b.subject(sp); a != nil {
		s.EntityID = a.EntityID
	}
	return &s
}

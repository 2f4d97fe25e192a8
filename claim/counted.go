package claim

import (
	"sort"
	"strings"

	"github.com/hebel-project/hebel"
)

// maxWords bounds phrases read without capitalisation to guide them.
const maxWords = 6

// phrase is a run of tokens [start, end) of one sentence with the index of
// its head word (-1 when unknown).
type phrase struct {
	start, end, head int
	elided           bool // a lone verb after "and": the subject is the previous claim's
}

func (p phrase) ok() bool { return p.end > p.start }

// counted finds what quantity q counts: the noun phrase after it ("Soldaten
// aus Nordkorea"), its unit word with what follows ("Prozent des Öls"), a
// participle standing for the counted ("1,000 injured"), or, when nothing
// follows, the phrase before it ("die Ausfälle mit 500.000", "the number
// of U.S. forces … 28,500").
func (b *builder) counted(w *words, q hebel.Quantity) phrase {
	n := len(w.toks)
	after := sort.Search(n, func(i int) bool { return w.toks[i].Start >= q.End })
	before := sort.Search(n, func(i int) bool { return w.toks[i].End > q.Start }) - 1

	if np := b.changeOf(w, after); np.ok() {
		return np // "an 8 percent rise in prices": what changed
	}
	if u := b.unitWord(w, q, after); u >= 0 {
		p := phrase{start: u, end: u + 1, head: u}
		if np := b.unitComplement(w, q, after); np.ok() {
			p.end = np.end
			return p
		}
		if q.Unit == percent || b.measured(w, before) {
			// A share or a rate with nothing after it is a share of what
			// is measured before it: "the share of oil stands at 30
			// percent", "die Exporte wuchsen um 15 Prozent"; so is an
			// amount a measure verb links to its subject ("imports
			// climbed to 2 million tonnes").
			if bp := b.backward(w, before); bp.ok() {
				return bp
			}
		}
		return p
	}
	if q.Unit == "" {
		if np := b.forward(w, after); np.ok() {
			return np
		}
	} else if np := b.symbolComplement(w, after); np.ok() {
		return np // "40 % der Stimmen", "12% of the vote"
	}
	// A lone word after the number: a participle or a nominalised
	// adjective standing for what is counted ("12.000 getötet", "1,000
	// injured") – unless a linker before the number says the counted
	// stands before it ("bei 500.000 liegen").
	lone := phrase{}
	if q.Unit == "" && w.letters(after) && !w.is(after, b.c.Stop) && !w.is(after, b.c.Determiners) && b.endsLone(w, after+1) {
		lone = phrase{start: after, end: after + 1, head: after}
	}
	linked := w.is(before, b.c.Linkers)
	if lone.ok() && !linked {
		return lone
	}
	if bp := b.backward(w, before); bp.ok() {
		return bp
	}
	return lone
}

// endsLone reports whether token i can follow a lone counted word: not a
// noun it would qualify (German: a capitalised word; otherwise a word that
// is not a stop word).
func (b *builder) endsLone(w *words, i int) bool {
	if !w.letters(i) {
		return true
	}
	if b.c.CapitalNouns {
		return !w.capital(i)
	}
	return w.is(i, b.c.Stop)
}

// unitWord returns the index of the token that ends q's text when that
// token is a unit word ("Prozent", "Tonnen", "barrels"), or -1.
func (b *builder) unitWord(w *words, q hebel.Quantity, after int) int {
	if q.Unit == "" || after == 0 {
		return -1
	}
	i := after - 1
	if w.toks[i].Start < q.Start || w.toks[i].End > q.End || !w.letters(i) {
		return -1
	}
	l := string(w.lower(i))
	if _, ok := b.p.Numbers.Units[l]; ok {
		return i
	}
	if i > 0 && w.toks[i-1].Start >= q.Start {
		two := string(w.lower(i-1)) + " " + l
		if _, ok := b.p.Numbers.Units[two]; ok {
			return i - 1
		}
	}
	return -1
}

// percent is the unit of shares and rates.
const percent = "%"

// unitComplement reads what follows a unit word: a complement ("of
// refined petroleum"), a genitive ("der Soldaten", "des Öls") or a bare
// noun phrase ("Prozent Gas"). After a percent word in a language that
// does not capitalise nouns only a complement counts: a bare phrase after
// it is rarely what it is a share of ("15 percent last year").
func (b *builder) unitComplement(w *words, q hebel.Quantity, i int) phrase {
	if w.is(i, b.c.Complements) || w.is(i, b.c.Partitive) {
		if p := b.partOf(w, i+1); p.ok() {
			return p // "40 percent of the 300 soldiers"
		}
		return b.nounPhrase(w, i+1)
	}
	if q.Unit == percent && !b.c.CapitalNouns {
		return b.symbolComplement(w, i)
	}
	return b.nounPhrase(w, i)
}

// changeOf reads the head of a nominal change after a number: "a 4%
// fall in exports", "an 8 percent rise in prices" count the exports and
// the prices, not the fall or the rise. i is the first token after the
// number.
func (b *builder) changeOf(w *words, i int) phrase {
	if !w.is(i, b.c.ChangeNouns) || !w.is(i+1, b.c.ChangeOf) {
		return phrase{}
	}
	return b.nounPhrase(w, i+2)
}

// partOf reads the set a part is taken from when it is named with its
// own number: "(of) the 200 soldiers", "(der) 200 Soldaten", "(von) 30
// Geiseln". i is the first token after the partitive word, if any.
func (b *builder) partOf(w *words, i int) phrase {
	j := i
	for w.is(j, b.c.Determiners) {
		j++
	}
	if !w.number(j) {
		return phrase{}
	}
	return b.nounPhrase(w, j+1)
}

// symbolComplement reads what follows a unit written as a symbol: only a
// complement or a genitive, since a bare phrase after "12%" is rarely what
// it counts ("12% last year").
func (b *builder) symbolComplement(w *words, i int) phrase {
	if w.is(i, b.c.Partitive) {
		return b.nounPhrase(w, i+1)
	}
	if b.c.CapitalNouns && w.is(i, b.c.Determiners) {
		return b.nounPhrase(w, i)
	}
	return phrase{}
}

// forward reads the counted phrase that starts at token i, after an
// optional partitive ("von ihnen", "of them").
func (b *builder) forward(w *words, i int) phrase {
	if w.is(i, b.c.Partitive) {
		if p := b.partOf(w, i+1); p.ok() {
			return p // "40 of the 200 soldiers", "12 von 30 Geiseln"
		}
		if w.letters(i+1) && w.is(i+1, b.c.Stop) && !w.is(i+1, b.c.Determiners) {
			return phrase{start: i + 1, end: i + 2, head: i + 1} // "von ihnen"
		}
		return b.nounPhrase(w, i+1)
	}
	if w.is(i, b.c.Determiners) {
		if b.c.CapitalNouns {
			if p := b.partOf(w, i); p.ok() {
				return p // "40 der 200 Soldaten": a genitive partitive
			}
		}
		return phrase{} // "500 die …": a relative clause, not a counted noun
	}
	return b.nounPhrase(w, i)
}

// nounPhrase parses a noun phrase at token i with its coordinated partner
// and one complement.
func (b *builder) nounPhrase(w *words, i int) phrase {
	var p phrase
	if b.c.CapitalNouns {
		p = b.capitalPhrase(w, i)
	} else {
		p = b.plainPhrase(w, i)
	}
	if !p.ok() {
		return p
	}
	j := p.end
	if b.c.CapitalNouns && (w.is(j, b.c.Coordinators) || strings.HasSuffix(w.toks[j-1].Text(w.text), "-") && w.is(j, b.c.Coordinators)) {
		if q := b.capitalPhrase(w, j+1); q.ok() && !w.is(q.start, b.c.Determiners) {
			j = q.end
		}
	}
	if w.is(j, b.c.Complements) {
		k := j + 1
		for w.is(k, b.c.Determiners) {
			k++
		}
		var q phrase
		if b.c.CapitalNouns {
			if w.capital(k) {
				e := k
				for w.capital(e) {
					e++
				}
				q = phrase{start: k, end: e}
			}
		} else {
			q = b.plainPhrase(w, k)
		}
		if q.ok() {
			j = q.end
		}
	}
	p.end = j
	return p
}

// capitalPhrase parses a noun phrase of a language that capitalises
// nouns: determiners, an extended attribute ("der in der Ukraine
// eingesetzten"), adjectives, then a run of capitalised words. A leading
// genitive name is dropped: "Kim Jong-uns Kämpfern" → "Kämpfern".
func (b *builder) capitalPhrase(w *words, i int) phrase {
	c := b.c
	start, j := i, i
	for w.is(j, c.Determiners) {
		j++
	}
	if j > i && w.small(j) && w.is(j, c.Stop) {
		for k := j + 1; k < j+6 && w.word(k); k++ {
			if w.small(k) && !w.is(k, c.Stop) && !w.is(k, c.Determiners) && w.suffix(k, "en", "e", "er", "es", "em") {
				j = k
				break
			}
		}
	}
	for w.small(j) && !w.is(j, c.Stop) && !w.is(j, c.Determiners) {
		j++
	}
	if !w.capital(j) || w.is(j, c.Stop) {
		return phrase{}
	}
	h := j
	for w.capital(j) && (j == h || !w.is(j, c.Stop)) {
		j++
	}
	if j-h > 1 && w.suffix(j-2, "s") {
		start, h = j-1, j-1
	}
	if start == i {
		for start < h && w.is(start, c.Determiners) {
			start++
		}
	}
	return phrase{start: start, end: j, head: j - 1}
}

// plainPhrase parses a noun phrase of a language without capitalised
// nouns: words up to a stop word or punctuation; after its first word a
// participle or an adverb ends it ("troops sent", "products annually").
func (b *builder) plainPhrase(w *words, i int) phrase {
	j := i
	for w.is(j, b.c.Determiners) {
		j++
	}
	start, count := j, 0
	for w.word(j) && !w.is(j, b.c.Stop) && count < maxWords {
		if count > 0 && (w.suffix(j, "ed", "ing", "ly") || w.is(j, b.c.MeasureVerbs)) {
			break
		}
		j++
		count++
		if w.clitic(j) {
			j++
		}
	}
	if count == 0 {
		return phrase{}
	}
	return phrase{start: start, end: j, head: j - 1}
}

// backward reads the phrase a number is measured against when nothing
// after it says what it counts: "die Zahl der Verluste … bei 500.000",
// "die Ausfälle mit 500.000", "trade hit $240 billion", "death toll
// between 50-100". i is the last token before the number.
func (b *builder) backward(w *words, i int) phrase {
	c := b.c
	if i < 0 {
		return phrase{}
	}
	// "die Zahl der Verluste … bei", "the number of U.S. forces … from"
	for k := i; k >= 0 && w.word(k); k-- {
		if !w.is(k, c.AmountNouns) {
			continue
		}
		from := k + 1 // "Zahl der Verluste": the noun phrase takes the article
		if w.is(k+1, c.Partitive) {
			from = k + 2 // "number of U.S. forces"
		}
		if from > k+1 || w.is(k+1, c.Determiners) {
			if p := b.nounPhrase(w, from); p.ok() && p.end <= i+1 {
				return p
			}
		}
		break
	}
	j := i
	if j >= 0 && !w.word(j) && w.is(j, c.Linkers) { // "Soldaten - 6500"
		j--
	}
	if w.is(j, c.Linkers) {
		j--
	}
	end := j + 1
	count := 0
	for j >= 0 && count < maxWords {
		switch {
		case w.word(j) && !w.is(j, c.Stop) && !w.is(j, c.Determiners):
			j--
			count++
			continue
		case count > 0 && j > 0 && w.word(j-1) && !w.is(j-1, c.Stop) && (w.is(j, c.Complements) || w.is(j, c.Linkers) && w.letters(j)):
			j-- // "shipments to Russia", "trade with Russia"
			continue
		case w.clitic(j):
			j--
			continue
		}
		break
	}
	start := j + 1
	for start < end && !w.word(start) {
		start++
	}
	if count == 0 || start >= end {
		return phrase{}
	}
	if count == 1 && b.timeWord(w, start) && w.is(start-1, c.Stop) && start >= 2 {
		// "die Rate lag im März bei 7 Prozent": a time phrase stands
		// between the measured and the number; read on before it.
		k := start - 2
		for k >= 0 && w.is(k, c.MeasureVerbs) {
			k--
		}
		if k < start-2 {
			if p := b.backward(w, k); p.ok() {
				return p
			}
		}
	}
	if end-start == 1 && w.is(start, c.MeasureVerbs) && w.is(start-1, c.Coordinators) {
		return phrase{start: start, end: end, head: start, elided: true} // "… and soared 64.2%"
	}
	for end-start > 1 && w.is(end-1, c.MeasureVerbs) {
		end-- // "trade hit" → "trade"
	}
	return phrase{start: start, end: end, head: end - 1}
}

// number reports whether token i is written in digits ("200", "1.500").
func (w *words) number(i int) bool {
	if i < 0 || i >= len(w.toks) {
		return false
	}
	s := w.toks[i].Text(w.text)
	return s != "" && '0' <= s[0] && s[0] <= '9'
}

// besideSource reads the counted phrase again when the one read backward
// from the number lies inside the claim's source: "der Anteil liegt laut
// einem Bericht des Ministeriums bei 30 Prozent" measures the share, not
// the ministry. It reads back from before the attribution, past its cue
// and a measure verb; it returns no phrase when cp is outside src.
func (b *builder) besideSource(w *words, cp phrase, src hebel.Span) phrase {
	if w.toks[cp.start].Start >= src.End || w.toks[cp.end-1].End <= src.Start {
		return phrase{}
	}
	k := cp.start - 1
	for k >= 0 && w.toks[k].End > src.Start {
		k--
	}
	for k >= 0 && (w.is(k, b.c.Stop) || w.is(k, b.c.Linkers) || w.is(k, b.c.Determiners)) && !w.is(k, b.c.MeasureVerbs) {
		k-- // the cue: "laut", "according to"
	}
	if k < 0 || k == cp.start-1 {
		return phrase{}
	}
	return b.backward(w, k)
}

// measured reports whether a measure verb, with or without a linker,
// stands right before the number whose last preceding token is i.
func (b *builder) measured(w *words, i int) bool {
	if w.is(i, b.c.Linkers) {
		i--
	}
	return w.is(i, b.c.MeasureVerbs)
}

// timeWord reports whether token i names a time: a time noun or a month.
func (b *builder) timeWord(w *words, i int) bool {
	return w.is(i, b.c.TimeNouns) || w.is(i, b.p.Numbers.Months)
}

// clitic reports whether token i is a possessive "'s" split off its word.
func (w *words) clitic(i int) bool {
	if i < 0 || i >= len(w.toks) {
		return false
	}
	s := w.toks[i].Text(w.text)
	return s == "'s" || s == "’s"
}

package quantity

import (
	"math"

	"github.com/hebel-project/hebel/lang"
)

// Fractions whose denominator is an ordinal: "three fifths", "one
// twenty-fifth", "one hundred thirty fifths" (100/35), "one one hundred
// and fifth" (1/105). The ordinal takes in the number words before it
// that compose with it into one ordinal, as long as a numerator is left.

// canCut reports whether a phrase may end between tokens a and b: not
// inside a hyphenated ten ("twenty-fifth") and not between a number and
// the multiplier after it ("2 | hundred").
func canCut(a, b ptok) bool {
	if b.hyph && a.kind == lang.WordTen && b.value < 10 {
		return false
	}
	switch b.kind {
	case lang.WordHundred, lang.WordScale, lang.WordDozen:
		switch a.kind {
		case lang.WordUnit, lang.WordTeen, lang.WordTen, kindDigits:
			return false
		}
	}
	return true
}

// isFraction reports whether k is a denominator word.
func isFraction(k lang.WordKind) bool { return k == lang.WordFraction || k == lang.WordOrdinal }

// fractionAt returns the index of the first denominator word in toks, or -1.
func fractionAt(toks []ptok) int {
	for i, t := range toks {
		if isFraction(t.kind) {
			return i
		}
	}
	return -1
}

// needsSplit reports whether the fraction at f has a numerator of more
// than one token, which the ordinal may share: "one twenty-fifth".
// Halves and numerators after a mixed "and" ("two and three fifths")
// are read by evaluate directly.
func needsSplit(toks []ptok, f int) bool {
	if toks[f].value == 2 {
		return false
	}
	n := 0
	for i, t := range toks[:f] {
		if t.kind == lang.WordAnd {
			if t.inner || i == 0 || (toks[i-1].kind != lang.WordHundred && toks[i-1].kind != lang.WordScale) {
				return false // a mixed number: "two and three fifths"
			}
			continue
		}
		n++
	}
	return n >= 2
}

// fword is a written word of a fraction phrase: one token, a German
// compound, or a hyphenated ten ("thirty-two", "twenty-fifth").
type fword struct {
	from, to int // tokens [from, to)
	value    float64
	and      bool
}

// splitFraction evaluates toks, whose token f is the denominator word
// and whose numerator has several tokens; tokens after f may multiply the
// fraction ("of a million").
func splitFraction(toks []ptok, f int, sep, articles bool) (float64, bool) {
	var buf [16]fword
	words := buf[:0]
	for i := 0; i <= f; i++ {
		t := toks[i]
		if n := len(words); n > 0 {
			w := &words[n-1]
			last := toks[w.to-1]
			if !last.cut || (t.hyph && w.to-w.from == 1 && last.kind == lang.WordTen && t.value < 10 &&
				(t.kind == lang.WordUnit || isFraction(t.kind))) {
				w.to = i + 1
				continue
			}
		}
		if len(words) == cap(buf) {
			return 0, false
		}
		words = append(words, fword{from: i, to: i + 1, and: t.kind == lang.WordAnd})
	}
	last := words[len(words)-1]
	for k := range words[:len(words)-1] {
		w := &words[k]
		if w.and {
			continue
		}
		if w.to-w.from == 1 {
			w.value = toks[w.from].value
			if toks[w.from].kind == lang.WordArticle {
				w.value = 1
			}
			continue
		}
		v, ok := evaluate(toks[w.from:w.to], sep, articles)
		if !ok {
			return 0, false
		}
		w.value = v
	}
	den := toks[f].value
	if last.to-last.from == 2 {
		den += toks[last.from].value // "twenty-fifth"
	} else if last.to-last.from > 2 || last.from != f {
		return 0, false // a compound such as "dreiviertel"
	}
	words[len(words)-1].value = den
	// Walk back from the ordinal while the words compose with it.
	k := len(words) - 1
	right, round := den, 1.0
	for j := len(words) - 2; j >= 0; j-- {
		if words[j].and {
			continue
		}
		left := words[j].value
		if !(right >= 100 && right > left) && !(right < 100 && composable(left, right)) {
			k = j + 1
			break
		}
		if right < 100 {
			if left < round {
				k = j + 1
				break
			}
			round = left
		}
		right = left
		if j == 0 {
			// everything composes: the numerator ends after the first
			// round number that a small number follows ("one hundred |
			// thirty fifths"), else before the ordinal
			k = 1
			for k <= len(words)-2 {
				if words[k].value >= 100 && !words[k+1].and && words[k+1].value < 100 {
					k++
					break
				}
				k++
			}
		}
	}
	if k == 0 || words[k-1].and {
		return 0, false
	}
	numEnd := words[k].from
	num, ok := 1.0, true
	if numEnd > 1 || toks[0].kind != lang.WordArticle {
		if num, ok = evaluate(toks[:numEnd], sep, articles); !ok {
			return 0, false
		}
	}
	if k < len(words)-1 || last.to-last.from == 2 {
		// the ordinal has number words of its own: read them as a cardinal
		var dt [16]ptok
		d := append(dt[:0], toks[numEnd:f]...)
		o := toks[f]
		switch {
		case o.value < 10:
			o.kind = lang.WordUnit
		case o.value < 20:
			o.kind = lang.WordTeen
		case o.value < 100:
			o.kind = lang.WordTen
		case o.value == 100:
			o.kind = lang.WordHundred
		default:
			o.kind = lang.WordScale
		}
		d = append(d, o)
		if den, ok = evaluate(d, true, articles); !ok {
			return 0, false
		}
	}
	if den <= 1 || (toks[f].kind == lang.WordOrdinal && num != 1) {
		return 0, false
	}
	return scaleFraction(num/den, toks[f+1:])
}

// mixedFraction reads a whole number and a fraction below one joined by
// "and": "forty two and a third", "one hundred and three quarters"; after
// a scale the fraction counts in that scale ("five billion and three
// quarters"), unless it has its own ("one billion and a quarter
// million"); a scale after the fraction of a whole without one scales
// both ("five and a half million"). A fraction of one or more belongs to a numerator with an
// "and" in it ("one hundred and thirty fifths" is 130/5).
func mixedFraction(toks []ptok, f int, sep, articles bool) (float64, bool) {
	a := -1
	for i := f - 1; i > 0; i-- {
		if toks[i].kind == lang.WordAnd && !toks[i].inner {
			a = i
			break
		}
	}
	if a < 0 {
		return 0, false
	}
	fv, ok := evaluate(toks[a+1:f+1], sep, articles)
	if !ok || fv >= 1 {
		return 0, false
	}
	whole, ok := evaluate(toks[:a], sep, articles)
	if !ok {
		return 0, false
	}
	if f+1 < len(toks) {
		if !hasScale(toks[:a]) {
			return scaleFraction(whole+fv, toks[f+1:]) // "five and a half million"
		}
		if fv, ok = scaleFraction(fv, toks[f+1:]); !ok {
			return 0, false
		}
	} else if toks[a-1].kind == lang.WordScale {
		fv *= toks[a-1].value
	}
	return whole + fv, true
}

func hasScale(toks []ptok) bool {
	for _, t := range toks {
		if t.kind == lang.WordScale {
			return true
		}
	}
	return false
}

// scaleFraction multiplies a fraction by the scale after it: "of a
// million", "Millionen".
func scaleFraction(v float64, rest []ptok) (float64, bool) {
	for i, t := range rest {
		switch {
		case t.kind == lang.WordArticle && i == 0 && len(rest) > 1:
		case (t.kind == lang.WordScale || t.kind == lang.WordDozen) && i == len(rest)-1:
			v *= t.value
		default:
			return 0, false
		}
	}
	return v, true
}

// composable reports whether big can stand before small in one number:
// "thirty" before "five", "hundred" before "thirty-five".
func composable(big, small float64) bool {
	if small <= 0 || big <= 0 {
		return false
	}
	b := math.Pow(10, math.Floor(math.Log10(small))+1)
	return big >= b && math.Mod(big, b) == 0
}

package quantity

import (
	"math"

	"github.com/hebel-project/hebel/lang"
)

// evaluate computes the value of a number phrase, or reports that the
// tokens do not form one. sep says number words are separate words
// (English), which lets "and" follow "hundred" and scales.
func evaluate(toks []ptok, sep, articles bool) (float64, bool) {
	if f := fractionAt(toks); f >= 0 {
		if v, ok := mixedFraction(toks, f, sep, articles); ok {
			return v, true
		}
		if needsSplit(toks, f) {
			return splitFraction(toks, f, sep, articles)
		}
	}
	e := evaluator{toks: toks, sep: sep, articles: articles, lastScale: math.Inf(1)}
	for i := range toks {
		if !e.step(i) {
			return 0, false
		}
	}
	return e.result()
}

// evaluator reads the tokens of a number phrase left to right, one small
// rule per kind of token. A phrase's value is total (the scaled groups
// read so far, "3 million") plus group (the group being read, "521"); seg
// is the last segment of the group, which a following multiplier scales
// ("five hundred", "zwei Dutzend").
type evaluator struct {
	toks          []ptok
	sep, articles bool // see evaluate

	total, group, seg float64
	lastScale         float64       // the last scale read; +Inf before the first
	andScale          float64       // the scale before "and" in "3 million and a half"
	prev              lang.WordKind // kind of the token before; 0 at the start
	point             bool          // after a decimal point word: digits follow
	dec               []byte        // the decimal digits after the point word
}

// step reads token i and reports whether the phrase may go on.
func (e *evaluator) step(i int) bool {
	t := e.toks[i]
	if e.point {
		if !e.decimal(t) {
			return false
		}
		e.prev = t.kind
		return true
	}
	var ok bool
	switch t.kind {
	case kindDigits:
		ok = e.digits(i, t)
	case lang.WordUnit:
		ok = e.unit(t)
	case lang.WordTeen:
		ok = e.teen(t)
	case lang.WordTen:
		ok = e.ten(i, t)
	case lang.WordHundred:
		ok = e.hundred()
	case lang.WordScale:
		ok = e.scale(t)
	case lang.WordDozen:
		ok = e.dozen(t)
	case lang.WordFraction, lang.WordOrdinal:
		ok = e.fraction(i, t)
	case lang.WordArticle:
		var keep bool
		if ok, keep = e.article(i); keep {
			return ok // "half a dozen": the article keeps the fraction before it
		}
	case lang.WordAnd:
		ok = e.and(i, t)
	case lang.WordPoint:
		ok = e.pointWord()
	case lang.WordAddHalf:
		ok = e.addHalf(t)
	case lang.WordValue:
		ok = e.value(t)
	}
	if ok {
		e.prev = t.kind
	}
	return ok
}

// add makes v the last segment and adds it to the group.
func (e *evaluator) add(v float64) {
	e.group += v
	e.seg = v
}

// digits reads digits: at the start, after a scale, after "and" that
// follows a hundred or a scale, or as the fraction of a mixed number
// ("2 1/4").
func (e *evaluator) digits(i int, t ptok) bool {
	v := t.value
	if e.prev == kindDigits && t.frac && v < 1 && !e.toks[i-1].frac && e.group == math.Trunc(e.group) {
		e.add(v)
		return true
	}
	if e.prev == lang.WordAnd && v == 0 {
		return false // "3 hundred and 0"
	}
	afterAnd := e.prev == lang.WordAnd && i >= 2 && (e.toks[i-2].kind == lang.WordHundred || e.toks[i-2].kind == lang.WordScale)
	if e.prev != 0 && e.prev != lang.WordScale && !afterAnd {
		return false
	}
	e.add(v)
	return true
}

// unit reads a unit word ("drei", "three"), which may follow a ten in a
// language that writes number words apart ("twenty three").
func (e *evaluator) unit(t ptok) bool {
	v := t.value
	switch e.prev {
	case lang.WordAnd:
		if v == 0 {
			return false // "3 hundred and 0"
		}
		e.seg = v
	case 0, lang.WordScale, lang.WordHundred:
		e.seg = v
	case lang.WordTen:
		if !e.sep {
			return false
		}
		e.seg += v
	default:
		return false
	}
	e.group += v
	return true
}

// teen reads "zwölf", "twelve".
func (e *evaluator) teen(t ptok) bool {
	switch e.prev {
	case 0, lang.WordScale, lang.WordHundred, lang.WordAnd:
		e.add(t.value)
		return true
	}
	return false
}

// ten reads "fünfzig", "fifty"; after an "und" inside a compound it adds
// to the unit before it ("sechsundfünfzig").
func (e *evaluator) ten(i int, t ptok) bool {
	v := t.value
	switch e.prev {
	case 0, lang.WordScale, lang.WordHundred:
		e.seg = v
	case lang.WordAnd:
		if t.inner || i >= 2 && e.toks[i-1].inner {
			e.seg += v
		} else {
			e.seg = v
		}
	default:
		return false
	}
	e.group += v
	return true
}

// hundred multiplies the segment before it by a hundred ("fünfhundert");
// alone it is one hundred.
func (e *evaluator) hundred() bool {
	m := e.seg
	switch e.prev {
	case 0:
		m = 1
		e.group++
	case lang.WordUnit, lang.WordTeen, kindDigits, lang.WordArticle:
	default:
		return false
	}
	if e.group-m >= 100 {
		return false
	}
	e.group += m*100 - m
	e.seg = 0
	return true
}

// scale multiplies the group before it ("3 Millionen"); a larger scale
// after a scale multiplies the total ("a thousand million").
func (e *evaluator) scale(t ptok) bool {
	v := t.value
	if e.prev == lang.WordScale && v > e.lastScale {
		e.total *= v // "three lakh crore", "a thousand million"
		e.lastScale = v
		return true
	}
	switch e.prev {
	case 0, lang.WordUnit, lang.WordTeen, lang.WordTen, lang.WordHundred, kindDigits,
		lang.WordArticle, lang.WordFraction, lang.WordOrdinal, lang.WordAddHalf, lang.WordValue:
	default:
		return false
	}
	if v >= e.lastScale {
		return false
	}
	m := e.group
	if e.prev == 0 {
		m = 1
	}
	e.total += m * v
	e.group, e.seg = 0, 0
	e.lastScale = v
	e.andScale = 0
	return true
}

// dozen multiplies the segment before it by twelve; alone it is a dozen.
func (e *evaluator) dozen(t ptok) bool {
	v := t.value
	switch e.prev {
	case 0:
		e.seg = 1
		e.group++
	case lang.WordUnit, lang.WordTeen, lang.WordTen, kindDigits, lang.WordArticle, lang.WordFraction, lang.WordOrdinal:
	default:
		return false
	}
	e.group += e.seg*v - e.seg
	e.seg *= v
	return true
}

// fraction divides the segment before it ("drei Viertel", "a fifth");
// alone only a half, or a fraction of a scale ("half a million").
func (e *evaluator) fraction(i int, t ptok) bool {
	k, v := t.kind, t.value
	num := e.seg
	switch e.prev {
	case lang.WordUnit, lang.WordTeen, lang.WordTen, lang.WordArticle, kindDigits:
	case 0, lang.WordAnd:
		scaled := e.prev == 0 && i+1 < len(e.toks) && e.toks[i+1].kind == lang.WordScale
		if k == lang.WordOrdinal || v != 2 && !scaled {
			return false
		}
		num, e.seg = 1, 0
	default:
		return false
	}
	if v <= 1 || k == lang.WordOrdinal && num != 1 {
		return false // "first" only in a compound; "a fifth", not "three fifth"
	}
	e.group = e.group - e.seg + num/v
	e.seg = num / v
	return true
}

// article reads "a"/"ein" as one before a multiplier or a fraction (or
// alone, when articles count). After a fraction it keeps the fraction as
// the token before ("half a dozen"): keep is then true.
func (e *evaluator) article(i int) (ok, keep bool) {
	last := i+1 >= len(e.toks)
	var next lang.WordKind
	if !last {
		next = e.toks[i+1].kind
	}
	if isFraction(e.prev) {
		return !last && (next == lang.WordDozen || next == lang.WordScale), true
	}
	if e.prev != 0 && e.prev != lang.WordAnd {
		return false, false
	}
	switch {
	case last:
		if !e.articles || e.prev != 0 {
			return false, false
		}
	case next != lang.WordScale && next != lang.WordHundred && next != lang.WordDozen && !isFraction(next):
		return false, false
	}
	e.add(1)
	return true, false
}

// and reads "und"/"and": inside a German compound after a unit, after a
// hundred or scale where words stand apart, or before a fraction ("und
// drei Viertel", "and a half").
func (e *evaluator) and(i int, t ptok) bool {
	switch e.prev {
	case lang.WordUnit, lang.WordTeen, lang.WordTen, lang.WordHundred, lang.WordScale, kindDigits:
	default:
		return false
	}
	if i+1 >= len(e.toks) {
		return false
	}
	apart := e.sep && (e.prev == lang.WordHundred || e.prev == lang.WordScale)
	if !t.inner && !apart && !fractionAhead(e.toks[i+1:]) {
		return false
	}
	if t.inner && e.prev != lang.WordUnit {
		return false
	}
	if e.prev == lang.WordScale {
		e.andScale = e.lastScale
	}
	e.seg = 0
	return true
}

// pointWord reads a decimal point word ("Komma", "point") after a number
// word; the words after it are decimals.
func (e *evaluator) pointWord() bool {
	switch e.prev {
	case lang.WordUnit, lang.WordTeen, lang.WordTen, lang.WordHundred:
		e.point = true
		return true
	}
	return false
}

// decimal reads a number word after the point word as decimal digits.
func (e *evaluator) decimal(t ptok) bool {
	switch t.kind {
	case lang.WordUnit:
		d := byte('0' + int(t.value))
		if n := len(e.dec); e.prev == lang.WordTen && n > 0 && e.dec[n-1] == '0' {
			e.dec[n-1] = d
		} else {
			e.dec = append(e.dec, d)
		}
	case lang.WordTeen, lang.WordTen:
		n := int(t.value)
		e.dec = append(e.dec, byte('0'+n/10), byte('0'+n%10))
	default:
		return false
	}
	return true
}

// addHalf reads a word that adds a half to the unit or ten before it
// ("einhalb" in "zweieinhalb").
func (e *evaluator) addHalf(t ptok) bool {
	switch e.prev {
	case lang.WordUnit, lang.WordTeen, lang.WordTen:
		e.group += t.value
		e.seg += t.value
		return true
	}
	return false
}

// value reads a word with a value of its own ("anderthalb", "½") at the
// start or after "and".
func (e *evaluator) value(t ptok) bool {
	if e.prev != 0 && e.prev != lang.WordAnd {
		return false
	}
	e.add(t.value)
	return true
}

// result returns the value read, or false when the phrase ends where no
// number ends ("and", a point word, nothing).
func (e *evaluator) result() (float64, bool) {
	if e.point {
		if len(e.dec) == 0 {
			return 0, false
		}
		f := 0.0
		for k := len(e.dec) - 1; k >= 0; k-- {
			f = (f + float64(e.dec[k]-'0')) / 10
		}
		return e.total + e.group + f, true
	}
	switch e.prev {
	case lang.WordAnd, lang.WordPoint, 0:
		return 0, false
	}
	if e.andScale > 0 && isFraction(e.prev) && e.group < 1 {
		return e.total + e.group*e.andScale, true // "3 million and a half"
	}
	return e.total + e.group, true
}

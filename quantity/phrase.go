package quantity

import (
	"math"

	"github.com/hebel-project/hebel/lang"
)

// kindDigits marks a phrase token written in digits.
const kindDigits lang.WordKind = 100

// ptok is one token of a number phrase: digits, or one number word or one
// morpheme of a compound number word.
type ptok struct {
	start, end int
	kind       lang.WordKind
	value      float64
	cut        bool // the phrase may end after this token (end of a written word)
	inner      bool // an "und" inside a compound: "sechsundfünfzig"
	hyph       bool // joined to the token before by a dash: "twenty-one"
	frac       bool // digits written as a fraction: "1/4"
}

// phrase is a number read from the text: digits and number words with
// their scales ("2,5 Mio.", "drei Viertel", "twenty-one thousand").
type phrase struct {
	start, end int
	value      float64
	d          digits // the first token when it is digits
	digitsOnly bool   // one token of digits, no words, no scale
	words      bool   // starts with a word
	scale      float64
	fused      string // letters fused to the last digits (not a scale suffix)
	fusedEnd   int
	lone       string // the single word when the phrase is one word ("one", "ein")
	article    bool   // a lone article read as one
}

// vulgar fractions as single runes.
var vulgar = map[string]float64{
	"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
	"⅘": 0.8, "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}

func vulgarAt(s string, i int) (float64, int) {
	if i+1 >= len(s) || (s[i] != 0xC2 && s[i] != 0xE2) {
		return 0, 0
	}
	w := 2
	if s[i] == 0xE2 {
		w = 3
	}
	if i+w > len(s) {
		return 0, 0
	}
	v, ok := vulgar[s[i:i+w]]
	if !ok {
		return 0, 0
	}
	return v, w
}

// readPhrase reads the number phrase starting at i. It returns false when
// no number starts there.
func (sc *scanner) readPhrase(i int) (phrase, bool) {
	s, lx := sc.text, sc.lx
	toks := sc.toks[:0]
	ph := phrase{start: i}
	p := i
	for len(toks) < 32 {
		q := p
		hyph := false
		if len(toks) > 0 {
			q = skipSpace(s, p)
			if w := dash(s, q); w > 0 {
				r := skipSpace(s, q+w)
				if ok, _ := letterAt(s, r); ok && (toks[len(toks)-1].kind != kindDigits || sc.multiplierAt(r)) {
					q, hyph = r, true // "twenty-one", "27-hundred"
				}
			}
			if q == p && p < len(s) && !(toks[len(toks)-1].kind == kindDigits && isASCIILetter(s[p])) {
				// words must be separated; a scale may be fused to digits
				if ok, _ := letterAt(s, p); ok {
					break
				}
			}
		}
		if q >= len(s) {
			break
		}
		c := s[q]
		switch {
		case isDigit(c) || (len(toks) == 0 && c == lx.num.Decimal && q+1 < len(s) && isDigit(s[q+1])):
			if len(toks) > 0 && q == p {
				goto done
			}
			d := readDigits(s, q, lx.num.Decimal, lx.num.Group)
			if d.date || d.clock {
				if len(toks) == 0 {
					ph.d = d
					ph.end = d.end
					return ph, true
				}
				goto done
			}
			if len(toks) == 0 {
				ph.d = d
			}
			toks = append(toks, ptok{start: q, end: d.end, kind: kindDigits, value: d.value, cut: true, frac: d.fraction})
			p = d.end
			if e, sv, ok := sc.spacedScale(p, i); ok {
				toks = append(toks, ptok{start: skipSpace(s, p), end: e, kind: lang.WordScale, value: sv, cut: true})
				p = e
				continue
			}
			if ok, _ := letterAt(s, p); ok {
				e := wordEnd(s, p)
				if sv, ok := sc.scaleSuffix(s[p:e], i); ok {
					toks = append(toks, ptok{start: p, end: e, kind: lang.WordScale, value: sv, cut: true})
					p = e
					continue
				}
				ph.fused, ph.fusedEnd = s[p:e], e
				goto done
			}
		case isASCIILetter(c) || c >= 0x80:
			if v, w := vulgarAt(s, q); w > 0 {
				if len(toks) > 0 && toks[len(toks)-1].kind == kindDigits && q == p {
					goto done
				}
				toks = append(toks, ptok{start: q, end: q + w, kind: lang.WordValue, value: v, cut: true})
				p = q + w
				continue
			}
			if ok, _ := letterAt(s, q); !ok {
				goto done
			}
			e := wordEnd(s, q)
			lb := lowerBytes(sc.buf[:len(sc.buf)-1], s[q:e])
			if e < len(s) && s[e] == '.' {
				if en, ok := lx.num.Words[string(append(lb, '.'))]; ok {
					toks = append(toks, ptok{start: q, end: e + 1, kind: en.Kind, value: en.Value, cut: true})
					p = e + 1
					continue
				}
			}
			if en, ok := lx.num.Words[string(lb)]; ok {
				toks = append(toks, ptok{start: q, end: e, kind: en.Kind, value: en.Value, cut: true, hyph: hyph})
				p = e
				continue
			}
			if len(toks) > 0 && string(lb) == lx.num.VagueOf && sc.scaleOf(toks[len(toks)-1], e) {
				p = e // "two thirds of a million"
				continue
			}
			if !lx.num.Compound {
				goto done
			}
			if !lx.prefixed(lb) {
				goto done
			}
			ms := lx.split(string(lb), sc.morphs[:0])
			if len(ms) == 0 {
				goto done
			}
			for k, m := range ms {
				toks = append(toks, ptok{start: q, end: e, kind: m.entry.Kind, value: m.entry.Value,
					cut: k == len(ms)-1, inner: m.entry.Kind == lang.WordAnd})
			}
			p = e
		default:
			goto done
		}
	}
done:
	sc.toks = toks
	for n := len(toks); n > 0; n-- {
		if !toks[n-1].cut || (n < len(toks) && !canCut(toks[n-1], toks[n])) {
			continue
		}
		v, ok := evaluate(toks[:n], !lx.num.Compound, sc.opt.Articles)
		if !ok || math.IsInf(v, 0) || math.IsNaN(v) {
			continue
		}
		ph.value = v
		ph.end = toks[n-1].end
		ph.words = toks[0].kind != kindDigits
		ph.digitsOnly = n == 1 && toks[0].kind == kindDigits
		if n < len(toks) || ph.fusedEnd < ph.end {
			ph.fused, ph.fusedEnd = "", 0
		}
		for _, t := range toks[:n] {
			if t.kind == lang.WordScale {
				ph.scale = t.value
			}
		}
		if toks[0].end == ph.end && ph.words {
			ph.lone = lower(s[toks[0].start:toks[0].end])
			ph.article = toks[0].kind == lang.WordArticle
		}
		return ph, true
	}
	return ph, false
}

// scaleSuffix reads a scale abbreviation fused to digits: "10k", "1.5bn".
// A lower-case "m" is a million only after a currency symbol ("£3m"),
// otherwise it is the metre.
func (sc *scanner) scaleSuffix(w string, start int) (float64, bool) {
	sfx := sc.lx.num.ScaleSuffixes
	if len(sfx) == 0 {
		return 0, false
	}
	v, ok := sfx[w]
	if !ok {
		return 0, false
	}
	if w == "m" || w == "g" {
		if _, _, sym := sc.symbolBefore(start); !sym {
			return 0, false
		}
	}
	return v, true
}

// fractionAhead reports whether the number words after an "and" end in a
// fraction: "und drei Viertel", "and a half".
func fractionAhead(toks []ptok) bool {
	for _, t := range toks {
		switch t.kind {
		case lang.WordFraction, lang.WordOrdinal, lang.WordAddHalf:
			return true
		case lang.WordUnit, lang.WordTeen, lang.WordTen, lang.WordArticle, kindDigits, lang.WordAnd:
		default:
			return false
		}
	}
	return false
}

// spacedScale reads a scale abbreviation set apart from the digits at p
// by spaces: "1,674.5 G", "2.5 M". Only abbreviations with a capital
// count, so "5 g" stays grams and "3 m" metres.
func (sc *scanner) spacedScale(p, start int) (int, float64, bool) {
	s := sc.text
	q := skipSpace(s, p)
	if q == p || q >= len(s) || s[q] < 'A' || s[q] > 'Z' {
		return 0, 0, false
	}
	e := wordEnd(s, q)
	if e-q > 3 || (e < len(s) && (isDigit(s[e]) || s[e] == '-')) {
		return 0, 0, false
	}
	v, ok := sc.lx.num.ScaleSuffixes[s[q:e]]
	return e, v, ok
}

// scaleOf reports whether "of" after the fraction t, ending at e, leads
// to a scale: "two thirds of a million".
func (sc *scanner) scaleOf(t ptok, e int) bool {
	if !isFraction(t.kind) {
		return false
	}
	words := sc.lx.num.Words
	n, ok := nextToken(sc.text, e)
	if !ok {
		return false
	}
	w, ok := words[n.low]
	if ok && w.Kind == lang.WordArticle {
		if n, ok = nextToken(sc.text, n.end); !ok {
			return false
		}
		w, ok = words[n.low]
	}
	return ok && (w.Kind == lang.WordScale || w.Kind == lang.WordDozen)
}

// multiplierAt reports whether the word at i is "hundred" or a scale
// word, which may follow digits after a dash: "27-hundred".
func (sc *scanner) multiplierAt(i int) bool {
	e := wordEnd(sc.text, i)
	w, ok := sc.lx.num.Words[string(lowerBytes(sc.buf[:len(sc.buf)-1], sc.text[i:e]))]
	return ok && (w.Kind == lang.WordHundred || w.Kind == lang.WordScale)
}

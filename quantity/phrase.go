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
		if len(toks) > 0 {
			q = skipSpace(s, p)
			if w := dash(s, q); w > 0 && toks[len(toks)-1].kind != kindDigits {
				r := skipSpace(s, q+w)
				if ok, _ := letterAt(s, r); ok {
					q = r
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
		case isDigit(c):
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
			toks = append(toks, ptok{start: q, end: d.end, kind: kindDigits, value: d.value, cut: true})
			p = d.end
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
				toks = append(toks, ptok{start: q, end: e, kind: en.Kind, value: en.Value, cut: true})
				p = e
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
		if !toks[n-1].cut {
			continue
		}
		v, ok := evaluate(toks[:n], !lx.num.Compound, sc.opt.Articles)
		if !ok {
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

// evaluate computes the value of a number phrase, or reports that the
// tokens do not form one. sep says number words are separate words
// (English), which lets "and" follow "hundred" and scales.
func evaluate(toks []ptok, sep, articles bool) (float64, bool) {
	var total, group, seg float64
	lastScale := math.Inf(1)
	andScale := 0.0 // the scale before "and" in "3 million and a half"
	var prev lang.WordKind
	var dec []byte
	point := false
	for i, t := range toks {
		k, v := t.kind, t.value
		if point {
			switch {
			case k == lang.WordUnit:
				if prev == lang.WordTen && len(dec) > 0 && dec[len(dec)-1] == '0' {
					dec[len(dec)-1] = byte('0' + int(v))
				} else {
					dec = append(dec, byte('0'+int(v)))
				}
			case k == lang.WordTeen || k == lang.WordTen:
				n := int(v)
				dec = append(dec, byte('0'+n/10), byte('0'+n%10))
			default:
				return 0, false
			}
			prev = k
			continue
		}
		switch k {
		case kindDigits:
			if !(prev == 0 || prev == lang.WordScale ||
				(prev == lang.WordAnd && i >= 2 && (toks[i-2].kind == lang.WordHundred || toks[i-2].kind == lang.WordScale))) {
				return 0, false
			}
			group += v
			seg = v
		case lang.WordUnit:
			switch prev {
			case 0, lang.WordScale, lang.WordHundred, lang.WordAnd:
				seg = v
			case lang.WordTen:
				if !sep {
					return 0, false
				}
				seg += v
			default:
				return 0, false
			}
			group += v
		case lang.WordTeen:
			if prev != 0 && prev != lang.WordScale && prev != lang.WordHundred && prev != lang.WordAnd {
				return 0, false
			}
			group += v
			seg = v
		case lang.WordTen:
			switch prev {
			case 0, lang.WordScale, lang.WordHundred:
				seg = v
			case lang.WordAnd:
				if t.inner || (i >= 2 && toks[i-1].inner) {
					seg += v
				} else {
					seg = v
				}
			default:
				return 0, false
			}
			group += v
		case lang.WordHundred:
			m := seg
			switch prev {
			case 0:
				m, group = 1, group+1
			case lang.WordUnit, lang.WordTeen, kindDigits, lang.WordArticle:
			default:
				return 0, false
			}
			if group-m >= 100 {
				return 0, false
			}
			group += m*100 - m
			seg = 0
		case lang.WordScale:
			switch prev {
			case 0, lang.WordUnit, lang.WordTeen, lang.WordTen, lang.WordHundred, kindDigits,
				lang.WordArticle, lang.WordFraction, lang.WordAddHalf, lang.WordValue:
			default:
				return 0, false
			}
			if v >= lastScale {
				return 0, false
			}
			m := group
			if prev == 0 {
				m = 1
			}
			total += m * v
			group, seg = 0, 0
			lastScale = v
			andScale = 0
		case lang.WordDozen:
			switch prev {
			case 0:
				seg, group = 1, group+1
			case lang.WordUnit, lang.WordTeen, lang.WordTen, kindDigits, lang.WordArticle, lang.WordFraction:
			default:
				return 0, false
			}
			group += seg*v - seg
			seg *= v
		case lang.WordFraction:
			num := seg
			switch prev {
			case lang.WordUnit, lang.WordTeen, lang.WordTen, lang.WordArticle, kindDigits:
			case 0, lang.WordAnd:
				if v != 2 && !(prev == 0 && i+1 < len(toks) && toks[i+1].kind == lang.WordScale) {
					return 0, false
				}
				num, seg = 1, 0
			default:
				return 0, false
			}
			group += num/v - seg
			seg = num / v
		case lang.WordArticle:
			if prev == lang.WordFraction && seg == 0.5 {
				if i+1 >= len(toks) || (toks[i+1].kind != lang.WordDozen && toks[i+1].kind != lang.WordScale) {
					return 0, false
				}
				continue // "half a dozen": keep prev
			}
			if prev != 0 && prev != lang.WordAnd {
				return 0, false
			}
			if i+1 >= len(toks) {
				if !(articles && prev == 0) {
					return 0, false
				}
			} else if nk := toks[i+1].kind; nk != lang.WordScale && nk != lang.WordHundred && nk != lang.WordDozen && nk != lang.WordFraction {
				return 0, false
			}
			group++
			seg = 1
		case lang.WordAnd:
			switch prev {
			case lang.WordUnit, lang.WordTeen, lang.WordTen, lang.WordHundred, lang.WordScale, kindDigits:
			default:
				return 0, false
			}
			if i+1 >= len(toks) {
				return 0, false
			}
			if !t.inner && !(sep && (prev == lang.WordHundred || prev == lang.WordScale)) && !fractionAhead(toks[i+1:]) {
				return 0, false
			}
			if t.inner && prev != lang.WordUnit {
				return 0, false
			}
			if prev == lang.WordScale {
				andScale = lastScale
			}
			seg = 0
		case lang.WordPoint:
			switch prev {
			case lang.WordUnit, lang.WordTeen, lang.WordTen, lang.WordHundred:
			default:
				return 0, false
			}
			point = true
		case lang.WordAddHalf:
			switch prev {
			case lang.WordUnit, lang.WordTeen, lang.WordTen:
			default:
				return 0, false
			}
			group += v
			seg += v
		case lang.WordValue:
			if prev != 0 && prev != lang.WordAnd {
				return 0, false
			}
			group += v
			seg = v
		default:
			return 0, false
		}
		prev = k
	}
	if point {
		if len(dec) == 0 {
			return 0, false
		}
		f := 0.0
		for k := len(dec) - 1; k >= 0; k-- {
			f = (f + float64(dec[k]-'0')) / 10
		}
		return total + group + f, true
	}
	switch prev {
	case lang.WordAnd, lang.WordPoint, 0:
		return 0, false
	}
	if andScale > 0 && prev == lang.WordFraction && group < 1 {
		return total + group*andScale, true // "3 million and a half"
	}
	return total + group, true
}

// fractionAhead reports whether the number words after an "and" end in a
// fraction: "und drei Viertel", "and a half".
func fractionAhead(toks []ptok) bool {
	for _, t := range toks {
		switch t.kind {
		case lang.WordFraction, lang.WordAddHalf:
			return true
		case lang.WordUnit, lang.WordTeen, lang.WordTen, lang.WordArticle, kindDigits:
		default:
			return false
		}
	}
	return false
}

package quantity

import (
	"math"
	"strings"

	hebel "github.com/hebel-project/hebel"
)

// The context around a number that changes what it means: a hedge after
// it ("or more"), a second comparative that closes a range ("more than
// 10 and less than 20"), a denominator ("one in three") and a percent
// word before it ("percent of 10").

// after reads a hedge after the number ("500 or more", "less than 5 or
// equal") into q. An approximate hedge before the number gives way to
// it; a comparative after the hedge that has a number of its own ("200
// or greater than 190") is not part of it.
func (sc *scanner) after(q *hebel.Quantity, m *Match, numStart int) {
	n, last, qual := hedgeAfter(sc.text, q.End, sc.lx.num.HedgesAfter)
	if n == 0 {
		return
	}
	before := hebel.Qualifier("")
	if m.Hedge.Len() > 0 {
		before = q.Qualifier
	}
	switch {
	case qual == hebel.Exact: // "or equal": makes the comparative inclusive
		switch before {
		case hebel.MoreThan:
			qual = hebel.AtLeast
		case hebel.LessThan:
			qual = hebel.AtMost
		default:
			return
		}
	case before == "" || before == hebel.Exact:
	case before == hebel.Approx:
		m.Hedge = hebel.Span{}
		q.Start = numStart
	default:
		return
	}
	if e, _, ok := sc.hedgeAt(last); ok {
		if sc.numberAt(e) {
			return // "or greater than 190": a comparative of its own
		}
		n = max(n, e) // "or more than", "or equal to"
	}
	m.After = hebel.Span{Start: q.End, End: n}
	q.Qualifier, q.End = qual, n
}

// hedgeAt matches the longest hedge that starts at i and returns its end.
func (sc *scanner) hedgeAt(i int) (int, hebel.Qualifier, bool) {
	best, end, qual := 0, 0, hebel.Qualifier("")
	for _, h := range sc.lx.num.Hedges {
		if len(h.Words) <= best {
			continue
		}
		p, ok := i, true
		for _, w := range h.Words {
			t, found := nextToken(sc.text, p)
			if !found || t.low != w {
				ok = false
				break
			}
			p = t.end
		}
		if ok {
			best, end, qual = len(h.Words), p, h.Qualifier
		}
	}
	return end, qual, best > 0
}

// numberAt reports whether a number starts after i, skipping spaces.
func (sc *scanner) numberAt(i int) bool {
	_, ok := sc.phraseAt(i)
	return ok
}

// phraseAt reads the number phrase after i (skipping spaces), keeping the
// scanner's token buffer for the phrase being emitted.
func (sc *scanner) phraseAt(i int) (phrase, bool) {
	s := sc.text
	k := skipSpace(s, i)
	if k >= len(s) || (!isDigit(s[k]) && !(s[k] < 0x80 && sc.lx.first[s[k]|0x20])) {
		return phrase{}, false
	}
	saved := sc.toks
	ph, ok := sc.readPhrase(k)
	sc.toks = saved
	if !ok || ph.d.date || ph.d.clock || ph.fused != "" || ph.article {
		return phrase{}, false
	}
	return ph, true
}

// otherBound closes a one-sided comparative in q with a second one of the
// other direction: "more than 10 and less than 20" is the range (10, 20),
// "at most 100 and at least 20" is [20, 100]. It reports whether it did.
func (sc *scanner) otherBound(q *hebel.Quantity, m *Match) bool {
	lower := q.Qualifier == hebel.MoreThan || q.Qualifier == hebel.AtLeast
	upper := q.Qualifier == hebel.LessThan || q.Qualifier == hebel.AtMost
	if !lower && !upper || len(sc.lx.num.BoundJoin) == 0 {
		return false
	}
	t, ok := nextToken(sc.text, q.End)
	if !ok || !contains(sc.lx.num.BoundJoin, t.low) {
		return false
	}
	e, qual, ok := sc.hedgeAt(t.end)
	if !ok {
		return false
	}
	if lower != (qual == hebel.LessThan || qual == hebel.AtMost) {
		return false
	}
	if upper != (qual == hebel.MoreThan || qual == hebel.AtLeast) {
		return false
	}
	ph, ok := sc.phraseAt(e)
	if !ok {
		return false
	}
	lo, hi, bounds := q.Value, ph.value, [2]hebel.Qualifier{q.Qualifier, qual}
	if upper {
		lo, hi, bounds = ph.value, q.Value, [2]hebel.Qualifier{qual, q.Qualifier}
	}
	if lo >= hi {
		return false // "more than 40 and less than 10": two statements
	}
	m.Numbers = append(m.Numbers, Number{Span: hebel.Span{Start: ph.start, End: ph.end}, Value: ph.value})
	q.Value, q.Qualifier, q.Low, q.High = lo, hebel.Range, &lo, &hi
	q.End = ph.end
	if u, ue, ok := sc.unitAfter(ph.end); ok {
		if q.Unit == "" || u == "%" {
			q.Unit = u
		}
		q.End = ue
	}
	m.Bounds = bounds
	m.After = hebel.Span{}
	return true
}

func contains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// fractionJoin reads a denominator joined to the whole number ph that
// starts at start: "one out of three", "1 in 5", "1 over 3". With "out
// of" and "in" the numerator is at most the denominator ("12 in six
// boxes" is two numbers) and a year is no denominator ("in 2008"); "over"
// needs the denominator to end the phrase ("10 over 5 years" is not a
// fraction). A number with a currency or a comparative is no numerator.
func (sc *scanner) fractionJoin(ph phrase, start int) phrase {
	num := sc.lx.num
	if len(num.FractionOf) == 0 && len(num.FractionOver) == 0 {
		return ph
	}
	if ph.value != math.Trunc(ph.value) || ph.value < 0 || ph.scale != 0 || ph.article {
		return ph
	}
	t, ok := nextToken(sc.text, ph.end)
	if !ok || !firstWord(t.low, num.FractionOf) && !firstWord(t.low, num.FractionOver) {
		return ph // the common case, with one look ahead
	}
	e, over := matchWords(sc.text, ph.end, num.FractionOf), false
	if e == 0 {
		if e = matchWords(sc.text, ph.end, num.FractionOver); e == 0 {
			return ph
		}
		over = true
	}
	d, ok := sc.phraseAt(e)
	if !ok || d.value <= 0 || d.value != math.Trunc(d.value) || isYear(d) || (!over && ph.value > d.value) {
		return ph
	}
	if over {
		if t, ok := nextToken(sc.text, d.end); ok && isWordToken(t) {
			return ph
		}
	}
	if _, _, sym := sc.symbolBefore(start); sym {
		return ph
	}
	if n, qual := sc.hedgeBefore(sc.prevTokens(start)); n > 0 && qual != hebel.Approx {
		return ph // "more than 2 in 5" compares 2
	}
	ph.value /= d.value
	ph.end = d.end
	ph.digitsOnly, ph.d.plain, ph.lone = false, false, ""
	return ph
}

// firstWord reports whether w starts one of the phrases.
func firstWord(w string, phrases [][]string) bool {
	for _, ws := range phrases {
		if ws[0] == w {
			return true
		}
	}
	return false
}

// isYear reports whether ph is four plain digits that can be a year.
func isYear(ph phrase) bool {
	return ph.digitsOnly && ph.d.plain && ph.end-ph.start == 4 && ph.value >= 1000 && ph.value < 3000
}

// matchWords matches one of the phrases right after i and returns its
// end, or 0.
func matchWords(s string, i int, phrases [][]string) int {
	for _, ws := range phrases {
		p, ok := i, true
		for _, w := range ws {
			t, found := nextToken(s, p)
			if !found || t.low != w {
				ok = false
				break
			}
			p = t.end
		}
		if ok {
			return p
		}
	}
	return 0
}

// unitOf finds a percent word and "of" right before a number that has no
// number of its own before them: "percent of 10", "per cent of twenty".
func (sc *scanner) unitOf(prev []token) (string, int, bool) {
	num := sc.lx.num
	if num.UnitOf == "" || len(prev) < 2 || prev[0].low != num.UnitOf {
		return "", 0, false
	}
	for n := 2; n >= 1; n-- {
		if len(prev) < n+1 {
			continue
		}
		w := prev[n].low
		if n == 2 {
			w = prev[2].low + " " + prev[1].low
		}
		if num.Units[strings.TrimSuffix(w, ".")] != "%" {
			continue
		}
		if len(prev) > n+1 {
			b := prev[n+1].low
			if _, isNum := num.Words[b]; isNum || isDigit(b[len(b)-1]) || b == "%" {
				return "", 0, false // "20 percent of 100"
			}
		}
		return "%", prev[n].start, true
	}
	return "", 0, false
}

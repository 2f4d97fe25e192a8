package quantity

import (
	"strings"

	hebel "github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
)

// emit turns a phrase into a match: it reads the currency symbol, unit,
// hedge and range partner around it and decides whether it is a claim.
// It returns where scanning resumes.
func (sc *scanner) emit(ph phrase, start int, neg bool, reason string) int {
	s, num := sc.text, sc.lx.num
	if reason == "" && !ph.d.date && !ph.d.clock && ph.fused == "" {
		ph = sc.fractionJoin(ph, start)
	}
	v := ph.value
	if neg {
		v = -v
	}
	m := Match{Numbers: []Number{{Span: hebel.Span{Start: start, End: ph.end}, Value: v}}}
	q := &m.Quantity
	q.Start, q.End, q.Value, q.Qualifier = start, ph.end, v, hebel.Exact
	resume := ph.end
	switch {
	case ph.d.date:
		reason = ReasonDate
	case ph.d.clock:
		reason = ReasonClock
	}
	if reason == "" && ph.fused != "" {
		f := lower(ph.fused)
		resume = ph.fusedEnd
		if u, ok := num.Units[f]; ok {
			q.Unit, q.End = u, ph.fusedEnd
		} else if num.OrdinalSuffixes[f] {
			reason = ReasonOrdinal
		} else if hasPrefix(f, num.AgeSuffixes) {
			reason = ReasonAge
		} else {
			reason = ReasonFused
		}
	}
	if u, st, ok := sc.symbolBefore(start); ok {
		q.Unit, q.Start = u, st
	}
	if reason == "" {
		if u, e, ok := sc.unitAfter(q.End); ok {
			if q.Unit == "" || u == "%" {
				q.Unit = u
			}
			q.End = e
		}
	}
	prev := sc.prevTokens(q.Start)
	// The hedge before the number.
	numStart := q.Start
	if n, qual := sc.hedgeBefore(prev); n > 0 {
		q.Qualifier = qual
		m.Hedge = hebel.Span{Start: prev[n-1].start, End: prev[0].end}
		q.Start = m.Hedge.Start
	} else if n, qual := sc.hedgeOverSeveral(prev); n > 0 {
		q.Qualifier = qual // "up to several hundred"
		m.Hedge = hebel.Span{Start: prev[n].start, End: prev[1].end}
		q.Start = m.Hedge.Start
	} else if q.Unit == "" {
		if u, st, ok := sc.unitOf(prev); ok {
			q.Unit, q.Start = u, st // "percent of 10"
		}
	}
	// A range: "10.000 bis 12.000", "between 10 and 20", "5-10 million".
	isRange := false
	if m.Hedge.Len() == 0 || q.Qualifier == hebel.Approx {
		if lo, hi, e, ok := sc.rangeAfter(q.End, prev, ph, v, &m); ok {
			isRange = true
			q.Value, q.Qualifier = lo, hebel.Range
			q.Low, q.High = &lo, &hi
			q.End = e
			resume = e
		}
	}
	if reason == "" {
		reason = sc.notClaim(ph, prev, q, m.Hedge.Len() > 0, isRange, &m)
	}
	if reason == ReasonOne && ph.lone != "" && len(prev) > 0 && num.Pronoun[prev[0].low] {
		return max(resume, q.End) // "the one", "which one": a pronoun
	}
	if !isRange && reason == "" {
		sc.after(q, &m, numStart)
		if sc.otherBound(q, &m) {
			resume = q.End
		}
	}
	if resume < q.End {
		resume = q.End
	}
	if reason != "" && !sc.opt.KeepAll {
		return resume
	}
	m.Reason = reason
	q.Text = s[q.Start:q.End]
	sc.out = append(sc.out, m)
	return resume
}

func hasPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// prevTokens returns up to six tokens before i, nearest first.
func (sc *scanner) prevTokens(i int) []token {
	out := sc.prevBuf[:0]
	for len(out) < 6 {
		t, ok := prevToken(sc.text, i)
		if !ok {
			break
		}
		out = append(out, t)
		i = t.start
	}
	sc.prevBuf = out
	return out
}

// hedgeBefore matches the longest hedge ending right before the number.
func (sc *scanner) hedgeBefore(prev []token) (int, hebel.Qualifier) {
	if len(prev) == 0 {
		return 0, ""
	}
	if len(prev) >= 2 && prev[0].low == "=" && (prev[1].low == ">" || prev[1].low == "<") {
		if prev[1].low == ">" {
			return 2, hebel.AtLeast
		}
		return 2, hebel.AtMost
	}
	if (prev[0].low == "<" || prev[0].low == ">") && len(prev) >= 2 && prev[1].end == prev[0].start {
		switch prev[1].low {
		case "=", "<", ">": // "=<30", "<>30": no comparative we read
			return 0, ""
		}
	}
	switch prev[0].low {
	case "≥":
		return 1, hebel.AtLeast
	case "≤":
		return 1, hebel.AtMost
	}
	best, qual := 0, hebel.Qualifier("")
	for _, h := range sc.lx.num.Hedges {
		n := len(h.Words)
		if n <= best || n > len(prev) {
			continue
		}
		ok := true
		for j := 0; j < n; j++ {
			if prev[j].low != h.Words[n-1-j] {
				ok = false
				break
			}
		}
		if ok {
			best, qual = n, h.Qualifier
		}
	}
	if best == 1 && len(prev) > 1 && sc.lx.num.TopicHedges[prev[0].low] && sc.lx.num.TopicNouns[prev[1].low] {
		return 0, "" // "Erkenntnisse über 3.000 Soldaten": a topic
	}
	return best, qual
}

// hedgeOverSeveral matches a hedge before a word of an unstated multiple
// ("up to several hundred"): it returns the hedge's length in words
// (without the multiple word) and its qualifier, or 0.
func (sc *scanner) hedgeOverSeveral(prev []token) (int, hebel.Qualifier) {
	if len(prev) < 2 || !sc.lx.num.Several[prev[0].low] {
		return 0, ""
	}
	return sc.hedgeBefore(prev[1:])
}

// spreadHedges gives a bare count the hedge of the count before it when
// only a word or two and a coordinator stand between them: "at least 100
// dead and 300 injured", "rund 50 Dörfer und 20 Städte". A comma or a
// longer clause ends the hedge's reach.
func (sc *scanner) spreadHedges() {
	for k := 1; k < len(sc.out); k++ {
		a, b := &sc.out[k-1], &sc.out[k]
		if a.Reason != "" || b.Reason != "" || a.Hedge.Len() == 0 || a.After.Len() > 0 ||
			b.Hedge.Len() > 0 || b.After.Len() > 0 || a.Unit != b.Unit ||
			b.Qualifier != hebel.Exact || a.Bounds[0] != "" {
			continue
		}
		switch a.Qualifier {
		case hebel.Exact, hebel.Range, "":
			continue
		}
		if sc.coordinated(a.End, b.Start) {
			b.Qualifier = a.Qualifier
		}
	}
}

// coordinated reports whether text[i:j] is one or two words and then a
// coordinator right before j.
func (sc *scanner) coordinated(i, j int) bool {
	words := 0
	for {
		t, ok := nextToken(sc.text, i)
		if !ok || t.start >= j {
			return false
		}
		if sc.lx.num.Coordinators[t.low] {
			n, ok := nextToken(sc.text, t.end)
			return ok && n.start == j && words > 0
		}
		if !isWordToken(t) || words == 2 {
			return false
		}
		words++
		i = t.end
	}
}

// hedgeAfter matches a hedge right after the number ("or more") and
// returns its end and the start of its last word.
func hedgeAfter(s string, i int, hs []lang.Hedge) (int, int, hebel.Qualifier) {
	for _, h := range hs {
		p, last, ok := i, i, true
		for _, w := range h.Words {
			t, found := nextToken(s, p)
			if !found || !wordIs(t.low, w) {
				ok = false
				break
			}
			p, last = t.end, t.start
		}
		if ok {
			return p, last, h.Qualifier
		}
	}
	return 0, 0, ""
}

// symbolBefore finds a currency symbol right before i ("$5", "US$ 1",
// "€ 20") and returns its unit and start.
func (sc *scanner) symbolBefore(i int) (string, int, bool) {
	s := sc.text
	k := i
	if w := spaceBefore(s, k); w > 0 {
		k -= w
	}
	if k == 0 || (s[k-1] != '$' && s[k-1] < 0x80) {
		return "", 0, false
	}
	for sym, u := range sc.lx.num.Symbols {
		n := len(sym)
		if k >= n && strings.EqualFold(s[k-n:k], sym) {
			if n == 1 && k >= 3 && strings.EqualFold(s[k-3:k], "us$") {
				continue // the longer symbol wins
			}
			if letterBefore(s, k-n) && n == 1 {
				continue
			}
			return u, k - n, true
		}
	}
	return "", 0, false
}

func spaceBefore(s string, i int) int {
	for _, w := range [...]int{1, 2, 3} {
		if i-w >= 0 && space(s, i-w) == w {
			return w
		}
	}
	return 0
}

// unitAfter reads a unit right after i: "%", a currency symbol, or unit
// words ("Prozent", "per cent", "US-Dollar", "Tonnen").
func (sc *scanner) unitAfter(i int) (string, int, bool) {
	s, num := sc.text, sc.lx.num
	k := skipSpace(s, i)
	if k < len(s) && s[k] == '%' {
		if k+1 < len(s) && (isDigit(s[k+1]) || isASCIILetter(s[k+1])) {
			return "", 0, false // URL encoding: %25, %2D
		}
		return "%", k + 1, true
	}
	if u, w := symbolAt(s, k, num.Symbols); w > 0 {
		return u, k + w, true
	}
	t, ok := nextToken(s, i)
	if !ok || !isWordToken(t) {
		return "", 0, false
	}
	w := t.low
	if strings.HasSuffix(w, ".") {
		w = w[:len(w)-1]
		t.end--
	}
	if t2, ok := nextToken(s, t.end); ok && isWordToken(t2) {
		w2 := strings.TrimSuffix(t2.low, ".")
		if u, ok := num.Units[w+" "+w2]; ok {
			return u, t2.start + len(w2), true
		}
	}
	if u, ok := num.Units[w]; ok {
		return u, t.end, true
	}
	return "", 0, false
}

func isWordToken(t token) bool {
	c := t.low[0]
	return isASCIILetter(c) || c >= 0x80
}

// rangeAfter reads the second number of a range after i and returns its
// value and end; it appends the second number to m.Numbers.
func (sc *scanner) rangeAfter(i int, prev []token, ph phrase, v float64, m *Match) (lo, hi float64, end int, ok bool) {
	s, num := sc.text, sc.lx.num
	t, found := nextToken(s, i)
	if !found {
		return 0, 0, 0, false
	}
	between := len(prev) > 0 && num.Between != "" && prev[0].low == num.Between
	join := false
	if between {
		// "zwischen 50 und 100", and the dash some writers put for "und":
		// "between 50-100"
		join = t.low == num.BetweenAnd || dash(s, t.start) > 0
	} else {
		join = dash(s, t.start) > 0
		for _, w := range num.RangeWords {
			join = join || t.low == w
		}
	}
	if !join {
		return 0, 0, 0, false
	}
	k := skipSpace(s, t.end)
	if _, w := symbolAt(s, k, num.Symbols); w > 0 {
		k = skipSpace(s, k+w)
	}
	if k >= len(s) || (!isDigit(s[k]) && !sc.lx.first[s[k]|0x20]) {
		return 0, 0, 0, false
	}
	saved := sc.toks
	ph2, found := sc.readPhrase(k)
	sc.toks = saved
	if !found || ph2.d.date || ph2.d.clock || ph2.fused != "" {
		return 0, 0, 0, false
	}
	if e := ph2.end; e+1 < len(s) && (s[e] == '-' || s[e] == '/') && isDigit(s[e+1]) {
		return 0, 0, 0, false // 1-222-2222: a phone number or code, not a range
	}
	lo = v
	if ph.scale == 0 && ph2.scale > 0 && v*ph2.scale <= ph2.value {
		lo = v * ph2.scale
	}
	if ph2.value <= lo {
		return 0, 0, 0, false
	}
	m.Numbers = append(m.Numbers, Number{Span: hebel.Span{Start: ph2.start, End: ph2.end}, Value: ph2.value})
	e := ph2.end
	if u, ue, ok := sc.unitAfter(e); ok {
		if m.Unit == "" || u == "%" {
			m.Unit = u
		}
		e = ue
	}
	if between {
		m.Start = prev[0].start
	} else if len(prev) > 0 && num.From != "" && prev[0].low == num.From {
		m.Start = prev[0].start
	}
	return lo, ph2.value, e, true
}

// symbolAt matches a currency symbol at k, ignoring ASCII case ("US$").
func symbolAt(s string, k int, syms map[string]string) (string, int) {
	if k >= len(s) || (s[k] != '$' && s[k] != 'U' && s[k] != 'u' && s[k] < 0x80) {
		return "", 0
	}
	best, unit := 0, ""
	for sym, u := range syms {
		if len(sym) > best && k+len(sym) <= len(s) && strings.EqualFold(s[k:k+len(sym)], sym) {
			best, unit = len(sym), u
		}
	}
	return unit, best
}

package quantity

import (
	"context"
	"unicode"
	"unicode/utf8"

	hebel "github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/analysis"
	"github.com/hebel-project/hebel/internal/cancel"
	"github.com/hebel-project/hebel/lang"
)

// Options tune FindAll.
type Options struct {
	// KeepAll keeps the numbers that are not claims, with Match.Reason
	// saying why they are not.
	KeepAll bool
	// Articles reads a lone indefinite article ("ein", "eine") as the
	// number one, as Recognizers-Text does.
	Articles bool
}

// Number is one number phrase inside a match, without hedge or unit.
type Number struct {
	hebel.Span
	Value float64
}

// Match is a quantity with the parts it was read from.
type Match struct {
	hebel.Quantity
	Numbers []Number   // the number phrases: one, or two for a range
	Hedge   hebel.Span // the hedge before the number as written; empty when none
	After   hebel.Span // a hedge after the number ("or more"); empty when none
	Reason  string     // why this is not a claim ("year", "date", …); "" for claims
	// Bounds are the qualifiers of the low and high end of a range read
	// from two comparatives ("more than 10 and at most 20": MoreThan,
	// AtMost); empty otherwise.
	Bounds [2]hebel.Qualifier
}

// Reasons a number is not a claim.
const (
	ReasonYear    = "year"
	ReasonDate    = "date"
	ReasonClock   = "clock"   // clock times, durations, scores: 14:30, 24:43
	ReasonAge     = "age"     // 68-jährige, aged 68
	ReasonOrdinal = "ordinal" // 3., 3rd
	ReasonCode    = "code"    // Resolution 2397, Su-27, 007
	ReasonFused   = "fused"   // letters written right after the digits: 5G, 3D
	ReasonList    = "list"    // "1." at a line start
	ReasonOne     = "one"     // a lone "one" or "eins": rarely a claim
)

// Find returns the quantities in text that are claims, in order.
func Find(text string, p *lang.Profile) []hebel.Quantity {
	return find(text, p, nil)
}

// FindDoc returns the quantities of the analysed document d that are
// claims, as Find does for its text. It stops soon after ctx is done and
// then returns ctx's error and no quantities.
func FindDoc(ctx context.Context, d *analysis.Doc) ([]hebel.Quantity, error) {
	stop := cancel.New(ctx)
	qs := find(d.Text, d.Profile, stop)
	if stop.Now() {
		return nil, stop.Err()
	}
	return qs, nil
}

func find(text string, p *lang.Profile, stop *cancel.Poll) []hebel.Quantity {
	ms := findAll(text, p, Options{}, stop)
	out := make([]hebel.Quantity, len(ms))
	for i, m := range ms {
		out[i] = m.Quantity
	}
	return out
}

// scanner holds the state of one FindAll call.
type scanner struct {
	text    string
	lx      *lexicon
	opt     Options
	toks    []ptok
	morphs  []morpheme
	buf     [48]byte
	prevBuf []token
	out     []Match
}

// FindAll returns the quantities in text, in order. Without
// Options.KeepAll it returns only claims, like Find.
func FindAll(text string, p *lang.Profile, opt Options) []Match {
	return findAll(text, p, opt, nil)
}

// findAll is FindAll that gives up once stop says so.
func findAll(text string, p *lang.Profile, opt Options, stop *cancel.Poll) []Match {
	sc := &scanner{text: text, lx: lexiconFor(p), opt: opt}
	s := text
	i := 0
	for i < len(s) {
		if stop.Stop() {
			break
		}
		c := s[i]
		switch {
		case isDigit(c):
			i = sc.atDigit(i)
		case c == '+' && i+1 < len(s) && isDigit(s[i+1]) && !letterBefore(s, i) && (i == 0 || !isDigit(s[i-1])):
			if opt.KeepAll {
				i++ // Recognizers-Text reads the digits of phone numbers
				continue
			}
			i = phoneEnd(s, i+1)
		case c == sc.lx.num.Decimal && i+1 < len(s) && isDigit(s[i+1]) && bareDecimal(s, i):
			i = sc.atPhrase(i, i, false)
		case c < 0x80 && !isASCIILetter(c):
			i++
		default:
			if _, w := vulgarAt(s, i); w > 0 {
				i = sc.atPhrase(i, i, false)
				continue
			}
			ok, w := letterAt(s, i)
			if !ok {
				i += w
				continue
			}
			e := wordEnd(s, i)
			if c >= 0x80 || !sc.lx.first[c|0x20] {
				i = e
				continue
			}
			i = sc.atWord(i, e)
		}
	}
	sc.spreadHedges()
	return sc.out
}

func phoneEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if isDigit(c) || ((c == ' ' || c == '-' || c == '/' || c == '(' || c == ')') && i+1 < len(s) && (isDigit(s[i+1]) || s[i+1] == '(')) {
			i++
			continue
		}
		break
	}
	return i
}

// atDigit handles the digits at s[i].
func (sc *scanner) atDigit(i int) int {
	s := sc.text
	if letterBefore(s, i) || (i > 0 && (s[i-1] == '_' || s[i-1] == '%' || s[i-1] == '=' || s[i-1] == '&' || s[i-1] == '?')) {
		// fused to letters (G7, MH17) or inside a URL (?q=30%25)
		return skipNumberRun(s, i)
	}
	start, neg := i, false
	if w := dashBefore(s, i); w > 0 {
		j := i - w
		if letterBefore(s, j) {
			// Su-27, F-16, Covid-19: a code
			if !sc.opt.KeepAll {
				return skipNumberRun(s, i)
			}
			return sc.atPhraseReason(i, i, false, ReasonCode)
		}
		if j == 0 || space(s, j-1) > 0 || s[j-1] == '(' || s[j-1] == '\n' || s[j-1] == '<' || s[j-1] == '>' || s[j-1] == '=' {
			start, neg = j, true
		}
	} else if j := spacedMinus(s, i); j >= 0 {
		// "- 10 k" alone on its line: a minus sign set apart, not a bullet
		if ph, ok := sc.readPhrase(i); ok && lineEnd(s, ph.end) {
			return sc.emit(ph, j, true, "")
		}
	}
	return sc.atPhrase(i, start, neg)
}

// bareDecimal reports whether the decimal mark at i starts a number
// without its leading zero (".08"): at a line start or after a space,
// and not followed by another mark and digits ("1 .2.3").
func bareDecimal(s string, i int) bool {
	if i > 0 && space(s, i-1) == 0 && s[i-1] != '\n' && s[i-1] != '(' {
		return false
	}
	e := digitRun(s, i+1)
	return !(e+1 < len(s) && (s[e] == '.' || s[e] == ',') && isDigit(s[e+1]))
}

// spacedMinus returns where a dash set apart from the digits at i by
// spaces starts, when only space precedes it on its line; -1 otherwise.
func spacedMinus(s string, i int) int {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	if j == i || j == 0 || s[j-1] != '-' || !lineStart(s, j-1) {
		return -1
	}
	return j - 1
}

// lineEnd reports whether only space follows i on its line.
func lineEnd(s string, i int) bool {
	i = skipSpace(s, i)
	return i >= len(s) || s[i] == '\n' || s[i] == '\r'
}

// dashBefore returns the width of a hyphen or minus sign right before i.
func dashBefore(s string, i int) int {
	if i >= 1 && s[i-1] == '-' {
		return 1
	}
	if i >= 3 && s[i-3] == 0xE2 && s[i-2] == 0x88 && s[i-1] == 0x92 {
		return 3
	}
	return 0
}

func skipNumberRun(s string, i int) int {
	for i < len(s) && (isDigit(s[i]) || ((s[i] == '.' || s[i] == ',') && i+1 < len(s) && isDigit(s[i+1]))) {
		i++
	}
	return i
}

// atWord handles the word s[i:e] whose first byte may start a number word.
func (sc *scanner) atWord(i, e int) int {
	s, num := sc.text, sc.lx.num
	lb := lowerBytes(sc.buf[:len(sc.buf)-1], s[i:e])
	if !sc.lx.candidate(lb) || initial(s, i, e) {
		return e
	}
	if v, ok := num.Vague[string(lb)]; ok {
		return sc.vague(i, e, v)
	}
	if num.Minus[string(lb)] {
		j := skipSpace(s, e)
		if j > e && j < len(s) {
			if ph, ok := sc.readPhrase(j); ok && !ph.d.date && !ph.d.clock {
				return sc.emit(ph, i, true, "")
			}
		}
		return e
	}
	if _, ok := num.Words[string(lb)]; !ok && (!num.Compound || !sc.lx.prefixed(lb)) {
		if e < len(s) && s[e] == '.' {
			if _, ok := num.Words[string(append(lb, '.'))]; ok {
				return sc.atPhrase(i, i, false)
			}
		}
		return e
	}
	return sc.atPhrase(i, i, false)
}

// atPhrase reads the number phrase at i; start is where the quantity
// begins (a minus sign), neg negates it.
func (sc *scanner) atPhrase(i, start int, neg bool) int {
	return sc.atPhraseReason(i, start, neg, "")
}

func (sc *scanner) atPhraseReason(i, start int, neg bool, reason string) int {
	ph, ok := sc.readPhrase(i)
	if !ok {
		if isDigit(sc.text[i]) {
			return skipNumberRun(sc.text, i)
		}
		return max(wordEnd(sc.text, i), i+1)
	}
	return sc.emit(ph, start, neg, reason)
}

// vague emits a vague count: "Tausende", "tens of thousands".
func (sc *scanner) vague(i, e int, v lang.Vague) int {
	s, num := sc.text, sc.lx.num
	if num.VagueOf != "" {
		if t, ok := nextToken(s, e); ok && t.low == num.VagueOf {
			if u, ok := nextToken(s, t.end); ok {
				if w, ok := num.Vague[u.low]; ok && w.Value >= 1000 {
					v = lang.Vague{Value: v.Value * w.Value, Low: v.Low * w.Value, High: v.High * w.Value}
					e = u.end
				}
			}
		}
	}
	lo, hi := v.Low, v.High
	q := hebel.Quantity{Span: hebel.Span{Start: i, End: e}, Value: v.Value, Qualifier: hebel.Approx, Low: &lo, High: &hi}
	if u, end, ok := sc.unitAfter(e); ok && u != "%" {
		q.Unit, q.End = u, end
	}
	q.Text = s[q.Start:q.End]
	sc.out = append(sc.out, Match{Quantity: q, Numbers: []Number{{Span: hebel.Span{Start: i, End: e}, Value: v.Value}}})
	return q.End
}

// initial reports whether the word s[i:e] is a name's initial: one
// upper-case letter, a dot, a space and a capitalised word ("Sergei K.
// Shoigu"), not a scale abbreviation.
func initial(s string, i, e int) bool {
	if e != i+1 || s[i] < 'A' || s[i] > 'Z' || e+2 >= len(s) || s[e] != '.' || s[e+1] != ' ' {
		return false
	}
	c := s[e+2]
	if c < 0x80 {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[e+2:])
	return unicode.IsUpper(r)
}

package quantity

import (
	"strings"

	"github.com/hebel-project/hebel/lang"
)

// Parse reads a single number expression such as "10.000", "drei
// Viertel", "2,5 Mio." or "a dozen". It reports false unless the whole of
// s (ignoring surrounding space) is one number.
func Parse(s string, p *lang.Profile) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	sc := &scanner{text: s, lx: lexiconFor(p), opt: Options{Articles: true}}
	neg := false
	i := 0
	if w := dash(s, 0); w > 0 && w < len(s) && isDigit(s[w]) {
		neg, i = true, w
	}
	if v, w := vulgarAt(s, i); w == len(s)-i && w > 0 {
		return v, true
	}
	ph, ok := sc.readPhrase(i)
	if !ok || ph.end != len(s) || ph.d.date || ph.d.clock || ph.fused != "" {
		return 0, false
	}
	if neg {
		return -ph.value, true
	}
	return ph.value, true
}

package quote

import (
	"github.com/hebel-project/hebel/segment"
)

// maxTitleWords bounds a quoted title that stands as a source: „Focus“,
// "Statistic Review of World Energy".
const maxTitleWords = 6

// titleAt returns the token range of a short quotation opening at token
// k ("laut „Focus.de“") as a source: the first and last token inside the
// marks and the token after the closing mark. ok is false when token k
// opens no such quotation.
func (f *finder) titleAt(u *unit, k int) (s, e, next int, ok bool) {
	if k >= len(u.toks) || u.toks[k].Kind != segment.Quote {
		return 0, 0, 0, false
	}
	for _, r := range u.regs {
		if r.Open != u.toks[k].Start || words(f.text[r.InStart:r.InEnd]) > maxTitleWords {
			continue
		}
		for j := k + 1; j < len(u.toks); j++ {
			if u.toks[j].End == r.Close {
				if j == k+1 || !upper(f.tok(u, k+1)) {
					return 0, 0, 0, false
				}
				return k + 1, j, j + 1, true
			}
		}
	}
	return 0, 0, 0, false
}

// titleBefore returns the token range inside a short quotation whose
// closing mark is token t-1 ("„Focus“ zufolge"), or ok false.
func (f *finder) titleBefore(u *unit, t int) (s, e int, ok bool) {
	if t < 1 || !closer(u, t-1) {
		return 0, 0, false
	}
	for _, r := range u.regs {
		if r.Close != u.toks[t-1].End || words(f.text[r.InStart:r.InEnd]) > maxTitleWords {
			continue
		}
		for j := t - 2; j >= 0; j-- {
			if u.toks[j].Start == r.Open {
				if j+1 >= t-1 || !upper(f.tok(u, j+1)) {
					return 0, 0, false
				}
				return j + 1, t - 1, true
			}
		}
	}
	return 0, 0, false
}

package quote

import (
	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/segment"
)

// frame finds a statement attributed by a source frame: "laut X", "nach
// Angaben von X", "X zufolge", "Ihrer Meinung nach", "according to X".
func (f *finder) frame(u *unit, ui int) bool {
	// a frame inside reported speech in Konjunktiv cites a source of the
	// speaker's, who stays the speaker of what follows
	if f.last != nil && ui-f.lastUnit <= SubjunctiveReach && f.subjunctive(u) {
		last, lastUnit := f.last, f.lastUnit
		defer func() { f.last, f.lastUnit = last, lastUnit }()
	}
	for t := range u.toks {
		if u.quoted(t) || u.toks[t].Kind != segment.Word {
			continue
		}
		lw := f.low(u, t)
		if _, pos := f.r.possessives[lw]; !f.r.starts[lw] && !(pos && f.r.starts["*"]) {
			continue
		}
		for _, ph := range f.r.before {
			if n := f.match(u, t, ph); n > 0 {
				k := t + n
				if k < len(u.toks) && f.r.links[f.low(u, k)] && !f.r.det[f.low(u, k)] {
					k++
				}
				if s, e := f.npAfter(u, k); e > s && e-k <= 8 {
					if f.frameAt(u, ui, t, e, s, e, t, t+n) {
						return true
					}
				}
			}
		}
		for _, ph := range f.r.after {
			if n := f.match(u, t, ph); n > 0 {
				if s, e := f.npBefore(u, t); e > s {
					if f.frameAt(u, ui, s, t+n, s, e, t, t+n) {
						return true
					}
				}
			}
		}
		for _, ph := range f.r.opinion {
			if n := f.match(u, t, ph); n > 0 {
				p := t
				for i, w := range ph {
					if w == "*" {
						p = t + i
					}
				}
				if f.frameAt(u, ui, t, t+n, p, p+1, t, t+n) {
					return true
				}
			}
		}
	}
	return false
}

// match returns the number of tokens of phrase ph that match at token t
// of u (case-insensitive; "*" matches a possessive pronoun), or 0.
func (f *finder) match(u *unit, t int, ph []string) int {
	if t+len(ph) > len(u.toks) {
		return 0
	}
	for i, w := range ph {
		if u.quoted(t + i) {
			return 0
		}
		lw := f.low(u, t+i)
		if w == "*" {
			if _, ok := f.r.possessives[lw]; !ok {
				return 0
			}
		} else if lw != w {
			return 0
		}
	}
	return len(ph)
}

// frameAt records the statement framed by tokens [fs, fe) (the frame
// with its source) whose speaker is tokens [s, e) and cue [cs, ce): the
// content is what follows a frame at the start, what precedes a frame at
// the end, and the whole unit otherwise.
func (f *finder) frameAt(u *unit, ui, fs, fe, s, e, cs, ce int) bool {
	n := len(u.toks)
	for n > 0 && u.toks[n-1].Kind == segment.Punct {
		n--
	}
	start := 0
	for start < fs && (f.r.con[f.low(u, start)] || u.toks[start].Kind == segment.Punct) {
		start++
	}
	var src *hebel.Source
	f.frameStart = min(u.toks[s].Start, u.toks[cs].Start)
	cue := f.tok(u, cs)
	for i := cs + 1; i < ce; i++ {
		if i != s {
			cue += " " + f.tok(u, i)
		}
	}
	switch {
	case fs == start && fe < n:
		src = f.source(u, s, e, cue)
		return f.record(u, ui, u.toks[fe].Start, u.toks[n-1].End, src, cue)
	case fe >= n && fs > 0:
		src = f.source(u, s, e, cue)
		return f.record(u, ui, u.toks[0].Start, u.toks[fs-1].End, src, cue)
	case fs > 0 || fe < n:
		src = f.source(u, s, e, cue)
		return f.record(u, ui, u.toks[0].Start, u.toks[n-1].End, src, cue)
	}
	return false
}

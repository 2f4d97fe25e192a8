package timex

import (
	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/analysis"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/segment"
)

// Attach gives every claim and relation of rec the time it is about
// (Valid): the time expression that governs it — the one nearest its
// number (a relation: its first evidence) inside its own span, else inside
// its sentence — or, without one, the publication date: a statement in
// the present or perfect holds at publication (a point), one in the past
// tense before it (an interval ending there), one in the future after it
// (an interval starting there). In an undated text a statement without
// time words gets no valid time (nil: unknown).
func Attach(rec *hebel.Record, sents []segment.Sentence, exprs []Expr, p *lang.Profile) {
	attach(rec, "", sents, exprs, p)
}

// AttachDoc is Attach on the one analysis of the record's text.
func AttachDoc(rec *hebel.Record, d *analysis.Doc, exprs []Expr) {
	attach(rec, d.Lower, d.Sentences, exprs, d.Profile)
}

func attach(rec *hebel.Record, lower string, sents []segment.Sentence, exprs []Expr, p *lang.Profile) {
	doc := &rec.Document
	cursors := make([]*cursor, len(sents))
	// The tense of the statement's own words: the stretch between clause
	// punctuation that holds the anchor, within its scope and sentence.
	tenseOf := func(k int, scope, anchor hebel.Span) Tense {
		if cursors[k] == nil {
			cursors[k] = newCursor(doc.Text, lower, sents[k], p)
		}
		c := cursors[k]
		from, to := 0, len(c.toks)
		for from < to && c.toks[from].End <= scope.Start {
			from++
		}
		for to > from && c.toks[to-1].Start >= scope.End {
			to--
		}
		at := from
		for at < to && c.toks[at].End <= anchor.Start {
			at++
		}
		lo, hi := at, at
		for lo > from && !c.clauseMark(lo-1) {
			lo--
		}
		for hi < to && !c.clauseMark(hi) {
			hi++
		}
		return c.tenseIn(lo, hi)
	}
	valid := func(scope []hebel.Span, anchor hebel.Span) *hebel.ValidTime {
		k := sentenceOf(sents, anchor)
		if e := governing(exprs, scope, anchor, sents, k); e != nil {
			v := e.Valid
			return &v
		}
		if k < 0 {
			return published(doc, Present)
		}
		return published(doc, tenseOf(k, scope[0], anchor))
	}
	for i := range rec.Claims {
		c := &rec.Claims[i]
		rec.Claims[i].Valid = valid([]hebel.Span{c.Span}, c.Quantity.Span)
	}
	for i := range rec.Relations {
		r := &rec.Relations[i]
		if len(r.Evidence) == 0 {
			r.Valid = published(doc, Present)
			continue
		}
		r.Valid = valid(r.Evidence, hebel.Span{Start: r.Evidence[0].Start, End: r.Evidence[0].Start})
	}
}

// clauseMark reports whether token i separates clauses: a comma,
// semicolon, colon or dash.
func (c *cursor) clauseMark(i int) bool {
	switch c.word(i) {
	case ",", ";", ":":
		return true
	}
	return c.isDash(i) && !c.joined(i)
}

// sentenceOf returns the index of the sentence holding s, -1 if none.
func sentenceOf(sents []segment.Sentence, s hebel.Span) int {
	lo, hi := 0, len(sents)
	for lo < hi {
		mid := (lo + hi) / 2
		if sents[mid].End <= s.Start {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(sents) && sents[lo].Start <= s.Start {
		return lo
	}
	return -1
}

// governing picks the expression nearest anchor inside scope, else inside
// sentence k; an expression that overlaps the anchor (the number itself)
// is not its time.
func governing(exprs []Expr, scope []hebel.Span, anchor hebel.Span, sents []segment.Sentence, k int) *Expr {
	best, bestD := -1, 0
	consider := func(in func(hebel.Span) bool) {
		for i := range exprs {
			e := exprs[i].Span
			if !in(e) || anchor.Len() > 0 && e.Overlaps(anchor) {
				continue
			}
			d := gap(e, anchor)
			if best < 0 || d < bestD {
				best, bestD = i, d
			}
		}
	}
	consider(func(e hebel.Span) bool {
		for _, s := range scope {
			if s.Contains(e) {
				return true
			}
		}
		return false
	})
	if best < 0 && k >= 0 {
		consider(func(e hebel.Span) bool { return sents[k].Span.Contains(e) })
	}
	if best < 0 {
		return nil
	}
	return &exprs[best]
}

// gap is the number of bytes between two spans (0 when they touch).
func gap(a, b hebel.Span) int {
	switch {
	case a.End <= b.Start:
		return b.Start - a.End
	case b.End <= a.Start:
		return a.Start - b.End
	}
	return 0
}

// published dates a statement without time words by the document's
// publication date and the statement's tense; nil for an undated text.
func published(doc *hebel.Document, t Tense) *hebel.ValidTime {
	if doc.Undated() {
		return nil
	}
	prec := precisionOr(doc.Dating.Precision)
	start := hebel.Truncate(doc.Published, prec)
	end := hebel.AddUnit(start, prec, 1)
	v := hebel.ValidTime{Precision: prec, Basis: hebel.BasisPublished}
	switch {
	case doc.Dating.UpperBound: // published on or before: all we know is the bound
		if t == Future {
			return nil
		}
		v.End = end
	case t == Past:
		v.End = end
	case t == Future:
		v.Start = start
	default:
		v.Start, v.End = start, start
	}
	return &v
}

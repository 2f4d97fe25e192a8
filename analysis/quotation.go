package analysis

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/internal/cancel"
	"github.com/hebel-project/hebel/segment"
)

// Quotation is one pair of quotation marks: Marks runs from the start of
// the opening mark to the end of the closing one, Inner is the text
// between the marks. Depth is 0 for an outermost pair, 1 for a pair inside
// it, and so on.
type Quotation struct {
	Marks, Inner hebel.Span
	Depth        int
}

// maxOpenMarks bounds the marks waiting for their closer: a deeper
// nesting is no quotation, and the bound keeps the pairing linear on
// hostile input. Marks that would open deeper are ignored.
const maxOpenMarks = 32

// mark is an open quotation mark waiting for its closer.
type mark struct {
	pos, size int
	closers   string // the runes that may close it
	single    bool
}

// quotations finds the quotation-mark pairs of text, outermost and nested,
// in order of their opening marks. It knows „…“ „…” ‚…‘ »…« «…» “…” ‘…’
// "…" and '…' (the last only inside another pair). A line break ends
// every pair still open unless the next line opens with the same mark (a
// quotation continued over paragraphs); pairs never closed are dropped.
func quotations(text string, stop *cancel.Poll) []Quotation {
	var out []Quotation
	var stack []mark
	push := func(m mark) {
		if len(stack) < maxOpenMarks {
			stack = append(stack, m)
		}
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		} else if r != '\n' && r != '"' && r != '\'' {
			i++
			continue
		}
		if stop.Stop() {
			return nil
		}
		switch r {
		case '\n':
			// continued quotation: the next line opens with the same mark
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r') {
				j++
			}
			if len(stack) > 0 && j < len(text) {
				nr, ns := utf8.DecodeRuneInString(text[j:])
				top := stack[len(stack)-1]
				if len(stack) == 1 && !top.single && text[top.pos:top.pos+top.size] == string(nr) {
					i = j + ns
					continue
				}
			}
			stack = stack[:0]
		case '„':
			push(mark{i, size, "“”\"", false})
		case '‚':
			push(mark{i, size, "‘’'", true})
		case '»', '«':
			if k := find(stack, r); k >= 0 {
				out = closeAt(out, &stack, k, i+size, size)
			} else if leftFlank(text, i, size) {
				other := "«"
				if r == '«' {
					other = "»"
				}
				push(mark{i, size, other, false})
			}
		case '“', '”', '"':
			if k := find(stack, r); k >= 0 && rightFlank(text, i) {
				out = closeAt(out, &stack, k, i+size, size)
			} else if leftFlank(text, i, size) && r != '”' || r == '”' && leftFlank(text, i, size) && !rightFlank(text, i) {
				closers := "”\""
				if r == '"' {
					closers = "\"”“"
				}
				push(mark{i, size, closers, false})
			} else if k >= 0 {
				out = closeAt(out, &stack, k, i+size, size)
			}
		case '‘', '’', '\'':
			if k := find(stack, r); k >= 0 && stack[k].single && rightFlank(text, i) && !letterAfter(text, i+size) {
				out = closeAt(out, &stack, k, i+size, size)
			} else if r != '’' && leftFlank(text, i, size) && (len(stack) > 0 || r == '‘') {
				push(mark{i, size, "’'‘", true})
			}
		}
		i += size
	}
	// Inner pairs close before outer ones: order by opening mark (each
	// mark opens at most one pair).
	slices.SortFunc(out, func(a, b Quotation) int { return a.Marks.Start - b.Marks.Start })
	return out
}

// find returns the index of the innermost open mark that r closes, or -1.
func find(stack []mark, r rune) int {
	for k := len(stack) - 1; k >= 0; k-- {
		for _, c := range stack[k].closers {
			if c == r {
				return k
			}
		}
		if !stack[k].single {
			return -1 // a double pair is not closed across an open one
		}
	}
	return -1
}

// closeAt closes stack[k] with a closing mark ending at end, dropping the
// marks opened inside it and never closed.
func closeAt(out []Quotation, stack *[]mark, k, end, size int) []Quotation {
	m := (*stack)[k]
	out = append(out, Quotation{
		Marks: hebel.Span{Start: m.pos, End: end},
		Inner: hebel.Span{Start: m.pos + m.size, End: end - size},
		Depth: k,
	})
	*stack = (*stack)[:k]
	return out
}

// leftFlank reports whether the mark at i may open: it is followed by a
// non-space and preceded by space, the text start, an opening bracket, a
// dash or another mark.
func leftFlank(text string, i, size int) bool {
	if i+size >= len(text) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	if unicode.IsSpace(next) {
		return false
	}
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '–' || prev == '—' || prev == '-' || prev == '/' ||
		prev == '„' || prev == '“' || prev == '"' || prev == '»' || prev == '«' || prev == '‚' || prev == '‘' || prev == '\'' || prev == ':'
}

// rightFlank reports whether the mark at i may close: it is preceded by a
// non-space.
func rightFlank(text string, i int) bool {
	if i == 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return !unicode.IsSpace(prev)
}

// letterAfter reports whether a letter follows at i (an apostrophe, not a
// closing mark: "don’t").
func letterAfter(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// flagQuotations sets FlagOpen, FlagClose and FlagQuoted.
func (d *Doc) flagQuotations() {
	k := 0 // next outermost pair that may hold a token
	for _, q := range d.Quotations {
		if i := d.TokenAt(q.Marks.Start); i < len(d.Tokens) && d.Tokens[i].Start == q.Marks.Start && d.Tokens[i].Kind == segment.Quote {
			d.Flags[i] |= FlagOpen
		}
		if i := d.TokenAt(q.Marks.End - 1); i < len(d.Tokens) && d.Tokens[i].End == q.Marks.End && d.Tokens[i].Kind == segment.Quote {
			d.Flags[i] |= FlagClose
		}
	}
	outer := d.Quotations[:0:0]
	for _, q := range d.Quotations {
		if q.Depth == 0 {
			outer = append(outer, q)
		}
	}
	for i, t := range d.Tokens {
		for k < len(outer) && outer[k].Marks.End <= t.Start {
			k++
		}
		if k < len(outer) && t.Start >= outer[k].Marks.Start && t.End <= outer[k].Marks.End {
			d.Flags[i] |= FlagQuoted
		}
	}
}

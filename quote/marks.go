package quote

import (
	"unicode"
	"unicode/utf8"
)

// region is one pair of quotation marks: Open is the byte offset of the
// opening mark, Close the offset just after the closing mark; the text
// between the marks is [InStart, InEnd). Depth is 0 for outermost pairs.
type region struct {
	Open, InStart, InEnd, Close int
	Depth                       int
}

// mark is an open quotation mark waiting for its closer.
type mark struct {
	pos, size int
	closers   string // the runes that may close it
	single    bool
}

// regions finds the quotation-mark pairs of text, outermost and nested,
// in order of their opening marks. It knows „…“ „…” ‚…‘ »…« «…» “…” ‘…’
// "…" and '…' (the last only inside another pair). A line break ends
// every pair still open unless the next line opens with the same mark
// (a quotation continued over paragraphs); pairs never closed are dropped.
func regions(text string) []region {
	var out []region
	var stack []mark
	var pending []int // indexes into out of pairs whose depth is final
	_ = pending
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
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
			stack = append(stack, mark{i, size, "“”\"", false})
		case '‚':
			stack = append(stack, mark{i, size, "‘’'", true})
		case '»', '«':
			if k := find(stack, r); k >= 0 {
				out = closeAt(out, &stack, k, i+size, size, text)
			} else if leftFlank(text, i, size) {
				other := "«"
				if r == '«' {
					other = "»"
				}
				stack = append(stack, mark{i, size, other, false})
			}
		case '“', '”', '"':
			if k := find(stack, r); k >= 0 && rightFlank(text, i, size) {
				out = closeAt(out, &stack, k, i+size, size, text)
			} else if leftFlank(text, i, size) && r != '”' || r == '”' && leftFlank(text, i, size) && !rightFlank(text, i, size) {
				closers := "”\""
				if r == '"' {
					closers = "\"”“"
				}
				stack = append(stack, mark{i, size, closers, false})
			} else if k >= 0 {
				out = closeAt(out, &stack, k, i+size, size, text)
			}
		case '‘', '’', '\'':
			if k := find(stack, r); k >= 0 && stack[k].single && rightFlank(text, i, size) && !letterAfter(text, i+size) {
				out = closeAt(out, &stack, k, i+size, size, text)
			} else if r != '’' && leftFlank(text, i, size) && (len(stack) > 0 || r == '‘') {
				stack = append(stack, mark{i, size, "’'‘", true})
			}
		}
		i += size
	}
	sortRegions(out)
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
func closeAt(out []region, stack *[]mark, k, end, size int, text string) []region {
	m := (*stack)[k]
	out = append(out, region{Open: m.pos, InStart: m.pos + m.size, InEnd: end - size, Close: end, Depth: k})
	*stack = (*stack)[:k]
	return out
}

// leftFlank reports whether the mark at i may open: it is followed by a
// non-space and preceded by space, the text start, an opening bracket,
// a dash or another mark.
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
func rightFlank(text string, i, size int) bool {
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

// sortRegions orders regions by their opening mark (insertion sort: the
// list is nearly sorted, inner pairs close before outer ones).
func sortRegions(rs []region) {
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j].Open < rs[j-1].Open; j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
}

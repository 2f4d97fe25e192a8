package http

import (
	"html"
	"html/template"
	"sort"
	"strconv"
	"strings"
)

// markSpan is one item to highlight in a text: the byte range [Start,
// End) of the text on rune boundaries, and what the mark says about it.
type markSpan struct {
	Start, End int
	ID         string // the span's anchor, unique in the page ("entity-3-2")
	Item       string // the item it belongs to ("entity-3"); spans of one item share it
	Kind       string // entity, claim, quote, relation
	Title      string // what hovering shows
	RuneStart  int    // Start and End in runes, as the public record has them
	RuneEnd    int
}

// markText returns text as HTML with every span in a <mark> element.
// Spans may overlap without nesting; a span that crosses the end of an
// enclosing one is split into several marks (the first with the item's
// id, the others with data-part) so that the elements nest. Spans out of
// the text's range or empty are left out. All text and attributes are
// escaped.
func markText(text string, spans []markSpan) template.HTML {
	spans = validSpans(text, spans)
	var b strings.Builder
	var open, active []int // indexes into spans, outermost first
	seen := make([]bool, len(spans))
	cuts := boundaries(text, spans)
	next := 0 // the first span not yet active
	for i := 0; i+1 < len(cuts); i++ {
		from, to := cuts[i], cuts[i+1]
		active, next = advance(spans, active, next, from)
		want := active
		k := commonPrefix(open, want)
		for j := len(open) - 1; j >= k; j-- {
			b.WriteString("</mark>")
		}
		for _, s := range want[k:] {
			writeOpenMark(&b, &spans[s], seen[s])
			seen[s] = true
		}
		open = append(open[:0], want...)
		b.WriteString(html.EscapeString(text[from:to]))
	}
	for range open {
		b.WriteString("</mark>")
	}
	return template.HTML(b.String())
}

// validSpans keeps the spans inside text, non-empty, on rune boundaries,
// ordered outermost first: by start, the longer first, then as given.
func validSpans(text string, spans []markSpan) []markSpan {
	out := make([]markSpan, 0, len(spans))
	for _, s := range spans {
		if 0 <= s.Start && s.Start < s.End && s.End <= len(text) && runeStart(text, s.Start) && runeStart(text, s.End) {
			out = append(out, s)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	return out
}

func runeStart(text string, i int) bool {
	return i == len(text) || text[i]&0xC0 != 0x80
}

// boundaries are 0, len(text) and every span's start and end, sorted,
// each once.
func boundaries(text string, spans []markSpan) []int {
	set := map[int]bool{0: true, len(text): true}
	for _, s := range spans {
		set[s.Start], set[s.End] = true, true
	}
	out := make([]int, 0, len(set))
	for p := range set {
		out = append(out, p)
	}
	sort.Ints(out)
	return out
}

// advance moves the active spans to the position at: it drops those
// that end there and adds those that start there (spans from next on,
// in order), keeping the outermost-first order. It returns the active
// spans and the first span not yet started.
func advance(spans []markSpan, active []int, next, at int) ([]int, int) {
	kept := active[:0]
	for _, s := range active {
		if spans[s].End > at {
			kept = append(kept, s)
		}
	}
	for next < len(spans) && spans[next].Start == at {
		kept = append(kept, next)
		next++
	}
	return kept, next
}

func commonPrefix(a, b []int) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// writeOpenMark writes the start tag of a mark of s: with the id for the
// first part of the item, data-part for the others.
func writeOpenMark(b *strings.Builder, s *markSpan, continued bool) {
	b.WriteString(`<mark data-kind="`)
	b.WriteString(html.EscapeString(s.Kind))
	b.WriteString(`" data-item="`)
	b.WriteString(html.EscapeString(s.Item))
	b.WriteString(`" data-start="`)
	b.WriteString(strconv.Itoa(s.RuneStart))
	b.WriteString(`" data-end="`)
	b.WriteString(strconv.Itoa(s.RuneEnd))
	if continued {
		b.WriteString(`" data-part="more`)
	} else {
		b.WriteString(`" tabindex="0" id="`)
		b.WriteString(html.EscapeString(s.ID))
	}
	b.WriteString(`" title="`)
	b.WriteString(html.EscapeString(s.Title))
	b.WriteString(`">`)
}

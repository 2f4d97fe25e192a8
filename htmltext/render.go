package htmltext

import (
	"strings"

	"golang.org/x/net/html"
)

// render turns the extracted content tree into plain text that keeps the
// page's structure: one paragraph, heading, list item or table row a line,
// a blank line after paragraphs and headings, table cells separated by a
// tab. Whitespace inside a paragraph collapses to single spaces except in
// <pre>. go-trafilatura's own ContentText joins everything with spaces,
// which loses the sentence break after a headline.
func render(n *html.Node) string {
	if n == nil {
		return ""
	}
	r := renderer{}
	r.walk(n, false)
	return strings.TrimSpace(r.b.String())
}

type renderer struct {
	b     strings.Builder
	pend  int  // newlines owed before the next text: 0, 1 or 2
	space bool // a space is owed before the next text
	start bool // something was written
}

func (r *renderer) brk(n int) {
	if n == 0 {
		return
	}
	if n > r.pend {
		r.pend = n
	}
	r.space = false
}

func (r *renderer) text(s string, pre bool) {
	if pre {
		r.flush()
		r.b.WriteString(s)
		return
	}
	lead := len(s) > 0 && isSpace(s[0])
	trail := len(s) > 0 && isSpace(s[len(s)-1])
	words := strings.Fields(s)
	if len(words) == 0 {
		if lead && r.start {
			r.space = true
		}
		return
	}
	if lead && r.start {
		r.space = true
	}
	r.flush()
	r.b.WriteString(strings.Join(words, " "))
	r.space = trail
}

func (r *renderer) flush() {
	if r.start {
		switch {
		case r.pend > 0:
			r.b.WriteString(strings.Repeat("\n", r.pend))
		case r.space:
			r.b.WriteByte(' ')
		}
	}
	r.pend, r.space, r.start = 0, false, true
}

func (r *renderer) walk(n *html.Node, pre bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			r.text(c.Data, pre)
		case html.ElementNode:
			switch c.Data {
			case "script", "style", "head", "title", "template":
				continue
			case "br":
				r.brk(1)
				continue
			case "td", "th", "cell":
				if r.start && r.pend == 0 {
					r.space = false
					r.b.WriteByte('\t')
				}
				r.walk(c, pre)
				continue
			}
			gap := blockGap(c.Data)
			r.brk(gap)
			r.walk(c, pre || c.Data == "pre")
			r.brk(gap)
		}
	}
}

// blockGap returns the newlines that separate an element with the given
// tag from its neighbours: 2 for paragraphs and headings, 1 for lines
// (list items, table rows), 0 for inline elements.
func blockGap(tag string) int {
	switch tag {
	case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "head", "blockquote",
		"quote", "pre", "code", "section", "article", "main", "body", "table",
		"ul", "ol", "dl", "list", "figure", "header", "footer", "aside", "hr",
		"details", "summary", "address", "form", "fieldset":
		return 2
	case "li", "item", "tr", "row", "dd", "dt", "figcaption", "caption", "lb":
		return 1
	}
	return 0
}

func isSpace(b byte) bool {
	return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f'
}

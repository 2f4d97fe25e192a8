package reader

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
)

// HTMLBudget bounds the structure of an HTML page before an HTML
// extractor sees it. Parsers and extractors build a tree whose cost grows
// with the nesting depth (recursive walks, element-scope searches along
// the stack of open elements) and with the number of nodes and attributes;
// a page of 100,000 nested elements or of nested tables makes them run
// for minutes or exhaust memory although it is only a megabyte, and a few
// hundred unclosed formatting elements (<b>, <font> …) make the HTML
// parser re-open all of them in every later paragraph. The budget is
// checked by one streaming pass of the HTML tokenizer, linear in the
// input, that builds no tree but follows the parser's stack of open
// elements and its list of formatting elements closely enough to count
// what the parser would build.
//
// A page over budget is flattened, not refused, and its text stays in
// place: a second pass writes every formatting and other element that the
// parser would close implicitly with an explicit end tag (so nothing is
// re-opened); elements nested deeper than MaxDepth, elements and comments
// past MaxElements, and elements past MaxDepthSum lose their tags (their
// text is kept where it was); attributes past MaxAttrs on an element or
// past MaxTotalAttrs on the page are dropped. A problem says what was
// changed.
type HTMLBudget struct {
	MaxDepth      int // open elements nested inside each other
	MaxElements   int // elements and comments the parser would build
	MaxDepthSum   int // the depths of all elements, added up
	MaxAttrs      int // attributes of one element
	MaxTotalAttrs int // attributes on the page
}

// Default HTML budget. golang.org/x/net/html refuses pages nested deeper
// than 512. go-trafilatura's time grows with the square of the number of
// elements and with elements times depth (measured on one core: 20,000
// elements 10 deep 0.5 s, 100,000 elements 9 s; 20,000 elements 100 deep
// 2.4 s, 250 deep 5 s; 2,000 elements 250 deep 0.4 s), so the budget bounds
// the elements and the sum of their depths. The 960 pages of the
// trafilatura evaluation set nest at most 42 deep and hold at most 10,112
// elements and a depth sum of 148,101 (TestHTMLBudgetEval): none is
// flattened.
const (
	DefaultMaxHTMLDepth      = 256
	DefaultMaxHTMLElements   = 30_000
	DefaultMaxHTMLDepthSum   = 1_000_000
	DefaultMaxHTMLAttrs      = 256
	DefaultMaxHTMLTotalAttrs = 1_000_000
)

// DefaultHTMLBudget returns the default budget.
func DefaultHTMLBudget() HTMLBudget {
	return HTMLBudget{
		MaxDepth:      DefaultMaxHTMLDepth,
		MaxElements:   DefaultMaxHTMLElements,
		MaxDepthSum:   DefaultMaxHTMLDepthSum,
		MaxAttrs:      DefaultMaxHTMLAttrs,
		MaxTotalAttrs: DefaultMaxHTMLTotalAttrs,
	}
}

// withDefaults fills zero fields with the defaults.
func (b HTMLBudget) withDefaults() HTMLBudget {
	d := DefaultHTMLBudget()
	if b.MaxDepth <= 0 {
		b.MaxDepth = d.MaxDepth
	}
	if b.MaxElements <= 0 {
		b.MaxElements = d.MaxElements
	}
	if b.MaxDepthSum <= 0 {
		b.MaxDepthSum = d.MaxDepthSum
	}
	if b.MaxAttrs <= 0 {
		b.MaxAttrs = d.MaxAttrs
	}
	if b.MaxTotalAttrs <= 0 {
		b.MaxTotalAttrs = d.MaxTotalAttrs
	}
	return b
}

// BoundHTML checks page against budget (zero fields: the defaults) and
// returns it unchanged when it fits, else a flattened copy and a message
// saying what was changed. It never fails and runs in time linear in
// len(page).
func BoundHTML(page []byte, budget HTMLBudget) (out []byte, problem string) {
	budget = budget.withDefaults()
	page, long := capAttributes(page, budget.MaxAttrs)
	count := &htmlScan{budget: budget}
	if count.run(page) && long == 0 {
		return page, ""
	}
	var b bytes.Buffer
	b.Grow(len(page))
	flat := &htmlScan{budget: budget, w: &b, long: long}
	flat.run(page)
	return b.Bytes(), flat.message()
}

// capAttributes returns page with the attributes of every start tag past
// the first max cut off, and how many tags were cut; page itself when none
// was. It runs before the tokenizer sees the page: golang.org/x/net/html
// checks every attribute of a tag against the others (a map per tag), so
// a tag of a million attributes costs seconds per pass. It skips comments
// and the content of raw-text elements (script, style …), whose '<' open
// no tags, and runs in time linear in len(page).
func capAttributes(page []byte, max int) ([]byte, int) {
	var out []byte
	last, cut := 0, 0
	for i := 0; i < len(page); {
		j := bytes.IndexByte(page[i:], '<')
		if j < 0 {
			break
		}
		i += j
		rest := page[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			k := bytes.Index(rest[4:], []byte("-->"))
			if k < 0 {
				i = len(page)
				continue
			}
			i += 4 + k + 3
		case len(rest) > 1 && isLetter(rest[1]):
			t := scanTag(rest, max)
			if t.keep < t.end {
				out = append(out, page[last:i+t.keep]...)
				out = append(out, '>')
				last = i + t.end
				cut++
			}
			i += t.end
			if name := strings.ToLower(string(rest[1:t.nameEnd])); rawTextElement(name) {
				if k := indexFold(page[i:], "</"+name); k >= 0 {
					i += k
				} else {
					i = len(page)
				}
			}
		default:
			i++
		}
	}
	if out == nil {
		return page, 0
	}
	return append(out, page[last:]...), cut
}

// rawTag is the extent of a start tag.
type rawTag struct {
	end     int // bytes up to and with its '>', or all when it has none
	nameEnd int // end of its name
	keep    int // bytes before its (max+1)-th attribute; end when it has no more
}

// scanTag reads the start tag at the head of b as the tokenizer does (a
// quoted value may hold '>').
func scanTag(b []byte, max int) rawTag {
	i := 1
	for i < len(b) && !isSpace(b[i]) && b[i] != '>' && b[i] != '/' {
		i++
	}
	t := rawTag{nameEnd: i, keep: -1}
	attrs := 0
	for i < len(b) {
		switch c := b[i]; {
		case c == '>':
			t.end = i + 1
			if t.keep < 0 {
				t.keep = t.end
			}
			return t
		case isSpace(c) || c == '/':
			i++
		case c == '=':
			i++
			for i < len(b) && isSpace(b[i]) {
				i++
			}
			if i < len(b) && (b[i] == '"' || b[i] == '\'') {
				k := bytes.IndexByte(b[i+1:], b[i])
				if k < 0 {
					i = len(b)
					continue
				}
				i += k + 2
				continue
			}
			for i < len(b) && !isSpace(b[i]) && b[i] != '>' {
				i++
			}
		default: // an attribute name
			if attrs++; attrs == max+1 {
				t.keep = i
			}
			for i < len(b) && !isSpace(b[i]) && b[i] != '>' && b[i] != '=' && b[i] != '/' {
				i++
			}
		}
	}
	t.end = len(b)
	if t.keep < 0 {
		t.keep = t.end
	}
	return t
}

// rawTextElement reports whether the tokenizer reads the content of tag as
// text up to its end tag.
func rawTextElement(tag string) bool {
	switch tag {
	case "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript":
		return true
	}
	return false
}

// indexFold returns the index of the ASCII-lower-case needle in b in any
// ASCII case, or -1.
func indexFold(b []byte, needle string) int {
	for i := 0; i+len(needle) <= len(b); {
		j := bytes.IndexByte(b[i:], needle[0])
		if j < 0 {
			return -1
		}
		i += j
		if i+len(needle) <= len(b) && strings.EqualFold(string(b[i:i+len(needle)]), needle) {
			return i
		}
		i++
	}
	return -1
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// endTagSearch is how far down the stack of open elements an end tag or
// an implied end looks for its element. Well-nested pages find it on top;
// bounding the search keeps a page of stray end tags linear.
const endTagSearch = 64

// openElement is one entry of the pass's stack of open elements.
type openElement struct {
	name    string
	key     string // formatting elements: tag and attributes, as the parser compares them
	kept    bool   // its start tag was written and its end tag will be
	implied bool   // the parser adds it (a <tbody>); no tag is written
}

// htmlScan is the state of one pass over a page. Without w it counts and
// stops at the first thing over budget; with w it writes the flattened
// page.
type htmlScan struct {
	budget HTMLBudget
	w      *bytes.Buffer
	z      *html.Tokenizer
	stack  []openElement
	depth  int // kept elements open

	// formatting is the parser's list of active formatting elements, as
	// far as counting needs it (counting mode only): the keys of the
	// entries, "" for a marker, and how many of them are closed and will
	// be re-opened.
	formatting []string
	closed     int

	elements, attrs, depthSum int
	maxDepth                  int // the deepest nesting met

	// What was changed, for the problem message.
	long, deep, excess, heavy, attrsDropped int
	over                                    bool
}

// run tokenises page. Counting, it reports whether the page fits;
// flattening, it writes the page and returns true.
func (s *htmlScan) run(page []byte) bool {
	s.z = html.NewTokenizer(bytes.NewReader(page))
	for !s.over {
		switch tt := s.z.Next(); tt {
		case html.ErrorToken:
			return !s.over
		case html.StartTagToken, html.SelfClosingTagToken:
			s.startTag(tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := s.z.TagName()
			s.endTag(string(name))
		case html.CommentToken:
			if s.count(1) {
				s.write(s.z.Raw())
			}
		case html.TextToken:
			s.reconstruct()
			s.write(s.z.Raw())
		default: // doctype
			s.write(s.z.Raw())
		}
	}
	return false
}

// write writes b when flattening.
func (s *htmlScan) write(b []byte) {
	if s.w != nil {
		s.w.Write(b)
	}
}

// count adds n nodes the parser would build and reports whether they fit
// the budget; counting, a node over budget ends the pass.
func (s *htmlScan) count(n int) bool {
	if s.elements+n > s.budget.MaxElements {
		s.excess += n
		s.over = s.w == nil
		return false
	}
	s.elements += n
	return true
}

// startTag takes a start tag.
func (s *htmlScan) startTag(selfClosing bool) {
	name, hasAttr := s.z.TagName()
	tag := string(name)
	s.impliedEnd(tag)
	if !block(tag) {
		s.reconstruct()
	}
	opens := !selfClosing && !void(tag)
	drop := func(counter *int) {
		*counter++
		s.over = s.w == nil
		if opens {
			s.stack = append(s.stack, openElement{name: tag})
		}
	}
	switch {
	case opens && s.depth >= s.budget.MaxDepth:
		drop(&s.deep)
		return
	case s.depthSum+s.depth+1 > s.budget.MaxDepthSum:
		drop(&s.heavy)
		return
	case !s.count(1):
		if opens {
			s.stack = append(s.stack, openElement{name: tag})
		}
		return
	}
	s.depthSum += s.depth + 1
	if tag == "tr" && len(s.stack) > 0 && s.stack[len(s.stack)-1].name == "table" {
		// The parser puts a <tbody> between; count it.
		s.push(openElement{name: "tbody", kept: true, implied: true})
	}
	attrs, dropped := s.attributes(hasAttr)
	if s.over {
		return
	}
	if s.w != nil && dropped {
		s.writeTag(tag, attrs, selfClosing)
	} else {
		s.write(s.z.Raw())
	}
	if !opens {
		return
	}
	e := openElement{name: tag, kept: true}
	if formatting(tag) && s.w == nil {
		e.key = string(s.z.Raw())
		s.addFormatting(e.key)
	}
	if marker(tag) && s.w == nil {
		s.formatting = append(s.formatting, "")
	}
	s.push(e)
}

// attr is one attribute of a start tag.
type attr struct{ key, val string }

// attributes reads the attributes of the current start tag within the
// budget and reports whether some were dropped; counting, it only counts
// them (and returns nil).
func (s *htmlScan) attributes(hasAttr bool) (attrs []attr, dropped bool) {
	n := 0
	for more := hasAttr; more; {
		var k, v []byte
		k, v, more = s.z.TagAttr()
		n++
		if n > s.budget.MaxAttrs || s.attrs >= s.budget.MaxTotalAttrs {
			s.attrsDropped++
			s.over = s.w == nil
			dropped = true
			continue
		}
		s.attrs++
		if s.w != nil {
			attrs = append(attrs, attr{string(k), string(v)})
		}
	}
	return attrs, dropped
}

// writeTag writes a start tag rebuilt with the attributes kept.
func (s *htmlScan) writeTag(tag string, attrs []attr, selfClosing bool) {
	s.w.WriteByte('<')
	s.w.WriteString(tag)
	for _, a := range attrs {
		s.w.WriteByte(' ')
		s.w.WriteString(a.key)
		s.w.WriteString(`="`)
		s.w.WriteString(html.EscapeString(a.val))
		s.w.WriteByte('"')
	}
	if selfClosing {
		s.w.WriteByte('/')
	}
	s.w.WriteByte('>')
}

// push opens an element.
func (s *htmlScan) push(e openElement) {
	s.stack = append(s.stack, e)
	if e.kept {
		s.depth++
		s.maxDepth = max(s.maxDepth, s.depth)
	}
}

// endTag takes an end tag: it closes the nearest open element of that
// name, and with it any left open above it. An end tag without an open
// element is written as it is (the parser ignores it).
func (s *htmlScan) endTag(tag string) {
	for i := len(s.stack) - 1; i >= 0 && i >= len(s.stack)-endTagSearch; i-- {
		if s.stack[i].name != tag {
			continue
		}
		kept := s.stack[i].kept
		if formatting(tag) && s.w == nil {
			s.removeFormatting(tag)
		}
		s.popTo(i + 1)
		s.pop()
		if kept {
			s.write(s.z.Raw())
		}
		return
	}
	if formatting(tag) && s.w == nil {
		s.removeFormatting(tag)
	}
	s.write(s.z.Raw())
}

// popTo closes the open elements above index i implicitly: flattening, it
// writes their end tags; counting, the formatting ones among them will be
// re-opened by the parser.
func (s *htmlScan) popTo(i int) {
	for len(s.stack) > i {
		e := s.stack[len(s.stack)-1]
		if e.kept && !e.implied && s.w != nil {
			s.w.WriteString("</" + e.name + ">")
		}
		if e.key != "" {
			s.closed++
		}
		s.pop()
	}
}

// pop closes the top element.
func (s *htmlScan) pop() {
	e := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	if e.kept {
		s.depth--
	}
	if marker(e.name) && s.w == nil {
		s.clearToMarker()
	}
}

// impliedEnd closes what a start tag closes without an end tag, as the
// HTML parser does: a block closes an open <p>; <li>, <dt>, <dd>, <tr>,
// <td>, <th> and <option> close an open one of their kind within their
// container. So pages with unclosed paragraphs and cells do not count as
// deep.
func (s *htmlScan) impliedEnd(tag string) {
	var closes []string
	var boundary func(string) bool
	switch {
	case closesP(tag):
		closes, boundary = []string{"p"}, func(n string) bool { return !formatting(n) && !phrasing(n) }
	case tag == "li":
		closes, boundary = []string{"li"}, func(n string) bool { return n == "ul" || n == "ol" || n == "menu" }
	case tag == "dt" || tag == "dd":
		closes, boundary = []string{"dt", "dd"}, func(n string) bool { return n == "dl" }
	case tag == "tr":
		closes, boundary = []string{"tr"}, tableSection
	case tag == "td" || tag == "th":
		closes, boundary = []string{"td", "th"}, func(n string) bool { return n == "tr" || tableSection(n) }
	case tag == "option":
		closes, boundary = []string{"option"}, func(n string) bool { return n == "select" || n == "datalist" || n == "optgroup" }
	default:
		return
	}
	for i := len(s.stack) - 1; i >= 0 && i >= len(s.stack)-endTagSearch; i-- {
		name := s.stack[i].name
		if contains(closes, name) {
			s.popTo(i + 1)
			if s.stack[i].kept && s.w != nil {
				s.w.WriteString("</" + name + ">")
			}
			s.pop()
			return
		}
		if boundary(name) {
			return
		}
	}
}

// addFormatting adds a formatting element to the list, keeping at most
// three equal ones after the last marker (the parser's "Noah's Ark").
func (s *htmlScan) addFormatting(key string) {
	same, first := 0, -1
	for i := len(s.formatting) - 1; i >= 0 && s.formatting[i] != ""; i-- {
		if s.formatting[i] == key {
			same++
			first = i
		}
	}
	if same >= 3 {
		s.formatting = append(s.formatting[:first], s.formatting[first+1:]...)
	}
	s.formatting = append(s.formatting, key)
}

// removeFormatting removes the last formatting element of tag from the
// list, as the end tag's adoption does.
func (s *htmlScan) removeFormatting(tag string) {
	for i := len(s.formatting) - 1; i >= 0 && s.formatting[i] != ""; i-- {
		if k := s.formatting[i]; strings.HasPrefix(k, "<"+tag) && len(k) > len(tag)+1 &&
			strings.IndexByte(" \t\n\f\r/>", k[len(tag)+1]) >= 0 {
			s.formatting = append(s.formatting[:i], s.formatting[i+1:]...)
			s.closed = max(0, s.closed-1)
			return
		}
	}
}

// clearToMarker drops the formatting elements after the last marker and
// the marker.
func (s *htmlScan) clearToMarker() {
	for len(s.formatting) > 0 {
		k := s.formatting[len(s.formatting)-1]
		s.formatting = s.formatting[:len(s.formatting)-1]
		if k == "" {
			break
		}
	}
	s.closed = min(s.closed, len(s.formatting))
}

// reconstruct counts the formatting elements the parser re-opens before
// text or an element: those closed implicitly since they were opened
// (counting mode; flattening closes them explicitly, so there are none).
func (s *htmlScan) reconstruct() {
	if s.closed == 0 || s.w != nil {
		return
	}
	n := min(s.closed, len(s.formatting))
	s.closed = 0
	if !s.count(n) {
		return
	}
	for _, k := range s.formatting[len(s.formatting)-n:] {
		if k == "" {
			continue
		}
		tag := k[1:]
		if i := strings.IndexAny(tag, " \t\n\f\r/>"); i >= 0 {
			tag = tag[:i]
		}
		s.push(openElement{name: strings.ToLower(tag), key: k, kept: true})
	}
}

func (s *htmlScan) message() string {
	var parts []string
	if s.long > 0 {
		parts = append(parts, fmt.Sprintf("%d start tags with more than %d attributes lost the rest", s.long, s.budget.MaxAttrs))
	}
	if s.deep > 0 {
		parts = append(parts, fmt.Sprintf("the tags of %d elements nested deeper than %d were dropped", s.deep, s.budget.MaxDepth))
	}
	if s.heavy > 0 {
		parts = append(parts, fmt.Sprintf("the tags of %d elements past a depth sum of %d were dropped", s.heavy, s.budget.MaxDepthSum))
	}
	if s.excess > 0 {
		parts = append(parts, fmt.Sprintf("the tags of %d nodes past %d were dropped", s.excess, s.budget.MaxElements))
	}
	if s.attrsDropped > 0 {
		parts = append(parts, fmt.Sprintf("%d attributes over the limit (%d per element, %d per page) were dropped",
			s.attrsDropped, s.budget.MaxAttrs, s.budget.MaxTotalAttrs))
	}
	if len(parts) == 0 {
		// Over budget only through formatting elements the parser would
		// re-open: the explicit end tags fixed that.
		return "HTML over budget, flattened (text kept): formatting elements left open were closed"
	}
	return "HTML over budget, flattened (text kept): " + strings.Join(parts, "; ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// closesP reports whether a start tag of tag closes an open <p>.
func closesP(tag string) bool {
	switch tag {
	case "p", "div", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6",
		"blockquote", "section", "article", "aside", "nav", "header", "footer", "main",
		"pre", "listing", "form", "hr", "figure", "figcaption", "address", "details", "summary",
		"fieldset", "center", "dir", "menu", "hgroup", "search", "dialog", "plaintext":
		return true
	}
	return false
}

// block reports whether the parser inserts an element of tag without
// first re-opening the formatting elements left open.
func block(tag string) bool {
	if closesP(tag) {
		return true
	}
	switch tag {
	case "li", "dt", "dd", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "colgroup", "col",
		"html", "head", "body", "title", "meta", "link", "script", "style", "base", "template", "frameset", "frame":
		return true
	}
	return false
}

func tableSection(n string) bool {
	return n == "table" || n == "tbody" || n == "thead" || n == "tfoot"
}

// void reports whether tag is an HTML void element (no end tag).
func void(tag string) bool {
	switch tag {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
		"param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image":
		return true
	}
	return false
}

// formatting reports whether the parser keeps tag in its list of active
// formatting elements.
func formatting(tag string) bool {
	switch tag {
	case "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u":
		return true
	}
	return false
}

// marker reports whether tag puts a marker in the list of active
// formatting elements.
func marker(tag string) bool {
	switch tag {
	case "td", "th", "caption", "applet", "object", "marquee", "template":
		return true
	}
	return false
}

// phrasing reports whether tag is phrasing content that a <p> may hold.
func phrasing(tag string) bool {
	switch tag {
	case "abbr", "bdi", "bdo", "cite", "data", "dfn", "kbd", "mark", "q", "samp", "span",
		"sub", "sup", "time", "var", "label", "img", "br", "wbr", "input", "select", "button", "textarea":
		return true
	}
	return false
}

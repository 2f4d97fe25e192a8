package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"

	"github.com/hebel-project/hebel"
)

// Namespaces that change what an element means.
const (
	nsAtom    = "http://www.w3.org/2005/Atom"
	nsContent = "http://purl.org/rss/1.0/modules/content/"
)

// parser holds the state of one Parse.
type parser struct {
	d        *xml.Decoder
	name     string
	kind     string // "rss", "rdf" or "atom"
	base     string // the feed's own link, for resolving relative item links
	depth    int
	seen     int // items met, kept or not
	items    []Item
	problems []hebel.Problem
}

func newParser(r io.Reader, name string) *parser {
	d := xml.NewDecoder(r)
	d.Strict = true
	// The fixed HTML entity table: no declarations are ever expanded.
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charsetReader
	return &parser{d: d, name: name}
}

// charsetReader decodes the encodings an XML declaration may name.
func charsetReader(label string, in io.Reader) (io.Reader, error) {
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, fmt.Errorf("unknown encoding %q", label)
	}
	return enc.NewDecoder().Reader(in), nil
}

// token returns the next token, keeping track of the nesting depth.
func (p *parser) token() (xml.Token, error) {
	tok, err := p.d.Token()
	if err != nil {
		return nil, err
	}
	switch tok.(type) {
	case xml.StartElement:
		p.depth++
		if p.depth > MaxDepth {
			return nil, errDepth
		}
	case xml.EndElement:
		p.depth--
	}
	return tok, nil
}

func (p *parser) problem(code, format string, args ...any) {
	p.problems = append(p.problems, hebel.Problem{Code: code, Message: fmt.Sprintf(format, args...), Extractor: extractorName})
}

// run finds the root element and then every item below it.
func (p *parser) run() error {
	if err := p.root(); err != nil {
		return err
	}
	for {
		tok, err := p.token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return p.fault(err)
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch {
		case p.isItem(start):
			p.seen++
			if p.seen > MaxItems {
				p.problem(hebel.ProblemSkippedItem, "more than %d items; the rest are skipped", MaxItems)
				return nil
			}
			it, err := p.item(start)
			if err != nil {
				return p.fault(fmt.Errorf("in item %d: %w", p.seen, err))
			}
			it.Index = p.seen
			if it.Title == "" && it.Link == "" && len(it.Content) == 0 {
				p.problem(hebel.ProblemSkippedItem, "item %d has no title, link or content; skipped", p.seen)
				continue
			}
			p.items = append(p.items, it)
		case p.base == "" && p.kind != "atom" && start.Name.Local == "link" && start.Name.Space != nsAtom && p.depth == 3:
			text, _, err := p.text(start, MaxShortFieldBytes)
			if err != nil {
				return p.fault(err)
			}
			p.base = canonicalURL(text, "")
		case p.base == "" && p.kind == "atom" && start.Name.Local == "link" && p.depth == 2:
			if rel := attr(start, "rel"); rel == "" || rel == "alternate" {
				p.base = canonicalURL(attr(start, "href"), "")
			}
		}
	}
}

// root reads up to the root element and says which kind of feed it is.
func (p *parser) root() error {
	for {
		tok, err := p.token()
		if err == io.EOF {
			return invalid(p.name, "not a feed: no root element")
		}
		if err != nil {
			return invalid(p.name, "not a feed: %v", err)
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch {
		case start.Name.Local == "rss":
			p.kind = "rss"
		case start.Name.Local == "RDF":
			p.kind = "rdf"
		case start.Name.Local == "feed" && (start.Name.Space == nsAtom || start.Name.Space == "" ||
			strings.HasPrefix(start.Name.Space, "http://purl.org/atom")):
			p.kind = "atom"
		default:
			return invalid(p.name, "not a feed: the root element is <%s>, not rss, RDF or an Atom feed", start.Name.Local)
		}
		return nil
	}
}

// fault turns a read or syntax error after the root into the result: an
// error if no item was kept, else a problem.
func (p *parser) fault(err error) error {
	var syn *xml.SyntaxError
	if !errors.As(err, &syn) && !errors.Is(err, errDepth) && !errors.Is(err, io.ErrUnexpectedEOF) {
		if _, ok := err.(*hebel.Error); !ok && !strings.Contains(err.Error(), "encoding") {
			return fmt.Errorf("reading feed %s: %w", p.name, err)
		}
	}
	if len(p.items) == 0 {
		return invalid(p.name, "malformed feed: %v", err)
	}
	p.problem(hebel.ProblemTruncated, "feed is malformed after %d good items; the rest is lost: %v", len(p.items), err)
	return nil
}

func (p *parser) isItem(start xml.StartElement) bool {
	if p.kind == "atom" {
		return start.Name.Local == "entry"
	}
	return start.Name.Local == "item" && start.Name.Space != nsAtom
}

// attr returns the value of the attribute local (any namespace).
func attr(start xml.StartElement, local string) string {
	for _, a := range start.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// text reads the character data up to start's end element, descendants'
// included, and reports whether it was cut at limit bytes (at a UTF-8
// character boundary).
func (p *parser) text(start xml.StartElement, limit int) (string, bool, error) {
	var b bytes.Buffer
	cut := false
	end := p.depth - 1
	for {
		tok, err := p.token()
		if err != nil {
			return "", false, eofIsUnexpected(err)
		}
		switch t := tok.(type) {
		case xml.CharData:
			if b.Len()+len(t) > limit {
				t = t[:max(0, limit-b.Len())]
				for len(t) > 0 && !utf8.RuneStart(t[len(t)-1]) {
					t = t[:len(t)-1]
				}
				if len(t) > 0 && !utf8.FullRune(t[lastRuneStart(t):]) {
					t = t[:lastRuneStart(t)]
				}
				cut = true
			}
			b.Write(t)
		case xml.EndElement:
			if p.depth == end {
				return b.String(), cut, nil
			}
		}
	}
}

// lastRuneStart returns the index of the last byte of b that starts a
// UTF-8 sequence, 0 when there is none.
func lastRuneStart(b []byte) int {
	for i := len(b) - 1; i >= 0; i-- {
		if utf8.RuneStart(b[i]) {
			return i
		}
	}
	return 0
}

// markup reads the content of an Atom xhtml element back into markup:
// element names without prefixes, attributes and text escaped.
func (p *parser) markup(start xml.StartElement) ([]byte, bool, error) {
	var b bytes.Buffer
	cut := false
	end := p.depth - 1
	for {
		tok, err := p.token()
		if err != nil {
			return nil, false, eofIsUnexpected(err)
		}
		if b.Len() > MaxFieldBytes {
			cut = true
			continue
		}
		switch t := tok.(type) {
		case xml.StartElement:
			b.WriteByte('<')
			b.WriteString(t.Name.Local)
			for _, a := range t.Attr {
				if a.Name.Space == "xmlns" || a.Name.Local == "xmlns" {
					continue
				}
				b.WriteString(" " + a.Name.Local + `="`)
				xml.EscapeText(&b, []byte(a.Value))
				b.WriteByte('"')
			}
			b.WriteByte('>')
		case xml.EndElement:
			if p.depth == end {
				return b.Bytes(), cut, nil
			}
			b.WriteString("</" + t.Name.Local + ">")
		case xml.CharData:
			xml.EscapeText(&b, t)
		}
	}
}

// skip consumes everything up to start's end element.
func (p *parser) skip() error {
	end := p.depth - 1
	for {
		tok, err := p.token()
		if err != nil {
			return eofIsUnexpected(err)
		}
		if _, ok := tok.(xml.EndElement); ok && p.depth == end {
			return nil
		}
	}
}

func eofIsUnexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

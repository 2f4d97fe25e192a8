// Package feed reads RSS and Atom feeds into items: RSS 2.0 (and the 0.9x
// dialects that share its shape), RSS 1.0 (RDF) and Atom 1.0. Each item
// keeps its title, canonical link, publication time, author and content
// (HTML or text) for the reader to turn into a document.
//
// Parse streams the document through encoding/xml. It expands no entities
// beyond the five predefined XML ones and the fixed HTML entity table
// (xml.HTMLEntity), so a DOCTYPE with entity declarations ("billion
// laughs") cannot grow the input; it caps the number of items, the size of
// each field and the nesting depth, so hostile input costs at most time
// linear in its size.
//
// Package feed does no I/O beyond reading the reader it is given, keeps no
// state and never logs. It does not fetch feeds, follow links or extract
// article text from HTML: that is the caller's (ingest, htmltext).
package feed

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
)

// Limits of one feed. Past MaxItems the rest of the feed is skipped with a
// problem; a content field (content, description, summary) longer than
// MaxFieldBytes and any other field (title, link, id, date, author)
// longer than MaxShortFieldBytes is cut off with an over_budget problem;
// an element nested deeper than MaxDepth ends the parse. A news article
// in a feed is rarely over 100 KB and its title under 300 bytes: a
// megabyte of content or a title of 16 KB is not news but an attack on
// the stages after the feed, whose work grows with the text.
const (
	MaxItems           = 10000
	MaxFieldBytes      = 1 << 20
	MaxShortFieldBytes = 16 << 10
	MaxDepth           = 256
)

// Content types of Item.Content.
const (
	HTML = "html"
	Text = "text"
)

// extractorName is what feed puts in Problem.Extractor.
const extractorName = "feed"

// Item is one entry of a feed.
type Item struct {
	Index       int             // position among the feed's items, from 1, skipped items counted
	Title       string          // plain text, "" when absent
	Link        string          // canonical absolute URL of the article, "" when absent
	Published   time.Time       // publication (else update) time; zero when absent or unreadable
	Author      string          // name (or e-mail address) of the author, "" when absent
	Content     []byte          // content:encoded, else description (RSS); content, else summary (Atom)
	ContentType string          // HTML or Text: how to read Content
	Problems    []hebel.Problem // what went wrong in this item without dropping it (an unreadable date)
}

// Parse reads the feed in r; name (a path or URL) only labels messages.
// It returns the feed's items in document order and the problems of the
// feed as a whole: items skipped because they have neither link, title nor
// content, items past MaxItems, and a feed cut off by malformed XML after
// at least one item (the items before the fault are kept).
//
// Errors, all *hebel.Error with code EINVALID: a document whose root
// element is not rss, RDF or an Atom feed, and a document malformed before
// its first item. A read error of r is returned wrapped.
func Parse(r io.Reader, name string) ([]Item, []hebel.Problem, error) {
	p := newParser(r, name)
	err := p.run()
	return p.items, p.problems, err
}

// Sniff reports whether the head of a document (its first KB suffices)
// looks like a feed: after an optional XML declaration, comments and
// processing instructions, its first element is rss, rdf:RDF or feed.
func Sniff(head []byte) bool {
	if len(head) > 4096 {
		head = head[:4096]
	}
	s := bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	for {
		s = bytes.TrimLeft(s, " \t\r\n")
		switch {
		case bytes.HasPrefix(s, []byte("<?")):
			i := bytes.Index(s, []byte("?>"))
			if i < 0 {
				return false
			}
			s = s[i+2:]
		case bytes.HasPrefix(s, []byte("<!--")):
			i := bytes.Index(s, []byte("-->"))
			if i < 0 {
				return false
			}
			s = s[i+3:]
		case bytes.HasPrefix(s, []byte("<!")): // DOCTYPE
			i := bytes.IndexByte(s, '>')
			if i < 0 {
				return false
			}
			s = s[i+1:]
		case bytes.HasPrefix(s, []byte("<")):
			tag := s[1:]
			if i := bytes.IndexAny(tag, " \t\r\n/>"); i >= 0 {
				tag = tag[:i]
			}
			if j := bytes.IndexByte(tag, ':'); j >= 0 {
				tag = tag[j+1:]
			}
			switch strings.ToLower(string(tag)) {
			case "rss", "rdf", "feed":
				return true
			}
			return false
		default:
			return false
		}
	}
}

// invalid returns an EINVALID *hebel.Error about the feed name.
func invalid(name, format string, args ...any) error {
	return &hebel.Error{Code: hebel.EINVALID, Op: "feed.Parse " + name, Message: fmt.Sprintf(format, args...)}
}

// errDepth ends a parse nested deeper than MaxDepth.
var errDepth = errors.New("elements nested deeper than the limit")

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

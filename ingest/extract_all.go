package ingest

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/feed"
	"github.com/hebel-project/hebel/reader"
)

// Kinds of input ExtractAll tells apart.
const (
	kindDocument = iota // one document: text or HTML
	kindFeed            // an RSS or Atom feed: one document per item
	kindWARC            // a WARC file: one document per HTML or text response
)

// sniffBytes is how much of an input is looked at to tell its kind.
const sniffBytes = 1024

// ExtractAll reads one input that may hold several documents and calls fn
// once per document, in input order: an RSS or Atom feed gives one per
// item, a WARC file one per response (or resource) record with an HTML or
// text payload, any other input one, as Extract does.
//
// The kind is told by the name (.rss, .atom, .feed, .xml; .warc,
// .warc.gz) or else by the content: "<rss", "<rdf:RDF" or "<feed" as the
// first element within the first KB, or "WARC/1." at the start (also
// inside gzip). A forced format (Read.Format) reads the input as one
// document.
//
// Feed items and WARC records go through the reader with the item's link
// or the record's target URI as URL, and through the pipeline; the item's
// title, link, publication time and author fill the document where the
// reader left them empty. A document's Source is the input's name with
// "#item-n" (the n-th item of the feed, skipped ones counted) or "#record-n" (the n-th record of
// the WARC file) appended.
//
// Every failure, whether of the whole input, of one item or one record,
// is passed to fn as an *InputError naming what failed (for WARC records
// with the record's offset), with a nil record; the others go on. A WARC
// file larger than Read.MaxBytes is read, but each record is held to that
// limit. ExtractAll returns what fn returns, which ends it, or ctx.Err().
//
// ExtractAll is Run on one input: documents are extracted in parallel,
// each held to the Budget, and passed to fn in order.
func (x *Extractor) ExtractAll(ctx context.Context, in Input, fn func(*hebel.Record, error) error) error {
	return x.Run(ctx, []Input{in}, func(r Result) error {
		if r.EndOfInput {
			return nil
		}
		return fn(r.Record, r.Err)
	})
}

// ExtractBytes reads data, already in memory, as the input name — format
// "" keeps the Extractor's setting (guess, or the forced format), "text"
// or "html" force one — and runs the pipeline: what Extract does once the
// input is loaded, for callers that hold the bytes, such as the HTTP API;
// the document is held to the Budget. A failure to read is an *InputError
// naming the input. No metadata file
// is looked up by name (name may come from a client); Published applies.
func (x *Extractor) ExtractBytes(ctx context.Context, name, format string, data []byte) (*hebel.Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ropts := x.Read
	if format != "" {
		ropts.Format = format
	}
	return x.runBudgeted(ctx, name, len(data), func(ctx context.Context) (*hebel.Record, error) {
		doc, problems, err := reader.Read(name, data, ropts)
		if err != nil {
			return nil, &InputError{Name: name, Err: err}
		}
		return x.run(ctx, doc, problems, "")
	})
}

// inputKind tells a feed or a WARC file from a single document.
func inputKind(name string, head []byte) int {
	if isWARCName(name) {
		return kindWARC
	}
	switch filepath.Ext(strings.ToLower(name)) {
	case ".rss", ".atom", ".feed", ".xml":
		return kindFeed
	}
	if bytes.HasPrefix(head, []byte("WARC/1.")) {
		return kindWARC
	}
	if isGzip(head) && gzipWARC(head) {
		return kindWARC
	}
	if feed.Sniff(head) {
		return kindFeed
	}
	return kindDocument
}

// isWARCName reports whether a file name ends in .warc or .warc.gz.
func isWARCName(name string) bool {
	lower := strings.ToLower(name)
	return strings.HasSuffix(lower, ".warc") || strings.HasSuffix(lower, ".warc.gz")
}

// splitFeed splits a feed into one part per item.
func (x *Extractor) splitFeed(ctx context.Context, in Input, data []byte, pos int64, fn func(*Part, error) error) error {
	items, problems, err := feed.Parse(bytes.NewReader(data), in.Name)
	if err != nil {
		return fn(nil, &InputError{Name: in.Name, Err: err})
	}
	for _, p := range problems {
		if err := fn(nil, &InputError{Name: in.Name, Err: hebel.Errorf(hebel.EINVALID, "%s", p.Message)}); err != nil {
			return err
		}
	}
	for _, it := range items {
		if err := ctx.Err(); err != nil {
			return err
		}
		name := fmt.Sprintf("%s#item-%d", in.Name, it.Index)
		p, err := itemPart(name, it)
		if p != nil {
			p.pos = pos
			x.addPublished(p)
		}
		if err := fn(p, err); err != nil {
			return err
		}
	}
	return nil
}

// itemPart returns the part of one feed item: its content (an HTML
// fragment wrapped into a page), the item's title, link and author for
// what the page leaves empty, and its date offered at day precision.
func itemPart(name string, it feed.Item) (*Part, error) {
	if len(it.Content) == 0 {
		return nil, &InputError{Name: name, Err: hebel.Errorf(hebel.EINVALID, "item has no content")}
	}
	p := &Part{
		Name: name, Format: reader.FormatText, URL: it.Link, Title: it.Title, Author: it.Author,
		Data: it.Content, Problems: it.Problems,
	}
	if it.ContentType == feed.HTML {
		p.Format = reader.FormatHTML
		p.Data = wrapFragment(it.Content)
	}
	if !it.Published.IsZero() {
		p.Dates = []DateOffer{{Time: it.Published, Dating: hebel.Dating{Source: hebel.DateFromFeed, Precision: hebel.PrecisionDay}}}
	}
	return p, nil
}

// wrapFragment makes an HTML fragment from a feed into a page, so that
// the HTML extractor finds a body and an article in it.
func wrapFragment(fragment []byte) []byte {
	if bytes.Contains(bytes.ToLower(fragment[:min(len(fragment), sniffBytes)]), []byte("<html")) {
		return fragment
	}
	var b bytes.Buffer
	b.Grow(len(fragment) + 64)
	b.WriteString("<!DOCTYPE html><html><body><article>\n")
	b.Write(fragment)
	b.WriteString("\n</article></body></html>")
	return b.Bytes()
}

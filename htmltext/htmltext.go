// Package htmltext turns one HTML page into its main text and metadata
// (title, author, date, canonical URL). It is the one package that imports
// go-trafilatura; everything it returns is a root-package type.
//
// It expects UTF-8 input (package reader decodes charsets first), does no
// I/O, keeps no state between calls, never logs, and never panics: a panic
// inside the library becomes an EINTERNAL error naming the input. It does
// not normalise the text (NFC, line ends) or compute document ids; that is
// package reader's job.
package htmltext

import (
	"bytes"
	"fmt"
	nurl "net/url"
	"runtime/debug"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
	htmldate "github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// Focus trades precision against recall.
type Focus int

// Focus values, as go-trafilatura names them.
const (
	Balanced  Focus = iota // the middle ground
	Precision              // less text, less boilerplate
	Recall                 // more text, even when unsure
)

// Default option values. Measured on the 960 pages of the trafilatura
// evaluation set (go test ./htmltext -run TestEvalCompare -eval -v):
// F1 0.918 at 17.9 ms/page CPU with the fallback chain, 0.908 at
// 11.3 ms/page without; bare go-trafilatura 0.915 / 0.904 at 24.6 / 17.9.
const (
	DefaultFallback = true
	DefaultFocus    = Balanced
)

// Options says how to extract.
type Options struct {
	// Fallback also runs go-readability and go-domdistiller and keeps the
	// best of the three candidates: about 1.6× the CPU time, F1 +0.01.
	Fallback bool

	// Focus trades precision against recall.
	Focus Focus

	// Comments keeps reader comments below the article. Off by default:
	// comments are not the article.
	Comments bool

	// ThoroughDates scans the whole page for a publication date with
	// natural-language date parsing (slow). Off: the date comes from
	// metadata and a fast scan.
	ThoroughDates bool
}

// The window of publication dates go-htmldate accepts. Its default upper
// end is a year after the clock's date; a fixed one keeps the extraction
// of a page the same whatever day it runs (nothing reads the clock to
// decide what a text means).
var (
	minDate = time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	maxDate = time.Date(2099, 12, 31, 0, 0, 0, 0, time.UTC)
)

// DefaultOptions returns the options the command line uses.
func DefaultOptions() Options {
	return Options{Fallback: DefaultFallback, Focus: DefaultFocus}
}

// Extract returns the main text of the page in data and its metadata as a
// Document with Text, Title, Author, URL, Published (with its Dating:
// source html, day precision) and Format ("html") filled; ID, Source and Lang are left for the caller. url is where the
// page came from ("" when unknown); the page's canonical URL wins over it.
//
// Errors: a page without article text (only navigation, footers, forms)
// gives EINVALID "no article text found"; a failure or panic inside the
// library gives EINTERNAL naming the input.
func Extract(data []byte, url string, opts Options) (doc *hebel.Document, err error) {
	const op = "htmltext.Extract"
	name := url
	if name == "" {
		name = fmt.Sprintf("%d bytes of HTML", len(data))
	}
	defer func() {
		if r := recover(); r != nil {
			doc = nil
			err = &hebel.Error{
				Code:    hebel.EINTERNAL,
				Op:      op,
				Message: fmt.Sprintf("HTML extractor panicked on %s", name),
				Err:     fmt.Errorf("%v\n%s", r, debug.Stack()),
			}
		}
	}()

	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, &hebel.Error{Code: hebel.EINVALID, Op: op, Message: "parsing " + name, Err: err}
	}
	if !hasArticleText(root) {
		return nil, noArticle(op, name)
	}

	topts := trafilatura.Options{
		EnableFallback:  opts.Fallback,
		Focus:           focus(opts.Focus),
		ExcludeComments: !opts.Comments,
		HtmlDateMode:    trafilatura.Fast,
		EnableLog:       false,
	}
	topts.HtmlDateOptions = &htmldate.Options{UseOriginalDate: true,
		SkipExtensiveSearch: !opts.ThoroughDates, MinDate: minDate, MaxDate: maxDate}
	if u, perr := nurl.ParseRequestURI(url); url != "" && perr == nil {
		topts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(root, topts)
	if err != nil {
		// go-trafilatura's errors are anonymous; with our options the only
		// ones left say the text is too short.
		return nil, &hebel.Error{Code: hebel.EINVALID, Op: op,
			Message: fmt.Sprintf("no article text found in %s", name), Err: err}
	}
	text := dropRepeatedParagraphs(render(res.ContentNode))
	if text == "" {
		text = strings.TrimSpace(res.ContentText)
	}
	if opts.Comments {
		if c := render(res.CommentsNode); c != "" {
			text += "\n\n" + c
		}
	}
	if text == "" {
		return nil, noArticle(op, name)
	}

	m := res.Metadata
	doc = &hebel.Document{
		Title:     strings.TrimSpace(m.Title),
		Author:    strings.TrimSpace(m.Author),
		URL:       strings.TrimSpace(m.URL),
		Published: m.Date,
		Format:    "html",
		Text:      text,
	}
	if doc.URL == "" {
		doc.URL = url
	}
	if !doc.Published.IsZero() {
		doc.Dating = hebel.Dating{Source: hebel.DateFromHTML, Precision: hebel.PrecisionDay}
	}
	return doc, nil
}

func noArticle(op, name string) error {
	return &hebel.Error{Code: hebel.EINVALID, Op: op,
		Message: fmt.Sprintf("no article text found in %s", name)}
}

func focus(f Focus) trafilatura.ExtractionFocus {
	switch f {
	case Precision:
		return trafilatura.FavorPrecision
	case Recall:
		return trafilatura.FavorRecall
	}
	return trafilatura.Balanced
}

// dropRepeatedParagraphs removes a paragraph that repeats the one right
// before it. go-trafilatura's content tree holds some paragraphs twice on
// small pages (its baseline extraction appends what the main pass already
// kept: <body><p>x</p></body> gives <p>x</p><p>x</p>), while its own
// ContentText does not; a paragraph said twice in a row is never the
// article's.
func dropRepeatedParagraphs(text string) string {
	paras := strings.Split(text, "\n\n")
	out := paras[:0]
	for i, p := range paras {
		if i > 0 && p == paras[i-1] {
			continue
		}
		out = append(out, p)
	}
	return strings.Join(out, "\n\n")
}

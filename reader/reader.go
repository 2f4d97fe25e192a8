// Package reader turns the raw bytes of one input into a hebel.Document:
// it refuses empty, oversized and binary input, decodes the text (UTF-8,
// UTF-16 with a byte-order mark, declared HTML charsets, Windows-1252 as
// the last resort), hands HTML to an extractor, and normalises the result
// (NFC, \n line ends, no control characters, no trailing spaces, at most
// one blank line in a row). Walk lists the files under a directory.
//
// The HTML seam: reader does not import the HTML extractor. Options.HTML
// is a function value that takes UTF-8 HTML and returns a Document with
// Text and whatever metadata it found; cmd/hebel wires htmltext.Extract
// into it, tests use a fake. Reader owns decoding and normalisation, so
// every extractor sees UTF-8 and every document's text obeys the same
// rules whatever produced it.
//
// Reader does no I/O except in Walk, keeps no state, and never logs.
// Problems that do not stop the reading (a guessed encoding, a page cut
// off) are returned as hebel.Problem values beside the document.
package reader

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/hebel-project/hebel"
)

// DefaultMaxBytes is the default size limit of one input: 20 MB.
const DefaultMaxBytes = 20 << 20

// Formats an input can be read as.
const (
	FormatText = "text"
	FormatHTML = "html"
)

// HTMLFunc extracts the main text and metadata of one HTML page. data is
// UTF-8; url is where the page came from, "" when unknown. It returns a
// Document whose Text, Title, Author, URL and Published it fills as far as
// it can; reader normalises Text and sets ID, Source and Format. A page
// without article text should give an EINVALID *hebel.Error.
type HTMLFunc func(data []byte, url string) (*hebel.Document, error)

// Options says how to read one input.
type Options struct {
	// MaxBytes is the largest input accepted; 0 means DefaultMaxBytes.
	MaxBytes int64

	// Format forces the input format: "" (detect), "text" or "html".
	Format string

	// HTML extracts text from HTML. When nil, HTML input gives
	// EUNSUPPORTED.
	HTML HTMLFunc

	// HTMLBudget bounds the structure of HTML pages before HTML sees
	// them; zero fields take the defaults (DefaultHTMLBudget).
	HTMLBudget HTMLBudget
}

// DefaultOptions returns options with the default size limit, format
// detection and no HTML extractor.
func DefaultOptions() Options {
	return Options{MaxBytes: DefaultMaxBytes}
}

// extractorName is what reader puts in Problem.Extractor.
const extractorName = "reader"

// Read turns data, read from name (a path, "-" for stdin, or a URL), into
// a Document with normalised Text, ID, Source, Format and, for HTML, the
// metadata the extractor found.
//
// Errors, all *hebel.Error: EINVALID for empty input, input over the size
// limit, an unknown forced format, and input with no text left after
// extraction; EUNSUPPORTED for binary input and for HTML without an HTML
// extractor; whatever the HTML extractor returns, wrapped.
func Read(name string, data []byte, opts Options) (*hebel.Document, []hebel.Problem, error) {
	const op = "reader.Read"
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	switch {
	case len(data) == 0:
		return nil, nil, &hebel.Error{Code: hebel.EINVALID, Op: op, Message: "empty input"}
	case int64(len(data)) > limit:
		return nil, nil, &hebel.Error{Code: hebel.EINVALID, Op: op, Message: fmt.Sprintf(
			"input is %d bytes, over the limit of %d; raise it with --max-bytes", len(data), limit)}
	}
	format := opts.Format
	switch format {
	case "", FormatText, FormatHTML:
	default:
		return nil, nil, &hebel.Error{Code: hebel.EINVALID, Op: op,
			Message: fmt.Sprintf("unknown format %q; want text or html", format)}
	}

	var problems []hebel.Problem
	var text string
	enc, body := byteOrderMark(data)
	if enc != "" {
		text = decodeBOM(enc, body)
		if kind := binaryKind([]byte(text)); kind != "" {
			return nil, nil, &hebel.Error{Code: hebel.EUNSUPPORTED, Op: op,
				Message: fmt.Sprintf("binary input (%s after UTF-16 decoding)", kind)}
		}
		if format == "" {
			format = detectFormat(name, []byte(text))
		}
	} else {
		if kind := binaryKind(body); kind != "" {
			return nil, nil, &hebel.Error{Code: hebel.EUNSUPPORTED, Op: op,
				Message: fmt.Sprintf("binary input (%s)", kind)}
		}
		if format == "" {
			format = detectFormat(name, body)
		}
		var problem string
		text, problem = decode(body, format == FormatHTML)
		if problem != "" {
			problems = append(problems, hebel.Problem{
				Code: hebel.ProblemEncoding, Message: problem, Extractor: extractorName})
		}
	}

	doc := &hebel.Document{}
	if format == FormatHTML {
		if opts.HTML == nil {
			return nil, problems, &hebel.Error{Code: hebel.EUNSUPPORTED, Op: op,
				Message: "HTML input needs an HTML extractor"}
		}
		if truncatedHTML(text) {
			problems = append(problems, hebel.Problem{Code: hebel.ProblemTruncated,
				Message:   "HTML ends without </body> or </html>; the page may be cut off",
				Extractor: extractorName})
		}
		page, flattened := BoundHTML([]byte(text), opts.HTMLBudget)
		if flattened != "" {
			problems = append(problems, hebel.Problem{Code: hebel.ProblemOverBudget,
				Message: flattened, Extractor: extractorName})
		}
		got, err := opts.HTML(page, pageURL(name))
		if err != nil {
			return nil, problems, fmt.Errorf("reading HTML of %s: %w", name, err)
		}
		if got == nil {
			return nil, problems, &hebel.Error{Code: hebel.EINTERNAL, Op: op,
				Message: "HTML extractor returned neither document nor error"}
		}
		*doc = *got
		text = doc.Text
	}

	text = Normalize(text)
	if text == "" {
		return nil, problems, &hebel.Error{Code: hebel.EINVALID, Op: op, Message: "no text"}
	}
	doc.Text = text
	doc.ID = hebel.DocumentID(text)
	doc.Source = name
	doc.Format = format
	return doc, problems, nil
}

// pageURL returns name when it is an http(s) URL, else "".
func pageURL(name string) string {
	if strings.HasPrefix(name, "http://") || strings.HasPrefix(name, "https://") {
		return name
	}
	return ""
}

// detectFormat says whether data from name is HTML: by the name's
// extension (.html, .htm, .xhtml), else by content: the first non-space
// byte is '<' and the first KB holds <!doctype html, <html, <head or
// <body (any case).
func detectFormat(name string, data []byte) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	}
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	trimmed := strings.TrimLeft(string(head), " \t\r\n\f")
	if !strings.HasPrefix(trimmed, "<") {
		return FormatText
	}
	lower := strings.ToLower(trimmed)
	for _, marker := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if strings.Contains(lower, marker) {
			return FormatHTML
		}
	}
	return FormatText
}

// truncatedHTML reports whether an HTML page lacks both </body> and
// </html>.
func truncatedHTML(s string) bool {
	return !containsFold(s, "</body") && !containsFold(s, "</html")
}

// containsFold reports whether s contains the ASCII-lower-case needle in
// any ASCII case.
func containsFold(s, needle string) bool {
	for i := 0; i+len(needle) <= len(s); i++ {
		j := strings.IndexByte(s[i:], needle[0])
		if j < 0 {
			return false
		}
		i += j
		if i+len(needle) <= len(s) && strings.EqualFold(s[i:i+len(needle)], needle) {
			return true
		}
	}
	return false
}

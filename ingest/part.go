package ingest

import (
	"bufio"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dating"
	"github.com/hebel-project/hebel/reader"
)

// Part is one document of an input, split off but not yet read: its raw
// bytes with what the container and the files beside it said about it (a
// feed item's title, link and date, a WARC record's target URI and capture
// time, a sidecar's metadata, the date the user gave). It is the unit of
// work a queue carries from the process that splits inputs to the
// workers that extract them, which need nothing but the Part. A plain
// file is one Part.
type Part struct {
	Name     string          // the document's source: a path, path#item-n, path#record-n
	Format   string          // "text" or "html" when known, "" to guess
	URL      string          // the link or target URI, "" when unknown
	Title    string          // from the container, for a page that names none
	Author   string          // from the container
	Data     []byte          // the raw bytes, at most Read.MaxBytes
	Problems []hebel.Problem // what the container reported about this document
	Dates    []DateOffer     // publication dates the container offers, in order
	Metas    []MetaDate      // metadata files and the user's date, applied last

	pos int64 // bytes of the input read when the part was split off, for progress
}

// DateOffer is a publication date a container offers for its document
// (dating.Offer).
type DateOffer struct {
	Time   time.Time
	Dating hebel.Dating
}

// MetaDate is metadata from a sidecar, an index or the command line, to
// apply to the document (dating.Apply), or the problem that kept it from
// being read.
type MetaDate struct {
	Meta    dating.Meta
	Source  string         // hebel.DateFromSidecar, DateFromIndex or DateFromFlag
	Where   string         // the file or flag it came from
	Problem *hebel.Problem // set instead when the metadata could not be read
}

// SplitAll splits one input into its documents as ExtractAll does (a feed
// into items, a WARC file into responses, anything else into one) and
// calls fn once per document with its Part, without reading or extracting
// it, or with the error of what could not be split off (an *InputError).
// Metadata files beside a plain file are read here, so that the part
// carries them. It returns what fn returns, which ends it, or ctx.Err().
func (x *Extractor) SplitAll(ctx context.Context, in Input, fn func(*Part, error) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	r, size, closeInput, err := x.open(in)
	if err != nil {
		return fn(nil, err)
	}
	defer closeInput()
	cr := &countingReader{r: r}
	br := bufio.NewReaderSize(cr, 64<<10)
	head, _ := br.Peek(sniffBytes)
	src, readName := io.Reader(br), in.Name
	if x.Read.Format == "" && isGzip(head) && !gzipWARC(head) {
		// A compressed document or feed (page.html.gz): split what is
		// inside, told by the name without .gz; the size limit holds for
		// the uncompressed bytes.
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fn(nil, errorf(in.Name, "reading gzip: %v", err))
		}
		defer zr.Close()
		zbr := bufio.NewReaderSize(zr, 64<<10)
		head, _ = zbr.Peek(sniffBytes)
		src, readName = zbr, gunzippedName(in.Name)
	}
	kind := kindDocument
	if x.Read.Format == "" {
		kind = inputKind(readName, head)
	}
	if kind == kindWARC {
		return x.splitWARC(ctx, in, src, cr, fn)
	}
	if limit := x.maxBytes(); readName == in.Name && size > limit {
		return fn(nil, errorf(in.Name, "input is %d bytes, over the limit of %d; raise it with --max-bytes", size, limit))
	}
	data, err := x.readLimited(in, src)
	if err != nil {
		return fn(nil, err)
	}
	if kind == kindFeed {
		return x.splitFeed(ctx, in, data, cr.n, fn)
	}
	p := &Part{Name: in.Name, Format: x.Read.Format, Data: data, Metas: x.fileMetas(in.Name), pos: cr.n}
	if readName != in.Name {
		p.Format, _ = reader.Sniff(readName, data)
	}
	x.addPublished(p)
	return fn(p, nil)
}

// addPublished adds the date the user gave (--published), which outranks
// every other source.
func (x *Extractor) addPublished(p *Part) {
	if !x.Published.Published.IsZero() {
		p.Metas = append(p.Metas, MetaDate{Meta: x.Published, Source: hebel.DateFromFlag, Where: "--published"})
	}
}

// ExtractPart reads one part into a document, fills what the reader left
// empty from the container, dates it (the container's dates, then the
// metadata files and the user's date) and runs the pipeline. It reads no
// file: everything comes with the part. A failure to read is an
// *InputError naming the part. It is ExtractPartContext without a
// context or budget.
func (x *Extractor) ExtractPart(p *Part) (*hebel.Record, error) {
	return x.ExtractPartContext(context.Background(), p)
}

// ExtractPartContext is ExtractPart that stops when ctx is done: when a
// budget stopped it (see Budget), the record holds the document without
// extractions and an over_budget problem; otherwise it returns ctx's
// error. The Budget itself is applied by the callers that run parts
// (Run, Extract, ExtractBytes), which also give up on a part whose HTML
// extraction does not stop.
func (x *Extractor) ExtractPartContext(ctx context.Context, p *Part) (*hebel.Record, error) {
	opts := x.Read
	if p.Format != "" {
		opts.Format = p.Format
	}
	name := p.Name
	if p.URL != "" {
		name = p.URL
	}
	doc, problems, err := reader.Read(name, p.Data, opts)
	if err != nil {
		return nil, &InputError{Name: p.Name, Err: withCuts(err, p.Problems)}
	}
	doc.Source = p.Name
	p.fill(doc)
	problems = append(append([]hebel.Problem(nil), p.Problems...), problems...)
	for _, d := range p.Dates {
		if pr := dating.Offer(doc, d.Time, d.Dating); pr != nil {
			problems = append(problems, *pr)
		}
	}
	problems = append(problems, applyMetas(doc, p.Metas)...)
	return x.pipeline(ctx, doc, problems)
}

// fill sets the document's title, URL and author the reader left empty
// from the part.
func (p *Part) fill(doc *hebel.Document) {
	if doc.Title == "" {
		doc.Title = p.Title
	}
	if doc.URL == "" {
		doc.URL = p.URL
	}
	if doc.Author == "" {
		doc.Author = p.Author
	}
}

// applyMetas applies metadata to doc in order and returns the problems.
func applyMetas(doc *hebel.Document, metas []MetaDate) []hebel.Problem {
	var out []hebel.Problem
	for _, m := range metas {
		if m.Problem != nil {
			out = append(out, *m.Problem)
			continue
		}
		out = append(out, dating.Apply(doc, m.Meta, m.Source, m.Where)...)
	}
	return out
}

// withCuts adds to err what the container cut from the part (a feed field
// over its limit), which may be why it could not be read.
func withCuts(err error, problems []hebel.Problem) error {
	for _, pr := range problems {
		if pr.Code == hebel.ProblemOverBudget {
			err = &hebel.Error{Code: hebel.ErrorCode(err), Message: fmt.Sprintf("%s (%s)", hebel.ErrorMessage(err), pr.Message)}
		}
	}
	return err
}

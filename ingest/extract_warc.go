package ingest

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/reader"
	"github.com/hebel-project/hebel/warc"
)

// DefaultMaxReported is how many damaged records of one WARC file are
// reported one by one; the rest are counted in one error at the end.
const DefaultMaxReported = 20

// splitWARC splits a WARC stream into one part per document record.
// Damaged records are passed on as errors, the first MaxReported one by
// one and the rest as one summary at the end; cr counts the bytes of the
// input read, for progress.
func (x *Extractor) splitWARC(ctx context.Context, in Input, r io.Reader, cr *countingReader, fn func(*Part, error) error) error {
	wr := warc.NewReader(r)
	maxReported := x.MaxReported
	if maxReported <= 0 {
		maxReported = DefaultMaxReported
	}
	damaged := 0
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		name := fmt.Sprintf("%s#record-%d", in.Name, n)
		rec, err := wr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			if damaged++; damaged <= maxReported {
				if err := fn(nil, &InputError{Name: name, Err: err}); err != nil {
					return err
				}
			}
			continue
		}
		if !rec.IsDocument() {
			continue
		}
		p := x.recordPart(name, rec)
		p.pos = cr.n
		x.addPublished(p)
		if err := fn(p, nil); err != nil {
			return err
		}
	}
	if more := damaged - maxReported; more > 0 {
		return fn(nil, &InputError{Name: in.Name, Err: hebel.Errorf(hebel.EINVALID,
			"%d more damaged records not reported one by one (%d in all)", more, damaged)})
	}
	return nil
}

// recordPart returns the part of one WARC record: its payload, read as
// HTML or text as its content type says, with its target URI when that
// is an http(s) URL, and the capture time offered as an upper bound of
// the publication date (the page's own date, when it has one, ranks
// higher).
func (x *Extractor) recordPart(name string, wrec *warc.Record) *Part {
	format := x.Read.Format
	ct := strings.ToLower(wrec.ContentType)
	switch {
	case strings.Contains(ct, "html"):
		format = reader.FormatHTML
	case strings.HasPrefix(ct, "text/plain"):
		format = reader.FormatText
	}
	url := wrec.TargetURI
	if !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://") {
		url = ""
	}
	p := &Part{Name: name, Format: format, URL: url, Data: wrec.Payload}
	if !wrec.Date.IsZero() {
		p.Dates = []DateOffer{{Time: wrec.Date, Dating: hebel.Dating{Source: hebel.DateFromWARC, Precision: hebel.PrecisionDay, UpperBound: true,
			Note: "crawled " + wrec.Date.UTC().Format(time.RFC3339) + "; published on or before"}}}
	}
	return p
}

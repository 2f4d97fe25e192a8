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

// splitWARC splits a WARC stream into one part per document record.
func (x *Extractor) splitWARC(ctx context.Context, in Input, r io.Reader, fn func(*Part, error) error) error {
	wr := warc.NewReader(r)
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		name := fmt.Sprintf("%s#record-%d", in.Name, n)
		rec, err := wr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if err := fn(nil, &InputError{Name: name, Err: err}); err != nil {
				return err
			}
			continue
		}
		if !rec.IsDocument() {
			continue
		}
		p := x.recordPart(name, rec)
		x.addPublished(p)
		if err := fn(p, nil); err != nil {
			return err
		}
	}
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

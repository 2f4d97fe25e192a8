package ingest

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dating"
	"github.com/hebel-project/hebel/reader"
	"github.com/hebel-project/hebel/warc"
)

// extractWARC reads every document record of a WARC stream.
func (x *Extractor) extractWARC(ctx context.Context, in Input, r io.Reader, fn func(*hebel.Record, error) error) error {
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
		if err := fn(x.extractRecord(name, rec)); err != nil {
			return err
		}
	}
}

// extractRecord reads one WARC record's payload into a record.
func (x *Extractor) extractRecord(name string, wrec *warc.Record) (*hebel.Record, error) {
	opts := x.Read
	ct := strings.ToLower(wrec.ContentType)
	switch {
	case strings.Contains(ct, "html"):
		opts.Format = reader.FormatHTML
	case strings.HasPrefix(ct, "text/plain"):
		opts.Format = reader.FormatText
	}
	url := wrec.TargetURI
	if !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://") {
		url = ""
	}
	src := url
	if src == "" {
		src = name
	}
	doc, problems, err := reader.Read(src, wrec.Payload, opts)
	if err != nil {
		return nil, &InputError{Name: name, Err: err}
	}
	doc.Source = name
	if doc.URL == "" {
		doc.URL = url
	}
	// The capture time bounds the publication date from above; the page's
	// own date, when it has one, ranks higher.
	if p := dating.Offer(doc, wrec.Date, hebel.Dating{Source: hebel.DateFromWARC, Precision: hebel.PrecisionDay, UpperBound: true,
		Note: "crawled " + wrec.Date.UTC().Format(time.RFC3339) + "; published on or before"}); p != nil {
		problems = append(problems, *p)
	}
	return x.run(doc, problems, ""), nil
}

package http

import (
	"context"
	"io"
	"mime"
	nethttp "net/http"
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/record"
)

// sourceName is the document source of a posted body without ?source=.
const sourceName = "api"

// extract answers POST /api/extract: the body is one document, text or
// HTML (see bodyFormat for the Content-Types read). ?source= names the
// document's source (a URL is kept as the page URL); ?store=1 also stores
// the record, answering 201 when it was new; storing is a write.
func (s *Server) extract(w nethttp.ResponseWriter, r *nethttp.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, "store", "source"); err != nil {
		return err
	}
	store, err := boolParam(q.Get("store"), "store")
	if err != nil {
		return err
	}
	name, err := textParam(q.Get("source"), "source")
	if err != nil {
		return err
	}
	if name == "" {
		name = sourceName
	}
	if store {
		if !s.checkWrite(w, r) {
			return nil
		}
		if s.RecordStore == nil {
			return notConfigured("record store")
		}
	}
	format, err := bodyFormat(r.Header.Get("Content-Type"))
	if err != nil {
		return err
	}
	data, err := io.ReadAll(nethttp.MaxBytesReader(w, r.Body, s.maxBody()))
	if err != nil {
		return err
	}
	rec, err := s.runExtract(r.Context(), name, format, data)
	if err != nil {
		return err
	}
	status := nethttp.StatusOK
	if store {
		created, err := s.RecordStore.PutRecord(r.Context(), rec, false)
		if err != nil {
			return err
		}
		if created {
			status = nethttp.StatusCreated
			w.Header().Set("Location", "/api/docs/"+rec.Document.ID)
		}
	}
	return s.writeJSON(w, status, record.FromRecord(rec))
}

func (s *Server) maxBody() int64 {
	if s.MaxBody <= 0 {
		return DefaultMaxBody
	}
	return s.MaxBody
}

// runExtract runs the extractor in one of the server's slots. It returns
// as soon as ctx is done (the client hung up or the server shuts down):
// the extractor is told through ctx and its slot stays taken until it has
// stopped, so abandoned requests cannot pile up work beyond the slots.
func (s *Server) runExtract(ctx context.Context, name, format string, data []byte) (*hebel.Record, error) {
	if s.Extract == nil {
		return nil, notConfigured("extractor")
	}
	s.init()
	select {
	case s.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, clientGone(ctx)
	}
	type result struct {
		rec *hebel.Record
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() { <-s.slots }()
		defer func() {
			if v := recover(); v != nil {
				s.logger().Error("http: panic in extraction", "source", name, "panic", v)
				done <- result{err: &hebel.Error{Code: hebel.EINTERNAL, Op: "extracting", Message: "extractor failed"}}
			}
		}()
		rec, err := s.Extract(ctx, name, format, data)
		done <- result{rec, err}
	}()
	select {
	case res := <-done:
		if res.err != nil && ctx.Err() != nil {
			return nil, clientGone(ctx)
		}
		return res.rec, res.err
	case <-ctx.Done():
		return nil, clientGone(ctx)
	}
}

// clientGone is the error of work stopped because its request ended.
// Nobody reads the answer; the status is for the log (499 as nginx has
// it).
func clientGone(ctx context.Context) error {
	return &statusError{499, "request canceled: " + context.Cause(ctx).Error()}
}

// bodyFormat returns the input format a Content-Type names: "html" for
// text/html and application/xhtml+xml, "text" for text/plain, "" (detect)
// when there is none, for application/octet-stream and for
// application/x-www-form-urlencoded (what curl sends by default for
// --data-binary). Any other type is EUNSUPPORTED: it is not text, and
// reading it as text would extract garbage.
func bodyFormat(contentType string) (string, error) {
	if contentType == "" {
		return "", nil
	}
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return "", hebel.Errorf(hebel.EINVALID, "malformed Content-Type %s", quoteParam(contentType))
	}
	if cs, ok := params["charset"]; ok && !knownCharset(cs) {
		return "", hebel.Errorf(hebel.EUNSUPPORTED, "charset %s is not read; send UTF-8, UTF-16 or Latin-1 (Windows-1252)", quoteParam(cs))
	}
	switch strings.ToLower(mt) {
	case "text/html", "application/xhtml+xml":
		return "html", nil
	case "text/plain":
		return "text", nil
	case "application/octet-stream", "application/x-www-form-urlencoded":
		return "", nil
	}
	return "", hebel.Errorf(hebel.EUNSUPPORTED, "Content-Type %s is not read; send text/plain or text/html", quoteParam(mt))
}

// knownCharset reports whether the reader decodes the charset (it detects
// the encoding itself; a declared charset it cannot decode is refused
// rather than misread).
func knownCharset(cs string) bool {
	switch strings.ToLower(strings.Trim(cs, `"`)) {
	case "utf-8", "utf8", "us-ascii", "ascii", "utf-16", "utf-16le", "utf-16be",
		"iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252":
		return true
	}
	return false
}

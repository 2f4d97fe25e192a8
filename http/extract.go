package http

import (
	"io"
	"mime"
	nethttp "net/http"
	"strings"

	"github.com/hebel-project/hebel"
)

// sourceName is the document source of a posted body without ?source=.
const sourceName = "api"

// extract answers POST /api/extract: the body is one document, text or
// HTML. Content-Type text/html (or application/xhtml+xml) reads it as
// HTML, text/plain as text, anything else detects the format from the
// content. ?source= names the document's source (a URL is kept as the
// page URL); ?store=1 also stores the record, answering 201 when it was
// new.
func (s *Server) extract(w nethttp.ResponseWriter, r *nethttp.Request) error {
	if s.Extract == nil {
		return notConfigured("extractor")
	}
	q := r.URL.Query()
	store, err := boolParam(q.Get("store"), "store")
	if err != nil {
		return err
	}
	if store && s.RecordStore == nil {
		return notConfigured("record store")
	}
	name := q.Get("source")
	if name == "" {
		name = sourceName
	}
	max := s.MaxBody
	if max <= 0 {
		max = DefaultMaxBody
	}
	data, err := io.ReadAll(nethttp.MaxBytesReader(w, r.Body, max))
	if err != nil {
		return err
	}
	rec, err := s.Extract(r.Context(), name, bodyFormat(r.Header.Get("Content-Type")), data)
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
	return s.writeRecord(w, status, rec)
}

// bodyFormat returns the input format a Content-Type names: "html",
// "text", or "" to detect it.
func bodyFormat(contentType string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	switch strings.ToLower(mt) {
	case "text/html", "application/xhtml+xml":
		return "html"
	case "text/plain":
		return "text"
	}
	return ""
}

// boolParam parses a flag-like query parameter: "", "0", "false" are
// false; "1", "true" are true; anything else is EINVALID.
func boolParam(v, name string) (bool, error) {
	switch strings.ToLower(v) {
	case "", "0", "false":
		return false, nil
	case "1", "true":
		return true, nil
	}
	return false, hebel.Errorf(hebel.EINVALID, "%s must be 1 or 0, not %q", name, v)
}

// Package http serves Hebel as a JSON API: the stored documents and their
// public records, extraction of a posted text or HTML page, and the
// leverage of one state over another.
//
// It speaks only root-package interfaces and functions injected by
// cmd/hebel: it never imports a concrete store, never reads flags or the
// environment, and keeps the one table from error codes to HTTP statuses
// (see statusOf). Error bodies are JSON, {"error": "message"}; internal
// errors are logged and not shown to clients.
package http

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	nethttp "net/http"
	"strconv"
	"time"

	"github.com/hebel-project/hebel"
)

// DefaultMaxBody is the largest request body accepted when Server.MaxBody
// is zero: 20 MiB, the reader's default input limit.
const DefaultMaxBody = 20 << 20

// ExtractFunc reads one posted document and returns its record. name is
// where the document came from (a URL, or "api"); format is "text",
// "html" or "" to detect it from name and content. A document that cannot
// be read gives an *hebel.Error (EINVALID for empty input, EUNSUPPORTED
// for binary input).
type ExtractFunc func(ctx context.Context, name, format string, data []byte) (*hebel.Record, error)

// Server holds what the API serves. Set the fields, then call Handler.
// A nil RecordStore, Extract or World makes the routes that need it answer
// 500 with a logged error.
type Server struct {
	RecordStore hebel.RecordStore
	Extract     ExtractFunc
	// World returns the world the leverage route models; it is called
	// once per request, so it should cache (sync.OnceValues). The model
	// must not modify it.
	World   func() (*hebel.World, error)
	Logger  *slog.Logger // nil: discard
	MaxBody int64        // largest request body in bytes; 0: DefaultMaxBody
}

// Handler returns the API's routes:
//
//	GET  /healthz                    {"status": "ok"}
//	GET  /api/docs?lang=&limit=&offset=  stored documents, newest first, with the total
//	GET  /api/docs/{id}              the public record of a stored document (unique id prefix allowed)
//	POST /api/extract?store=1&source=    the public record of the body (text or HTML)
//	GET  /api/leverage/{a}/{b}?year=&headroom=  as 'hebel leverage A B --format json'
func (s *Server) Handler() nethttp.Handler {
	mux := nethttp.NewServeMux()
	route := func(method, path string, h func(nethttp.ResponseWriter, *nethttp.Request) error) {
		mux.HandleFunc(method+" "+path, func(w nethttp.ResponseWriter, r *nethttp.Request) {
			if err := h(w, r); err != nil {
				s.writeError(w, r, err)
			}
		})
		// The same path without a method is less specific: it catches
		// the other methods and answers 405 in JSON.
		mux.HandleFunc(path, func(w nethttp.ResponseWriter, r *nethttp.Request) {
			w.Header().Set("Allow", method)
			s.writeStatus(w, nethttp.StatusMethodNotAllowed, "method "+r.Method+" not allowed; use "+method)
		})
	}
	route("GET", "/healthz", s.health)
	route("GET", "/api/docs", s.listDocs)
	route("GET", "/api/docs/{id}", s.showDoc)
	route("POST", "/api/extract", s.extract)
	route("GET", "/api/leverage/{a}/{b}", s.leverage)
	mux.HandleFunc("/", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		s.writeStatus(w, nethttp.StatusNotFound, "no route "+r.URL.Path)
	})
	return s.recoverer(mux)
}

func (s *Server) health(w nethttp.ResponseWriter, r *nethttp.Request) error {
	return s.writeJSON(w, nethttp.StatusOK, map[string]string{"status": "ok"})
}

// statuses is the one table from Hebel's error codes to HTTP statuses.
var statuses = map[string]int{
	hebel.EINVALID:     nethttp.StatusBadRequest,
	hebel.ENOTFOUND:    nethttp.StatusNotFound,
	hebel.ECONFLICT:    nethttp.StatusConflict,
	hebel.EUNSUPPORTED: nethttp.StatusUnsupportedMediaType,
	hebel.EINTERNAL:    nethttp.StatusInternalServerError,
}

// statusOf returns the HTTP status for err: 413 for a body over the limit,
// else the status of its error code.
func statusOf(err error) int {
	var tooLarge *nethttp.MaxBytesError
	if errors.As(err, &tooLarge) {
		return nethttp.StatusRequestEntityTooLarge
	}
	if st, ok := statuses[hebel.ErrorCode(err)]; ok {
		return st
	}
	return nethttp.StatusInternalServerError
}

// writeError answers with err's status and message. Internal errors are
// logged with their detail; the client sees only "internal error".
func (s *Server) writeError(w nethttp.ResponseWriter, r *nethttp.Request, err error) {
	st := statusOf(err)
	msg := hebel.ErrorMessage(err)
	var tooLarge *nethttp.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		msg = "request body over the limit of " + strconv.FormatInt(tooLarge.Limit, 10) + " bytes"
	case st == nethttp.StatusInternalServerError:
		s.logger().ErrorContext(r.Context(), "http: internal error", "method", r.Method, "path", r.URL.Path, "err", err)
		msg = "internal error"
	}
	s.writeStatus(w, st, msg)
}

// writeStatus answers with status and the JSON error body {"error": msg}.
func (s *Server) writeStatus(w nethttp.ResponseWriter, status int, msg string) {
	_ = s.writeJSON(w, status, map[string]string{"error": msg})
}

// writeJSON writes v as indented JSON, as the command line does. A write
// error (the client went away) is logged at debug level and returned nil:
// nothing more can be said to the client.
func (s *Server) writeJSON(w nethttp.ResponseWriter, status int, v any) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		s.logger().Debug("http: writing response", "err", err)
	}
	return nil
}

// recoverer turns a panic in a handler into a logged 500 instead of a
// dropped connection.
func (s *Server) recoverer(next nethttp.Handler) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		start := time.Now()
		defer func() {
			if v := recover(); v != nil {
				if v == nethttp.ErrAbortHandler {
					panic(v)
				}
				s.logger().ErrorContext(r.Context(), "http: panic", "method", r.Method, "path", r.URL.Path, "panic", v)
				s.writeStatus(w, nethttp.StatusInternalServerError, "internal error")
			}
		}()
		next.ServeHTTP(w, r)
		s.logger().DebugContext(r.Context(), "http: request", "method", r.Method, "path", r.URL.Path, "took", time.Since(start))
	})
}

func (s *Server) logger() *slog.Logger {
	if s.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return s.Logger
}

// notConfigured is the error of a route whose dependency is missing.
func notConfigured(what string) error {
	return &hebel.Error{Code: hebel.EINTERNAL, Op: "http", Message: what + " not configured"}
}

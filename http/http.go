// Package http serves Hebel to people and programs: a JSON API over the
// stored documents, their records, actors, relations, full-text search,
// extraction, leverage, rank, what-if, report and exports, described by an
// OpenAPI 3.1 document at /api/openapi.json; and a web UI (ui.go:
// server-rendered HTML from templates in html/, one style sheet and a
// little JavaScript in assets/, all embedded): the stored documents at /,
// a reader at /docs/{id} that marks each extracted item at its offsets,
// search with facets (/search), ingest by paste or upload (/ingest: a
// write, needing AllowWrites, the form's per-server token and the Token
// when set), figures with their estimates on a time axis (/figures),
// actors (/actors/{id}), the actor graph (/graph) and leverage pairs with
// a what-if form (/leverage), drawn by package chart as inline SVG.
//
// It speaks only root-package interfaces and functions injected by
// cmd/hebel: it never imports a concrete store, never reads flags or the
// environment, and keeps the one table from error codes to HTTP statuses
// (see statusOf). Error bodies are JSON, {"error": "message"}; internal
// errors are logged and not shown to clients.
//
// It is safe by default (see guard.go): only IP-literal, localhost or
// configured Host headers are served, cross-origin writes are refused,
// and nothing is written unless AllowWrites is set (and the Token given,
// when one is set).
package http

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	nethttp "net/http"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/leverage"
)

// DefaultMaxBody is the largest request body accepted when Server.MaxBody
// is zero: 20 MiB, the reader's default input limit.
const DefaultMaxBody = 20 << 20

// ExtractFunc reads one posted document and returns its record. name is
// where the document came from (a URL, or "api"); format is "text",
// "html" or "" to detect it from name and content. A document that cannot
// be read gives an *hebel.Error (EINVALID for empty input, EUNSUPPORTED
// for binary input). It should stop early, with ctx's error, when ctx is
// done: the client went away.
type ExtractFunc func(ctx context.Context, name, format string, data []byte) (*hebel.Record, error)

// Server holds what the API serves. Set the fields, then call Handler.
// A nil dependency makes the routes that need it answer 500 with a logged
// error.
type Server struct {
	RecordStore hebel.RecordStore
	SearchStore hebel.SearchStore // search and the document filters by actor, type and date
	ActorStore  hebel.ActorStore  // actors, relations, the graph
	FigureStore hebel.FigureStore // figures consolidated across documents, timelines
	Extract     ExtractFunc
	// World returns the world the leverage routes model. It is called
	// again only when WorldVersion changes; the model must not modify it.
	World func() (*hebel.World, error)
	// WorldVersion returns a value that changes whenever World would
	// return other data (datasets loaded, articles stored); it is called
	// once per leverage request and should be cheap. Nil: the world does
	// not change while the server runs.
	WorldVersion func(ctx context.Context) (string, error)
	// StateName returns the English name of a state by its ISO 3166-1
	// alpha-3 code, and whether the code is known. Nil accepts every
	// code of three letters.
	StateName func(code string) (string, bool)
	Logger    *slog.Logger // nil: discard
	MaxBody   int64        // largest request body in bytes; 0: DefaultMaxBody

	// AllowWrites lets requests store documents; without it every write
	// answers 403.
	AllowWrites bool
	// Token, when set, must come with every write (Authorization: Bearer
	// TOKEN, or the form field "token"). cmd/hebel requires one for
	// writes on a non-loopback address.
	Token string
	// Hosts are host names served beside IP literals and localhost (the
	// names this server is reached by through a proxy or DNS).
	Hosts []string
	// ExtractSlots is the most extractions run at once; 0: GOMAXPROCS.
	// Requests beyond it wait for a slot as long as their client does.
	ExtractSlots int

	once    sync.Once
	csrf    string // the token in the UI's forms
	slots   chan struct{}
	memo    *memo
	answers *memo // encoded answers of the aggregate routes
	models  *leverage.Cache
}

// route is one method and path pattern of the API or the UI.
type route struct {
	method, path string
	api          bool // described in the OpenAPI document
	h            func(nethttp.ResponseWriter, *nethttp.Request) error
}

// routes lists every route the server answers.
func (s *Server) routes() []route {
	api := func(method, path string, h func(nethttp.ResponseWriter, *nethttp.Request) error) route {
		return route{method: method, path: path, api: true, h: h}
	}
	return append([]route{
		api("GET", "/healthz", s.health),
		api("GET", "/api/docs", s.listDocs),
		api("GET", "/api/docs/{id}", s.showDoc),
		api("GET", "/api/docs/{id}/report", s.docReport),
		api("GET", "/api/records", s.listRecords),
		api("POST", "/api/extract", s.extract),
		api("GET", "/api/search", s.search),
		api("GET", "/api/actors", s.listActors),
		api("GET", "/api/actors/{id}", s.showActor),
		api("GET", "/api/relations", s.listRelations),
		api("GET", "/api/graph", s.graph),
		api("GET", "/api/leverage/{a}/{b}", s.leverage),
		api("GET", "/api/rank/{a}", s.rank),
		api("GET", "/api/whatif", s.whatIf),
		api("GET", "/api/export/{format}", s.export),
		api("GET", "/api/figures", s.listFigures),
		api("GET", "/api/figures/{id}", s.showFigure),
		api("GET", "/api/timeline/{actor}", s.showTimeline),
		api("GET", "/api/openapi.json", s.openAPI),
	}, s.uiRoutes()...)
}

// Handler returns the server's routes behind the Host and cross-origin
// guards. Unknown paths answer 404 and known paths with another method
// 405, both in JSON for /api/ and as a page otherwise.
func (s *Server) Handler() nethttp.Handler {
	s.init()
	mux := nethttp.NewServeMux()
	allowed := map[string][]string{}
	for _, rt := range s.routes() {
		rt := rt
		mux.HandleFunc(rt.method+" "+rt.path, func(w nethttp.ResponseWriter, r *nethttp.Request) {
			if err := rt.h(w, r); err != nil {
				s.writeError(w, r, err)
			}
		})
		allowed[rt.path] = append(allowed[rt.path], rt.method)
	}
	for path, methods := range allowed {
		allow := joinMethods(methods)
		// The same path without a method is less specific: it catches
		// the other methods and answers 405.
		mux.HandleFunc(path, func(w nethttp.ResponseWriter, r *nethttp.Request) {
			w.Header().Set("Allow", allow)
			s.writeError(w, r, &statusError{nethttp.StatusMethodNotAllowed, "method " + r.Method + " not allowed; use " + allow})
		})
	}
	mux.HandleFunc("/", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		s.writeError(w, r, &statusError{nethttp.StatusNotFound, "no route " + r.URL.Path})
	})
	return s.recoverer(s.guard(mux))
}

// RoutePatterns returns "METHOD /path" of every API route, for tests that
// compare the server with its OpenAPI document.
func (s *Server) RoutePatterns() []string {
	var out []string
	for _, rt := range s.routes() {
		if rt.api {
			out = append(out, rt.method+" "+rt.path)
		}
	}
	return out
}

func joinMethods(ms []string) string {
	var b bytes.Buffer
	for i, m := range ms {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(m)
	}
	return b.String()
}

func (s *Server) init() {
	s.once.Do(func() {
		n := s.ExtractSlots
		if n <= 0 {
			n = runtime.GOMAXPROCS(0)
		}
		s.slots = make(chan struct{}, n)
		s.memo = newMemo(DefaultMemoSize)
		s.csrf = newCSRFToken()
		s.answers = newMemo(DefaultAnswersSize)
		s.models = &leverage.Cache{Version: s.WorldVersion, Load: func(context.Context) (*hebel.World, error) {
			if s.World == nil {
				return nil, notConfigured("world")
			}
			return s.World()
		}}
	})
}

func (s *Server) health(w nethttp.ResponseWriter, r *nethttp.Request) error {
	if err := checkParams(r.URL.Query()); err != nil {
		return err
	}
	return s.writeJSON(w, nethttp.StatusOK, map[string]string{"status": "ok"})
}

// statusError is an error that carries its HTTP status: for answers that
// are not about Hebel's domain (405, 404 of a route).
type statusError struct {
	status int
	msg    string
}

func (e *statusError) Error() string { return e.msg }

// statuses is the one table from Hebel's error codes to HTTP statuses.
var statuses = map[string]int{
	hebel.EINVALID:     nethttp.StatusBadRequest,
	hebel.ENOTFOUND:    nethttp.StatusNotFound,
	hebel.ECONFLICT:    nethttp.StatusConflict,
	hebel.EUNSUPPORTED: nethttp.StatusUnsupportedMediaType,
	hebel.EINTERNAL:    nethttp.StatusInternalServerError,
}

// statusOf returns the HTTP status for err: 413 for a body over the limit,
// the status a statusError carries, else the status of its error code.
func statusOf(err error) int {
	var tooLarge *nethttp.MaxBytesError
	if errors.As(err, &tooLarge) {
		return nethttp.StatusRequestEntityTooLarge
	}
	var se *statusError
	if errors.As(err, &se) {
		return se.status
	}
	if st, ok := statuses[hebel.ErrorCode(err)]; ok {
		return st
	}
	return nethttp.StatusInternalServerError
}

// errorMessage returns what the client reads of err. Internal errors are
// logged with their detail; the client sees only "internal error", never
// a path, a query or a stack.
func (s *Server) errorMessage(r *nethttp.Request, err error) (int, string) {
	st := statusOf(err)
	msg := hebel.ErrorMessage(err)
	var tooLarge *nethttp.MaxBytesError
	var se *statusError
	switch {
	case errors.As(err, &tooLarge):
		msg = "request body over the limit of " + strconv.FormatInt(tooLarge.Limit, 10) + " bytes"
	case errors.As(err, &se):
		msg = se.msg
	case st == nethttp.StatusInternalServerError:
		s.logger().ErrorContext(r.Context(), "http: internal error", "method", r.Method, "path", r.URL.Path, "err", err)
		msg = "internal error"
	}
	return st, msg
}

// writeError answers with err's status and message: JSON for the API, a
// page for the UI.
func (s *Server) writeError(w nethttp.ResponseWriter, r *nethttp.Request, err error) {
	st, msg := s.errorMessage(r, err)
	if isPage(r) {
		s.writeErrorPage(w, r, st, msg)
		return
	}
	s.writeStatus(w, st, msg)
}

// writeStatus answers with status and the JSON error body {"error": msg}.
func (s *Server) writeStatus(w nethttp.ResponseWriter, status int, msg string) {
	_ = s.writeJSON(w, status, map[string]string{"error": msg})
}

// writeJSON writes v as indented JSON, as the command line does. v is
// encoded before anything is sent, so that a value JSON cannot hold (an
// infinite number) is a logged 500, not a 200 with an empty body. A write
// error (the client went away) is logged at debug level and returned nil:
// nothing more can be said to the client.
func (s *Server) writeJSON(w nethttp.ResponseWriter, status int, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return &hebel.Error{Code: hebel.EINTERNAL, Op: "http: encoding the answer", Err: err}
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	setSecurityHeaders(w)
	w.WriteHeader(status)
	if _, err := w.Write(buf.Bytes()); err != nil {
		s.logger().Debug("http: writing response", "err", err)
	}
	return nil
}

// setSecurityHeaders sets the headers every answer carries: no sniffing,
// no framing by other sites, no referrer to other sites, and a content
// policy that allows only this server's own scripts, styles and images.
func setSecurityHeaders(w nethttp.ResponseWriter) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
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

// panicError is the error of a recovered panic: internal, logged with
// its value, never shown.
func panicError(v any) error {
	return &hebel.Error{Code: hebel.EINTERNAL, Op: "http", Message: fmt.Sprint("panic: ", v)}
}

// notConfigured is the error of a route whose dependency is missing.
func notConfigured(what string) error {
	return &hebel.Error{Code: hebel.EINTERNAL, Op: "http", Message: what + " not configured"}
}

// notImplemented is the error of a route whose store does not offer what
// it needs (the store in use implements no SearchStore or ActorStore).
func notImplemented(what string) error {
	return &statusError{nethttp.StatusNotImplemented, what + " is not available on this database"}
}

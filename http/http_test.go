package http_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	nethttp "net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/hebel-project/hebel"
	hhttp "github.com/hebel-project/hebel/http"
	"github.com/hebel-project/hebel/record"
)

// doc returns a record of text in lang, as a store keeps it.
func doc(text, lang string) *hebel.Record {
	return &hebel.Record{Document: hebel.Document{ID: hebel.DocumentID(text), Text: text, Lang: lang, Source: "test", Format: "text"}}
}

// fakeExtract is an ExtractFunc: it records the last call and makes a
// record of the body. Bodies "boom" and "panic" fail in the two ways a
// bug does; an empty body and a NUL byte fail like the reader.
type fakeExtract struct {
	mu           sync.Mutex
	name, format string
}

func (f *fakeExtract) extract(_ context.Context, name, format string, data []byte) (*hebel.Record, error) {
	f.mu.Lock()
	f.name, f.format = name, format
	f.mu.Unlock()
	switch {
	case len(data) == 0:
		return nil, &hebel.Error{Code: hebel.EINVALID, Op: "reader.Read", Message: "empty input"}
	case bytes.IndexByte(data, 0) >= 0:
		return nil, &hebel.Error{Code: hebel.EUNSUPPORTED, Op: "reader.Read", Message: "binary input (NUL bytes)"}
	case string(data) == "boom":
		return nil, errors.New("secret detail: disk on fire")
	case string(data) == "panic":
		panic("extractor bug")
	}
	r := doc(string(data), "en")
	r.Document.Source, r.Document.Format = name, format
	return r, nil
}

// logBuffer collects what the server logs.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

type fixture struct {
	srv     *hhttp.Server
	store   *memStore
	extract *fakeExtract
	log     *logBuffer
	h       nethttp.Handler
}

func newFixture(t testing.TB, recs ...*hebel.Record) *fixture {
	t.Helper()
	f := &fixture{store: newMemStore(recs...), extract: &fakeExtract{}, log: &logBuffer{}}
	f.srv = &hhttp.Server{
		RecordStore: f.store,
		Extract:     f.extract.extract,
		World:       testWorld,
		Logger:      slog.New(slog.NewTextHandler(f.log, nil)),
		AllowWrites: true,
		Hosts:       []string{"example.com"}, // httptest.NewRequest's host
	}
	f.h = f.srv.Handler()
	return f
}

// do sends one request to the handler.
func (f *fixture) do(t *testing.T, method, target, contentType, body string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	w := httptest.NewRecorder()
	f.h.ServeHTTP(w, req)
	return w
}

// errorBody decodes a JSON error body, failing the test when it is not one.
func errorBody(t *testing.T, w *httptest.ResponseRecorder) string {
	t.Helper()
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("error Content-Type %q, want JSON; body %s", ct, w.Body)
	}
	var e struct {
		Error string `json:"error"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || e.Error == "" {
		t.Fatalf("error body %q is not {\"error\": message}: %v", w.Body, err)
	}
	return e.Error
}

func TestHealth(t *testing.T) {
	f := newFixture(t)
	w := f.do(t, "GET", "/healthz", "", "")
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"ok"`) {
		t.Fatalf("healthz: %d %s", w.Code, w.Body)
	}
}

func TestListDocs(t *testing.T) {
	f := newFixture(t, doc("eins zwei", "de"), doc("one two", "en"), doc("drei vier", "de"))
	tests := []struct {
		target    string
		wantTotal int
		wantIDs   int
	}{
		{"/api/docs", 3, 3},
		{"/api/docs?lang=de", 2, 2},
		{"/api/docs?lang=fr", 0, 0},
		{"/api/docs?limit=1", 3, 1},
		{"/api/docs?limit=2&offset=2", 3, 1},
		{"/api/docs?offset=10", 3, 0},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			w := f.do(t, "GET", tt.target, "", "")
			if w.Code != 200 {
				t.Fatalf("status %d: %s", w.Code, w.Body)
			}
			var got struct {
				Documents []map[string]any `json:"documents"`
				Total     int              `json:"total"`
			}
			if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
				t.Fatal(err)
			}
			if got.Documents == nil {
				t.Errorf("documents is null, want a list: %s", w.Body)
			}
			if got.Total != tt.wantTotal || len(got.Documents) != tt.wantIDs {
				t.Errorf("total %d, %d documents; want %d, %d", got.Total, len(got.Documents), tt.wantTotal, tt.wantIDs)
			}
		})
	}
}

func TestShowDoc(t *testing.T) {
	a := doc("The first text.", "en")
	f := newFixture(t, a)
	for _, id := range []string{a.Document.ID, a.Document.ID[:len("sha256:")+12], strings.TrimPrefix(a.Document.ID, "sha256:")[:10]} {
		w := f.do(t, "GET", "/api/docs/"+id, "", "")
		if w.Code != 200 {
			t.Fatalf("GET %s: %d %s", id, w.Code, w.Body)
		}
		got, err := record.NewDecoder(w.Body).Decode()
		if err != nil {
			t.Fatalf("GET %s: not a public record: %v", id, err)
		}
		if got.Document.ID != a.Document.ID || got.Document.Text != a.Document.Text {
			t.Errorf("GET %s: got document %s %q", id, got.Document.ID, got.Document.Text)
		}
	}
}

// TestErrors checks every status of the error table and the limits.
func TestErrors(t *testing.T) {
	// Two ids sharing their first 8 hex digits are not easy to make, so
	// the ambiguous prefix is the store's answer to a crafted id.
	a, b := doc("a", "en"), doc("b", "en")
	a.Document.ID, b.Document.ID = "sha256:abcdef0011", "sha256:abcdef0022"
	f := newFixture(t, a, b)
	f.srv.MaxBody = 64
	tests := []struct {
		name, method, target, ctype, body string
		want                              int
	}{
		{"unknown id", "GET", "/api/docs/sha256:0123456789abcdef", "", "", 404},
		{"short id", "GET", "/api/docs/abc", "", "", 400},
		{"short hex id", "GET", "/api/docs/sha256:abcdef0", "", "", 400},
		{"non-hex id", "GET", "/api/docs/sha256:abcdefgh00", "", "", 400},
		{"ambiguous id", "GET", "/api/docs/abcdef00", "", "", 409},
		{"bad limit", "GET", "/api/docs?limit=x", "", "", 400},
		{"zero limit", "GET", "/api/docs?limit=0", "", "", 400},
		{"limit over max", "GET", "/api/docs?limit=100000", "", "", 400},
		{"negative offset", "GET", "/api/docs?offset=-1", "", "", 400},
		{"empty body", "POST", "/api/extract", "text/plain", "", 400},
		{"binary body", "POST", "/api/extract", "", "a\x00b", 415},
		{"bad store", "POST", "/api/extract?store=maybe", "", "text", 400},
		{"oversized body", "POST", "/api/extract", "text/plain", strings.Repeat("x", 65), 413},
		{"bad year", "GET", "/api/leverage/CHN/PRK?year=abc", "", "", 400},
		{"negative year", "GET", "/api/leverage/CHN/PRK?year=-3", "", "", 400},
		{"huge year", "GET", "/api/leverage/CHN/PRK?year=99999999999999999999", "", "", 400},
		{"bad headroom", "GET", "/api/leverage/CHN/PRK?headroom=-1", "", "", 400},
		{"NaN headroom", "GET", "/api/leverage/CHN/PRK?headroom=NaN", "", "", 400},
		{"same state", "GET", "/api/leverage/CHN/chn", "", "", 400},
		{"unknown state", "GET", "/api/leverage/CHN/XXX", "", "", 404},
		{"wrong method", "POST", "/api/docs", "", "", 405},
		{"wrong method extract", "GET", "/api/extract", "", "", 405},
		{"unknown route", "GET", "/api/nothing", "", "", 404},
		{"internal", "POST", "/api/extract", "", "boom", 500},
		{"panic", "POST", "/api/extract", "", "panic", 500},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := f.do(t, tt.method, tt.target, tt.ctype, tt.body)
			if w.Code != tt.want {
				t.Fatalf("status %d, want %d: %s", w.Code, tt.want, w.Body)
			}
			msg := errorBody(t, w)
			if tt.want == 500 && msg != "internal error" {
				t.Errorf("500 shows %q to the client", msg)
			}
		})
	}
	if log := f.log.String(); !strings.Contains(log, "disk on fire") || !strings.Contains(log, "extractor bug") {
		t.Errorf("internal errors not logged:\n%s", log)
	}
	if w := f.do(t, "PUT", "/api/docs", "", ""); w.Header().Get("Allow") != "GET" {
		t.Errorf("405 without Allow: GET: %v", w.Header())
	}
}

func TestStoreFailure(t *testing.T) {
	f := newFixture(t)
	f.store.fail = errors.New("database is locked (detail)")
	for _, target := range []string{"/api/docs", "/api/docs/sha256:0123456789"} {
		w := f.do(t, "GET", target, "", "")
		if w.Code != 500 || errorBody(t, w) != "internal error" {
			t.Errorf("GET %s: %d %s", target, w.Code, w.Body)
		}
	}
	if w := f.do(t, "POST", "/api/extract?store=1", "", "some text"); w.Code != 500 {
		t.Errorf("store failure on extract: %d %s", w.Code, w.Body)
	}
	if !strings.Contains(f.log.String(), "database is locked (detail)") {
		t.Errorf("store failure not logged:\n%s", f.log)
	}
}

func TestNotConfigured(t *testing.T) {
	h := (&hhttp.Server{AllowWrites: true, Hosts: []string{"example.com"}}).Handler()
	for _, r := range []struct{ method, target string }{
		{"GET", "/api/docs"}, {"GET", "/api/docs/sha256:0123456789"},
		{"POST", "/api/extract"}, {"GET", "/api/leverage/CHN/PRK"},
	} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(r.method, r.target, strings.NewReader("x")))
		if w.Code != 500 {
			t.Errorf("%s %s without dependencies: %d %s", r.method, r.target, w.Code, w.Body)
		}
	}
}

func TestExtract(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name, target, ctype, wantName, wantFormat string
	}{
		{"plain", "/api/extract", "text/plain; charset=utf-8", "api", "text"},
		{"html", "/api/extract", "text/html", "api", "html"},
		{"xhtml", "/api/extract", "application/xhtml+xml", "api", "html"},
		{"detect", "/api/extract", "", "api", ""},
		{"form (curl's default)", "/api/extract", "application/x-www-form-urlencoded", "api", ""},
		{"source", "/api/extract?source=https://example.org/a", "text/html", "https://example.org/a", "html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := f.do(t, "POST", tt.target, tt.ctype, "Some text "+tt.name)
			if w.Code != 200 {
				t.Fatalf("status %d: %s", w.Code, w.Body)
			}
			if f.extract.name != tt.wantName || f.extract.format != tt.wantFormat {
				t.Errorf("extract got name %q format %q, want %q %q", f.extract.name, f.extract.format, tt.wantName, tt.wantFormat)
			}
			got, err := record.NewDecoder(w.Body).Decode()
			if err != nil {
				t.Fatal(err)
			}
			if got.Document.Text != "Some text "+tt.name {
				t.Errorf("text %q", got.Document.Text)
			}
		})
	}
	if _, total, _ := f.store.FindDocuments(context.Background(), hebel.DocumentFilter{}); total != 0 {
		t.Errorf("extract without ?store=1 stored %d documents", total)
	}
}

func TestExtractStore(t *testing.T) {
	f := newFixture(t)
	body := "A text to keep."
	id := hebel.DocumentID(body)
	for i, want := range []int{201, 200} {
		w := f.do(t, "POST", "/api/extract?store=1", "text/plain", body)
		if w.Code != want {
			t.Fatalf("post %d: status %d, want %d: %s", i, w.Code, want, w.Body)
		}
		if want == 201 && w.Header().Get("Location") != "/api/docs/"+id {
			t.Errorf("Location %q", w.Header().Get("Location"))
		}
	}
	w := f.do(t, "GET", "/api/docs/"+id, "", "")
	if w.Code != 200 {
		t.Fatalf("stored document not found: %d %s", w.Code, w.Body)
	}
}

// TestOversizedOverTheWire checks the body limit on a real connection.
func TestOversizedOverTheWire(t *testing.T) {
	f := newFixture(t)
	f.srv.MaxBody = 1 << 10
	ts := httptest.NewServer(f.srv.Handler())
	defer ts.Close()
	resp, err := nethttp.Post(ts.URL+"/api/extract", "text/plain", strings.NewReader(strings.Repeat("x", 1<<20)))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 413 || !strings.Contains(string(body), "1024") {
		t.Errorf("status %d: %s", resp.StatusCode, body)
	}
}

// TestConcurrent runs the routes side by side (run with -race).
func TestConcurrent(t *testing.T) {
	f := newFixture(t, doc("stored text", "en"))
	targets := []struct{ method, target, body string }{
		{"GET", "/api/docs", ""},
		{"POST", "/api/extract?store=1", "text one"},
		{"POST", "/api/extract?store=1", "text two"},
		{"GET", "/api/leverage/CHN/PRK?year=2014", ""},
		{"GET", "/api/leverage/RUS/PRK", ""},
	}
	var wg sync.WaitGroup
	for _, tt := range targets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req := httptest.NewRequest(tt.method, tt.target, strings.NewReader(tt.body))
			w := httptest.NewRecorder()
			f.h.ServeHTTP(w, req)
			if w.Code >= 300 {
				t.Errorf("%s %s: %d %s", tt.method, tt.target, w.Code, w.Body)
			}
		}()
	}
	wg.Wait()
}

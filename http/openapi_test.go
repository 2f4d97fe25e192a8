package http_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	nethttp "net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/pb33f/libopenapi"
	validator "github.com/pb33f/libopenapi-validator"
	"github.com/pb33f/libopenapi-validator/config"
	vErrors "github.com/pb33f/libopenapi-validator/errors"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dataset"
	"github.com/hebel-project/hebel/htmltext"
	hhttp "github.com/hebel-project/hebel/http"
	"github.com/hebel-project/hebel/ingest"
	"github.com/hebel-project/hebel/internal/sharedtest"
	"github.com/hebel-project/hebel/langid"
	"github.com/hebel-project/hebel/pipeline"
	"github.com/hebel-project/hebel/reader"
	"github.com/hebel-project/hebel/sqlite"
)

// apiValidator returns a validator of requests and answers against the
// served OpenAPI document, built once.
var apiValidator = sync.OnceValues(func() (validator.Validator, error) {
	doc, err := libopenapi.NewDocument(hhttp.OpenAPI())
	if err != nil {
		return nil, err
	}
	v, errs := validator.NewValidator(doc, config.WithFormatAssertions())
	if len(errs) > 0 {
		return nil, fmt.Errorf("building the validator: %v", errs)
	}
	return v, nil
})

func mustValidator(t *testing.T) validator.Validator {
	t.Helper()
	v, err := apiValidator()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestOpenAPIValid checks the document against the OpenAPI 3.1 schema.
func TestOpenAPIValid(t *testing.T) {
	doc, err := libopenapi.NewDocument(hhttp.OpenAPI())
	if err != nil {
		t.Fatal(err)
	}
	if v := doc.GetVersion(); v != "3.1.0" {
		t.Errorf("OpenAPI version %s, want 3.1.0", v)
	}
	if _, err := doc.BuildV3Model(); err != nil {
		t.Fatalf("building the model: %v", err)
	}
	ok, errs := mustValidator(t).ValidateDocument()
	for _, e := range errs {
		t.Errorf("%s: %s", e.Message, e.Reason)
		for _, se := range e.SchemaValidationErrors {
			t.Errorf("  %s at %s", se.Reason, se.KeywordLocation)
		}
	}
	if !ok && len(errs) == 0 {
		t.Error("document invalid, without a reason")
	}
}

// TestOpenAPIRoutes checks that the document lists every API route and
// nothing else.
func TestOpenAPIRoutes(t *testing.T) {
	var doc struct {
		Paths map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(hhttp.OpenAPI(), &doc); err != nil {
		t.Fatal(err)
	}
	var inDoc []string
	for path, item := range doc.Paths {
		for method := range item {
			switch method {
			case "get", "put", "post", "delete", "options", "head", "patch", "trace":
				inDoc = append(inDoc, strings.ToUpper(method)+" "+path)
			}
		}
	}
	routes := (&hhttp.Server{}).RoutePatterns()
	sort.Strings(inDoc)
	sort.Strings(routes)
	if strings.Join(inDoc, "\n") != strings.Join(routes, "\n") {
		t.Errorf("document and routes differ:\ndocument:\n%s\nroutes:\n%s", strings.Join(inDoc, "\n"), strings.Join(routes, "\n"))
	}
	if len(routes) < 19 {
		t.Errorf("only %d routes", len(routes))
	}
}

// realFixture is a server over HTTP on a real SQLite store holding the
// seed article and news-dev texts as the pipeline reads them.
type realFixture struct {
	url   string
	srv   *hhttp.Server
	docID string
}

const testToken = "s3cret-token"

// newRealFixture stores the seed article and n German and n English
// news-dev texts.
func newRealFixture(t *testing.T, n int) *realFixture {
	t.Helper()
	dir := sharedtest.Dir(t, "data/eval/news-dev")
	db, err := sqlite.Open(sqlite.MemoryPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	store := sqlite.NewRecordStore(db)
	x := &ingest.Extractor{Pipeline: pipeline.New(langid.New()), Read: reader.Options{
		HTML: func(data []byte, u string) (*hebel.Document, error) {
			return htmltext.Extract(data, u, htmltext.DefaultOptions())
		}}}
	files := []string{filepath.Join("..", "examples", "seed-article.de.txt")}
	for i := 1; i <= n; i++ {
		files = append(files, filepath.Join(dir, fmt.Sprintf("de-dev-%02d.txt", i)), filepath.Join(dir, fmt.Sprintf("en-dev-%02d.txt", i)))
	}
	ctx := context.Background()
	f := &realFixture{}
	for _, name := range files {
		st, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		rec, err := x.Extract(ctx, ingest.Input{Name: name, Size: st.Size()})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := store.PutRecord(ctx, rec, false); err != nil {
			t.Fatal(err)
		}
		if f.docID == "" {
			f.docID = rec.Document.ID
		}
	}
	f.srv = &hhttp.Server{
		RecordStore: store, SearchStore: store, ActorStore: store, FigureStore: sqlite.NewFigureStore(db),
		Extract:     x.ExtractBytes,
		World:       testWorld,
		StateName:   dataset.CountryName,
		Logger:      slog.New(slog.DiscardHandler),
		MaxBody:     1 << 20,
		AllowWrites: true,
		Token:       testToken,
	}
	ts := httptest.NewServer(f.srv.Handler())
	t.Cleanup(ts.Close)
	f.url = ts.URL
	return f
}

// apiCase is one request and the status it must get.
type apiCase struct {
	method, target string
	status         int
	body           string
	header         map[string]string
	// noRequestCheck skips validating the request: a body without a
	// Content-Type is served (its format detected), but OpenAPI cannot
	// describe a body without a media type.
	noRequestCheck bool
}

func get(target string, status int) apiCase {
	return apiCase{method: "GET", target: target, status: status}
}

// do sends c and returns the request, the answer and its body.
func (f *realFixture) do(t *testing.T, c apiCase) (*nethttp.Request, *nethttp.Response, []byte) {
	t.Helper()
	method := c.method
	if method == "" {
		method = "GET"
	}
	var body io.Reader
	if c.body != "" {
		body = strings.NewReader(c.body)
	}
	req, err := nethttp.NewRequest(method, f.url+c.target, body)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range c.header {
		req.Header.Set(k, v)
	}
	if h := req.Header.Get("Host"); h != "" {
		req.Host = h
	}
	resp, err := nethttp.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	// The validator reads the request's body and the answer's again.
	if c.body != "" {
		req.Body = io.NopCloser(strings.NewReader(c.body))
	}
	resp.Body = io.NopCloser(bytes.NewReader(data))
	return req, resp, data
}

// check sends c, checks its status, and validates the request (when it
// succeeded) and the answer against the document.
func (f *realFixture) check(t *testing.T, v validator.Validator, c apiCase) []byte {
	t.Helper()
	req, resp, data := f.do(t, c)
	if resp.StatusCode != c.status {
		t.Errorf("%s %s: status %d, want %d: %.300s", c.method, c.target, resp.StatusCode, c.status, data)
		return data
	}
	if c.status < 300 && !c.noRequestCheck {
		if ok, errs := v.ValidateHttpRequestSync(req); !ok {
			t.Errorf("%s %s: request does not fit the document:%s", c.method, c.target, validationText(errs))
		}
	}
	if ok, errs := v.ValidateHttpResponse(req, resp); !ok {
		t.Errorf("%s %s (%d): answer does not fit the document:%s", c.method, c.target, resp.StatusCode, validationText(errs))
	}
	if c.status >= 400 {
		var e map[string]any
		if err := json.Unmarshal(data, &e); err != nil || len(e) != 1 || e["error"] == "" {
			t.Errorf("%s %s: error body %s", c.method, c.target, data)
		}
	}
	return data
}

func validationText(errs []*vErrors.ValidationError) string {
	var b strings.Builder
	for i, e := range errs {
		if i == 10 {
			fmt.Fprintf(&b, "\n\t… %d more", len(errs)-i)
			break
		}
		fmt.Fprintf(&b, "\n\t%s: %s", e.Message, e.Reason)
		for j, se := range e.SchemaValidationErrors {
			if j == 5 {
				fmt.Fprintf(&b, "\n\t\t… %d more", len(e.SchemaValidationErrors)-j)
				break
			}
			fmt.Fprintf(&b, "\n\t\t%s: %s", se.FieldPath, se.Reason)
		}
	}
	return b.String()
}

// TestOpenAPIAnswers calls every route with typical and bad parameters
// and validates each answer against the document.
func TestOpenAPIAnswers(t *testing.T) {
	f := newRealFixture(t, 4)
	v := mustValidator(t)

	// Ids to ask for, from the lists.
	var actors hhttp.ActorList
	if err := json.Unmarshal(f.check(t, v, get("/api/actors?type=country&limit=5", 200)), &actors); err != nil || len(actors.Actors) == 0 {
		t.Fatalf("no countries: %v", err)
	}
	actor := actors.Actors[0].ID
	var figs struct {
		Figures []struct {
			ID string `json:"id"`
		} `json:"figures"`
	}
	if err := json.Unmarshal(f.check(t, v, get("/api/figures?limit=3", 200)), &figs); err != nil || len(figs.Figures) == 0 {
		t.Fatalf("no figures: %v", err)
	}
	hexID := strings.TrimPrefix(f.docID, "sha256:")
	long := strings.Repeat("x", hhttp.MaxQueryLength+1)
	plain := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	token := map[string]string{"Content-Type": "text/plain", "Authorization": "Bearer " + testToken}
	newText := "Berlin, 3. März 2025. Die Bundesregierung liefert der Ukraine weitere 20 Panzer, sagte der Minister."

	cases := []apiCase{
		get("/healthz", 200),
		get("/healthz?verbose=1", 400),
		get("/api/openapi.json", 200),
		get("/api/openapi.json?x=1", 400),

		get("/api/docs", 200),
		get("/api/docs?lang=de&limit=2&offset=1", 200),
		get("/api/docs?actor="+url.QueryEscape(actor)+"&from=2020&to=2026-12", 200),
		get("/api/docs?type=sanction", 200),
		get("/api/docs?offset=1000", 200),
		get("/api/docs?lang=deu", 400),
		get("/api/docs?lang=DE", 400),
		get("/api/docs?limit=0", 400),
		get("/api/docs?limit=1001", 400),
		get("/api/docs?limit=ten", 400),
		get("/api/docs?offset=-1", 400),
		get("/api/docs?from=2020-13", 400),
		get("/api/docs?from=1700", 400),
		get("/api/docs?from=2024&to=2023", 400),
		get("/api/docs?actor="+long, 400),
		get("/api/docs?actor=a%01b", 400),
		get("/api/docs?sort=date", 400),

		get("/api/docs/"+url.PathEscape(f.docID), 200),
		get("/api/docs/"+hexID[:12], 200),
		get("/api/docs/sha256:"+hexID[:10], 200),
		get("/api/docs/not-hex", 400),
		get("/api/docs/abc123", 400),
		get("/api/docs/"+strings.Repeat("0", 64), 404),
		get("/api/docs/"+hexID[:12]+"?full=1", 400),

		get("/api/docs/"+hexID[:12]+"/report", 200),
		get("/api/docs/"+hexID[:12]+"/report?as_of=2014", 200),
		get("/api/docs/"+hexID[:12]+"/report?headroom=-1", 400),
		get("/api/docs/"+hexID[:12]+"/report?as_of=12.5.2014", 400),
		get("/api/docs/"+hexID[:12]+"/report?as_of=0001", 400),
		get("/api/docs/"+strings.Repeat("0", 16)+"/report", 404),

		get("/api/records", 200),
		get("/api/records?lang=en&limit=2", 200),
		get("/api/records?limit=101", 400),
		get("/api/records?to=2024-02-30", 400),

		{method: "POST", target: "/api/extract", status: 200, body: newText, header: plain},
		{method: "POST", target: "/api/extract?source=https://example.org/a", status: 200, body: "<html><head><title>Panzer</title></head><body><article><h1>Panzer für die Ukraine</h1><p>" +
			strings.Repeat(newText+" ", 3) + "</p><p>" + strings.Repeat(newText+" ", 3) + "</p></article></body></html>", header: map[string]string{"Content-Type": "text/html; charset=utf-8"}},
		{method: "POST", target: "/api/extract", status: 200, body: newText, noRequestCheck: true},
		{method: "POST", target: "/api/extract?store=1", status: 401, body: newText, header: plain},
		{method: "POST", target: "/api/extract?store=1", status: 201, body: newText, header: token},
		{method: "POST", target: "/api/extract?store=1", status: 200, body: newText, header: token},
		{method: "POST", target: "/api/extract?store=yes", status: 400, body: newText, header: plain},
		{method: "POST", target: "/api/extract?lang=de", status: 400, body: newText, header: plain},
		{method: "POST", target: "/api/extract", status: 400, body: " ", header: plain},
		{method: "POST", target: "/api/extract", status: 415, body: newText, header: map[string]string{"Content-Type": "application/pdf"}},
		{method: "POST", target: "/api/extract", status: 415, body: newText, header: map[string]string{"Content-Type": "text/plain; charset=koi8-r"}},
		{method: "POST", target: "/api/extract", status: 415, body: "a\x00b", header: plain},
		{method: "POST", target: "/api/extract", status: 400, body: newText, header: map[string]string{"Content-Type": "text/"}},
		{method: "POST", target: "/api/extract", status: 413, body: strings.Repeat("a ", 1<<19+1), header: plain},
		{method: "POST", target: "/api/extract", status: 403, body: newText, header: map[string]string{"Content-Type": "text/plain", "Sec-Fetch-Site": "cross-site"}},

		get("/api/search?q=Russland", 200),
		get("/api/search?q=Sanktion*&lang=de&limit=5&offset=0", 200),
		get("/api/search?q=Sanktion&stem=1", 415),
		get("/api/search?q=%22North+Korea%22&lang=en", 200),
		get("/api/search?actor="+url.QueryEscape(actor)+"&from=2000&to=2030", 200),
		get("/api/search", 200),
		get("/api/search?q=zzzzqqq", 200),
		get("/api/search?stem=2", 400),
		get("/api/search?q="+long, 400),
		get("/api/search?q=a%00", 400),
		get("/api/search?limit=-5", 400),
		get("/api/search?from=yesterday", 400),
		get("/api/search?query=x", 400),

		get("/api/actors", 200),
		get("/api/actors?q=a&type=organisation&limit=3&offset=1", 200),
		get("/api/actors?type=planet", 400),
		get("/api/actors?limit=100000", 400),

		get("/api/actors/"+url.PathEscape(actor), 200),
		get("/api/actors/nobody:xyz", 404),
		get("/api/actors/"+url.PathEscape(actor)+"?limit=1", 400),

		get("/api/relations", 200),
		get("/api/relations?actor="+url.QueryEscape(actor)+"&from=2000&to=2030&limit=5", 200),
		get("/api/relations?type=alliance&offset=2", 200),
		get("/api/relations?to=20x", 400),
		get("/api/relations?limit=0", 400),

		get("/api/graph", 200),
		get("/api/graph?max_nodes=5&actor="+url.QueryEscape(actor), 200),
		get("/api/graph?max_nodes=0", 400),
		get("/api/graph?max_nodes=501", 400),
		get("/api/graph?limit=5", 400),

		get("/api/leverage/CHN/PRK?year=2014", 200),
		get("/api/leverage/chn/prk?year=2014&headroom=0.5&export_share=0.2", 200),
		get("/api/leverage/CHN/PRK?year=2014&headroom=101", 400),
		get("/api/leverage/CHN/PRK?export_share=2", 400),
		get("/api/leverage/CHN/PRK?year=2014&as_of=2014", 400),
		get("/api/leverage/CHN/PRK?year=1700", 400),
		get("/api/leverage/CHN/PRK?as_of=9999-01-01", 400),
		get("/api/leverage/CHN/CHN", 400),
		get("/api/leverage/XXX/PRK", 400),
		get("/api/leverage/CH/PRK", 400),

		get("/api/rank/CHN?year=2014&limit=5", 200),
		get("/api/rank/CHN?limit=301", 400),
		get("/api/rank/C1N", 400),

		get("/api/whatif?cut=CHN:PRK:oil&year=2014", 200),
		get("/api/whatif?cut=CHN:PRK&cut=RUS:PRK:food&substitute=USA,JPN&enforce=1&year=2014", 200),
		get("/api/whatif", 400),
		get("/api/whatif?cut=CHN:PRK:nonsense", 400),
		get("/api/whatif?cut=CHN:CHN", 400),
		get("/api/whatif?cut=CHN", 400),
		get("/api/whatif?cut=CHN:PRK&substitute=XX1", 400),

		get("/api/export/jsonl", 200),
		get("/api/export/jsonl?lang=en", 200),
		get("/api/export/csv", 200),
		get("/api/export/csv?table=claims", 200),
		get("/api/export/graphml", 200),
		get("/api/export/gexf", 200),
		get("/api/export/ftm", 200),
		get("/api/export/pdf", 400),
		get("/api/export/jsonl?table=claims", 400),
		get("/api/export/csv?table=people", 400),

		get("/api/figures", 200),
		get("/api/figures?min_estimates=2&limit=2&offset=1", 200),
		get("/api/figures?actor="+url.QueryEscape(actor), 200),
		get("/api/figures?measure=bogus", 400),
		get("/api/figures?min_estimates=-1", 400),

		get("/api/figures/"+figs.Figures[0].ID, 200),
		get("/api/figures/fig-0000000000000000", 404),
		get("/api/figures/xyz", 400),

		get("/api/timeline/"+url.PathEscape(actor), 200),
		get("/api/timeline/"+url.PathEscape(actor)+"?limit=3&offset=1", 200),
		get("/api/timeline/nobody:xyz", 200),
		get("/api/timeline/"+url.PathEscape(actor)+"?limit=0", 400),
		get("/api/timeline/"+url.PathEscape(actor)+"?from=2000", 400),

		{method: "GET", target: "/api/docs", status: 421, header: map[string]string{"Host": "attacker.example"}},
	}
	for _, c := range cases {
		if c.method == "" {
			c.method = "GET"
		}
		t.Run(c.method+" "+c.target[:min(len(c.target), 80)], func(t *testing.T) {
			f.check(t, v, c)
		})
	}
}

// TestOpenAPIUnroutedErrors checks the answers outside the document's
// operations: an unknown path (404) and a known path with another method
// (405, with Allow) have the document's error body.
func TestOpenAPIUnroutedErrors(t *testing.T) {
	f := newRealFixture(t, 0)
	for _, c := range []apiCase{
		{method: "DELETE", target: "/api/docs", status: 405},
		{method: "GET", target: "/api/extract", status: 405},
		{method: "GET", target: "/api/nothing", status: 404},
	} {
		_, resp, data := f.do(t, c)
		if resp.StatusCode != c.status || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
			t.Errorf("%s %s: %d %s", c.method, c.target, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		if c.status == 405 && resp.Header.Get("Allow") == "" {
			t.Errorf("%s %s: no Allow header", c.method, c.target)
		}
		var e map[string]string
		if err := json.Unmarshal(data, &e); err != nil || len(e) != 1 || e["error"] == "" {
			t.Errorf("%s %s: body %s", c.method, c.target, data)
		}
	}
}

// TestOpenAPIValidatorCatches checks that the answer checks above can
// fail: answers that break the document are reported.
func TestOpenAPIValidatorCatches(t *testing.T) {
	v := mustValidator(t)
	for _, tt := range []struct {
		target, ctype, body string
		status              int
	}{
		{"/api/docs", "application/json", `{"documents": null, "total": 0, "offset": 0, "limit": 100}`, 200},
		{"/api/docs", "application/json", `{"documents": [], "total": 0, "offset": 0}`, 200},
		{"/api/docs", "application/json", `{"documents": [], "total": 0, "offset": 0, "limit": 100, "next": 1}`, 200},
		{"/api/docs", "text/html", `<p>hello</p>`, 200},
		{"/api/docs", "application/json", `{"message": "bad"}`, 400},
		{"/api/docs", "application/json", `{"error": "gone"}`, 404},
		{"/api/figures/fig-0000000000000000", "application/json", `{"id": 5}`, 200},
	} {
		req := httptest.NewRequest("GET", tt.target, nil)
		resp := &nethttp.Response{StatusCode: tt.status, Header: nethttp.Header{"Content-Type": {tt.ctype}},
			Body: io.NopCloser(strings.NewReader(tt.body)), Request: req}
		if ok, _ := v.ValidateHttpResponse(req, resp); ok {
			t.Errorf("%s %d %s %s: valid", tt.target, tt.status, tt.ctype, tt.body)
		}
	}
}

package http_test

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
)

// page answers GET target from h and fails unless the status is want
// and the answer an HTML page.
func getPage(t *testing.T, f *fixture, target string, want int) string {
	t.Helper()
	w := f.do(t, "GET", target, "", "")
	if w.Code != want {
		t.Fatalf("GET %s: %d, want %d: %s", target, w.Code, want, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Fatalf("GET %s: Content-Type %q", target, ct)
	}
	return w.Body.String()
}

func TestDocsPage(t *testing.T) {
	dated := doc("Ein Text mit Datum.", "de")
	dated.Document.Title = "Mit Datum"
	dated.Document.Published = time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	dated.Document.Dating = hebel.Dating{Source: hebel.DateFromHTML, Precision: hebel.PrecisionDay}
	undated := doc("An English text without a date.", "en")
	undated.Document.Title = "No date"
	f := newFixture(t, dated, undated)
	body := getPage(t, f, "/", 200)
	for _, want := range []string{"2 documents", `lang="de"`, `lang="en"`, ">Mit Datum<", ">No date<",
		"2024-03-05", ">undated<", `href="/docs/` + dated.Document.ID, `class="skip" href="#main"`, `aria-current="page"`} {
		if !strings.Contains(body, want) {
			t.Errorf("GET /: no %q in\n%s", want, body)
		}
	}
	if i, j := strings.Index(body, "No date"), strings.Index(body, "Mit Datum"); i > j {
		t.Errorf("the later stored document is not listed first")
	}
	body = getPage(t, f, "/?lang=en", 200)
	if !strings.Contains(body, "No date") || strings.Contains(body, "Mit Datum") {
		t.Errorf("lang=en filter: %s", body)
	}
}

func TestDocsPagePaging(t *testing.T) {
	var recs []*hebel.Record
	for _, w := range []string{"eins", "zwei", "drei"} {
		recs = append(recs, doc("Text "+w+".", "de"))
	}
	f := newFixture(t, recs...)
	body := getPage(t, f, "/?limit=2", 200)
	if !strings.Contains(body, "showing 1–2") || !strings.Contains(body, `rel="next" href="/?limit=2&amp;offset=2"`) || strings.Contains(body, `rel="prev"`) {
		t.Errorf("first page: %s", body)
	}
	body = getPage(t, f, "/?limit=2&offset=2", 200)
	if !strings.Contains(body, "showing 3–3") || !strings.Contains(body, `rel="prev"`) || strings.Contains(body, `rel="next"`) {
		t.Errorf("last page: %s", body)
	}
}

func TestDocsPageEscapes(t *testing.T) {
	r := doc("<script>alert(1)</script> text", "en")
	r.Document.Title = "<script>alert(1)</script>"
	r.Document.Source = `"><img src=x onerror=alert(1)>`
	f := newFixture(t, r)
	body := getPage(t, f, "/", 200)
	if strings.Contains(body, "<script>alert") || strings.Contains(body, "<img src=x") {
		t.Errorf("markup of the document is not escaped:\n%s", body)
	}
	if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("the title is not shown as text:\n%s", body)
	}
}

func TestPageErrors(t *testing.T) {
	f := newFixture(t)
	for target, want := range map[string]int{
		"/?lang=german":  400,
		"/?nonsense=1":   400,
		"/?from=2024-13": 400,
		"/no/such/page":  404,
		"/assets/nope":   404,
	} {
		body := getPage(t, f, target, want)
		if !strings.Contains(body, `<a class="skip"`) {
			t.Errorf("GET %s: the error page is not in the layout:\n%s", target, body)
		}
	}
	w := f.do(t, "POST", "/", "", "")
	if w.Code != 405 {
		t.Errorf("POST /: %d", w.Code)
	}
}

func TestAssets(t *testing.T) {
	f := newFixture(t)
	body := getPage(t, f, "/", 200)
	for _, name := range []string{"hebel.css", "hebel.js"} {
		i := strings.Index(body, "/assets/"+name+"?v=")
		if i < 0 {
			t.Fatalf("no versioned link to %s in\n%s", name, body)
		}
		url := body[i : i+strings.IndexByte(body[i:], '"')]
		w := f.do(t, "GET", url, "", "")
		if w.Code != 200 || !strings.Contains(w.Header().Get("Cache-Control"), "immutable") || w.Header().Get("ETag") == "" {
			t.Errorf("GET %s: %d %v", url, w.Code, w.Header())
		}
		req := httptest.NewRequest("GET", "/assets/"+name, nil)
		req.Header.Set("If-None-Match", w.Header().Get("ETag"))
		w2 := httptest.NewRecorder()
		f.h.ServeHTTP(w2, req)
		if w2.Code != 304 || w2.Header().Get("Cache-Control") != "no-cache" {
			t.Errorf("GET /assets/%s with its ETag: %d %v", name, w2.Code, w2.Header())
		}
	}
}

// seedLike is a record with overlapping items in German: an entity
// inside a claim, a quote that crosses the claim's end, a relation.
func seedLike() *hebel.Record {
	text := "Laut Geheimdienst sind <b>10.000</b> Soldaten aus Nordkorea in Russland, sagte Kim."
	r := doc(text, "de")
	at := func(s string) hebel.Span {
		i := strings.Index(text, s)
		return hebel.Span{Start: i, End: i + len(s)}
	}
	r.Entities = []hebel.Entity{{ID: "PRK", Name: "North Korea", Type: "country",
		Mentions: []hebel.Mention{{Span: at("Nordkorea"), Text: "Nordkorea", EntityID: "PRK"}}}}
	r.Claims = []hebel.Claim{{Span: at("Laut Geheimdienst sind <b>10.000</b> Soldaten aus Nordkorea"),
		Quantity: hebel.Quantity{Span: at("10.000"), Text: "10.000", Value: 10000, Qualifier: hebel.Exact},
		Counted:  "Soldaten", Source: &hebel.Source{Span: at("Geheimdienst"), Text: "Geheimdienst", Cue: "laut"}}}
	r.Quotes = []hebel.Quote{{Span: at("Soldaten aus Nordkorea in Russland, sagte Kim"), Content: at("Soldaten aus Nordkorea in Russland"),
		Kind: hebel.Indirect, Cue: "sagte", Speaker: &hebel.Source{Span: at("Kim"), Text: "Kim"}}}
	r.Relations = []hebel.Relation{{Type: "deploys_to", From: "PRK", To: "RUS", Evidence: []hebel.Span{at("Nordkorea in Russland")}}}
	return r
}

func TestReaderPage(t *testing.T) {
	r := seedLike()
	f := newFixture(t, r)
	body := getPage(t, f, "/docs/"+r.Document.ID, 200)
	for _, want := range []string{
		`<article class="text" lang="de"`, `id="claim-0"`, `id="quote-0"`, `id="entity-0"`, `id="relation-0"`,
		`data-part="more"`, `href="#claim-0"`, "hedge: exact", "claimant: “Geheimdienst”", "speaker: “Kim”",
		"&lt;b&gt;10.000&lt;/b&gt;", `<span class="undated">undated</span>`, ">test, text<",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("reader: no %q", want)
		}
	}
	if strings.Contains(body, "<b>10.000") {
		t.Error("the text's markup is not escaped")
	}
	getPage(t, f, "/docs/"+r.Document.ID[:20], 200)
	getPage(t, f, "/docs/sha256:0123456789abcdef", 404)
	getPage(t, f, "/docs/nothex", 400)
	getPage(t, f, "/docs/"+r.Document.ID+"?x=1", 400)
}

func TestReaderPageDated(t *testing.T) {
	r := doc("Berlin, am Montag.", "de")
	r.Document.Published = time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	r.Document.Dating = hebel.Dating{Source: hebel.DateFromWARC, Precision: hebel.PrecisionDay, UpperBound: true}
	r.Document.URL = "javascript:alert(1)"
	f := newFixture(t, r)
	body := getPage(t, f, "/docs/"+r.Document.ID, 200)
	if !strings.Contains(body, "≤2024-03-01") || !strings.Contains(body, "from warc, an upper bound") {
		t.Errorf("dated reader: %s", body)
	}
	if strings.Contains(body, `href="javascript:`) {
		t.Error("a javascript: URL is linked")
	}
}

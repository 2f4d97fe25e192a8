package http_test

import (
	"bytes"
	"mime/multipart"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

// sqlitePage answers GET target from the SQLite fixture as a page.
func (f *sqliteFixture) page(t *testing.T, target string, want int) string {
	t.Helper()
	w := httptest.NewRecorder()
	f.h.ServeHTTP(w, httptest.NewRequest("GET", target, nil))
	if w.Code != want || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("GET %s: %d %s, want %d: %s", target, w.Code, w.Header().Get("Content-Type"), want, w.Body)
	}
	return w.Body.String()
}

func TestSearchPage(t *testing.T) {
	f := newSQLiteFixture(t)
	body := f.page(t, "/search?q=Soldaten", 200)
	for _, want := range []string{
		"3 documents contain “Soldaten”", `<mark class="hit">Soldaten</mark>`, `href="/docs/` + f.recs[0].Document.ID,
		`href="/search?actor=org%3Averband-10&amp;q=Soldaten"`, `href="/search?lang=en&amp;q=Soldaten"`,
		`href="/search?from=2024-11&amp;q=Soldaten&amp;to=2024-11"`, `value="Soldaten"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("search page: no %q", want)
		}
	}
	body = f.page(t, "/search?q=Soldaten&lang=en", 200)
	if !strings.Contains(body, "1 document contains") || !strings.Contains(body, `aria-current="true"`) ||
		!strings.Contains(body, `href="/search?q=Soldaten"`) || !strings.Contains(body, `<input type="hidden" name="lang" value="en">`) {
		t.Errorf("search page with lang=en: %s", body)
	}
	body = f.page(t, "/search?q=Soldaten&limit=1&offset=1", 200)
	if !strings.Contains(body, `rel="prev" href="/search?limit=1&amp;offset=0&amp;q=Soldaten"`) || !strings.Contains(body, `rel="next"`) {
		t.Errorf("search paging: %s", body)
	}
	f.page(t, "/search?q=%3Cscript%3E", 200)
	if body := f.page(t, "/search?q=%3Cscript%3Ealert(1)", 200); strings.Contains(body, "<script>alert") {
		t.Error("the query is not escaped")
	}
	f.page(t, "/search?lang=deutsch", 400)
	f.page(t, "/search?bogus=1", 400)
}

func TestSearchPageWithoutSearchStore(t *testing.T) {
	f := newFixture(t)
	if body := getPage(t, f, "/search?q=x", 501); !strings.Contains(body, "search is not available") {
		t.Errorf("no search store: %s", body)
	}
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([0-9a-f]+)"`)

// ingestForm posts a multipart form to /ingest with the fields kv (name,
// value, …) and, when file is set, an uploaded file of that content.
func ingestForm(t *testing.T, f *fixture, origin, file string, kv ...string) *httptest.ResponseRecorder {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for i := 0; i+1 < len(kv); i += 2 {
		_ = mw.WriteField(kv[i], kv[i+1])
	}
	if file != "" {
		fw, _ := mw.CreateFormFile("file", "upload.txt")
		_, _ = fw.Write([]byte(file))
	}
	mw.Close()
	req := httptest.NewRequest("POST", "/ingest", &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	if origin != "" {
		req.Header.Set("Origin", origin)
	}
	w := httptest.NewRecorder()
	f.h.ServeHTTP(w, req)
	return w
}

func csrfOf(t *testing.T, f *fixture) string {
	t.Helper()
	m := csrfRE.FindStringSubmatch(getPage(t, f, "/ingest", 200))
	if m == nil {
		t.Fatal("no csrf field on the ingest page")
	}
	return m[1]
}

func TestIngest(t *testing.T) {
	f := newFixture(t)
	tok := csrfOf(t, f)
	w := ingestForm(t, f, "", "", "csrf", tok, "text", "Pasted <script>text</script>.", "source", "https://example.org/a")
	if w.Code != 303 || !strings.HasPrefix(w.Header().Get("Location"), "/docs/sha256:") {
		t.Fatalf("POST /ingest: %d %v %s", w.Code, w.Header(), w.Body)
	}
	body := getPage(t, f, w.Header().Get("Location"), 200)
	if !strings.Contains(body, "Pasted &lt;script&gt;text&lt;/script&gt;.") || f.extract.name != "https://example.org/a" {
		t.Errorf("reader after ingest (source %q): %s", f.extract.name, body)
	}
	w = ingestForm(t, f, "", "An uploaded text.", "csrf", tok, "text", "")
	if w.Code != 303 || f.extract.name != "upload.txt" {
		t.Errorf("upload: %d, source %q", w.Code, f.extract.name)
	}
	w = ingestForm(t, f, "", "", "csrf", tok, "text", "  ")
	if w.Code != 400 || !strings.Contains(w.Body.String(), "paste a text or choose a file") || !strings.Contains(w.Body.String(), `name="csrf"`) {
		t.Errorf("empty text: %d %s", w.Code, w.Body)
	}
}

func TestIngestRefused(t *testing.T) {
	f := newFixture(t)
	tok := csrfOf(t, f)
	for name, c := range map[string]struct {
		origin string
		kv     []string
		want   int
	}{
		"no csrf":      {"", []string{"text", "x"}, 403},
		"wrong csrf":   {"", []string{"csrf", strings.Repeat("0", len(tok)), "text", "x"}, 403},
		"cross-origin": {"https://evil.example", []string{"csrf", tok, "text", "x"}, 403},
	} {
		if w := ingestForm(t, f, c.origin, "", c.kv...); w.Code != c.want {
			t.Errorf("%s: %d, want %d: %s", name, w.Code, c.want, w.Body)
		}
	}
	if n := len(f.store.recs); n != 0 {
		t.Errorf("%d documents stored by refused posts", n)
	}
}

func TestIngestToken(t *testing.T) {
	f := newFixture(t)
	f.srv.Token = "s3cret"
	tok := csrfOf(t, f)
	if w := ingestForm(t, f, "", "", "csrf", tok, "text", "x"); w.Code != 401 {
		t.Errorf("without the token: %d", w.Code)
	}
	if w := ingestForm(t, f, "", "", "csrf", tok, "token", "wrong", "text", "x"); w.Code != 401 {
		t.Errorf("with a wrong token: %d", w.Code)
	}
	if w := ingestForm(t, f, "", "", "csrf", tok, "token", "s3cret", "text", "x"); w.Code != 303 {
		t.Errorf("with the token: %d %s", w.Code, w.Body)
	}
}

func TestIngestWithoutWrites(t *testing.T) {
	f := newFixture(t)
	f.srv.AllowWrites = false
	body := getPage(t, f, "/ingest", 200)
	if !strings.Contains(body, "Writes are disabled") || strings.Contains(body, "<form class=\"ingest\"") {
		t.Errorf("ingest page without writes: %s", body)
	}
	if w := ingestForm(t, f, "", "", "text", "x"); w.Code != 403 {
		t.Errorf("POST without writes: %d", w.Code)
	}
}

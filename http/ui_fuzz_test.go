package http_test

import (
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// FuzzPages sends arbitrary queries, ids and form bodies to the UI's
// pages: every answer is below 500 (but 501 for search without a search
// store) and an HTML page (or a redirect), and
// no query or body comes back unescaped.
func FuzzPages(f *testing.F) {
	f.Add("sha256:0123456789", "lang=de&limit=2&offset=1", "application/x-www-form-urlencoded", "text=x")
	f.Add("<script>", "q=%3Cscript%3E&from=2024-13", "multipart/form-data; boundary=x", "--x\r\n")
	f.Add("%zz", "actor=%00&to=1799", "text/plain", "<script>")
	fx := newFixture(f)
	f.Fuzz(func(t *testing.T, id, query, ctype, body string) {
		if strings.Contains(body, "boom") || strings.Contains(body, "panic") {
			return // the fake extractor's failure triggers
		}
		for _, target := range []string{"/?" + query, "/search?" + query, "/docs/" + url.PathEscape(id), "/ingest"} {
			method := "GET"
			if target == "/ingest" {
				method = "POST"
			}
			u, err := url.Parse(target)
			if err != nil {
				continue
			}
			req := httptest.NewRequest(method, "/", strings.NewReader(body))
			req.URL = u
			req.Header.Set("Content-Type", ctype)
			w := httptest.NewRecorder()
			fx.h.ServeHTTP(w, req)
			if w.Code >= 500 && w.Code != 501 { // 501: search needs a search store, which this fixture lacks
				t.Fatalf("%s %s: %d %s", method, target, w.Code, w.Body)
			}
			if w.Code >= 300 && w.Code < 400 {
				continue
			}
			if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
				t.Fatalf("%s %s: Content-Type %q", method, target, ct)
			}
			if strings.Contains(w.Body.String(), "<script>") {
				t.Fatalf("%s %s: unescaped <script> in %s", method, target, w.Body)
			}
		}
	})
}

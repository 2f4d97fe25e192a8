package http_test

import (
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// FuzzRequest sends arbitrary ids, queries, content types and bodies to
// the store and extraction routes: the server must answer every one with
// a status below 500 and a JSON body (or the mux's redirect to a cleaned
// path), and never panic.
func FuzzRequest(f *testing.F) {
	f.Add("sha256:0123456789", "limit=1&offset=0", "text/plain", "Some text.")
	f.Add("abc", "limit=-1", "text/html", "<html><body>x</body></html>")
	f.Add("%zz", "store=1&source=https://example.org", "", "\x00\xff")
	f.Add("", "lang=de&limit=99999999999999999999", "multipart/form-data; boundary=", "")
	fx := newFixture(f)
	f.Fuzz(func(t *testing.T, id, query, ctype, body string) {
		if strings.Contains(body, "boom") || strings.Contains(body, "panic") {
			return // the fake extractor's failure triggers
		}
		for _, target := range []string{
			"/api/docs/" + url.PathEscape(id),
			"/api/docs?" + query,
			"/api/extract?" + query,
		} {
			method := "GET"
			if strings.HasPrefix(target, "/api/extract") {
				method = "POST"
			}
			req := httptest.NewRequest(method, "/", strings.NewReader(body))
			u, err := url.Parse(target)
			if err != nil {
				continue
			}
			req.URL = u
			req.Header.Set("Content-Type", ctype)
			w := httptest.NewRecorder()
			fx.h.ServeHTTP(w, req)
			if w.Code >= 500 {
				t.Fatalf("%s %s: %d %s", method, target, w.Code, w.Body)
			}
			if w.Code >= 300 && w.Code < 400 {
				continue // the mux redirects to the cleaned path
			}
			if !json.Valid(w.Body.Bytes()) {
				t.Fatalf("%s %s: body is not JSON: %q", method, target, w.Body)
			}
		}
	})
}

package http

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"io/fs"
	nethttp "net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hebel-project/hebel"
)

// The web UI: pages rendered on the server from the templates in html/
// (each page a file defining "content", wrapped in layout.html), styled
// by assets/hebel.css, with a little vanilla JavaScript in
// assets/hebel.js. Everything is embedded; nothing is loaded from
// another site, which the content policy (setSecurityHeaders) enforces.

//go:embed html/*.html
var htmlFS embed.FS

//go:embed assets/*
var assetFS embed.FS

// navItem is one link of the header's navigation.
type navItem struct{ Label, Path string }

// navItems are the header's links, in order.
var navItems = []navItem{
	{"Documents", "/"}, {"Search", "/search"}, {"Figures", "/figures"}, {"Actors", "/actors"},
	{"Graph", "/graph"}, {"Leverage", "/leverage"}, {"Ingest", "/ingest"},
}

// pageView is what layout.html reads: the page's title, the request's
// path (for the current navigation item) and the page's own data.
type pageView struct {
	Title string
	Path  string
	Nav   []navItem
	Data  any
}

// Current reports whether the navigation item p is the current section.
func (v pageView) Current(p string) bool {
	if p == "/" {
		return v.Path == "/" || strings.HasPrefix(v.Path, "/docs/")
	}
	return v.Path == p || strings.HasPrefix(v.Path, p+"/")
}

var (
	pagesOnce sync.Once
	pages     map[string]*template.Template
	pagesErr  error
)

// loadPages parses layout.html with each other template of html/ once:
// pages["docs"] is layout.html around docs.html.
func loadPages() (map[string]*template.Template, error) {
	pagesOnce.Do(func() {
		pages, pagesErr = parsePages()
	})
	return pages, pagesErr
}

func parsePages() (map[string]*template.Template, error) {
	base, err := template.New("layout.html").Funcs(templateFuncs).ParseFS(htmlFS, "html/layout.html")
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(htmlFS, "html/*.html")
	if err != nil {
		return nil, err
	}
	out := map[string]*template.Template{}
	for _, n := range names {
		name := strings.TrimSuffix(path.Base(n), ".html")
		if name == "layout" {
			continue
		}
		t, err := template.Must(base.Clone()).ParseFS(htmlFS, n)
		if err != nil {
			return nil, err
		}
		out[name] = t
	}
	return out, nil
}

// renderPage answers r with the page name (html/NAME.html inside the
// layout) titled title, data being what the page's template reads as
// .Data. The page is rendered before anything is sent: a template error
// is a logged 500 page, not half a page. Handlers return its error.
func (s *Server) renderPage(w nethttp.ResponseWriter, r *nethttp.Request, name, title string, data any) error {
	return s.renderPageStatus(w, r, nethttp.StatusOK, name, title, data)
}

// renderPageStatus is renderPage with another status than 200.
func (s *Server) renderPageStatus(w nethttp.ResponseWriter, r *nethttp.Request, status int, name, title string, data any) error {
	ps, err := loadPages()
	if err != nil {
		return &hebel.Error{Code: hebel.EINTERNAL, Op: "http: parsing templates", Err: err}
	}
	t, ok := ps[name]
	if !ok {
		return &hebel.Error{Code: hebel.EINTERNAL, Op: "http: rendering", Message: "no page " + name}
	}
	var buf bytes.Buffer
	v := pageView{Title: title, Path: r.URL.Path, Nav: navItems, Data: data}
	if err := t.ExecuteTemplate(&buf, "layout.html", v); err != nil {
		return &hebel.Error{Code: hebel.EINTERNAL, Op: "http: rendering " + name, Err: err}
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	setSecurityHeaders(w)
	w.WriteHeader(status)
	if _, err := w.Write(buf.Bytes()); err != nil {
		s.logger().Debug("http: writing page", "err", err)
	}
	return nil
}

// templateFuncs are the functions the templates call.
var templateFuncs = template.FuncMap{
	"asset":     assetURL,
	"shortID":   shortID,
	"withQuery": withQuery,
	"add":       func(a, b int) int { return a + b },
}

// shortID is a document id cut to the hex digits people read.
func shortID(id string) string {
	hex := strings.TrimPrefix(id, "sha256:")
	if len(hex) > 12 {
		hex = hex[:12]
	}
	return hex
}

// withQuery returns base with the query q where the pairs kv (key,
// value, …) replace q's values; an empty value removes the key.
func withQuery(base string, q url.Values, kv ...any) string {
	out := url.Values{}
	for k, vs := range q {
		out[k] = append([]string(nil), vs...)
	}
	for i := 0; i+1 < len(kv); i += 2 {
		k, _ := kv[i].(string)
		var v string
		switch x := kv[i+1].(type) {
		case string:
			v = x
		case int:
			v = strconv.Itoa(x)
		}
		if v == "" {
			out.Del(k)
		} else {
			out.Set(k, v)
		}
	}
	if len(out) == 0 {
		return base
	}
	return base + "?" + out.Encode()
}

// assetHashes are the first hex digits of each asset's SHA-256: the
// version in its URL, so that a changed file has a new URL and the old
// one may be cached for ever.
var assetHashes = func() map[string]string {
	m := map[string]string{}
	entries, _ := fs.ReadDir(assetFS, "assets")
	for _, e := range entries {
		b, _ := assetFS.ReadFile("assets/" + e.Name())
		sum := sha256.Sum256(b)
		m[e.Name()] = hex.EncodeToString(sum[:8])
	}
	return m
}()

// assetURL is the versioned URL of the asset name.
func assetURL(name string) string {
	return "/assets/" + name + "?v=" + assetHashes[name]
}

// serveAsset answers GET /assets/{name}: cached for a year when the
// request names the current version, else revalidated by ETag.
func (s *Server) serveAsset(w nethttp.ResponseWriter, r *nethttp.Request) error {
	name := r.PathValue("name")
	sum, ok := assetHashes[name]
	if !ok {
		return &statusError{nethttp.StatusNotFound, "no asset " + name}
	}
	b, err := assetFS.ReadFile("assets/" + name)
	if err != nil {
		return err
	}
	if r.URL.Query().Get("v") == sum {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		w.Header().Set("Cache-Control", "no-cache")
	}
	w.Header().Set("ETag", `"`+sum+`"`)
	setSecurityHeaders(w)
	nethttp.ServeContent(w, r, name, time.Time{}, bytes.NewReader(b))
	return nil
}

// uiRoutes lists the routes of the web UI: pages and their assets, none
// in the OpenAPI document.
func (s *Server) uiRoutes() []route {
	page := func(method, path string, h func(nethttp.ResponseWriter, *nethttp.Request) error) route {
		return route{method: method, path: path, h: h}
	}
	return []route{
		page("GET", "/{$}", s.docsPage),
		page("GET", "/docs/{id}", s.readerPage),
		page("GET", "/search", s.searchPage),
		page("GET", "/ingest", s.ingestPage),
		page("POST", "/ingest", s.ingestPost),
		page("GET", "/assets/{name}", s.serveAsset),
		page("GET", "/figures", s.figuresPage),
		page("GET", "/figures/{id}", s.figurePage),
		page("GET", "/actors", s.actorsPage),
		page("GET", "/actors/{id}", s.actorPage),
		page("GET", "/graph", s.graphPage),
		page("GET", "/leverage", s.leveragePage),
		page("GET", "/leverage/{a}/{b}", s.leveragePage),
	}
}

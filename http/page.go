package http

import (
	"html/template"
	nethttp "net/http"
	"strings"
)

// isPage reports whether r asks for a page of the UI rather than the API.
func isPage(r *nethttp.Request) bool {
	return !strings.HasPrefix(r.URL.Path, "/api/") && r.URL.Path != "/healthz"
}

var errorPage = template.Must(template.New("error").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{.Status}} – Hebel</title></head>
<body><h1>{{.Status}}</h1><p>{{.Message}}</p><p><a href="/">Hebel</a></p></body></html>
`))

// writeErrorPage answers a page request with an error page.
func (s *Server) writeErrorPage(w nethttp.ResponseWriter, _ *nethttp.Request, status int, msg string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	setSecurityHeaders(w)
	w.WriteHeader(status)
	_ = errorPage.Execute(w, struct {
		Status  string
		Message string
	}{nethttp.StatusText(status), msg})
}

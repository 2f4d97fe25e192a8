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

// errorView is what html/error.html reads.
type errorView struct {
	Status  string
	Message string
}

// plainErrorPage is the error page when the UI's templates cannot be
// rendered.
var plainErrorPage = template.Must(template.New("error").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{.Status}} – Hebel</title></head>
<body><h1>{{.Status}}</h1><p>{{.Message}}</p><p><a href="/">Hebel</a></p></body></html>
`))

// writeErrorPage answers a page request with an error page: the UI's
// layout around the status and msg, or a plain page when that fails.
func (s *Server) writeErrorPage(w nethttp.ResponseWriter, r *nethttp.Request, status int, msg string) {
	v := errorView{nethttp.StatusText(status), msg}
	err := s.renderPageStatus(w, r, status, "error", v.Status, v)
	if err == nil {
		return
	}
	s.logger().Error("http: rendering the error page", "err", err)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	setSecurityHeaders(w)
	w.WriteHeader(status)
	_ = plainErrorPage.Execute(w, v)
}

package http

import (
	"crypto/subtle"
	"net"
	nethttp "net/http"
	"strings"
)

// Guarding the server against the web pages a user visits while it runs:
//
//   - Host: a request is served only when its Host header is an IP
//     literal, "localhost" or a name in Server.Hosts. A page on a domain
//     the attacker controls can make the browser resolve that domain to
//     127.0.0.1 (DNS rebinding), but the browser then still sends the
//     attacker's domain as Host, which is refused.
//   - Cross-origin writes: unsafe methods from another origin (detected by
//     Sec-Fetch-Site or Origin, net/http.CrossOriginProtection) are
//     refused, so a page cannot POST into the store, with a form or with
//     fetch. Non-browser clients (curl) send neither header and pass.
//   - Writes: a route that changes the store answers 403 unless
//     Server.AllowWrites is set, and, when Server.Token is set, 401
//     unless the request carries it (Authorization: Bearer TOKEN, or the
//     form field "token" of the UI's forms).

// hostAllowed reports whether the Host header host (with or without a
// port) may be served.
func (s *Server) hostAllowed(host string) bool {
	if host == "" {
		return false
	}
	name := host
	if h, _, err := net.SplitHostPort(host); err == nil {
		name = h
	}
	name = strings.TrimSuffix(strings.TrimPrefix(name, "["), "]")
	if name == "" {
		return false
	}
	if net.ParseIP(name) != nil || strings.EqualFold(name, "localhost") {
		return true
	}
	for _, h := range s.Hosts {
		if strings.EqualFold(name, h) {
			return true
		}
	}
	return false
}

// guard wraps next with the Host check and the cross-origin check.
func (s *Server) guard(next nethttp.Handler) nethttp.Handler {
	cop := nethttp.NewCrossOriginProtection()
	cop.SetDenyHandler(nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		s.logger().WarnContext(r.Context(), "http: cross-origin request refused", "method", r.Method, "path", r.URL.Path,
			"origin", r.Header.Get("Origin"), "sec_fetch_site", r.Header.Get("Sec-Fetch-Site"))
		s.writeStatus(w, nethttp.StatusForbidden, "cross-origin request refused: writes are accepted only from this server's own pages or from non-browser clients")
	}))
	checked := cop.Handler(next)
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if !s.hostAllowed(r.Host) {
			s.logger().WarnContext(r.Context(), "http: foreign Host refused", "host", r.Host, "path", r.URL.Path)
			s.writeStatus(w, nethttp.StatusMisdirectedRequest, "host "+quoteHost(r.Host)+" is not served here; use an IP address or localhost, or start the server with --host NAME")
			return
		}
		checked.ServeHTTP(w, r)
	})
}

// quoteHost quotes a Host header for an error message, cut short.
func quoteHost(h string) string {
	if len(h) > 64 {
		h = h[:64] + "…"
	}
	return "\"" + strings.ToValidUTF8(h, "?") + "\""
}

// checkWrite answers whether r may change the store. When it may not, it
// has written the error response.
func (s *Server) checkWrite(w nethttp.ResponseWriter, r *nethttp.Request) bool {
	if !s.AllowWrites {
		s.writeStatus(w, nethttp.StatusForbidden, "writes are disabled; start hebel serve with --allow-writes")
		return false
	}
	if s.Token == "" {
		return true
	}
	if tokenMatches(requestToken(r), s.Token) {
		return true
	}
	w.Header().Set("WWW-Authenticate", `Bearer realm="hebel"`)
	s.writeStatus(w, nethttp.StatusUnauthorized, "writes need the server's token: Authorization: Bearer TOKEN")
	return false
}

// requestToken returns the token r carries: the bearer token of its
// Authorization header, else the form field "token" of a posted form.
func requestToken(r *nethttp.Request) string {
	if a := r.Header.Get("Authorization"); a != "" {
		if scheme, tok, ok := strings.Cut(a, " "); ok && strings.EqualFold(scheme, "Bearer") {
			return strings.TrimSpace(tok)
		}
		return ""
	}
	if r.MultipartForm != nil || r.PostForm != nil {
		return r.PostFormValue("token")
	}
	return ""
}

// tokenMatches compares in constant time.
func tokenMatches(got, want string) bool {
	return got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}

package http

import (
	_ "embed"
	nethttp "net/http"
)

// openAPI is the OpenAPI 3.1 document of the API routes. It is written
// from the Go description in openapi_gen_test.go (go test ./http -run
// TestOpenAPIGenerated -update), whose schemas come from the Go types the
// handlers encode; the tests check that every API route is in it and
// that the answers agree with it.
//
//go:embed openapi.json
var openAPI []byte

// OpenAPI returns the OpenAPI 3.1 document served at /api/openapi.json.
func OpenAPI() []byte { return append([]byte(nil), openAPI...) }

func (s *Server) openAPI(w nethttp.ResponseWriter, r *nethttp.Request) error {
	if err := checkParams(r.URL.Query()); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	setSecurityHeaders(w)
	w.WriteHeader(nethttp.StatusOK)
	if _, err := w.Write(openAPI); err != nil {
		s.logger().Debug("http: writing response", "err", err)
	}
	return nil
}

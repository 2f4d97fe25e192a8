package http

import (
	"bytes"
	"encoding/json"
	nethttp "net/http"

	"github.com/hebel-project/hebel"
)

// DefaultAnswersSize is how many encoded answers of the aggregate routes
// a Server keeps (see answer).
const DefaultAnswersSize = 512

// answer writes the JSON answer compute gives for the request r of a
// route that aggregates across the whole store (search with its facets,
// relations, the actor list, an actor, the graph, figures, a figure, a
// timeline): the encoded answer is
// kept, keyed by the data version (Server.WorldVersion) and the request's
// path and canonical query, so that the same question is answered from
// memory until documents are stored or datasets loaded. Without
// WorldVersion nothing is kept (the data may change unseen). Errors are
// not kept. Concurrent askers of one question wait for one computation.
func (s *Server) answer(w nethttp.ResponseWriter, r *nethttp.Request, compute func() (any, error)) error {
	if s.WorldVersion == nil {
		v, err := compute()
		if err != nil {
			return err
		}
		return s.writeJSON(w, nethttp.StatusOK, v)
	}
	s.init()
	version, err := s.WorldVersion(r.Context())
	if err != nil {
		return err
	}
	key := version + " " + r.URL.Path + "?" + r.URL.Query().Encode()
	body, err := s.answers.get(key, func() (any, error) {
		v, err := compute()
		if err != nil {
			return nil, err
		}
		return encodeAnswer(v)
	})
	if err != nil {
		return err
	}
	s.writeEncoded(w, body.([]byte))
	return nil
}

// encodeAnswer encodes v as the API writes JSON, for answers kept encoded.
func encodeAnswer(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, &hebel.Error{Code: hebel.EINTERNAL, Op: "http: encoding the answer", Err: err}
	}
	return buf.Bytes(), nil
}

// writeEncoded answers 200 with a JSON body encoded by encodeAnswer.
func (s *Server) writeEncoded(w nethttp.ResponseWriter, body []byte) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	setSecurityHeaders(w)
	w.WriteHeader(nethttp.StatusOK)
	if _, err := w.Write(body); err != nil {
		s.logger().Debug("http: writing response", "err", err)
	}
}

package http

import (
	nethttp "net/http"
	"strconv"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/record"
)

// Paging of GET /api/docs.
const (
	DefaultLimit = 100  // documents listed when ?limit= is absent
	MaxLimit     = 1000 // the largest ?limit= accepted
)

// DocumentList is the answer of GET /api/docs: one page of documents,
// newest first, and how many match the filter in all.
type DocumentList struct {
	Documents []*hebel.DocumentSummary `json:"documents"`
	Total     int                      `json:"total"`
	Offset    int                      `json:"offset"`
	Limit     int                      `json:"limit"`
}

func (s *Server) listDocs(w nethttp.ResponseWriter, r *nethttp.Request) error {
	if s.RecordStore == nil {
		return notConfigured("record store")
	}
	q := r.URL.Query()
	f := hebel.DocumentFilter{Lang: q.Get("lang"), Limit: DefaultLimit}
	var err error
	if f.Limit, err = intParam(q.Get("limit"), "limit", DefaultLimit, 1, MaxLimit); err != nil {
		return err
	}
	if f.Offset, err = intParam(q.Get("offset"), "offset", 0, 0, -1); err != nil {
		return err
	}
	docs, total, err := s.RecordStore.FindDocuments(r.Context(), f)
	if err != nil {
		return err
	}
	if docs == nil {
		docs = []*hebel.DocumentSummary{}
	}
	return s.writeJSON(w, nethttp.StatusOK, DocumentList{Documents: docs, Total: total, Offset: f.Offset, Limit: f.Limit})
}

func (s *Server) showDoc(w nethttp.ResponseWriter, r *nethttp.Request) error {
	if s.RecordStore == nil {
		return notConfigured("record store")
	}
	id := r.PathValue("id")
	rec, err := s.RecordStore.FindRecordByID(r.Context(), id)
	if err != nil {
		if hebel.ErrorCode(err) == hebel.ENOTFOUND {
			return hebel.Errorf(hebel.ENOTFOUND, "no document %s", id)
		}
		return err
	}
	return s.writeRecord(w, nethttp.StatusOK, rec)
}

// writeRecord answers with the public record of rec, as 'hebel show'
// prints it.
func (s *Server) writeRecord(w nethttp.ResponseWriter, status int, rec *hebel.Record) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	if err := record.NewEncoder(w, true).Encode(record.FromRecord(rec)); err != nil {
		s.logger().Debug("http: writing record", "err", err)
	}
	return nil
}

// intParam parses the query parameter name: def when empty, EINVALID when
// it is not an integer in [lo, hi] (hi < 0: no upper bound).
func intParam(v, name string, def, lo, hi int) (int, error) {
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || (hi >= 0 && n > hi) {
		if hi >= 0 {
			return 0, hebel.Errorf(hebel.EINVALID, "%s must be an integer from %d to %d, not %q", name, lo, hi, v)
		}
		return 0, hebel.Errorf(hebel.EINVALID, "%s must be an integer ≥ %d, not %q", name, lo, v)
	}
	return n, nil
}

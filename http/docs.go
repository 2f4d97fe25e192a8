package http

import (
	nethttp "net/http"
	"net/url"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/record"
)

// Paging of the list routes.
const (
	DefaultLimit     = 100     // items listed when ?limit= is absent
	MaxLimit         = 1000    // the largest ?limit= accepted
	MaxOffset        = 1 << 30 // the largest ?offset= accepted
	MaxRecordsLimit  = 100     // the largest ?limit= of /api/records, whose items are whole records
	DefaultRecsLimit = 20      // records listed when ?limit= is absent
)

// DocumentList is the answer of GET /api/docs: one page of documents,
// newest first, and how many match the filter in all.
type DocumentList struct {
	Documents []*hebel.DocumentSummary `json:"documents"`
	Total     int                      `json:"total"`
	Offset    int                      `json:"offset"`
	Limit     int                      `json:"limit"`
}

// docFilter is the filter of the document routes: language, actor,
// relation type and publication dates.
type docFilter struct {
	lang, actor string
	typ         hebel.RelationType
	from, to    time.Time
}

// docFilterParams reads ?lang=&actor=&type=&from=&to=.
func docFilterParams(q url.Values) (docFilter, error) {
	var f docFilter
	var err error
	if f.lang, err = langParam(q.Get("lang")); err != nil {
		return f, err
	}
	if f.actor, err = textParam(q.Get("actor"), "actor"); err != nil {
		return f, err
	}
	if f.typ, err = relationTypeParam(q.Get("type")); err != nil {
		return f, err
	}
	if f.from, err = dateParam(q.Get("from"), "from", false); err != nil {
		return f, err
	}
	if f.to, err = dateParam(q.Get("to"), "to", true); err != nil {
		return f, err
	}
	if !f.from.IsZero() && !f.to.IsZero() && !f.from.Before(f.to) {
		return f, hebel.Errorf(hebel.EINVALID, "from %s is after to %s", q.Get("from"), q.Get("to"))
	}
	return f, nil
}

// onlyLang reports whether the filter needs no more than a listing.
func (f docFilter) onlyLang() bool {
	return f.actor == "" && f.typ == "" && f.from.IsZero() && f.to.IsZero()
}

// findDocuments lists one page of documents matching f, newest first.
func (s *Server) findDocuments(r *nethttp.Request, f docFilter, limit, offset int) ([]*hebel.DocumentSummary, int, error) {
	if f.onlyLang() {
		if s.RecordStore == nil {
			return nil, 0, notConfigured("record store")
		}
		return s.RecordStore.FindDocuments(r.Context(), hebel.DocumentFilter{Lang: f.lang, Limit: limit, Offset: offset})
	}
	if s.SearchStore == nil {
		return nil, 0, notImplemented("search")
	}
	res, err := s.SearchStore.SearchDocuments(r.Context(), hebel.SearchQuery{
		Lang: f.lang, Actor: f.actor, Type: f.typ, From: f.from, To: f.to, Limit: limit, Offset: offset})
	if err != nil {
		return nil, 0, err
	}
	docs := make([]*hebel.DocumentSummary, len(res.Hits))
	for i := range res.Hits {
		docs[i] = &res.Hits[i].Document
	}
	return docs, res.Total, nil
}

// docListParams reads the filters of a document listing (the API's and
// the UI's), refusing any other parameter.
func docListParams(q url.Values) (docFilter, error) {
	if err := checkParams(q, "lang", "actor", "type", "from", "to", "limit", "offset"); err != nil {
		return docFilter{}, err
	}
	return docFilterParams(q)
}

func (s *Server) listDocs(w nethttp.ResponseWriter, r *nethttp.Request) error {
	q := r.URL.Query()
	f, err := docListParams(q)
	if err != nil {
		return err
	}
	limit, offset, err := pageParams(q)
	if err != nil {
		return err
	}
	// The listing changes only when documents are stored: kept per data
	// version like the other aggregate answers.
	return s.answer(w, r, func() (any, error) {
		docs, total, err := s.findDocuments(r, f, limit, offset)
		if err != nil {
			return nil, err
		}
		if docs == nil {
			docs = []*hebel.DocumentSummary{}
		}
		return DocumentList{Documents: docs, Total: total, Offset: offset, Limit: limit}, nil
	})
}

// findRecord returns the stored record the path's {id} names.
func (s *Server) findRecord(r *nethttp.Request) (*hebel.Record, error) {
	if s.RecordStore == nil {
		return nil, notConfigured("record store")
	}
	id, err := docID(r.PathValue("id"))
	if err != nil {
		return nil, err
	}
	rec, err := s.RecordStore.FindRecordByID(r.Context(), id)
	if err != nil {
		if hebel.ErrorCode(err) == hebel.ENOTFOUND {
			return nil, hebel.Errorf(hebel.ENOTFOUND, "no document %s", id)
		}
		return nil, err
	}
	return rec, nil
}

func (s *Server) showDoc(w nethttp.ResponseWriter, r *nethttp.Request) error {
	if err := checkParams(r.URL.Query()); err != nil {
		return err
	}
	// A stored record changes only with the data version.
	return s.answer(w, r, func() (any, error) {
		rec, err := s.findRecord(r)
		if err != nil {
			return nil, err
		}
		return record.FromRecord(rec), nil
	})
}

// RecordList is the answer of GET /api/records: one page of whole public
// records, newest first.
type RecordList struct {
	Records []*record.Record `json:"records"`
	Total   int              `json:"total"`
	Offset  int              `json:"offset"`
	Limit   int              `json:"limit"`
}

func (s *Server) listRecords(w nethttp.ResponseWriter, r *nethttp.Request) error {
	q := r.URL.Query()
	if err := checkParams(q, "lang", "actor", "type", "from", "to", "limit", "offset"); err != nil {
		return err
	}
	f, err := docFilterParams(q)
	if err != nil {
		return err
	}
	limit, err := intParam(q.Get("limit"), "limit", DefaultRecsLimit, 1, MaxRecordsLimit)
	if err != nil {
		return err
	}
	offset, err := intParam(q.Get("offset"), "offset", 0, 0, MaxOffset)
	if err != nil {
		return err
	}
	docs, total, err := s.findDocuments(r, f, limit, offset)
	if err != nil {
		return err
	}
	out := RecordList{Records: make([]*record.Record, 0, len(docs)), Total: total, Offset: offset, Limit: limit}
	for _, d := range docs {
		rec, err := s.RecordStore.FindRecordByID(r.Context(), d.ID)
		if err != nil {
			return err
		}
		out.Records = append(out.Records, record.FromRecord(rec))
	}
	return s.writeJSON(w, nethttp.StatusOK, out)
}

package http

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"io"
	"mime/multipart"
	nethttp "net/http"
	"strings"

	"github.com/hebel-project/hebel"
)

// ingestName is the document source of pasted text without a source.
const ingestName = "web"

// ingestView is what html/ingest.html reads.
type ingestView struct {
	Writes    bool   // the server stores documents
	NeedToken bool   // writes need the server's token
	CSRF      string // the form's hidden token
	Error     string // why the last post failed
	Text      string // what was pasted, to fill the form again
	Source    string
}

// newCSRFToken returns a random token for the UI's forms.
func newCSRFToken() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic("http: no randomness for the form token: " + err.Error()) // crypto/rand does not fail on supported systems
	}
	return hex.EncodeToString(b)
}

func (s *Server) ingestView() ingestView {
	s.init()
	return ingestView{Writes: s.AllowWrites, NeedToken: s.Token != "", CSRF: s.csrf}
}

// ingestPage answers GET /ingest: the form to paste a text or upload a
// file, or, without AllowWrites, why there is none.
func (s *Server) ingestPage(w nethttp.ResponseWriter, r *nethttp.Request) error {
	if err := checkParams(r.URL.Query()); err != nil {
		return err
	}
	return s.renderPage(w, r, "ingest", "Ingest", s.ingestView())
}

// ingestPost answers POST /ingest: it extracts the pasted text or the
// uploaded file, stores the record and redirects to its reader. It is a
// write: refused without AllowWrites (403), without the form's token
// (403) and, when the server has a Token, without it (401).
func (s *Server) ingestPost(w nethttp.ResponseWriter, r *nethttp.Request) error {
	if !s.AllowWrites {
		return &statusError{nethttp.StatusForbidden, "writes are disabled; start hebel serve with --allow-writes"}
	}
	if s.RecordStore == nil {
		return notConfigured("record store")
	}
	r.Body = nethttp.MaxBytesReader(w, r.Body, s.maxBody()+formOverhead)
	if err := r.ParseMultipartForm(s.maxBody()); err != nil && err != nethttp.ErrNotMultipart {
		return formError(err)
	}
	if err := s.checkForm(r); err != nil {
		return err
	}
	rec, err := s.ingestRecord(r)
	if err != nil {
		return s.ingestFailed(w, r, err)
	}
	nethttp.Redirect(w, r, "/docs/"+rec.Document.ID, nethttp.StatusSeeOther)
	return nil
}

// ingestRecord extracts the posted document and stores its record (a
// document already stored is kept as it is).
func (s *Server) ingestRecord(r *nethttp.Request) (*hebel.Record, error) {
	name, data, err := ingestInput(r, s.maxBody())
	if err != nil {
		return nil, err
	}
	rec, err := s.runExtract(r.Context(), name, "", data)
	if err != nil {
		return nil, err
	}
	if _, err := s.RecordStore.PutRecord(r.Context(), rec, false); err != nil {
		return nil, err
	}
	return rec, nil
}

// formOverhead is what a multipart form may add to the body's limit:
// boundaries, headers and the small fields.
const formOverhead = 64 << 10

// formError is the error of a form that cannot be read.
func formError(err error) error {
	var tooLarge *nethttp.MaxBytesError
	if errors.As(err, &tooLarge) {
		return err
	}
	return hebel.Errorf(hebel.EINVALID, "the form cannot be read: %v", err)
}

// checkForm compares the form's CSRF token, and the server's Token when
// set, in constant time.
func (s *Server) checkForm(r *nethttp.Request) error {
	s.init()
	if subtle.ConstantTimeCompare([]byte(r.PostFormValue("csrf")), []byte(s.csrf)) != 1 {
		return &statusError{nethttp.StatusForbidden, "the form is out of date or not from this server: reload the ingest page and send it again"}
	}
	if s.Token != "" && !tokenMatches(requestToken(r), s.Token) {
		return &statusError{nethttp.StatusUnauthorized, "writes need the server's token: enter it in the form"}
	}
	return nil
}

// ingestInput returns the uploaded file, when one was sent, else the
// pasted text, with the name the document is read as.
func ingestInput(r *nethttp.Request, limit int64) (string, []byte, error) {
	src, err := textParam(r.PostFormValue("source"), "source")
	if err != nil {
		return "", nil, err
	}
	if f, h, err := r.FormFile("file"); err == nil {
		defer f.Close()
		return uploaded(f, h, src, limit)
	}
	text := r.PostFormValue("text")
	if strings.TrimSpace(text) == "" {
		return "", nil, hebel.Errorf(hebel.EINVALID, "paste a text or choose a file")
	}
	if src == "" {
		src = ingestName
	}
	return src, []byte(text), nil
}

// uploaded reads an uploaded file, named by src or else its file name.
func uploaded(f multipart.File, h *multipart.FileHeader, src string, limit int64) (string, []byte, error) {
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return "", nil, err
	}
	if int64(len(data)) > limit {
		return "", nil, &nethttp.MaxBytesError{Limit: limit}
	}
	if src == "" {
		src = h.Filename
	}
	return src, data, nil
}

// ingestFailed shows the form again with why the document could not be
// stored; internal errors go the usual way (logged, not shown).
func (s *Server) ingestFailed(w nethttp.ResponseWriter, r *nethttp.Request, err error) error {
	st := statusOf(err)
	if st >= 500 {
		return err
	}
	_, msg := s.errorMessage(r, err)
	v := s.ingestView()
	v.Error, v.Text, v.Source = msg, r.PostFormValue("text"), r.PostFormValue("source")
	return s.renderPageStatus(w, r, st, "ingest", "Ingest", v)
}

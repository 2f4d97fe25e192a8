package dating

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
)

// Sidecar names. A plain-text file NAME.EXT may have its metadata beside it
// in NAME.EXT.meta.json or, failing that, NAME.meta.json; a directory may
// list its files in IndexName.
const (
	SidecarSuffix = ".meta.json"
	IndexName     = "INDEX.json"
)

// SidecarNames returns the sidecar file names to look for beside file, in
// the order they are tried: "a/b.txt" gives "a/b.txt.meta.json" and
// "a/b.meta.json". A file without an extension has one candidate.
func SidecarNames(file string) []string {
	names := []string{file + SidecarSuffix}
	if ext := path.Ext(file); ext != "" && !strings.ContainsAny(ext, `/\`) {
		names = append(names, strings.TrimSuffix(file, ext)+SidecarSuffix)
	}
	return names
}

// IsMetadataFile reports whether a file name is a sidecar or an index, so
// that it is not read as a document.
func IsMetadataFile(name string) bool {
	base := path.Base(strings.ReplaceAll(name, `\`, "/"))
	return strings.HasSuffix(base, SidecarSuffix) || base == IndexName
}

// Meta is what a sidecar or an index entry says about one document. Zero
// fields are unknown.
type Meta struct {
	Published time.Time
	Precision hebel.Precision
	Note      string // why the date is what it is ("inferred", "dated by the events it reports …")
	URL       string
	Title     string
	Author    string
	Lang      string

	// Problem says why a date or field given could not be used ("" when
	// all was read); the caller records it on the document.
	Problem string
}

// metaJSON is the sidecar's shape and one index entry's. "published" and
// "date" are synonyms (news-dev's INDEX.json writes "date"); an empty
// string is unknown.
type metaJSON struct {
	File      string `json:"file"`
	Published string `json:"published"`
	Date      string `json:"date"`
	Note      string `json:"note"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Author    string `json:"author"`
	Lang      string `json:"lang"`
}

// maxMetaBytes bounds a sidecar or index.
const maxMetaBytes = 16 << 20

// ParseSidecar reads a sidecar: one JSON object with any of "published"
// (or "date"), "note", "url", "title", "author", "lang". Unknown fields are
// ignored. A date that cannot be read leaves Published zero and says why
// in Meta.Problem. Errors (EINVALID): data that is not one JSON object, or
// larger than 16 MiB.
func ParseSidecar(data []byte) (Meta, error) {
	if len(data) > maxMetaBytes {
		return Meta{}, hebel.Errorf(hebel.EINVALID, "sidecar of %d bytes is over the limit of %d", len(data), maxMetaBytes)
	}
	var m metaJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&m); err != nil {
		return Meta{}, &hebel.Error{Code: hebel.EINVALID, Op: "reading sidecar", Message: "want one JSON object", Err: err}
	}
	return m.meta(), nil
}

// ParseIndex reads an index: a JSON array of objects, each with "file" (a
// name relative to the index's directory) and the fields of a sidecar, as
// news-dev's INDEX.json writes them:
//
//	[{"file": "de-dev-01.txt", "url": "https://…", "date": "2024-02 (inferred)"}, …]
//
// It returns the entries by file name (later entries win). Entries without
// "file" are skipped. Errors (EINVALID): data that is not a JSON array of
// objects, or larger than 16 MiB.
func ParseIndex(data []byte) (map[string]Meta, error) {
	if len(data) > maxMetaBytes {
		return nil, hebel.Errorf(hebel.EINVALID, "index of %d bytes is over the limit of %d", len(data), maxMetaBytes)
	}
	var entries []metaJSON
	if err := json.Unmarshal(data, &entries); err != nil {
		return nil, &hebel.Error{Code: hebel.EINVALID, Op: "reading index", Message: "want a JSON array of objects with \"file\"", Err: err}
	}
	out := make(map[string]Meta, len(entries))
	for _, e := range entries {
		f := path.Clean(strings.ReplaceAll(strings.TrimSpace(e.File), `\`, "/"))
		if e.File == "" || f == "." {
			continue
		}
		out[f] = e.meta()
	}
	return out, nil
}

func (m metaJSON) meta() Meta {
	out := Meta{URL: strings.TrimSpace(m.URL), Title: strings.TrimSpace(m.Title),
		Author: strings.TrimSpace(m.Author), Lang: strings.TrimSpace(m.Lang), Note: strings.TrimSpace(m.Note)}
	date := strings.TrimSpace(m.Published)
	if date == "" {
		date = strings.TrimSpace(m.Date)
	}
	if date == "" {
		return out
	}
	t, p, note, err := ParseDate(date)
	if err != nil {
		out.Problem = hebel.ErrorMessage(err)
		return out
	}
	out.Published, out.Precision = t, p
	switch {
	case note != "" && out.Note != "":
		out.Note = note + "; " + out.Note
	case note != "":
		out.Note = note
	}
	return out
}

// Apply fills doc from m, which came from source (hebel.DateFromSidecar or
// DateFromIndex, or DateFromFlag for a date the user gave): the date is
// offered (see Offer), empty title, URL, author and language are
// filled. It returns
// the problems: an unreadable date, a conflict with the date doc had.
func Apply(doc *hebel.Document, m Meta, source, where string) []hebel.Problem {
	var out []hebel.Problem
	if m.Problem != "" {
		out = append(out, hebel.Problem{Code: hebel.ProblemBadDate, Extractor: extractorName,
			Message: fmt.Sprintf("%s: %s; the date is left out", where, m.Problem)})
	}
	if p := Offer(doc, m.Published, hebel.Dating{Source: source, Precision: m.Precision, Note: m.Note}); p != nil {
		p.Message = where + ": " + p.Message
		out = append(out, *p)
	}
	if doc.Title == "" {
		doc.Title = m.Title
	}
	if doc.URL == "" {
		doc.URL = m.URL
	}
	if doc.Author == "" {
		doc.Author = m.Author
	}
	if doc.Lang == "" {
		doc.Lang = m.Lang
	}
	return out
}

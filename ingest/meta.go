package ingest

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dating"
)

// metaFiles finds and reads the metadata files beside plain inputs: a
// sidecar (dating.SidecarNames) or an entry of the directory's
// dating.IndexName. Indexes are read once per directory.
type metaFiles struct {
	mu      sync.Mutex
	indexes map[string]indexFile // by directory
}

type indexFile struct {
	entries map[string]dating.Meta
	err     error // the index exists but cannot be read
}

// maxMetaFile bounds the size of a sidecar or index read from disk.
const maxMetaFile = 16 << 20

// dateFile applies the metadata found beside the file input name to doc
// (fileMetas). It returns the problems: an unreadable sidecar or index
// (the document is kept, undated unless another source dates it), an
// impossible date, a conflict with the date doc has.
func (x *Extractor) dateFile(doc *hebel.Document, name string) []hebel.Problem {
	return applyMetas(doc, x.fileMetas(name))
}

// fileMetas finds the metadata beside the file input name: the first
// sidecar that exists, else the directory index's entry for the file, or
// the problem of an unreadable one.
func (x *Extractor) fileMetas(name string) []MetaDate {
	if x.NoMetaFiles || name == "" || name == Stdin {
		return nil
	}
	for _, side := range dating.SidecarNames(name) {
		data, err := readSmall(side)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err == nil {
			var m dating.Meta
			if m, err = dating.ParseSidecar(data); err == nil {
				return []MetaDate{{Meta: m, Source: hebel.DateFromSidecar, Where: filepath.Base(side)}}
			}
		}
		return []MetaDate{{Problem: &hebel.Problem{Code: hebel.ProblemBadField, Extractor: "ingest",
			Message: filepath.Base(side) + ": " + hebel.ErrorMessage(err) + "; its metadata is left out"}}}
	}
	dir, base := filepath.Split(name)
	idx := x.meta.index(dir)
	if idx.err != nil {
		return []MetaDate{{Problem: &hebel.Problem{Code: hebel.ProblemBadField, Extractor: "ingest",
			Message: dating.IndexName + ": " + hebel.ErrorMessage(idx.err) + "; its metadata is left out"}}}
	}
	if m, ok := idx.entries[base]; ok {
		return []MetaDate{{Meta: m, Source: hebel.DateFromIndex, Where: dating.IndexName}}
	}
	return nil
}

// datePublished applies the date the user gave (--published), which
// outranks every other source.
func (x *Extractor) datePublished(doc *hebel.Document) []hebel.Problem {
	if x.Published.Published.IsZero() {
		return nil
	}
	return dating.Apply(doc, x.Published, hebel.DateFromFlag, "--published")
}

// index returns the index of dir, reading it on first use.
func (mf *metaFiles) index(dir string) indexFile {
	mf.mu.Lock()
	defer mf.mu.Unlock()
	if idx, ok := mf.indexes[dir]; ok {
		return idx
	}
	if mf.indexes == nil {
		mf.indexes = map[string]indexFile{}
	}
	var idx indexFile
	data, err := readSmall(filepath.Join(dir, dating.IndexName))
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		idx.err = err
	default:
		idx.entries, idx.err = dating.ParseIndex(data)
	}
	mf.indexes[dir] = idx
	return idx
}

// readSmall reads a metadata file, refusing one over maxMetaFile.
func readSmall(name string) ([]byte, error) {
	fi, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, hebel.Errorf(hebel.EINVALID, "not a regular file")
	}
	if fi.Size() > maxMetaFile {
		return nil, hebel.Errorf(hebel.EINVALID, "%d bytes, over the limit of %d", fi.Size(), maxMetaFile)
	}
	return os.ReadFile(name)
}

// Package bundle embeds a compact extract of the world datasets whose
// licences allow Hebel to ship them, so that the leverage model runs on a
// machine without the shared data directory. Load decodes it with the
// provenance of every value intact: original dataset, version, file and
// row of the source file (not of the extract).
//
// The extract (world.bin.gz) is written by gen.go (`go generate`) from the
// shared data; what it holds and leaves out, and why, is listed in gen.go
// and in the project's data/SOURCES.md ("World bundle"). The package does
// no I/O besides reading its embedded file.
package bundle

//go:generate go run gen.go -root ../../../shared/data/world -out world.bin.gz

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"

	hebel "github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dataset"
)

//go:embed world.bin.gz
var data []byte

// Load decodes the embedded world. Each call returns a fresh World the
// caller may modify.
func Load() (*hebel.World, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("loading world bundle: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("loading world bundle: %w", err)
	}
	w, err := Decode(raw)
	if err != nil {
		return nil, fmt.Errorf("loading world bundle: %w", err)
	}
	Describe(w)
	return w, nil
}

// Describe fills in what package dataset knows about each dataset of w
// (completeness, the exporters an extract lists, coverage, known gaps),
// keeping the name and version w states: descriptions written into an
// older bundle or a store stay current. Datasets whose rows w holds but
// whose description it lacks (rows read back from a store) get package
// dataset's.
func Describe(w *hebel.World) {
	if w.Sources == nil {
		w.Sources = map[string]hebel.DatasetInfo{}
	}
	add := func(id string) {
		if _, ok := w.Sources[id]; !ok {
			if d, known := dataset.Sources[id]; known {
				w.Sources[id] = d
			}
		}
	}
	last := ""
	for i := range w.Flows {
		if id := w.Flows[i].Prov.Dataset; id != last {
			add(id)
			last = id
		}
	}
	for i := range w.Ties {
		add(w.Ties[i].Prov.Dataset)
	}
	for id, info := range w.Sources {
		if d, ok := dataset.Sources[id]; ok {
			info.Complete, info.Exporters, info.Coverage, info.Gaps = d.Complete, d.Exporters, d.Coverage, d.Gaps
			w.Sources[id] = info
		}
	}
}

// Size returns the size of the embedded, compressed extract in bytes.
func Size() int { return len(data) }

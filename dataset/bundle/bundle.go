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
	return w, nil
}

// Size returns the size of the embedded, compressed extract in bytes.
func Size() int { return len(data) }

package dataset

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	hebel "github.com/hebel-project/hebel"
)

// LoadDir loads every dataset found below root, laid out as in the
// project's shared data/world directory (trade-cow-dyadic/,
// alliances-atop-cow/, …; see each kind's layout in registry). It returns
// the world and the row errors of all files; a dataset whose files are
// absent is reported once and skipped (optional ones silently); kinds
// loaded on request only (UN Comtrade via OTS) are left out. It fails
// only when root is not a readable directory. World.Sources lists the
// datasets loaded.
func LoadDir(root string) (*hebel.World, []error) {
	if fi, err := os.Stat(root); err != nil || !fi.IsDir() {
		if err == nil {
			err = fmt.Errorf("not a directory")
		}
		return nil, []error{fmt.Errorf("loading world data from %s: %w", root, err)}
	}
	w := newWorld()
	var errs []error
	for _, k := range registry {
		if k.explicit {
			continue
		}
		found := false
		for _, pattern := range k.layout {
			paths, _ := filepath.Glob(filepath.Join(root, pattern))
			sort.Strings(paths)
			for _, p := range paths {
				found = true
				errs = append(errs, loadInto(w, k, p)...)
			}
		}
		if !found && !k.optional {
			errs = append(errs, &RowError{File: strings.Join(k.layout, ", "), Err: fmt.Errorf("no file for %s", k.name)})
		}
	}
	return w, errs
}

// LoadKind loads one file of the given kind (one of Kinds) into a new
// World. "cow-trade" and "igo" accept the dyadic and the state-year files
// (told apart by the header); "baci" expects country_codes_V*.csv beside
// the main file. Files ending in .gz are decompressed. Unknown kinds and
// unreadable files give one error.
func LoadKind(kindName, path string) (*hebel.World, []error) {
	k, ok := kindNamed(kindName)
	if !ok {
		return newWorld(), []error{fmt.Errorf("loading %s: unknown dataset kind %q (want one of %s)", path, kindName, strings.Join(Kinds, ", "))}
	}
	w := newWorld()
	errs := loadInto(w, k, path)
	return w, errs
}

// LoadKindWatched is LoadKind that calls read, from the loading goroutine,
// with the number of bytes of the file read so far (compressed bytes for
// .gz files) as the load goes on, for progress reports.
func LoadKindWatched(kindName, path string, read func(n int64)) (*hebel.World, []error) {
	k, ok := kindNamed(kindName)
	if !ok {
		return LoadKind(kindName, path)
	}
	w := newWorld()
	return w, loadFile(w, k, path, read)
}

// countingReader calls fn with the bytes read so far.
type countingReader struct {
	r  io.Reader
	n  int64
	fn func(int64)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	c.fn(c.n)
	return n, err
}

// newWorld returns an empty World with a Sources map.
func newWorld() *hebel.World {
	return &hebel.World{Sources: map[string]hebel.DatasetInfo{}}
}

// loadInto loads path as kind k and appends the result to w; the datasets
// its rows cite are added to w.Sources.
func loadInto(w *hebel.World, k kind, path string) []error {
	return loadFile(w, k, path, nil)
}

// loadFile is loadInto that calls read, when not nil, with the bytes of
// the file read so far.
func loadFile(w *hebel.World, k kind, path string, read func(int64)) []error {
	file := filepath.Base(path)
	f, err := os.Open(path)
	if err != nil {
		return []error{&RowError{File: file, Err: err}}
	}
	defer f.Close()
	var r io.Reader = f
	if read != nil {
		r = &countingReader{r: f, fn: read}
	}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return []error{&RowError{File: file, Err: fmt.Errorf("reading gzip: %w", err)}}
		}
		defer zr.Close()
		r = zr
		file = strings.TrimSuffix(file, ".gz")
	}
	br := bufio.NewReaderSize(r, 1<<16)
	head, _ := br.Peek(256)
	in := &input{r: br, path: path, file: file, header: strings.ToLower(string(head))}
	nf, nt, ni := len(w.Flows), len(w.Ties), len(w.Indicators)
	errs := k.load(in, w)
	cited := map[string]bool{}
	for _, f := range w.Flows[nf:] {
		cited[f.Prov.Dataset] = true
	}
	for _, t := range w.Ties[nt:] {
		cited[t.Prov.Dataset] = true
	}
	for _, x := range w.Indicators[ni:] {
		cited[x.Prov.Dataset] = true
	}
	for id := range cited {
		if _, ok := w.Sources[id]; !ok {
			if info, known := Sources[id]; known {
				w.Sources[id] = info
			}
		}
	}
	return errs
}

// loadBACICountriesBeside reads the country_codes_V*.csv next to a BACI
// main file (the newest by name when there are several).
func loadBACICountriesBeside(path string) (BACICountries, []error) {
	paths, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "country_codes_V*.csv"))
	if len(paths) == 0 {
		return BACICountries{}, []error{&RowError{File: filepath.Base(path), Err: fmt.Errorf("no country_codes_V*.csv beside it")}}
	}
	sort.Strings(paths)
	f, err := os.Open(paths[len(paths)-1])
	if err != nil {
		return BACICountries{}, []error{&RowError{File: filepath.Base(paths[len(paths)-1]), Err: err}}
	}
	defer f.Close()
	return LoadBACICountries(f, filepath.Base(f.Name()))
}

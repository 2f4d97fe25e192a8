package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/feed"
	"github.com/hebel-project/hebel/reader"
)

// walk adds the files under dir that Hebel reads to e, in lexical order,
// following symbolic links (a link back to a directory being walked is an
// error, not a loop).
func walk(dir string, e *Expansion) {
	info, err := os.Stat(dir)
	if err != nil {
		e.Errs = append(e.Errs, inputError(dir, err))
		return
	}
	walkDir(dir, []os.FileInfo{info}, e)
}

func walkDir(dir string, ancestors []os.FileInfo, e *Expansion) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		e.Errs = append(e.Errs, inputError(dir, err))
		return
	}
	for _, d := range entries { // sorted by name
		if strings.HasPrefix(d.Name(), ".") {
			continue
		}
		path := filepath.Join(dir, d.Name())
		info, err := os.Stat(path) // follows links
		switch {
		case errors.Is(err, fs.ErrNotExist) && d.Type()&fs.ModeSymlink != 0:
			e.Errs = append(e.Errs, &InputError{Name: path, Err: hebel.Errorf(hebel.ENOTFOUND, "broken symbolic link")})
		case err != nil:
			e.Errs = append(e.Errs, inputError(path, err))
		case info.IsDir():
			if loops(info, ancestors) {
				e.Errs = append(e.Errs, &InputError{Name: path, Err: hebel.Errorf(hebel.EINVALID,
					"symbolic link loop: it leads back to a directory above it")})
				continue
			}
			walkDir(path, append(ancestors, info), e)
		default:
			if why := classify(path, info); why != "" {
				e.Skipped = append(e.Skipped, Skip{Path: path, Reason: why})
				continue
			}
			e.Inputs = append(e.Inputs, Input{Name: path, Size: info.Size()})
		}
	}
}

func loops(info os.FileInfo, ancestors []os.FileInfo) bool {
	for _, a := range ancestors {
		if os.SameFile(info, a) {
			return true
		}
	}
	return false
}

// Extensions a walk reads without looking inside, and those it leaves out
// whatever they hold: metadata and data tables are text but not news.
var (
	documentExts = map[string]bool{
		".txt": true, ".text": true, ".md": true, ".html": true, ".htm": true, ".xhtml": true,
		".shtml": true, ".rss": true, ".atom": true, ".rdf": true, ".feed": true, ".warc": true,
	}
	dataExts = map[string]string{
		".json": "JSON", ".jsonl": "JSON", ".ndjson": "JSON", ".geojson": "JSON",
		".csv": "a data table", ".tsv": "a data table", ".sql": "SQL", ".db": "a database",
		".sqlite": "a database", ".yaml": "YAML", ".yml": "YAML", ".toml": "TOML",
	}
)

// classify says why a walk leaves the file at path out, "" when it reads
// it. Names decide first: documentExts are read (an empty or broken one
// is then reported when read), dataExts left out. Other files are read
// when their content is a WARC crawl, a feed or HTML, or text without an
// extension (README, article-17); .gz files are judged by the name
// without .gz and by what they hold uncompressed.
func classify(path string, info os.FileInfo) string {
	if kind := irregular(info.Mode()); kind != "" {
		return kind
	}
	name := strings.ToLower(filepath.Base(path))
	inner := gunzippedName(name)
	ext := filepath.Ext(inner)
	if why, ok := dataExts[ext]; ok {
		return why
	}
	if documentExts[ext] || info.Size() == 0 {
		return ""
	}
	head, err := readHead(path)
	if err != nil {
		return "" // reading it will say what is wrong
	}
	switch format, binary := reader.Sniff(inner, head); {
	case bytes.HasPrefix(head, []byte("WARC/1.")):
		return ""
	case binary != "":
		return "binary (" + strings.TrimPrefix(binary, "looks like ") + ")"
	case ext == ".xml" && !feed.Sniff(head):
		return "XML that is not an RSS or Atom feed"
	case feed.Sniff(head), format == reader.FormatHTML:
		return ""
	case ext == "":
		return ""
	case looksLikeJSON(head):
		return "JSON"
	}
	return fmt.Sprintf("not a document type (%s)", ext)
}

// readHead returns the first sniffBytes of the file, uncompressed when
// the file is gzip.
func readHead(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, sniffBytes)
	var r io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, err
		}
		r = zr
	}
	head := make([]byte, sniffBytes)
	n, err := io.ReadFull(r, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, err
	}
	return head[:n], nil
}

// looksLikeJSON reports whether a text starts like a JSON object or array.
func looksLikeJSON(head []byte) bool {
	s := bytes.TrimLeft(head, " \t\r\n\xef\xbb\xbf")
	return len(s) > 1 && (s[0] == '{' && bytes.IndexAny(s[1:2], "\"}\r\n\t ") == 0 ||
		s[0] == '[' && bytes.IndexAny(s[1:2], "{[\"]\r\n\t 0123456789") == 0)
}

// isGzip reports whether data starts with the gzip signature.
func isGzip(head []byte) bool { return len(head) > 2 && head[0] == 0x1f && head[1] == 0x8b }

// gzipWARC reports whether gzip data holds a WARC crawl.
func gzipWARC(head []byte) bool {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	magic := make([]byte, 7)
	n, _ := io.ReadFull(zr, magic)
	return n == 7 && string(magic) == "WARC/1."
}

// gunzippedName returns name without its .gz or .gzip suffix.
func gunzippedName(name string) string {
	lower := strings.ToLower(name)
	for _, suf := range []string{".gz", ".gzip"} {
		if strings.HasSuffix(lower, suf) {
			return name[:len(name)-len(suf)]
		}
	}
	return name
}

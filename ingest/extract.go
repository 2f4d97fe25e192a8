package ingest

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dating"
	"github.com/hebel-project/hebel/pipeline"
	"github.com/hebel-project/hebel/reader"
)

// Extractor reads inputs into documents and runs the pipeline on them.
//
// Dating: a file input's publication date comes, besides what the input
// itself says (HTML metadata, a feed item's date, a WARC crawl date as an
// upper bound), from a sidecar NAME.EXT.meta.json or NAME.meta.json beside
// it or an entry of INDEX.json in its directory (package dating has the
// formats), and Published, when set, dates every document. A document no
// source dates stays undated.
type Extractor struct {
	Read     reader.Options
	Pipeline *pipeline.Pipeline
	Stdin    io.Reader // read for the input "-"

	// Published, when its date is not zero, is the publication date the
	// user gave (--published); it outranks every other source.
	Published dating.Meta

	// NoMetaFiles turns off reading sidecars and indexes.
	NoMetaFiles bool

	meta metaFiles
}

// Extract reads one input and returns its record. A failure to read or
// decode the input is an *InputError naming it; problems that do not stop
// the work are in the record.
func (x *Extractor) Extract(ctx context.Context, in Input) (*hebel.Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	data, err := x.load(in)
	if err != nil {
		return nil, err
	}
	doc, problems, err := reader.Read(in.Name, data, x.Read)
	if err != nil {
		return nil, &InputError{Name: in.Name, Err: err}
	}
	return x.run(doc, problems, in.Name), nil
}

// run dates doc — from the metadata files beside file when it is not ""
// — and runs the pipeline on it; problems are the reader's.
func (x *Extractor) run(doc *hebel.Document, problems []hebel.Problem, file string) *hebel.Record {
	problems = append(problems, x.dateFile(doc, file)...)
	problems = append(problems, x.datePublished(doc)...)
	rec := x.Pipeline.Run(*doc)
	rec.Problems = append(problems, rec.Problems...)
	return rec
}

// load reads at most MaxBytes+1 bytes of the input, so that an oversized
// input is refused without being read whole.
func (x *Extractor) load(in Input) ([]byte, error) {
	r, closeInput, err := x.open(in)
	if err != nil {
		return nil, err
	}
	defer closeInput()
	return x.readLimited(in, r)
}

// open opens the input for reading. A file larger than MaxBytes is
// refused unless it is a WARC file (by name), which is read record by
// record.
func (x *Extractor) open(in Input) (io.Reader, func(), error) {
	if in.Name == Stdin {
		if x.Stdin == nil {
			return nil, nil, errorf(in.Name, "no standard input")
		}
		return x.Stdin, func() {}, nil
	}
	// Stat before opening: opening a FIFO blocks until a writer comes.
	fi, err := os.Stat(in.Name)
	if err != nil {
		return nil, nil, inputError(in.Name, err)
	}
	if kind := irregular(fi.Mode()); kind != "" {
		return nil, nil, errorf(in.Name, "%s, not a regular file: Hebel reads files, directories and - (standard input)", kind)
	}
	f, err := os.Open(in.Name)
	if err != nil {
		return nil, nil, inputError(in.Name, err)
	}
	if fi, err := f.Stat(); err == nil && x.Read.MaxBytes > 0 && fi.Size() > x.Read.MaxBytes && !isWARCName(in.Name) {
		f.Close()
		return nil, nil, errorf(in.Name, "input is %d bytes, over the limit of %d; raise it with --max-bytes", fi.Size(), x.Read.MaxBytes)
	}
	return f, func() { f.Close() }, nil
}

// readLimited reads r whole, refusing more than MaxBytes.
func (x *Extractor) readLimited(in Input, r io.Reader) ([]byte, error) {
	limit := x.Read.MaxBytes
	if limit <= 0 {
		limit = reader.DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, &InputError{Name: in.Name, Err: fmt.Errorf("reading: %w", err)}
	}
	if int64(len(data)) > limit {
		return nil, errorf(in.Name, "input is over the limit of %d bytes; raise it with --max-bytes", limit)
	}
	return data, nil
}

// irregular names what a file of mode m is when it is neither a regular
// file nor a directory, else "".
func irregular(m os.FileMode) string {
	switch {
	case m.IsRegular() || m.IsDir():
		return ""
	case m&os.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeCharDevice != 0:
		return "a character device"
	case m&os.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

package ingest

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync"

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

	// Budget bounds the time and memory spent on one document (see
	// Budget); the zero Budget sets no limit.
	Budget Budget

	// Workers is how many documents Run extracts at once; 0 means one per
	// CPU (GOMAXPROCS).
	Workers int

	// MaxReported is how many damaged records of one WARC file are
	// reported one by one before the rest are summed up in one error;
	// 0 means DefaultMaxReported.
	MaxReported int

	meta      metaFiles
	watchOnce sync.Once
	watch     *memoryWatch
}

// Extract reads one input and returns its record. A failure to read or
// decode the input is an *InputError naming it; problems that do not stop
// the work are in the record.
//
// The document is held to the Budget; it is read as one document whatever
// it holds (ExtractAll and Run read feeds and crawls item by item).
func (x *Extractor) Extract(ctx context.Context, in Input) (*hebel.Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	data, err := x.load(in)
	if err != nil {
		return nil, err
	}
	return x.runBudgeted(ctx, in.Name, len(data), func(ctx context.Context) (*hebel.Record, error) {
		doc, problems, err := reader.Read(in.Name, data, x.Read)
		if err != nil {
			return nil, &InputError{Name: in.Name, Err: err}
		}
		return x.run(ctx, doc, problems, in.Name)
	})
}

// run dates doc — from the metadata files beside file when it is not ""
// — and runs the pipeline on it; problems are the reader's.
func (x *Extractor) run(ctx context.Context, doc *hebel.Document, problems []hebel.Problem, file string) (*hebel.Record, error) {
	problems = append(problems, x.dateFile(doc, file)...)
	problems = append(problems, x.datePublished(doc)...)
	return x.pipeline(ctx, doc, problems)
}

// pipeline runs the pipeline on doc and puts problems before its own.
// When a budget stops it, the record holds the document and an
// over_budget problem; when ctx is done otherwise, it returns ctx's
// error.
func (x *Extractor) pipeline(ctx context.Context, doc *hebel.Document, problems []hebel.Problem) (*hebel.Record, error) {
	rec, err := x.Pipeline.RunContext(ctx, *doc)
	if err != nil {
		if be := overBudget(ctx); be != nil {
			return budgetRecord(doc, problems, be), nil
		}
		return nil, err
	}
	rec.Problems = append(problems, rec.Problems...)
	return rec, nil
}

// load reads at most MaxBytes+1 bytes of the input, so that an oversized
// input is refused without being read whole.
func (x *Extractor) load(in Input) ([]byte, error) {
	r, size, closeInput, err := x.open(in)
	if err != nil {
		return nil, err
	}
	defer closeInput()
	if limit := x.maxBytes(); size > limit {
		return nil, errorf(in.Name, "input is %d bytes, over the limit of %d; raise it with --max-bytes", size, limit)
	}
	return x.readLimited(in, r)
}

// open opens the input for reading and returns its size (0 for standard
// input). Only regular files and standard input are opened: a FIFO would
// block until a writer came, a device never ends.
func (x *Extractor) open(in Input) (io.Reader, int64, func(), error) {
	if in.Name == Stdin {
		if x.Stdin == nil {
			return nil, 0, nil, errorf(in.Name, "no standard input")
		}
		return x.Stdin, 0, func() {}, nil
	}
	// Stat before opening: opening a FIFO blocks until a writer comes.
	fi, err := os.Stat(in.Name)
	if err != nil {
		return nil, 0, nil, inputError(in.Name, err)
	}
	if kind := irregular(fi.Mode()); kind != "" {
		return nil, 0, nil, errorf(in.Name, "%s, not a regular file: Hebel reads files, directories and - (standard input)", kind)
	}
	if fi.IsDir() {
		return nil, 0, nil, errorf(in.Name, "a directory")
	}
	f, err := os.Open(in.Name)
	if err != nil {
		return nil, 0, nil, inputError(in.Name, err)
	}
	return f, fi.Size(), func() { f.Close() }, nil
}

// maxBytes returns the size limit of one document.
func (x *Extractor) maxBytes() int64 {
	if x.Read.MaxBytes > 0 {
		return x.Read.MaxBytes
	}
	return reader.DefaultMaxBytes
}

// readLimited reads r whole, refusing more than MaxBytes.
func (x *Extractor) readLimited(in Input, r io.Reader) ([]byte, error) {
	limit := x.maxBytes()
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

// countingReader counts the bytes read through it, for progress.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

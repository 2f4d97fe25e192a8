// Package warc reads WARC 1.0 and 1.1 files (ISO 28500), plain or
// gzip-compressed (one gzip member per record, as crawls ship them, or one
// member for the whole file), record by record. For response records it
// parses the HTTP message and returns its body, de-chunked and decoded.
//
// Recovery: a malformed record (a bad version line or header, a missing or
// wrong Content-Length, a record cut off, a block over MaxRecordBytes)
// makes Next return an error that names the record's offset. The next call
// to Next then skips forward to the next line that starts with "WARC/1."
// (within the block a lying Content-Length made it read, too) and goes on
// from there, so one bad record does not lose the rest of the file. A
// Reader's memory and time do not grow with the number of bad records
// (see Reader). Offsets count bytes of
// the uncompressed stream. Corrupt gzip data cannot be skipped: the error
// it gives ends the file.
//
// Package warc does no I/O beyond reading the reader it is given, keeps no
// state beyond the Reader, and never logs. It does not decide what a
// record means for Hebel (ingest does) and does not extract text from HTML.
package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
)

// Limits of one record. A record whose block is larger than
// MaxRecordBytes is skipped (its block is read past, not kept) with an
// error; a header longer than MaxHeaderBytes is malformed.
const (
	MaxRecordBytes = 64 << 20
	MaxHeaderBytes = 64 << 10
)

// Record is one WARC record.
type Record struct {
	Type        string            // WARC-Type: "response", "request", "resource", "metadata", "warcinfo" …
	TargetURI   string            // WARC-Target-URI, "" when absent
	Date        time.Time         // WARC-Date (the capture time, not the publication), zero when unreadable
	ContentType string            // the HTTP Content-Type for response records, else the WARC Content-Type
	Status      int               // the HTTP status code of a response record, 0 for other records
	Offset      int64             // where the record starts in the uncompressed stream
	Header      map[string]string // every WARC header, names in canonical case (Warc-Type …)

	// Payload is, for response records with an HTTP message, the HTTP body
	// after the headers, de-chunked and with gzip or deflate
	// Content-Encoding decoded; for every other record, the record block.
	Payload []byte
}

// IsDocument reports whether r is a response record with a successful
// (2xx) HTTP status, or a resource record, whose content type is HTML or
// text (or absent, with a payload): one that holds a document to read.
func (r *Record) IsDocument() bool {
	switch {
	case r.Type == "response" && r.Status >= 200 && r.Status < 300:
	case r.Type == "resource":
	default:
		return false
	}
	ct := strings.ToLower(strings.TrimSpace(r.ContentType))
	if i := strings.IndexByte(ct, ';'); i >= 0 {
		ct = strings.TrimSpace(ct[:i])
	}
	return ct == "" && len(r.Payload) > 0 || ct == "text/html" || ct == "application/xhtml+xml" || ct == "text/plain"
}

// Reader reads WARC records one after another.
//
// Memory: a Reader holds its buffers and at most one record's block (a
// block read past a lying Content-Length is given back to be scanned for
// the next record, in one buffer that replaces the last one), however
// many records are damaged. Time: every byte is read at most twice, once
// as part of a block and once by the scan for the next record; once the
// end of the stream is known, a record claiming to reach past it is cut
// off without reading.
type Reader struct {
	src    *bufio.Reader
	back   *stack        // the uncompressed stream, with bytes given back in front
	br     *bufio.Reader // what records are read from: back, buffered
	off    int64         // bytes consumed from br
	end    int64         // offset of the end of the stream once met, else -1
	resync bool          // the last record was bad: skip to the next WARC/1. line
	err    error         // a sticky error that ends the file
	opened bool
}

// NewReader returns a Reader of r, which may be plain or gzip-compressed.
func NewReader(r io.Reader) *Reader {
	return &Reader{src: bufio.NewReaderSize(r, 64<<10), end: -1}
}

// open decides whether the stream is gzip-compressed.
func (r *Reader) open() {
	r.opened = true
	var stream io.Reader = r.src
	if magic, err := r.src.Peek(2); err == nil && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(r.src)
		if err != nil {
			r.err = r.errorf(0, "reading gzip: %v", err)
			return
		}
		zr.Multistream(true)
		stream = zr
	}
	r.back = &stack{r: stream}
	r.br = bufio.NewReaderSize(r.back, 64<<10)
}

// stack is a stream with bytes given back in front of it.
type stack struct {
	given []byte
	r     io.Reader
}

func (s *stack) Read(p []byte) (int, error) {
	if len(s.given) > 0 {
		n := copy(p, s.given)
		s.given = s.given[n:]
		if len(s.given) == 0 {
			s.given = nil // let the buffer go
		}
		return n, nil
	}
	return s.r.Read(p)
}

// Next returns the next record, or io.EOF after the last. Errors about one
// record are *hebel.Error with code EINVALID naming its offset; after one,
// Next may be called again and resumes at the next "WARC/1." line. An
// error reading the underlying reader or corrupt gzip data ends the file:
// Next returns it once and io.EOF after it. So a loop that reads until
// io.EOF and reports the other errors reads everything that can be read.
func (r *Reader) Next() (*Record, error) {
	if !r.opened {
		r.open()
	}
	if r.err != nil {
		err := r.err
		r.err = io.EOF
		return nil, err
	}
	if r.resync {
		r.resync = false
		if err := r.skipToVersion(); err != nil {
			return nil, r.fail(err)
		}
	}
	rec, err := r.record()
	if err != nil {
		if _, ok := err.(*hebel.Error); ok {
			r.resync = true
			return nil, err
		}
		return nil, r.fail(err)
	}
	return rec, nil
}

// fail ends the file after err (io.EOF stays io.EOF).
func (r *Reader) fail(err error) error {
	r.err = io.EOF
	if err != io.EOF {
		err = &hebel.Error{Code: hebel.EINVALID, Op: "warc.Reader.Next",
			Message: fmt.Sprintf("reading at offset %d", r.off), Err: err}
	}
	return err
}

func (r *Reader) errorf(off int64, format string, args ...any) error {
	return &hebel.Error{Code: hebel.EINVALID, Op: "warc.Reader.Next",
		Message: fmt.Sprintf("record at offset %d: ", off) + fmt.Sprintf(format, args...)}
}

// line reads one line without its end; its length is capped.
func (r *Reader) line() (string, error) {
	var b []byte
	for {
		frag, err := r.br.ReadSlice('\n')
		r.off += int64(len(frag))
		if len(b)+len(frag) <= MaxHeaderBytes {
			b = append(b, frag...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			if err == io.EOF && len(b) > 0 {
				return strings.TrimRight(string(b), "\r\n"), io.ErrUnexpectedEOF
			}
			return "", err
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	}
}

// skipToVersion discards input up to the next line starting with "WARC/1.",
// leaving that line unread.
func (r *Reader) skipToVersion() error {
	for {
		head, err := r.br.Peek(7)
		if bytes.Equal(head, []byte("WARC/1.")) {
			return nil
		}
		if err != nil && len(head) < 7 {
			r.br.Discard(len(head))
			r.off += int64(len(head))
			return io.EOF
		}
		// Skip the rest of the line, a buffer at a time.
		for {
			frag, err := r.br.ReadSlice('\n')
			r.off += int64(len(frag))
			if err == bufio.ErrBufferFull {
				continue
			}
			if err != nil {
				return err
			}
			break
		}
	}
}

// parseDate reads a WARC-Date (W3C date-time, second or finer precision).
func parseDate(s string) time.Time {
	for _, layout := range []string{time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

// atoi parses a non-negative decimal Content-Length.
func atoi(s string) (int64, bool) {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	return n, err == nil && n >= 0
}

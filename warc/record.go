package warc

import (
	"bytes"
	"io"
	"net/textproto"
	"strings"
)

// record reads one record from the current position.
func (r *Reader) record() (*Record, error) {
	// Blank lines between records are tolerated.
	var version string
	var start int64
	for {
		start = r.off
		l, err := r.line()
		if err == io.EOF || err == io.ErrUnexpectedEOF && strings.TrimSpace(l) == "" {
			return nil, io.EOF
		}
		if err != nil && err != io.ErrUnexpectedEOF {
			return nil, err
		}
		if strings.TrimSpace(l) != "" {
			version = l
			break
		}
	}
	if !strings.HasPrefix(version, "WARC/1.") {
		return nil, r.errorf(start, "version line is %q, not WARC/1.0 or WARC/1.1", clip(version))
	}

	header := map[string]string{}
	size := len(version)
	var last string
	for {
		l, err := r.line()
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return nil, r.errorf(start, "record is cut off in its header")
		}
		if err != nil {
			return nil, err
		}
		if size += len(l); size > MaxHeaderBytes {
			return nil, r.errorf(start, "header is longer than %d bytes", MaxHeaderBytes)
		}
		if l == "" {
			break
		}
		if (l[0] == ' ' || l[0] == '\t') && last != "" {
			header[last] += " " + strings.TrimSpace(l)
			continue
		}
		name, value, ok := strings.Cut(l, ":")
		if !ok || strings.TrimSpace(name) == "" {
			return nil, r.errorf(start, "malformed header line %q", clip(l))
		}
		last = textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(name))
		header[last] = strings.TrimSpace(value)
	}

	cl, ok := header["Content-Length"]
	if !ok {
		return nil, r.errorf(start, "no Content-Length")
	}
	n, ok := atoi(cl)
	if !ok {
		return nil, r.errorf(start, "bad Content-Length %q", clip(cl))
	}
	if n > MaxRecordBytes {
		// Not read: the scan for the next record skips it, and finds the
		// next one if the length lies.
		return nil, r.errorf(start, "record of %d bytes is over the limit of %d; skipped", n, MaxRecordBytes)
	}
	if r.end >= 0 && r.off+n > r.end {
		return nil, r.errorf(start, "record is cut off: Content-Length %d, only %d bytes", n, r.end-r.off)
	}
	// Read without trusting n for the allocation: a short file must not
	// cost MaxRecordBytes of memory.
	block, err := io.ReadAll(io.LimitReader(r.br, n))
	r.off += int64(len(block))
	if err != nil {
		return nil, err
	}
	if int64(len(block)) < n {
		// The stream ends inside the block: records may still follow the
		// header in it, if the length lies.
		r.end = r.off
		r.pushBack(block)
		return nil, r.errorf(start, "record is cut off: Content-Length %d, only %d bytes", n, len(block))
	}
	if !r.trailer() {
		// The block did not end where Content-Length said: let the
		// resynchronisation scan the block itself for the next record.
		r.pushBack(block)
		return nil, r.errorf(start, "Content-Length %d does not end the record (no blank line and next record after it)", n)
	}

	rec := &Record{
		Type:        header["Warc-Type"],
		TargetURI:   strings.Trim(header["Warc-Target-Uri"], "<>"),
		Date:        parseDate(header["Warc-Date"]),
		ContentType: header["Content-Type"],
		Offset:      start,
		Header:      header,
		Payload:     block,
	}
	if rec.Type == "response" && strings.HasPrefix(strings.ToLower(rec.ContentType), "application/http") {
		status, ct, body, err := parseHTTP(block)
		if err != nil {
			return nil, r.errorf(start, "HTTP response of %s: %v", clip(rec.TargetURI), err)
		}
		rec.Status, rec.ContentType, rec.Payload = status, ct, body
	}
	return rec, nil
}

// trailer consumes the blank line after a block and reports whether the
// input then ends or goes on with the next record.
func (r *Reader) trailer() bool {
	for {
		b, err := r.br.Peek(1)
		if err != nil || b[0] != '\r' && b[0] != '\n' {
			break
		}
		r.br.Discard(1)
		r.off++
	}
	next, err := r.br.Peek(7)
	if len(next) == 0 && err != nil {
		return true // end of input
	}
	return bytes.Equal(next, []byte("WARC/1."))
}

// pushBack puts data back in front of the unread input: data, then what
// br has buffered, then what was given back before and not yet read, in
// one new buffer (never a chain of readers).
func (r *Reader) pushBack(data []byte) {
	buffered, _ := r.br.Peek(r.br.Buffered())
	given := make([]byte, 0, len(data)+len(buffered)+len(r.back.given))
	given = append(append(append(given, data...), buffered...), r.back.given...)
	r.back.given = given
	r.br.Reset(r.back)
	r.off -= int64(len(data))
}

// clip shortens s for a message.
func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

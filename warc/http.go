package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"net/http/httputil"
	"net/textproto"
	"strconv"
	"strings"
)

// parseHTTP splits an HTTP response message into its Content-Type and its
// body, de-chunked and decoded.
func parseHTTP(msg []byte) (status int, contentType string, body []byte, err error) {
	head, body := msg, []byte(nil)
	if i := bytes.Index(msg, []byte("\r\n\r\n")); i >= 0 {
		head, body = msg[:i+2], msg[i+4:]
	} else if i := bytes.Index(msg, []byte("\n\n")); i >= 0 {
		head, body = msg[:i+1], msg[i+2:]
	}
	tp := textproto.NewReader(bufio.NewReader(io.MultiReader(bytes.NewReader(head), strings.NewReader("\r\n"))))
	line, err := tp.ReadLine()
	if err != nil {
		return 0, "", nil, fmt.Errorf("no status line")
	}
	if !strings.HasPrefix(line, "HTTP/") {
		return 0, "", nil, fmt.Errorf("status line %q is not HTTP", clip(line))
	}
	if f := strings.Fields(line); len(f) >= 2 {
		code, err := strconv.Atoi(f[1])
		if err != nil || code < 100 || code > 999 {
			return 0, "", nil, fmt.Errorf("status line %q has no status code", clip(line))
		}
		status = code
	}
	h, err := tp.ReadMIMEHeader()
	if err != nil && !errors.Is(err, io.EOF) {
		return 0, "", nil, fmt.Errorf("headers: %v", err)
	}
	contentType = h.Get("Content-Type")
	if strings.Contains(strings.ToLower(h.Get("Transfer-Encoding")), "chunked") {
		body, err = readCapped(httputil.NewChunkedReader(bytes.NewReader(body)))
		if err != nil {
			return 0, "", nil, fmt.Errorf("chunked body: %v", err)
		}
	}
	switch enc := strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))); enc {
	case "", "identity", "none":
	case "gzip", "x-gzip":
		if len(body) == 0 {
			break
		}
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return 0, "", nil, fmt.Errorf("gzip body: %v", err)
		}
		if body, err = readCapped(zr); err != nil {
			return 0, "", nil, fmt.Errorf("gzip body: %v", err)
		}
	case "deflate":
		if len(body) == 0 {
			break
		}
		var fr io.Reader
		if zr, err := zlib.NewReader(bytes.NewReader(body)); err == nil {
			fr = zr
		} else {
			fr = flate.NewReader(bytes.NewReader(body))
		}
		if body, err = readCapped(fr); err != nil {
			return 0, "", nil, fmt.Errorf("deflate body: %v", err)
		}
	default:
		return 0, "", nil, fmt.Errorf("unsupported Content-Encoding %q", clip(enc))
	}
	return status, contentType, body, nil
}

// readCapped reads r to its end, refusing more than MaxRecordBytes (a
// decompression bomb).
func readCapped(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxRecordBytes+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxRecordBytes {
		return nil, fmt.Errorf("decoded body is over the limit of %d bytes", MaxRecordBytes)
	}
	return b, nil
}

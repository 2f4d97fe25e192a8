package warc

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
)

// readAll reads every record of data, noting errors as "error" entries.
func readAll(t *testing.T, data []byte) (recs []*Record, errs []error) {
	t.Helper()
	r := NewReader(bytes.NewReader(data))
	for i := 0; i < 1000; i++ {
		rec, err := r.Next()
		if err == io.EOF {
			return recs, errs
		}
		if err != nil {
			errs = append(errs, err)
			recs = append(recs, nil)
			if len(errs) > 50 {
				t.Fatalf("too many errors: %v", errs)
			}
			continue
		}
		recs = append(recs, rec)
	}
	t.Fatal("no end")
	return
}

func TestReaderFixtures(t *testing.T) {
	for _, name := range []string{"small.warc", "small.warc.gz"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("..", "testdata", "warc", name))
			if err != nil {
				t.Fatal(err)
			}
			recs, errs := readAll(t, data)
			want := []struct {
				typ, uri, ctype, payloadHas string
				doc                         bool
			}{
				{"warcinfo", "", "application/warc-fields", "software: hebel", false},
				{"request", "https://times.example.com/world/minerals-deal", "application/http; msgtype=request", "GET /world", false},
				{"response", "https://times.example.com/world/minerals-deal", "text/html; charset=utf-8", "Canada and Mexico signed", true},
				{"response", "https://zeitung.example.de/politik/flugabwehr", "text/html; charset=utf-8", "Polen hat am Freitag", true},
				{"response", "https://times.example.com/logo.png", "image/png", "PNG", false},
				{"metadata", "https://times.example.com/world/minerals-deal", "application/warc-fields", "fetchTimeMs", false},
			}
			if len(recs) != len(want)+1 || len(errs) != 1 {
				t.Fatalf("%d records, errors %v", len(recs), errs)
			}
			for i, w := range want {
				r := recs[i]
				if r == nil {
					t.Fatalf("record %d: error", i)
				}
				if r.Type != w.typ || r.TargetURI != w.uri || r.ContentType != w.ctype ||
					!bytes.Contains(r.Payload, []byte(w.payloadHas)) || r.IsDocument() != w.doc || r.Date.Year() != 2024 {
					t.Errorf("record %d: %s %s %q doc=%v %s\n%.120q", i, r.Type, r.TargetURI, r.ContentType, r.IsDocument(), r.Date, r.Payload)
				}
			}
			if msg := errs[0].Error(); !strings.Contains(msg, "offset") || !strings.Contains(msg, "cut off") ||
				hebel.ErrorCode(errs[0]) != hebel.EINVALID {
				t.Errorf("error %q", msg)
			}
		})
	}
}

func rec(typ, body string) string {
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", typ, len(body), body)
}

func TestReaderRecovery(t *testing.T) {
	good := rec("resource", "hello")
	for _, tc := range []struct {
		name string
		in   string
		want string // one letter per Next result: r record, e error
	}{
		{"empty", "", ""},
		{"one", good, "r"},
		{"blank lines between", good + "\r\n\r\n" + good, "rr"},
		{"junk first", "garbage\nmore\n" + good, "er"},
		{"bad version", "WARC/0.9\r\nContent-Length: 0\r\n\r\n\r\n\r\n" + good, "er"},
		{"no length", "WARC/1.0\r\nWARC-Type: x\r\n\r\n" + good, "er"},
		{"bad length", "WARC/1.0\r\nContent-Length: -3\r\n\r\n" + good, "er"},
		{"bad header line", "WARC/1.0\r\nno colon here\r\nContent-Length: 0\r\n\r\n" + good, "er"},
		{"length too long", "WARC/1.0\r\nContent-Length: 40\r\n\r\nshort\r\n\r\n" + good + good, "err"},
		{"length too short", "WARC/1.0\r\nContent-Length: 2\r\n\r\nlonger body\r\n\r\n" + good, "er"},
		{"cut in header", good + "WARC/1.0\r\nWARC-Type: x", "re"},
		{"cut in block", good + "WARC/1.0\r\nContent-Length: 99\r\n\r\nabc", "re"},
		{"continuation", "WARC/1.0\r\nWARC-Type: resource\r\nX-Long: a\r\n  b\r\nContent-Length: 1\r\n\r\nx\r\n\r\n", "r"},
		{"bad http", "WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n" + good, "er"},
		{"unsupported encoding", "WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 47\r\n\r\nHTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxxxxxx\r\n\r\n" + good, "er"},
		{"no trailer at eof", "WARC/1.0\r\nContent-Length: 1\r\n\r\nx", "r"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, compress := range []bool{false, true} {
				data := []byte(tc.in)
				if compress && len(data) > 0 {
					var b bytes.Buffer
					w := gzip.NewWriter(&b)
					w.Write(data)
					w.Close()
					data = b.Bytes()
				}
				recs, _ := readAll(t, data)
				var got strings.Builder
				for _, r := range recs {
					if r == nil {
						got.WriteByte('e')
					} else {
						got.WriteByte('r')
					}
				}
				if got.String() != tc.want {
					t.Errorf("gzip=%v: got %q, want %q", compress, got.String(), tc.want)
				}
			}
		})
	}
}

func TestReaderHTTP(t *testing.T) {
	var gzBody bytes.Buffer
	w := gzip.NewWriter(&gzBody)
	w.Write([]byte("<p>zipped</p>"))
	w.Close()
	for _, tc := range []struct{ name, msg, ctype, body string }{
		{"plain", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nhello", "text/plain", "hello"},
		{"lf only", "HTTP/1.0 200 OK\nContent-Type: text/html\n\n<p>x</p>", "text/html", "<p>x</p>"},
		{"chunked", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n", "", "abcde"},
		{"gzip", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Type: text/html\r\n\r\n" + gzBody.String(), "text/html", "<p>zipped</p>"},
		{"headers only", "HTTP/1.1 304 Not Modified\r\nETag: x\r\n", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, ct, body, err := parseHTTP([]byte(tc.msg))
			if err != nil || ct != tc.ctype || string(body) != tc.body || status != 200 && status != 304 {
				t.Errorf("got %q %q %v", ct, body, err)
			}
		})
	}
}

func TestIsDocument(t *testing.T) {
	if (&Record{Type: "response", ContentType: "text/html", Status: 404, Payload: []byte("x")}).IsDocument() {
		t.Error("a 404 page is a document")
	}
	for _, tc := range []struct {
		typ, ct string
		want    bool
	}{
		{"response", "text/html; charset=utf-8", true},
		{"response", "TEXT/PLAIN", true},
		{"response", "application/xhtml+xml", true},
		{"response", "image/png", false},
		{"response", "application/json", false},
		{"request", "text/html", false},
		{"resource", "text/plain", true},
		{"metadata", "text/plain", false},
		{"response", "", true},
	} {
		r := &Record{Type: tc.typ, ContentType: tc.ct, Payload: []byte("x"), Status: 200}
		if got := r.IsDocument(); got != tc.want {
			t.Errorf("%s %s: %v", tc.typ, tc.ct, got)
		}
	}
}

// response returns a WARC response record of a short text page whose
// Content-Length is off by lie bytes.
func response(i int, lie int) string {
	body := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nRecord %d from Japan.", i)
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		len(body)+lie, body)
}

// TestLyingLengths: records whose Content-Length lies are reported one by
// one, the good records between them are read, and the reader's memory
// does not grow with the number of damaged records.
func TestLyingLengths(t *testing.T) {
	for _, tc := range []struct {
		name string
		lie  func(i int) int
		good int
	}{
		{"every record too long", func(int) int { return 9 }, 0},
		{"every record too short", func(int) int { return -5 }, 0},
		{"every other record too long", func(i int) int { return 9 * (i % 2) }, 1000},
		// Past the end of the stream: the records after it are still found.
		{"every other record past the end", func(i int) int { return 60_000_000 * (i % 2) }, 1000},
		{"every other record over the limit", func(i int) int { return (MaxRecordBytes + 1) * (i % 2) }, 1000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			for i := range 2000 {
				b.WriteString(response(i, tc.lie(i)))
			}
			r := NewReader(strings.NewReader(b.String()))
			// What is given back is a block and a buffer of bytes after it;
			// past the end of the stream, the rest of the stream.
			bound := 64<<10 + 4<<10
			if strings.Contains(tc.name, "past the end") {
				bound = b.Len()
			}
			good, bad := 0, 0
			for {
				rec, err := r.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					bad++
					if r.back != nil && len(r.back.given) > bound {
						t.Fatalf("after %d damaged records the reader holds %d bytes given back", bad, len(r.back.given))
					}
					continue
				}
				if !strings.Contains(string(rec.Payload), "from Japan") {
					t.Errorf("payload %q", rec.Payload)
				}
				good++
			}
			if good != tc.good || bad != 2000-tc.good {
				t.Errorf("%d good and %d damaged records, want %d and %d", good, bad, tc.good, 2000-tc.good)
			}
		})
	}
}

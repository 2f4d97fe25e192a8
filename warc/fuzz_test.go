package warc

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzReader checks that Reader never panics, always ends, and keeps every
// record within the limits.
func FuzzReader(f *testing.F) {
	for _, name := range []string{"small.warc", "small.warc.gz"} {
		b, err := os.ReadFile(filepath.Join("..", "testdata", "warc", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(rec("resource", "hello") + "junk\r\nWARC/1.0\r\nContent-Length: 9\r\n\r\nab"))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 60\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		// A watchdog: any one input must take well under a second.
		watchdog := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("slow input of %d bytes", len(data))) })
		defer watchdog.Stop()
		r := NewReader(bytes.NewReader(data))
		for i := 0; ; i++ {
			if i > len(data)+2 {
				t.Fatalf("more than %d results from %d bytes", i, len(data))
			}
			rec, err := r.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				continue
			}
			if len(rec.Payload) > MaxRecordBytes || rec.Offset < 0 || rec.Offset > int64(len(data))*2000 {
				t.Fatalf("record at %d with %d bytes", rec.Offset, len(rec.Payload))
			}
		}
	})
}

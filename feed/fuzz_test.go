package feed

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzParse checks that Parse never panics, keeps to its limits and
// returns items only without an error.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "feed", "*.xml"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div><a href="x">y</a></div></content></entry></feed>`))
	f.Add([]byte(`<rss><channel><item><link>http://a/</link><pubDate>2024-01-02</pubDate></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		// A watchdog: any one input must take well under a second.
		watchdog := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("slow input of %d bytes", len(data))) })
		defer watchdog.Stop()
		items, _, err := Parse(bytes.NewReader(data), "fuzz")
		if err != nil && len(items) > 0 {
			t.Fatalf("error %v with %d items", err, len(items))
		}
		if len(items) > MaxItems {
			t.Fatalf("%d items", len(items))
		}
		for _, it := range items {
			if len(it.Content) > 2*MaxFieldBytes {
				t.Fatalf("content of %d bytes", len(it.Content))
			}
			if len(it.Content) > 0 && it.ContentType != HTML && it.ContentType != Text {
				t.Fatalf("content type %q", it.ContentType)
			}
			if !utf8.ValidString(it.Title) {
				t.Fatalf("title not UTF-8: %q", it.Title)
			}
		}
	})
}

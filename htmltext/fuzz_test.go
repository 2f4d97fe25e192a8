package htmltext

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
)

// FuzzExtract checks that Extract never panics or fails internally, and
// returns either EINVALID or non-empty text.
func FuzzExtract(f *testing.F) {
	f.Add([]byte(articlePage))
	f.Add([]byte("<p>One two three four five six seven eight nine ten.</p>"))
	f.Add([]byte("<table><tr><td><p>x y z a b c d e f g h</p></td></tr>"))
	f.Add([]byte("<html><head><script type=application/ld+json>{\"articleBody\":\"<p>x</p>\"}</script></head>"))
	f.Add([]byte("<pre>one two three four five six seven eight\n\tnine</pre><br><hr>"))
	pages, _ := filepath.Glob(filepath.Join("..", "testdata", "bad", "*.html"))
	for _, p := range pages {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Extract(data, "https://example.com/a", DefaultOptions())
		if err != nil {
			if code := hebel.ErrorCode(err); code != hebel.EINVALID {
				t.Fatalf("error code %s: %v", code, err)
			}
			return
		}
		if doc.Text == "" {
			t.Fatal("empty text without error")
		}
		if utf8.Valid(data) && !utf8.ValidString(doc.Text) {
			t.Fatalf("invalid UTF-8 text from valid input: %q", doc.Text)
		}
	})
}

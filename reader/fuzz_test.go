package reader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
	"golang.org/x/text/unicode/norm"
)

// FuzzRead checks that Read never panics and returns either an error or a
// document whose text is valid, NFC, normalised and matches its id.
func FuzzRead(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("..", "testdata", "bad", "*.*"))
	for _, path := range seeds {
		if data, err := os.ReadFile(path); err == nil {
			f.Add(filepath.Base(path), data)
		}
	}
	f.Add("a.txt", []byte("Rund 10.000 Soldaten.\r\n\r\n\r\nZweite Zeile\u00a0 "))
	f.Add("a.txt", []byte("\xFE\xFF\xD8\x00"))
	f.Add("a.txt", []byte("\xFF\xFEa"))
	f.Add("a.html", []byte("<html><head><meta charset=koi8-r></head><body><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>"))
	f.Add("-", []byte("<!doctype html><title>T</title><p>x"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		doc, problems, err := Read(name, data, testOptions())
		if err != nil {
			if doc != nil {
				t.Fatalf("document and error %v", err)
			}
			if hebel.ErrorCode(err) == hebel.EINTERNAL {
				t.Fatalf("internal error: %v", err)
			}
			return
		}
		if !utf8.ValidString(doc.Text) || !norm.NFC.IsNormalString(doc.Text) {
			t.Fatalf("text not valid NFC: %q", doc.Text)
		}
		if doc.Text == "" || strings.TrimSpace(doc.Text) != doc.Text {
			t.Fatalf("text not trimmed: %q", doc.Text)
		}
		if Normalize(doc.Text) != doc.Text {
			t.Fatalf("text not normalised: %q", doc.Text)
		}
		if doc.ID != hebel.DocumentID(doc.Text) {
			t.Fatalf("id does not match")
		}
		for _, p := range problems {
			if p.Code == "" || p.Message == "" {
				t.Fatalf("empty problem %+v", p)
			}
		}
	})
}

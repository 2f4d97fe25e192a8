package reader

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
)

// fakeHTML is a stand-in for htmltext.Extract: it takes the <title> and
// the text of <p> elements, and fails like htmltext when there is none.
func fakeHTML(data []byte, url string) (*hebel.Document, error) {
	s := string(data)
	doc := &hebel.Document{URL: url}
	if m := regexp.MustCompile(`(?is)<title>(.*?)</title>`).FindStringSubmatch(s); m != nil {
		doc.Title = strings.TrimSpace(m[1])
	}
	var paras []string
	for _, m := range regexp.MustCompile(`(?is)<p[^>]*>(.*?)(?:</p>|$)`).FindAllStringSubmatch(s, -1) {
		t := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(m[1], "")
		if t = strings.TrimSpace(t); t != "" && !strings.HasPrefix(t, "©") {
			paras = append(paras, t)
		}
	}
	if len(paras) == 0 {
		return nil, hebel.Errorf(hebel.EINVALID, "no article text found")
	}
	doc.Text = strings.Join(paras, "\n\n")
	return doc, nil
}

func testOptions() Options {
	o := DefaultOptions()
	o.HTML = fakeHTML
	return o
}

func problemCodes(ps []hebel.Problem) string {
	var codes []string
	for _, p := range ps {
		codes = append(codes, p.Code)
	}
	return strings.Join(codes, ",")
}

// TestReadBad checks the outcomes documented in testdata/bad/README.md.
func TestReadBad(t *testing.T) {
	tests := []struct {
		file     string
		code     string // error code, "" for success
		message  string // substring of the error message
		problems string // problem codes, comma-separated
		text     string // prefix of the text
		title    string
	}{
		{file: "binary.bin", code: hebel.EUNSUPPORTED, message: "binary input (looks like PNG)"},
		{file: "empty.txt", code: hebel.EINVALID, message: "empty input"},
		{file: "latin1.txt", problems: hebel.ProblemEncoding, text: "Größere Fähren für die Ostsee\n\nDie Reederei läßt"},
		{file: "utf16-bom.txt", text: "Grüne Wasserstoffpläne im Norden\n\nDie Landesregierung möchte"},
		{file: "truncated.html", problems: hebel.ProblemTruncated, text: "Von Jana Beispiel",
			title: "Hafen von Kiel meldet Rekordumschlag – Beispielzeitung"},
		{file: "no-article.html", code: hebel.EINVALID, message: "no article text found"},
		{file: "mixed/a-good.txt", text: "Weizenexporte steigen wieder"},
		{file: "mixed/b-good.html", text: "Container traffic", title: "Port traffic recovers"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("..", "testdata", "bad", tt.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			doc, problems, err := Read(path, data, testOptions())
			if got := hebel.ErrorCode(err); got != tt.code {
				t.Fatalf("error code %q (%v), want %q", got, err, tt.code)
			}
			if err != nil {
				if !strings.Contains(err.Error(), tt.message) {
					t.Errorf("error %q does not say %q", err, tt.message)
				}
				return
			}
			if got := problemCodes(problems); got != tt.problems {
				t.Errorf("problems %q (%v), want %q", got, problems, tt.problems)
			}
			if !strings.HasPrefix(doc.Text, tt.text) {
				t.Errorf("text starts %.60q, want %q", doc.Text, tt.text)
			}
			if doc.Title != tt.title {
				t.Errorf("title %q, want %q", doc.Title, tt.title)
			}
			checkDocument(t, doc)
		})
	}
}

// checkDocument checks the invariants of every document Read returns.
func checkDocument(t *testing.T, doc *hebel.Document) {
	t.Helper()
	if doc.ID != hebel.DocumentID(doc.Text) {
		t.Errorf("ID %s does not match the text", doc.ID)
	}
	if got := Normalize(doc.Text); got != doc.Text {
		t.Errorf("text is not normalised:\n%q\n%q", doc.Text, got)
	}
	if doc.Format != FormatText && doc.Format != FormatHTML {
		t.Errorf("format %q", doc.Format)
	}
}

func TestRead(t *testing.T) {
	latin1HTML := append([]byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`+
		`<title>T</title></head><body><p>Stra`), 0xDF, 'e')
	latin1HTML = append(latin1HTML, "</p></body>"...)
	tests := []struct {
		name     string
		input    string
		data     []byte
		opts     func(*Options)
		code     string
		message  string
		problems string
		text     string
		format   string
	}{
		{name: "plain", input: "a.txt", data: []byte("Hallo Welt.\r\nZweite Zeile.  \r\n"), text: "Hallo Welt.\nZweite Zeile.", format: "text"},
		{name: "utf8 bom", input: "a.txt", data: []byte("\xEF\xBB\xBFÄrger"), text: "Ärger", format: "text"},
		{name: "utf16be bom", input: "a.txt", data: []byte("\xFE\xFF\x00G\x00r\x00\xFC\x00n"), text: "Grün", format: "text"},
		{name: "utf16 html", input: "x", data: append([]byte("\xFF\xFE"), utf16le("<html><body><p>Hallo</p></body></html>")...), text: "Hallo", format: "html"},
		{name: "mostly utf8", input: "a.txt", data: []byte("Größe, Übermaß und Maß \xFF!"), problems: hebel.ProblemEncoding, text: "Größe, Übermaß und Maß \uFFFD!"},
		{name: "windows-1252 quotes", input: "a.txt", data: []byte("\x84Zitat\x93 \x80 5"), problems: hebel.ProblemEncoding, text: "„Zitat“ € 5"},
		{name: "declared charset", input: "a.html", data: latin1HTML, text: "Straße", format: "html"},
		{name: "nfc", input: "a.txt", data: []byte("Cafe\u0301"), text: "Café"},
		{name: "controls stripped", input: "a.txt", data: []byte("a\x1bb\x7fc\u0085d"), text: "abc\nd"},
		{name: "blank lines", input: "a.txt", data: []byte("\n\n  a\n\n\n\n\nb\n \n\t\nc\n"), text: "a\n\nb\n\nc"},
		{name: "empty", input: "a.txt", data: nil, code: hebel.EINVALID, message: "empty input"},
		{name: "only space", input: "a.txt", data: []byte(" \n\t\r\n"), code: hebel.EINVALID, message: "no text"},
		{name: "only bom", input: "a.txt", data: []byte("\xEF\xBB\xBF"), code: hebel.EINVALID, message: "no text"},
		{name: "too big", input: "a.txt", data: []byte("0123456789"), opts: func(o *Options) { o.MaxBytes = 5 },
			code: hebel.EINVALID, message: "input is 10 bytes, over the limit of 5; raise it with --max-bytes"},
		{name: "pdf", input: "a.txt", data: []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj"), code: hebel.EUNSUPPORTED, message: "binary input (looks like PDF)"},
		{name: "gzip", input: "a.txt", data: []byte("\x1f\x8b\x08\x00abc"), code: hebel.EUNSUPPORTED, message: "looks like gzip"},
		{name: "zip", input: "a.docx", data: []byte("PK\x03\x04\x14\x00"), code: hebel.EUNSUPPORTED, message: "looks like ZIP"},
		{name: "elf", input: "a", data: []byte("\x7fELF\x02\x01\x01"), code: hebel.EUNSUPPORTED, message: "looks like ELF"},
		{name: "jpeg", input: "a", data: []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), code: hebel.EUNSUPPORTED, message: "looks like JPEG"},
		{name: "utf16 binary", input: "a.txt", data: []byte("\xFF\xFE\x01\x00\x02\x00\x03\x00"), code: hebel.EUNSUPPORTED, message: "after UTF-16"},
		{name: "utf32", input: "a.txt", data: []byte("\xFF\xFE\x00\x00a\x00\x00\x00"), code: hebel.EUNSUPPORTED, message: "NUL"},
		{name: "nul", input: "a.txt", data: []byte("text\x00more"), code: hebel.EUNSUPPORTED, message: "NUL"},
		{name: "controls", input: "a.txt", data: bytes.Repeat([]byte("ab\x01\x02"), 10), code: hebel.EUNSUPPORTED, message: "control bytes"},
		{name: "bzh text", input: "a.txt", data: []byte("BZh is not bzip2 here"), text: "BZh is not bzip2 here"},
		{name: "forced text", input: "a.html", data: []byte("<p>x</p>"), opts: func(o *Options) { o.Format = "text" }, text: "<p>x</p>", format: "text"},
		{name: "forced html", input: "a.txt", data: []byte("<p>x</p></html>"), opts: func(o *Options) { o.Format = "html" }, text: "x", format: "html"},
		{name: "bad format", input: "a.txt", data: []byte("x"), opts: func(o *Options) { o.Format = "pdf" }, code: hebel.EINVALID, message: "unknown format"},
		{name: "sniffed html", input: "-", data: []byte("\n<!DOCTYPE html><p>Satz.</p></html>"), text: "Satz.", format: "html"},
		{name: "text mentioning html", input: "-", data: []byte("Use <html> to start."), text: "Use <html> to start.", format: "text"},
		{name: "no hook", input: "a.html", data: []byte("<p>x</p></html>"), opts: func(o *Options) { o.HTML = nil }, code: hebel.EUNSUPPORTED, message: "HTML extractor"},
		{name: "hook error", input: "a.html", data: []byte("<div>nav</div></html>"), code: hebel.EINVALID, message: "no article text found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := testOptions()
			if tt.opts != nil {
				tt.opts(&opts)
			}
			doc, problems, err := Read(tt.input, tt.data, opts)
			if got := hebel.ErrorCode(err); got != tt.code {
				t.Fatalf("error code %q (%v), want %q", got, err, tt.code)
			}
			if err != nil {
				if !strings.Contains(err.Error(), tt.message) {
					t.Errorf("error %q does not say %q", err, tt.message)
				}
				return
			}
			if doc.Text != tt.text {
				t.Errorf("text %q, want %q", doc.Text, tt.text)
			}
			if got := problemCodes(problems); got != tt.problems {
				t.Errorf("problems %q (%v), want %q", got, problems, tt.problems)
			}
			if tt.format != "" && doc.Format != tt.format {
				t.Errorf("format %q, want %q", doc.Format, tt.format)
			}
			if doc.Source != tt.input {
				t.Errorf("source %q, want %q", doc.Source, tt.input)
			}
			checkDocument(t, doc)
		})
	}
}

func utf16le(s string) []byte {
	var b []byte
	for _, r := range s { // ASCII only
		b = append(b, byte(r), 0)
	}
	return b
}

func TestReadPassesURL(t *testing.T) {
	var got string
	opts := testOptions()
	opts.HTML = func(data []byte, url string) (*hebel.Document, error) {
		got = url
		return fakeHTML(data, url)
	}
	for _, tt := range []struct{ name, url string }{
		{"https://example.org/a", "https://example.org/a"},
		{"pages/a.html", ""},
	} {
		if _, _, err := Read(tt.name, []byte("<html><p>Text.</p></html>"), opts); err != nil {
			t.Fatal(err)
		}
		if got != tt.url {
			t.Errorf("Read(%q) passed url %q, want %q", tt.name, got, tt.url)
		}
	}
}

func TestReadHookNil(t *testing.T) {
	opts := testOptions()
	opts.HTML = func([]byte, string) (*hebel.Document, error) { return nil, nil }
	_, _, err := Read("a.html", []byte("<p>x</p>"), opts)
	var e *hebel.Error
	if !errors.As(err, &e) || e.Code != hebel.EINTERNAL {
		t.Errorf("got %v, want EINTERNAL", err)
	}
}

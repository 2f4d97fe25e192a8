package htmltext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
	"golang.org/x/net/html"
)

const articlePage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Port traffic recovers | Example News</title>
<link rel="canonical" href="https://example.com/news/port-traffic">
<meta name="author" content="Sam Example">
<meta property="article:published_time" content="2024-05-02T08:00:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article>
<h1>Port traffic recovers</h1>
<p>Container traffic through the port rose by about eight percent in the first quarter, the port authority said on Tuesday, after two weak years in a row.</p>
<p>Officials expect the growth to continue as a new terminal opens in the autumn, although they warned that shipping rates remain volatile and hard to forecast.</p>
<ul><li>First item of a list</li><li>Second item of a list</li></ul>
<p>A third paragraph with <b>bold</b> and <a href="/x">a link</a> inside<br>and a line break.</p>
</article>
<footer><a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a></footer>
</body></html>`

func TestExtract(t *testing.T) {
	for _, opts := range []Options{DefaultOptions(), {}, {Focus: Precision}, {Focus: Recall, Comments: true}} {
		doc, err := Extract([]byte(articlePage), "https://example.com/n?id=1", opts)
		if err != nil {
			t.Fatalf("%+v: %v", opts, err)
		}
		for _, want := range []string{
			"Port traffic recovers\n\nContainer traffic through the port rose",
			"in a row.\n\nOfficials expect",
			"First item of a list\nSecond item of a list",
			"with bold and a link inside\nand a line break.",
		} {
			if !strings.Contains(doc.Text, want) {
				t.Errorf("%+v: text lacks %q:\n%s", opts, want, doc.Text)
			}
		}
		for _, not := range []string{"Imprint", "World"} {
			if strings.Contains(doc.Text, not) {
				t.Errorf("%+v: text has boilerplate %q", opts, not)
			}
		}
		if doc.Title != "Port traffic recovers" {
			t.Errorf("title %q", doc.Title)
		}
		if doc.Author != "Sam Example" {
			t.Errorf("author %q", doc.Author)
		}
		if doc.URL != "https://example.com/news/port-traffic" {
			t.Errorf("url %q", doc.URL)
		}
		if want := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC); !doc.Published.Equal(want) {
			t.Errorf("published %v, want %v", doc.Published, want)
		}
		if doc.Format != "html" || doc.ID != "" || doc.Source != "" {
			t.Errorf("format %q id %q source %q", doc.Format, doc.ID, doc.Source)
		}
	}
}

func TestExtractNoArticle(t *testing.T) {
	for _, page := range []string{
		"",
		"<html><body></body></html>",
		"<html><head><title>Only a title</title></head><body><nav><a href=/>Home</a></nav></body></html>",
		"<footer><p>© 2024 A very long company name GmbH &amp; Co. KG, all rights reserved, really</p></footer>",
	} {
		_, err := Extract([]byte(page), "", DefaultOptions())
		if hebel.ErrorCode(err) != hebel.EINVALID || !strings.Contains(err.Error(), "no article text found") {
			t.Errorf("Extract(%.50q): %v, want EINVALID no article text found", page, err)
		}
	}
}

// TestExtractBadPages runs the HTML files of testdata/bad; see its README.
func TestExtractBadPages(t *testing.T) {
	tests := []struct {
		file string
		code string
		text []string
	}{
		{"truncated.html", "", []string{"Hafen von Kiel meldet Rekordumschlag\n\n", "von denen das Land den größten Teil trä"}},
		{"no-article.html", hebel.EINVALID, nil},
		{"mixed/b-good.html", "", []string{"Port traffic recovers\n\nContainer traffic"}},
	}
	for _, tt := range tests {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "bad", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		for _, fallback := range []bool{false, true} {
			doc, err := Extract(data, "", Options{Fallback: fallback})
			if got := hebel.ErrorCode(err); got != tt.code {
				t.Fatalf("%s (fallback %v): code %q (%v), want %q", tt.file, fallback, got, err, tt.code)
			}
			for _, want := range tt.text {
				if !strings.Contains(doc.Text, want) {
					t.Errorf("%s (fallback %v): text lacks %q:\n%s", tt.file, fallback, want, doc.Text)
				}
			}
		}
	}
}

func TestHasArticleText(t *testing.T) {
	tests := []struct {
		page string
		want bool
	}{
		{"<p>One two three four five six seven eight.</p>", true},
		{"<p>One two three four five six seven.</p>", false},
		{"<div>Ein <b>Satz</b> mit <i>vielen</i> kleinen Teilen, die zusammen zählen.</div>", true},
		{"<p><a href=/>one two three four five six seven eight nine</a></p>", false},
		{"<nav><p>one two three four five six seven eight nine</p></nav>", false},
		{"<ul><li>one two</li><li>three four</li><li>five six</li><li>seven eight</li></ul>", false},
		{"<p>日本語の文章はスペースなしで書かれていますので文字数で数えます。これで四十文字を超えるはずです。</p>", true},
		{"<div role=contentinfo><p>one two three four five six seven eight nine</p></div>", false},
		{"<body class=menu-type-dropdown><form><p>one two three four five six seven eight nine</p></form></body>", true},
	}
	for _, tt := range tests {
		root, err := html.Parse(strings.NewReader(tt.page))
		if err != nil {
			t.Fatal(err)
		}
		if got := hasArticleText(root); got != tt.want {
			t.Errorf("hasArticleText(%q) = %v, want %v", tt.page, got, tt.want)
		}
	}
}

func TestRender(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>a</p><p>b</p>", "a\n\nb"},
		{"<p> a  <b>b</b>c </p>", "a bc"},
		{"<p>a<br>b</p>", "a\nb"},
		{"<ul><li>x</li><li>y</li></ul><p>z</p>", "x\ny\n\nz"},
		{"<table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table>", "1\t2\n3\t4"},
		{"<pre>a\n  b</pre>", "a\n  b"},
		{"<h2>T</h2>text", "T\n\ntext"},
	}
	for _, tt := range tests {
		root, err := html.Parse(strings.NewReader(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		if got := render(root); got != tt.want {
			t.Errorf("render(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSmallPageNotRepeated(t *testing.T) {
	doc, err := Extract([]byte(`<html><body><p>One sentence about the sanctions against North Korea and Russia.</p></body></html>`), "", DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if want := "One sentence about the sanctions against North Korea and Russia."; doc.Text != want {
		t.Errorf("text %q, want %q", doc.Text, want)
	}
}

func TestDropRepeatedParagraphs(t *testing.T) {
	for in, want := range map[string]string{
		"a\n\na":           "a",
		"a\n\nb\n\na":      "a\n\nb\n\na",
		"a\n\na\n\na\n\nb": "a\n\nb",
		"":                 "",
	} {
		if got := dropRepeatedParagraphs(in); got != want {
			t.Errorf("dropRepeatedParagraphs(%q) = %q, want %q", in, got, want)
		}
	}
}

package reader

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/hebel-project/hebel/internal/sharedtest"
)

// shape returns the greatest nesting depth of elements and the number of
// element and comment nodes in the tree the HTML parser builds from page.
func shape(t testing.TB, page []byte) (deepest, nodes int) {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	type item struct {
		n *html.Node
		d int
	}
	stack := []item{{root, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		deepest = max(deepest, it.d)
		for c := it.n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode || c.Type == html.CommentNode {
				nodes++
				stack = append(stack, item{c, it.d + 1})
			}
		}
	}
	return deepest, nodes
}

// checkShape checks that the parser builds a tree from page within
// budget, allowing for what it adds itself (html, head, body, tbody, tr,
// an empty p for a stray </p> …).
func checkShape(t testing.TB, page []byte, b HTMLBudget) {
	t.Helper()
	d, n := shape(t, page)
	if d > b.MaxDepth+4 {
		t.Errorf("the parser nests %d deep, budget %d", d, b.MaxDepth)
	}
	if n > 2*b.MaxElements+8 {
		t.Errorf("the parser builds %d nodes, budget %d", n, b.MaxElements)
	}
}

// text returns the text of page's text tokens, concatenated (the HTML
// parser refuses the deepest test pages, so their text is taken from the
// tokenizer).
func text(page []byte) string {
	var b strings.Builder
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			b.Write(z.Text())
		}
	}
}

const lede = "Nordkorea und Russland haben einen Pakt geschlossen."

func TestBoundHTMLFlattens(t *testing.T) {
	small := HTMLBudget{MaxDepth: 40, MaxElements: 500, MaxDepthSum: 5000, MaxAttrs: 8, MaxTotalAttrs: 100}
	tests := []struct {
		name    string
		page    string
		message string // substring of the problem
	}{
		{"nested divs", "<html><body>" + strings.Repeat("<div>", 1000) + "<p>" + lede + "</p>" + strings.Repeat("</div>", 1000) + "<p>after</p></body></html>",
			"nested deeper than 40"},
		{"nested tables", "<html><body>" + strings.Repeat("<table><tr><td>", 300) + lede + strings.Repeat("</td></tr></table>", 300) + "<p>after</p></body></html>",
			"nested deeper than 40"},
		{"unclosed nested", "<body>" + strings.Repeat("<span><b>", 400) + lede + " <p>after</p>",
			"nested deeper than 40"},
		{"many elements", "<body>" + strings.Repeat("<b>x</b>", 2000) + "<p>" + lede + "</p><p>after</p>",
			"nodes past 500"},
		{"deep and wide", "<body>" + strings.Repeat("<div>", 35) + strings.Repeat("<i>x</i>", 400) + "<p>" + lede + "</p>" + strings.Repeat("</div>", 35) + "<p>after</p>",
			"past a depth sum of 5000"},
		{"many comments", "<body>" + strings.Repeat("<!-- c -->", 2000) + "<p>" + lede + "</p><p>after</p>",
			"nodes past 500"},
		{"many attributes", `<body><div ` + manyAttributes(1000) + `><p>` + lede + `</p><p>after</p></div>`,
			"1 start tags with more than 8 attributes lost the rest"},
		{"many attributes, quoted", `<body><div ` + strings.Repeat(`data-x="a > b" `, 9) + `title='t'><p>` + lede + `</p><p>after</p></div>`,
			"1 start tags with more than 8 attributes lost the rest"},
		{"many attributes in all", "<body>" + strings.Repeat(`<i x=1 y=2 z=3>i</i>`, 100) + "<p>" + lede + "</p><p>after</p>",
			"attributes over the limit"},
		{"formatting left open", "<body><div>" + openFormatting(30) + "</div>" + strings.Repeat("<p>x</p>", 100) + "<p>" + lede + "</p><p>after</p>",
			"formatting elements left open were closed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, msg := BoundHTML([]byte(tt.page), small)
			if !strings.Contains(msg, tt.message) {
				t.Errorf("message %q, want it to say %q", msg, tt.message)
			}
			checkShape(t, out, small)
			got, want := text(out), text([]byte(tt.page))
			if strings.Contains(tt.name, "table") {
				// Text in misplaced cells is moved before its table.
				got, want = sortedRunes(got), sortedRunes(want)
			}
			if got != want {
				t.Errorf("text changed:\n got %.200q\nwant %.200q", got, want)
			}
		})
	}
}

// TestBoundHTMLKeepsRealPages: pages within the budget come back as they
// are (the same slice), including pages with unclosed paragraphs, list
// items and cells, which the parser closes itself.
func TestBoundHTMLKeepsRealPages(t *testing.T) {
	pages := []string{
		"<html><body>" + strings.Repeat("<p>Absatz ohne Ende", 2000) + "</body></html>",
		"<ul>" + strings.Repeat("<li>Punkt", 2000) + "</ul>",
		"<table>" + strings.Repeat("<tr><td>a<td>b", 2000) + "</table>",
		"<dl>" + strings.Repeat("<dt>a<dd>b", 2000) + "</dl>",
		"<select>" + strings.Repeat("<option>o", 2000) + "</select>",
		"<div>" + strings.Repeat("<p><b>x</b><br><img src=a.png>", 3000) + "</div>",
		"<script>" + strings.Repeat("<div>", 5000) + "</script><p>x</p>",
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "bad", "*.html"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, string(data))
	}
	for i, p := range pages {
		out, msg := BoundHTML([]byte(p), HTMLBudget{MaxDepth: 100})
		if msg != "" || &out[0] != &[]byte(p)[0] && string(out) != p {
			t.Errorf("page %d changed: %s", i, msg)
		}
	}
}

func TestReadFlattensHTML(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<div>", 100_000) + "deep" + strings.Repeat("</div>", 100_000) + "<p>" + lede + "</p></body></html>"
	doc, problems, err := Read("deep.html", []byte(page), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != lede {
		t.Errorf("text %q", doc.Text)
	}
	if got := problemCodes(problems); got != "over_budget" {
		t.Errorf("problems %s", got)
	}
	if !strings.Contains(problems[0].Message, fmt.Sprintf("nested deeper than %d", DefaultMaxHTMLDepth)) {
		t.Errorf("message %q does not say what was changed", problems[0].Message)
	}
}

// openFormatting returns n formatting elements that differ in their
// attributes, left open.
func openFormatting(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "<b id=b%d>", i)
	}
	return b.String()
}

// manyAttributes returns n attributes with different names.
func manyAttributes(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, ` a%d="%d"`, i, i)
	}
	return b.String()
}

func sortedRunes(s string) string {
	r := []rune(strings.Join(strings.Fields(s), ""))
	slices.Sort(r)
	return string(r)
}

// FuzzBoundHTML checks that a page within budget comes back unchanged and
// that the parser builds a tree within budget from what BoundHTML
// returns, whether it flattened the page or not.
func FuzzBoundHTML(f *testing.F) {
	f.Add("<div><p>x<div><table><tr><td>y</table></div>")
	f.Add("<p a=1 b=2 c=3 d=4>x<!--c--><!--d--></p>")
	f.Add("<ul><li>a<li>b</ul><script><div></script>")
	f.Add("</div></div><p></b><i>")
	f.Add(`<a b=1 c="2>" d='3' e f=4 g><script><x a b c d e f g h></script>`)
	f.Add("<div><b id=1><b id=2><b id=3><i id=4></div><p>x</p><p>y</p><p>z</p>")
	budget := HTMLBudget{MaxDepth: 4, MaxElements: 12, MaxDepthSum: 30, MaxAttrs: 2, MaxTotalAttrs: 6}
	f.Fuzz(func(t *testing.T, page string) {
		out, msg := BoundHTML([]byte(page), budget)
		if msg == "" && string(out) != page {
			t.Fatalf("page within budget changed: %q", out)
		}
		checkShape(t, out, budget)
	})
}

// TestHTMLBudgetEval measures the pages of the trafilatura evaluation set
// against the budget: none may be flattened by the default budget, and the
// figures the budget's doc comment quotes come from here (go test
// ./reader -run HTMLBudgetEval -v).
func TestHTMLBudgetEval(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join(sharedtest.Dir(t, "data", "eval", "trafilatura-eval"), "html", "*.html.gz"))
	if len(pages) == 0 {
		t.Skip("no trafilatura-eval pages")
	}
	unlimited := HTMLBudget{MaxDepth: 1 << 30, MaxElements: 1 << 30, MaxDepthSum: 1 << 60, MaxAttrs: 1 << 30, MaxTotalAttrs: 1 << 30}
	var deepest, most, heaviest int
	flattened := 0
	for _, p := range pages {
		data, err := readGzip(p)
		if err != nil {
			t.Fatal(err)
		}
		s := &htmlScan{budget: unlimited}
		s.run(data)
		deepest = max(deepest, s.maxDepth)
		most = max(most, s.elements)
		heaviest = max(heaviest, s.depthSum)
		if _, msg := BoundHTML(data, HTMLBudget{}); msg != "" {
			flattened++
			t.Errorf("%s flattened: %s", filepath.Base(p), msg)
		}
	}
	t.Logf("%d pages: at most %d deep, %d elements, depth sum %d; %d flattened", len(pages), deepest, most, heaviest, flattened)
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

package http

import (
	"html"
	"math/rand"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

func sp(start, end int, id string) markSpan {
	return markSpan{Start: start, End: end, ID: id, Item: id, Kind: "claim", Title: id}
}

// tags reduces markText's HTML to the marks' ids: "[a" opens a, "[a+"
// opens another part of a, "]" closes.
var tagRE = regexp.MustCompile(`<mark [^>]*data-item="([^"]*)"[^>]*>|</mark>`)

func shape(h string) string {
	return tagRE.ReplaceAllStringFunc(h, func(m string) string {
		if m == "</mark>" {
			return "]"
		}
		id := tagRE.FindStringSubmatch(m)[1]
		if strings.Contains(m, `data-part="more"`) {
			return "[" + id + "+"
		}
		return "[" + id
	})
}

func TestMarkText(t *testing.T) {
	for _, c := range []struct {
		name  string
		text  string
		spans []markSpan
		want  string
	}{
		{"none", "abc", nil, "abc"},
		{"one", "abcdef", []markSpan{sp(1, 3, "a")}, "a[abc]def"},
		{"nested", "abcdef", []markSpan{sp(2, 3, "b"), sp(1, 5, "a")}, "a[ab[bc]de]f"},
		{"same range", "abcdef", []markSpan{sp(1, 3, "a"), sp(1, 3, "b")}, "a[a[bbc]]def"},
		{"crossing", "abcdef", []markSpan{sp(0, 3, "a"), sp(2, 5, "b")}, "[aab[bc]][b+de]f"},
		{"adjacent", "abcd", []markSpan{sp(0, 2, "a"), sp(2, 4, "b")}, "[aab][bcd]"},
		{"crossing two", "abcdefg", []markSpan{sp(0, 4, "a"), sp(1, 6, "b"), sp(3, 7, "c")},
			"[aa[bbc[cd]]][b+[c+ef]][c+g]"},
		{"out of range", "abc", []markSpan{sp(2, 9, "a"), sp(-1, 1, "b"), sp(2, 2, "c")}, "abc"},
		{"inside a rune", "äb", []markSpan{sp(1, 3, "a")}, "äb"},
		{"escaped", `<b>&"`, []markSpan{sp(0, 3, "a")}, `[a&lt;b&gt;]&amp;&#34;`},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := shape(string(markText(c.text, c.spans))); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestMarkTextEscapesAttributes(t *testing.T) {
	h := string(markText("abc", []markSpan{{Start: 0, End: 1, ID: `x"><script>`, Item: "i", Kind: "k", Title: `"><img src=x>`}}))
	if strings.Contains(h, "<script>") || strings.Contains(h, "<img") {
		t.Errorf("attributes not escaped: %s", h)
	}
}

// TestMarkTextRandom checks on random spans that the marks nest, that
// the text is kept, and that each span's marks cover exactly its text.
func TestMarkTextRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	text := "Laut Geheimdienst sind 10.000 Soldaten über die Grenze."
	for n := 0; n < 500; n++ {
		var spans []markSpan
		for i := 0; i < rng.Intn(6); i++ {
			a, b := rng.Intn(len(text)+1), rng.Intn(len(text)+1)
			if a > b {
				a, b = b, a
			}
			spans = append(spans, sp(a, b, string(rune('a'+i))))
		}
		h := string(markText(text, spans))
		checkMarks(t, text, spans, h)
	}
}

func checkMarks(t *testing.T, text string, spans []markSpan, h string) {
	t.Helper()
	var plain strings.Builder
	var stack []string
	got := map[string]*strings.Builder{}
	for len(h) > 0 {
		loc := tagRE.FindStringSubmatchIndex(h)
		if loc == nil || loc[0] > 0 {
			end := len(h)
			if loc != nil {
				end = loc[0]
			}
			plain.WriteString(h[:end])
			for _, id := range stack {
				if got[id] == nil {
					got[id] = &strings.Builder{}
				}
				got[id].WriteString(h[:end])
			}
			h = h[end:]
			continue
		}
		if loc[2] < 0 {
			if len(stack) == 0 {
				t.Fatalf("</mark> without <mark>")
			}
			stack = stack[:len(stack)-1]
		} else {
			stack = append(stack, h[loc[2]:loc[3]])
		}
		h = h[loc[1]:]
	}
	if len(stack) != 0 {
		t.Fatalf("marks left open: %v", stack)
	}
	if p := html.UnescapeString(plain.String()); p != text {
		t.Fatalf("text changed: %q", p)
	}
	for _, s := range validSpans(text, spans) {
		g := ""
		if got[s.Item] != nil {
			g = html.UnescapeString(got[s.Item].String())
		}
		if g != text[s.Start:s.End] {
			t.Fatalf("span %s [%d,%d) covers %q, want %q", s.Item, s.Start, s.End, g, text[s.Start:s.End])
		}
	}
}

// FuzzMarkText checks markText on any text and spans: the marks nest,
// the text is kept, each span's marks cover its text.
func FuzzMarkText(f *testing.F) {
	f.Add("Laut NIS sind 10.000 Soldaten da.", 0, 8, 5, 20, 14, 33)
	f.Add("äöü <b>&", 0, 2, 1, 4, 3, 9)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, e, g int) {
		if !utf8.ValidString(text) {
			return
		}
		spans := []markSpan{sp(a, b, "a"), sp(c, d, "b"), sp(e, g, "c"), sp(a, g, "d")}
		checkMarks(t, text, spans, string(markText(text, spans)))
	})
}

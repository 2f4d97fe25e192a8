package feed

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
)

func parseFile(t *testing.T, name string) ([]Item, []hebel.Problem, error) {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "feed", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return Parse(f, name)
}

func TestParseFixtures(t *testing.T) {
	type want struct {
		title, link, author, ctype, contentHas string
		published                              string // RFC 3339, "" for zero
		problems                               int
	}
	for _, tc := range []struct {
		file     string
		items    []want
		problems []string // codes of the feed's problems
	}{
		{"rss2.xml", []want{
			{"Japan and South Korea agree on joint naval drills", "https://news.example.org/world/2024/03/drills.html",
				"Anna Beispiel", HTML, "<p>Japan and South Korea agreed", "2024-03-04T08:30:00Z", 0},
			{"Deutschland liefert Turbinen an Kanada", "https://news.example.org/world/2024/03/turbinen.html",
				"redaktion@example.org (Max Muster)", HTML, "Schritt&nbsp;für", "2024-03-05T14:00:00Z", 0},
			{"China raises tariffs on Australian barley", "https://news.example.org/world/2024/03/barley.html",
				"", HTML, "raise tariffs on barley", "", 1},
		}, []string{hebel.ProblemSkippedItem}},
		{"atom.xml", []want{
			{"France and Germany sign hydrogen pact", "https://wire.example.com/2024/hydrogen",
				"Claire Exemple", HTML, "<p>France and Germany", "2024-03-06T09:00:00Z", 0},
			{"Norway expands gas exports to Poland", "https://wire.example.com/2024/gas",
				"", HTML, "on <em>Wednesday</em>.</p></div>", "2024-03-06T15:00:00Z", 0},
			{"India buys more oil from Russia", "https://wire.example.com/2024/oil",
				"", Text, "India bought more crude oil", "2024-03-06T16:00:00Z", 0},
		}, nil},
		{"malformed.xml", []want{
			{"Brazil and Argentina agree on trade rules", "https://broken.example.net/a", "", HTML, "Brasília", "", 0},
			{"Kenya signs rail deal with China", "https://broken.example.net/b", "", HTML, "Nairobi", "", 0},
		}, []string{hebel.ProblemTruncated}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			items, problems, err := parseFile(t, tc.file)
			if err != nil {
				t.Fatal(err)
			}
			if len(items) != len(tc.items) {
				t.Fatalf("%d items, want %d: %+v", len(items), len(tc.items), items)
			}
			for i, w := range tc.items {
				it := items[i]
				pub := ""
				if !it.Published.IsZero() {
					pub = it.Published.Format(time.RFC3339)
				}
				if it.Title != w.title || it.Link != w.link || it.Author != w.author || it.ContentType != w.ctype ||
					!strings.Contains(string(it.Content), w.contentHas) || pub != w.published || len(it.Problems) != w.problems {
					t.Errorf("item %d:\n got %q %q %q %q %s %d problems\n%s\nwant %+v", i, it.Title, it.Link, it.Author,
						it.ContentType, pub, len(it.Problems), it.Content, w)
				}
			}
			if tc.file == "rss2.xml" && (items[0].Index != 1 || items[1].Index != 2 || items[2].Index != 4) {
				t.Errorf("indexes %d %d %d, want 1 2 4 (item 3 skipped)", items[0].Index, items[1].Index, items[2].Index)
			}
			var codes []string
			for _, p := range problems {
				codes = append(codes, p.Code)
			}
			if strings.Join(codes, ",") != strings.Join(tc.problems, ",") {
				t.Errorf("problems %v, want codes %v", problems, tc.problems)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"empty", ""},
		{"text", "just some words"},
		{"html", "<!doctype html><html><body><p>hi</p></body></html>"},
		{"other xml", "<config><a/></config>"},
		{"broken before items", "<rss><channel><title>x</channel></rss>"},
		{"entity bomb", readFixture(t, "billion-laughs.xml")},
		{"not a feed file", readFixture(t, "notfeed.xml")},
		{"deep", "<rss>" + strings.Repeat("<x>", MaxDepth+10)},
		{"unknown encoding", `<?xml version="1.0" encoding="x-no-such"?><rss><channel><item><title>a</title></item></channel></rss>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items, _, err := Parse(strings.NewReader(tc.in), tc.name)
			if hebel.ErrorCode(err) != hebel.EINVALID {
				t.Errorf("error %v (code %q), want EINVALID; items %+v", err, hebel.ErrorCode(err), items)
			}
		})
	}
}

func TestParseCases(t *testing.T) {
	for _, tc := range []struct {
		name, in          string
		items             int
		title, link, text string
	}{
		{"latin1", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><title>Gr\xfc\xdfe</title></item></channel></rss>",
			1, "Grüße", "", ""},
		{"rdf", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><link>http://x.example/</link></channel><item><title>T</title><link>a/b</link><description>D</description></item></rdf:RDF>`,
			1, "T", "http://x.example/a/b", "D"},
		{"empty feed", `<rss><channel><title>nothing</title></channel></rss>`, 0, "", "", ""},
		{"bad link kept", `<rss><channel><item><title>T</title><link>javascript:alert(1)</link></item></channel></rss>`, 1, "T", "", ""},
		{"html entity", `<rss><channel><item><title>A&nbsp;B&amp;C</title></item></channel></rss>`, 1, "A B&C", "", ""},
		{"atom src content", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title><content src="http://x/y"/><summary type="html">&lt;b&gt;S&lt;/b&gt;</summary></entry></feed>`,
			1, "T", "", "<b>S</b>"},
		{"atom base64 content", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title><content type="image/png">AAAA</content></entry></feed>`,
			1, "T", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items, problems, err := Parse(strings.NewReader(tc.in), tc.name)
			if err != nil {
				t.Fatalf("error %v", err)
			}
			if len(items) != tc.items {
				t.Fatalf("%d items, want %d (problems %v)", len(items), tc.items, problems)
			}
			if tc.items > 0 && (items[0].Title != tc.title || items[0].Link != tc.link || string(items[0].Content) != tc.text) {
				t.Errorf("got %+v", items[0])
			}
		})
	}
}

func TestParseLimits(t *testing.T) {
	var b strings.Builder
	b.WriteString("<rss><channel>")
	for i := 0; i < MaxItems+5; i++ {
		b.WriteString("<item><title>t</title></item>")
	}
	b.WriteString("</channel></rss>")
	items, problems, err := Parse(strings.NewReader(b.String()), "many")
	if err != nil || len(items) != MaxItems || len(problems) != 1 {
		t.Errorf("%d items, problems %v, err %v", len(items), problems, err)
	}

	big := "<rss><channel><item><title>t</title><description>" + strings.Repeat("x", MaxFieldBytes+100) + "</description></item></channel></rss>"
	items, _, err = Parse(strings.NewReader(big), "big")
	if err != nil || len(items) != 1 || len(items[0].Content) > MaxFieldBytes || len(items[0].Problems) != 1 {
		t.Errorf("big field: %d items, err %v", len(items), err)
	}

	// A huge title is cut at its own, smaller limit and at a character
	// boundary, with a problem naming the field.
	title := strings.Repeat("ä", MaxShortFieldBytes) // two bytes each
	huge := `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x` + title + `</title><content type="html">&lt;p&gt;Text&lt;/p&gt;</content></entry></feed>`
	items, _, err = Parse(strings.NewReader(huge), "huge")
	if err != nil || len(items) != 1 {
		t.Fatalf("huge title: %d items, err %v", len(items), err)
	}
	it := items[0]
	if len(it.Title) > MaxShortFieldBytes || !utf8.ValidString(it.Title) || len(it.Problems) != 1 ||
		it.Problems[0].Code != hebel.ProblemOverBudget || !strings.Contains(it.Problems[0].Message, "title field") {
		t.Errorf("huge title: %d bytes, valid %v, problems %+v", len(it.Title), utf8.ValidString(it.Title), it.Problems)
	}
}

func TestSniff(t *testing.T) {
	for in, want := range map[string]bool{
		`<?xml version="1.0"?><rss version="2.0">`:              true,
		"\ufeff<?xml version='1.0'?>\n<!-- c -->\n<feed xmlns=": true,
		`<rdf:RDF xmlns:rdf="x">`:                               true,
		`<!DOCTYPE rss><rss>`:                                   true,
		`<html><body>rss</body></html>`:                         false,
		`WARC/1.0`:                                              false,
		`<?xml version="1.0"?><feedback/>`:                      false,
		`<?xml unterminated`:                                    false,
	} {
		if got := Sniff([]byte(in)); got != want {
			t.Errorf("Sniff(%q) = %v, want %v", in, got, want)
		}
	}
}

func readFixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "feed", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/pipeline"
	"github.com/hebel-project/hebel/reader"
)

// english is a language detector that always says English.
type english struct{}

func (english) Detect(string) (string, float64) { return "en", 1 }

var tags = regexp.MustCompile(`<[^>]*>`)

// testExtractor has a fake HTML extractor that drops tags and takes the
// <title>.
func testExtractor() *Extractor {
	opts := reader.DefaultOptions()
	opts.HTML = func(data []byte, url string) (*hebel.Document, error) {
		doc := &hebel.Document{URL: url}
		if m := regexp.MustCompile(`<title>([^<]*)</title>`).FindSubmatch(data); m != nil {
			doc.Title = string(m[1])
		}
		doc.Text = strings.TrimSpace(tags.ReplaceAllString(regexp.MustCompile(`(?s)<head>.*</head>`).ReplaceAllString(string(data), ""), " "))
		if doc.Text == "" {
			return nil, hebel.Errorf(hebel.EINVALID, "no article text")
		}
		return doc, nil
	}
	return &Extractor{Read: opts, Pipeline: pipeline.New(english{})}
}

type result struct {
	source, title, url, published, text string
	err                                 string
}

func extractAll(t *testing.T, x *Extractor, name string) []result {
	t.Helper()
	var got []result
	err := x.ExtractAll(context.Background(), Input{Name: name}, func(rec *hebel.Record, err error) error {
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Errorf("error %v is not an *InputError", err)
			}
			got = append(got, result{err: err.Error()})
			return nil
		}
		d := rec.Document
		pub := ""
		if !d.Undated() {
			pub = d.DateLabel()
		}
		got = append(got, result{source: d.Source, title: d.Title, url: d.URL, published: pub, text: d.Text})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestExtractAll(t *testing.T) {
	dir := t.TempDir()
	rss, _ := os.ReadFile("../testdata/feed/rss2.xml")
	warcGz, _ := os.ReadFile("../testdata/warc/small.warc.gz")
	warcPlain, _ := os.ReadFile("../testdata/warc/small.warc")
	var gzText bytes.Buffer
	zw := gzip.NewWriter(&gzText)
	zw.Write([]byte("not a warc"))
	zw.Close()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	sniffedFeed := write("feed.txt", rss)
	sniffedWARC := write("crawl.bin", warcGz)
	sniffedPlainWARC := write("crawl.dat", warcPlain)
	plain := write("plain.txt", []byte("Japan and Canada signed a trade agreement on Monday."))
	notFeed := write("config.xml", []byte("<config><a>1</a></config>"))

	rssWant := []result{
		{err: "item 3 has no title"},
		{source: "#item-1", title: "Japan and South Korea agree on joint naval drills",
			url: "https://news.example.org/world/2024/03/drills.html", published: "2024-03-04", text: "Japan and South Korea agreed on Monday"},
		{source: "#item-2", title: "Deutschland liefert Turbinen an Kanada",
			url: "https://news.example.org/world/2024/03/turbinen.html", published: "2024-03-05", text: "Gasturbinen"},
		{source: "#item-4", title: "China raises tariffs on Australian barley",
			url: "https://news.example.org/world/2024/03/barley.html", text: "China announced"},
	}
	warcWant := []result{
		// The crawl dates are upper bounds: published on or before; the
		// byline's date ("By Jane Example, 7 March 2024") outranks one.
		{source: "#record-3", title: "Canada and Mexico sign critical minerals deal", url: "https://times.example.com/world/minerals-deal", published: "2024-03-07", text: "Canada and Mexico signed"},
		{source: "#record-4", title: "Polen kauft Flugabwehr in Südkorea", url: "https://zeitung.example.de/politik/flugabwehr", published: "≤2024-03-07", text: "Polen hat am Freitag"},
		{err: "#record-7: record at offset"},
	}
	for _, tc := range []struct {
		name string
		in   string
		want []result
	}{
		{"rss by name", "../testdata/feed/rss2.xml", rssWant},
		{"rss by content", sniffedFeed, rssWant},
		{"atom", "../testdata/feed/atom.xml", []result{
			{source: "#item-1", title: "France and Germany sign hydrogen pact", url: "https://wire.example.com/2024/hydrogen", published: "2024-03-06", text: "France and Germany signed"},
			{source: "#item-2", title: "Norway expands gas exports to Poland", url: "https://wire.example.com/2024/gas", published: "2024-03-06", text: "Baltic Pipe"},
			{source: "#item-3", title: "India buys more oil from Russia", url: "https://wire.example.com/2024/oil", published: "2024-03-06", text: "India bought"},
		}},
		{"malformed feed", "../testdata/feed/malformed.xml", []result{
			{err: "feed is malformed after 2 good items"},
			{source: "#item-1", title: "Brazil and Argentina agree on trade rules", url: "https://broken.example.net/a", text: "Brasília"},
			{source: "#item-2", title: "Kenya signs rail deal with China", url: "https://broken.example.net/b", text: "Nairobi"},
		}},
		{"not a feed", notFeed, []result{{err: "not a feed"}}},
		{"entity bomb", "../testdata/feed/billion-laughs.xml", []result{{err: "invalid character entity"}}},
		{"warc by name", "../testdata/warc/small.warc", warcWant},
		{"warc.gz by name", "../testdata/warc/small.warc.gz", warcWant},
		{"warc.gz by content", sniffedWARC, warcWant},
		{"warc by content", sniffedPlainWARC, warcWant},
		{"plain", plain, []result{{source: plain, text: "Japan and Canada signed"}}},
		{"missing", filepath.Join(dir, "nope.rss"), []result{{err: "no such file"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := extractAll(t, testExtractor(), tc.in)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d results, want %d: %+v", len(got), len(tc.want), got)
			}
			for i, w := range tc.want {
				g := got[i]
				if w.err != "" {
					if !strings.Contains(g.err, w.err) {
						t.Errorf("%d: error %q, want it to contain %q", i, g.err, w.err)
					}
					continue
				}
				if g.err != "" || !strings.HasSuffix(g.source, w.source) || !strings.HasPrefix(g.source, tc.in) ||
					!strings.HasPrefix(g.title, w.title) || g.url != w.url || g.published != w.published || !strings.Contains(g.text, w.text) {
					t.Errorf("%d:\n got %+v\nwant %+v", i, g, w)
				}
			}
		})
	}
}

func TestExtractAllForcedFormat(t *testing.T) {
	x := testExtractor()
	x.Read.Format = reader.FormatText
	got := extractAll(t, x, "../testdata/feed/atom.xml")
	if len(got) != 1 || !strings.Contains(got[0].text, "<feed") {
		t.Errorf("forced text format: %+v", got)
	}
}

func TestExtractAllStdinFeed(t *testing.T) {
	x := testExtractor()
	rss, _ := os.ReadFile("../testdata/feed/atom.xml")
	x.Stdin = bytes.NewReader(rss)
	got := extractAll(t, x, Stdin)
	if len(got) != 3 || got[0].source != "-#item-1" {
		t.Errorf("stdin feed: %+v", got)
	}
}

func TestExtractAllStops(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	err := testExtractor().ExtractAll(context.Background(), Input{Name: "../testdata/feed/atom.xml"},
		func(*hebel.Record, error) error { calls++; return stop })
	if err != stop || calls != 1 {
		t.Errorf("err %v after %d calls", err, calls)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := testExtractor().ExtractAll(ctx, Input{Name: "../testdata/warc/small.warc"},
		func(*hebel.Record, error) error { return nil }); err != context.Canceled {
		t.Errorf("cancelled: %v", err)
	}
}

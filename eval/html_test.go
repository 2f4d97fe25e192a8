package eval

import (
	"flag"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/htmltext"
	"github.com/hebel-project/hebel/reader"
)

var htmlFull = flag.Bool("htmlfull", false, "run the full HTML main-text evaluation (about a minute per option set)")

func TestScorePage(t *testing.T) {
	p := HTMLPage{With: []string{"eins zwei", "drei"}, Without: []string{"Impressum", "Teilen"}}
	tests := []struct {
		text string
		want HTMLCounts
	}{
		{"", HTMLCounts{FN: 2, TN: 2}},
		{"eins\n zwei und drei", HTMLCounts{TP: 2, TN: 2}},
		{"eins zwei. Impressum", HTMLCounts{TP: 1, FN: 1, FP: 1, TN: 1}},
		{"Drei", HTMLCounts{FN: 2, TN: 2}}, // case-sensitive
	}
	for _, tt := range tests {
		if got := scorePage(p, tt.text); got != tt.want {
			t.Errorf("scorePage(%q) = %+v, want %+v", tt.text, got, tt.want)
		}
	}
	c := HTMLCounts{TP: 8, FN: 2, FP: 2, TN: 8}
	if c.Precision() != 0.8 || c.Recall() != 0.8 || c.F1() != 0.8 || c.Accuracy() != 0.8 {
		t.Errorf("%+v: P %v R %v F1 %v A %v", c, c.Precision(), c.Recall(), c.F1(), c.Accuracy())
	}
}

// htmlExtractor reads a page as the command line does: reader decodes,
// htmltext extracts, reader normalises.
func htmlExtractor(opts htmltext.Options) func([]byte, string) (string, error) {
	ropts := reader.DefaultOptions()
	ropts.Format = reader.FormatHTML
	ropts.HTML = func(data []byte, url string) (*hebel.Document, error) {
		return htmltext.Extract(data, url, opts)
	}
	return func(data []byte, url string) (string, error) {
		doc, _, err := reader.Read(url, data, ropts)
		if err != nil {
			return "", err
		}
		return doc.Text, nil
	}
}

func TestHTMLSample(t *testing.T) {
	dir := sharedDir(t, "data/eval/trafilatura-eval")
	pages, err := ReadHTMLPages(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) < 100 {
		t.Fatalf("%d pages, want the whole set", len(pages))
	}
	r, err := ScoreHTML(dir, pages[:8], htmlExtractor(htmltext.DefaultOptions()))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	r.Write(&b)
	t.Log(b.String())
	if r.Pages != 8 || r.Bytes == 0 || r.Elapsed <= 0 {
		t.Errorf("report %+v", r)
	}
	if f1 := r.Strict.F1(); f1 < 0.6 {
		t.Errorf("F1 %.3f on 8 pages, want ≥ 0.6", f1)
	}
}

// TestHTMLFull runs the whole evaluation with and without the fallback
// chain: go test ./eval -run TestHTMLFull -htmlfull -v
func TestHTMLFull(t *testing.T) {
	if !*htmlFull {
		t.Skip("run with -htmlfull")
	}
	dir := sharedDir(t, "data/eval/trafilatura-eval")
	for _, tt := range []struct {
		name string
		opts htmltext.Options
	}{
		{"fallback off", htmltext.Options{}},
		{"fallback on (default)", htmltext.DefaultOptions()},
	} {
		r, err := HTML(dir, htmlExtractor(tt.opts))
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		r.Write(&b)
		for _, f := range r.Failures {
			b.WriteString("  failed: " + f.URL + ": " + f.Err + "\n")
		}
		t.Logf("%s:\n%s", tt.name, b.String())
	}
}

package htmltext

import (
	"bytes"
	"flag"
	nurl "net/url"
	"runtime"
	"strings"
	"testing"

	"github.com/hebel-project/hebel/internal/sharedtest"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/eval"
	"github.com/hebel-project/hebel/reader"
	trafilatura "github.com/markusmobius/go-trafilatura"
)

var evalFull = flag.Bool("eval", false, "score htmltext and bare go-trafilatura on the whole trafilatura evaluation set")

// TestEvalCompare runs the main-text evaluation for Hebel (reader +
// htmltext) and, in the same run, for bare go-trafilatura called the way
// its own comparison script calls it, with and without the fallback chain:
//
//	go test ./htmltext -run TestEvalCompare -eval -v -timeout 30m
func TestEvalCompare(t *testing.T) {
	if !*evalFull {
		t.Skip("run with -eval")
	}
	dir := sharedtest.Dir(t, "data", "eval", "trafilatura-eval")
	for _, tt := range []struct {
		name    string
		extract func([]byte, string) (string, error)
	}{
		{"go-trafilatura", peer(false)},
		{"hebel without fallback", hebelExtract(Options{})},
		{"go-trafilatura + fallback", peer(true)},
		{"hebel with fallback (default)", hebelExtract(DefaultOptions())},
	} {
		runtime.GC()
		cpu := cpuTime()
		r, err := eval.HTML(dir, tt.extract)
		if err != nil {
			t.Fatal(err)
		}
		cpu = cpuTime() - cpu
		var b strings.Builder
		r.Write(&b)
		t.Logf("%s: CPU %.1f s (%.1f ms/page, including reading and gunzipping)\n%s",
			tt.name, cpu.Seconds(), cpu.Seconds()*1000/float64(r.Pages), b.String())
	}
}

// peer is go-trafilatura as its scripts/comparison runs it.
func peer(fallback bool) func([]byte, string) (string, error) {
	return func(data []byte, url string) (string, error) {
		u, _ := nurl.ParseRequestURI(url)
		res, err := trafilatura.Extract(bytes.NewReader(data), trafilatura.Options{
			EnableFallback: fallback, ExcludeComments: true, OriginalURL: u})
		if err != nil {
			return "", err
		}
		return res.ContentText, nil
	}
}

// hebelExtract is the command line's path: reader decodes and
// normalises, Extract extracts.
func hebelExtract(opts Options) func([]byte, string) (string, error) {
	ropts := reader.DefaultOptions()
	ropts.Format = reader.FormatHTML
	ropts.HTML = func(data []byte, url string) (*hebel.Document, error) { return Extract(data, url, opts) }
	return func(data []byte, url string) (string, error) {
		doc, _, err := reader.Read(url, data, ropts)
		if err != nil {
			return "", err
		}
		return doc.Text, nil
	}
}

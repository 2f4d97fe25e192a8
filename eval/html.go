package eval

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// HTMLPage is one page of the trafilatura evaluation set: its URL, the
// gzipped HTML (relative to the set's directory) and the snippets the
// main text must and must not contain.
type HTMLPage struct {
	URL     string   `json:"url"`
	File    string   `json:"File"` // the original file name in go-trafilatura's test-files
	With    []string `json:"With"`
	Without []string `json:"Without"`
	HTMLGz  string   `json:"html_gz"`
}

// HTMLCounts counts snippets: TP must-contain snippets found, FN
// must-contain snippets missed, FP must-not-contain snippets found, TN
// must-not-contain snippets absent.
type HTMLCounts struct {
	TP, FN, FP, TN int
}

// Add adds d to c.
func (c *HTMLCounts) Add(d HTMLCounts) {
	c.TP += d.TP
	c.FN += d.FN
	c.FP += d.FP
	c.TN += d.TN
}

// Precision is TP / (TP + FP).
func (c HTMLCounts) Precision() float64 { return htmlRatio(c.TP, c.TP+c.FP) }

// Recall is TP / (TP + FN).
func (c HTMLCounts) Recall() float64 { return htmlRatio(c.TP, c.TP+c.FN) }

// F1 is 2TP / (2TP + FP + FN), the harmonic mean of precision and recall.
func (c HTMLCounts) F1() float64 { return htmlRatio(2*c.TP, 2*c.TP+c.FP+c.FN) }

// Accuracy is (TP + TN) / all.
func (c HTMLCounts) Accuracy() float64 { return htmlRatio(c.TP+c.TN, c.TP+c.TN+c.FP+c.FN) }

func htmlRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// HTMLFailure is a page the extractor returned an error for.
type HTMLFailure struct {
	URL string
	Err string
}

// HTMLReport is the result of HTML.
//
// Counts follows go-trafilatura's own evaluation exactly
// (scripts/comparison/content.go, evaluateEntry and prepareTrafilatura,
// v1.12.2): for each page, an empty result counts every must-contain
// snippet as FN and every must-not-contain snippet as TN; otherwise each
// must-contain snippet is TP when the text contains it (plain substring,
// case-sensitive) and FN when not, and each must-not-contain snippet FP
// when the text contains it and TN when not. A page whose extraction
// fails with an error counts nothing at all there: it drops out.
// Strict counts the same but scores a failed page as an empty result, so
// refusing a page costs recall. go-trafilatura compares against its
// ContentText, whose white space is collapsed to single spaces; we
// collapse the extractor's output the same way before matching.
type HTMLReport struct {
	Pages    int
	Failures []HTMLFailure
	Counts   HTMLCounts // go-trafilatura's counting: failed pages drop out
	Strict   HTMLCounts // failed pages count as empty output
	Bytes    int64      // HTML bytes given to the extractor
	Elapsed  time.Duration
}

// MsPerPage is the mean extraction time per page in milliseconds.
func (r HTMLReport) MsPerPage() float64 {
	if r.Pages == 0 {
		return 0
	}
	return float64(r.Elapsed.Microseconds()) / 1000 / float64(r.Pages)
}

// MBPerSecond is the HTML throughput in megabytes (10⁶ bytes) a second.
func (r HTMLReport) MBPerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Bytes) / 1e6 / r.Elapsed.Seconds()
}

// Write writes the report as a few lines of text.
func (r HTMLReport) Write(w io.Writer) {
	fmt.Fprintf(w, "pages %d, failed %d, %.1f MB of HTML in %.2f s: %.1f ms/page, %.1f MB/s\n",
		r.Pages, len(r.Failures), float64(r.Bytes)/1e6, r.Elapsed.Seconds(), r.MsPerPage(), r.MBPerSecond())
	for _, row := range []struct {
		name string
		c    HTMLCounts
	}{{"trafilatura counting", r.Counts}, {"strict (failures empty)", r.Strict}} {
		fmt.Fprintf(w, "%-24s precision %.3f recall %.3f F1 %.3f accuracy %.3f (TP %d FN %d FP %d TN %d)\n",
			row.name, row.c.Precision(), row.c.Recall(), row.c.F1(), row.c.Accuracy(),
			row.c.TP, row.c.FN, row.c.FP, row.c.TN)
	}
}

// ReadHTMLPages reads expectations.json in dir, the trafilatura
// evaluation set.
func ReadHTMLPages(dir string) ([]HTMLPage, error) {
	data, err := os.ReadFile(filepath.Join(dir, "expectations.json"))
	if err != nil {
		return nil, fmt.Errorf("reading HTML expectations: %w", err)
	}
	var pages []HTMLPage
	if err := json.Unmarshal(data, &pages); err != nil {
		return nil, fmt.Errorf("reading HTML expectations: %w", err)
	}
	return pages, nil
}

// HTML scores extract, a function from HTML bytes and the page URL to
// main text, on the trafilatura evaluation set in dir
// (expectations.json and html/NNNN.html.gz). It times only the calls to
// extract, one page after the other.
func HTML(dir string, extract func(html []byte, url string) (string, error)) (HTMLReport, error) {
	pages, err := ReadHTMLPages(dir)
	if err != nil {
		return HTMLReport{}, err
	}
	return ScoreHTML(dir, pages, extract)
}

// ScoreHTML scores extract on the given pages of the set in dir; see HTML.
func ScoreHTML(dir string, pages []HTMLPage, extract func(html []byte, url string) (string, error)) (HTMLReport, error) {
	var r HTMLReport
	for _, p := range pages {
		data, err := readGzip(filepath.Join(dir, filepath.FromSlash(p.HTMLGz)))
		if err != nil {
			return r, fmt.Errorf("reading page %s: %w", p.URL, err)
		}
		start := time.Now()
		text, err := extract(data, p.URL)
		r.Elapsed += time.Since(start)
		r.Pages++
		r.Bytes += int64(len(data))
		if err != nil {
			r.Failures = append(r.Failures, HTMLFailure{URL: p.URL, Err: err.Error()})
			r.Strict.Add(scorePage(p, ""))
			continue
		}
		c := scorePage(p, text)
		r.Counts.Add(c)
		r.Strict.Add(c)
	}
	return r, nil
}

// scorePage counts one page's snippets in text as go-trafilatura's
// evaluateEntry does.
func scorePage(p HTMLPage, text string) HTMLCounts {
	text = strings.Join(strings.Fields(text), " ")
	var c HTMLCounts
	if text == "" {
		c.FN = len(p.With)
		c.TN = len(p.Without)
		return c
	}
	for _, s := range p.With {
		if strings.Contains(text, s) {
			c.TP++
		} else {
			c.FN++
		}
	}
	for _, s := range p.Without {
		if strings.Contains(text, s) {
			c.FP++
		} else {
			c.TN++
		}
	}
	return c
}

func readGzip(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return io.ReadAll(zr)
}

package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/pipeline"
)

// writeFiles writes files (name → content) under dir, making directories.
func writeFiles(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func gzipped(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestExpandWalk: a directory walk takes text, HTML, feeds and WARC (by
// name and by content, compressed too) and names what it skips.
func TestExpandWalk(t *testing.T) {
	dir := t.TempDir()
	page := []byte("<!doctype html><html><body><p>Japan and Canada signed a pact.</p></body></html>")
	rss, _ := os.ReadFile("../testdata/feed/rss2.xml")
	warcGz, _ := os.ReadFile("../testdata/warc/small.warc.gz")
	writeFiles(t, dir, map[string][]byte{
		"a.txt":             []byte("Japan and Canada signed a trade agreement."),
		"b.html":            page,
		"c.html.gz":         gzipped(t, page),
		"d.xml":             rss,
		"e.warc.gz":         warcGz,
		"crawl.bin":         warcGz,
		"page":              page,
		"README":            []byte("Notes on the corpus."),
		"story.article":     page,
		"f.json":            []byte(`{"published": "2024-01-01"}`),
		"g.csv":             []byte("a,b\n1,2\n"),
		"h.png":             {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0},
		"i.xml":             []byte("<config><a>1</a></config>"),
		"j.log":             []byte("12:00 started\n"),
		"k.gz":              gzipped(t, []byte{0x7f, 'E', 'L', 'F', 0, 0, 0, 0}),
		"notes.txt.gz":      gzipped(t, []byte("Gzipped notes on Japan.")),
		"sub/l.htm":         page,
		".hidden/m.txt":     []byte("hidden"),
		"sub/.n.txt":        []byte("hidden"),
		"sub/data.ndjson":   []byte("{}\n"),
		"unknown-ext.dat":   []byte(`[{"a": 1}]`),
		"empty-no-ext-file": nil,
	})
	e := ExpandArgs([]string{dir})
	var got []string
	for _, in := range e.Inputs {
		rel, _ := filepath.Rel(dir, in.Name)
		got = append(got, rel)
		if fi, _ := os.Stat(in.Name); in.Size != fi.Size() {
			t.Errorf("%s: size %d, want %d", rel, in.Size, fi.Size())
		}
	}
	want := []string{"README", "a.txt", "b.html", "c.html.gz", "crawl.bin", "d.xml", "e.warc.gz", "empty-no-ext-file",
		"notes.txt.gz", "page", "story.article", "sub/l.htm"}
	if !slices.Equal(got, want) {
		t.Errorf("inputs\n got %v\nwant %v", got, want)
	}
	skipped := map[string]string{}
	for _, s := range e.Skipped {
		rel, _ := filepath.Rel(dir, s.Path)
		skipped[rel] = s.Reason
	}
	wantSkipped := map[string]string{
		"f.json": "JSON", "g.csv": "a data table", "h.png": "binary (PNG)", "i.xml": "XML that is not an RSS or Atom feed",
		"j.log": "not a document type (.log)", "k.gz": "binary (ELF executable)", "sub/data.ndjson": "JSON", "unknown-ext.dat": "JSON",
	}
	if fmt.Sprint(skipped) != fmt.Sprint(wantSkipped) {
		t.Errorf("skipped\n got %v\nwant %v", skipped, wantSkipped)
	}
	if len(e.Errs) != 0 {
		t.Errorf("errors %v", e.Errs)
	}
}

func TestExpandSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{"a.txt": []byte("text")})
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	os.Symlink("nowhere", filepath.Join(dir, "broken.txt"))
	os.Symlink(".", filepath.Join(dir, "loop"))
	e := ExpandArgs([]string{dir})
	if len(e.Inputs) != 1 || len(e.Skipped) != 1 || e.Skipped[0].Reason != "a named pipe (FIFO)" || len(e.Errs) != 2 {
		t.Errorf("inputs %v, skipped %v, errors %v", e.Inputs, e.Skipped, e.Errs)
	}
}

// TestExtractGzip: a compressed page, text or feed is read as what it
// holds, and its documents keep the file's name as source.
func TestExtractGzip(t *testing.T) {
	dir := t.TempDir()
	rss, _ := os.ReadFile("../testdata/feed/atom.xml")
	writeFiles(t, dir, map[string][]byte{
		"page.html.gz": gzipped(t, []byte("<html><head><title>T</title></head><body><p>Japan and Canada signed a pact.</p></body></html>")),
		"notes.gz":     gzipped(t, []byte("Japan and Canada signed a trade agreement.")),
		"feed.xml.gz":  gzipped(t, rss),
		"broken.gz":    {0x1f, 0x8b, 8, 0, 1, 2},
	})
	for name, want := range map[string][]string{
		"page.html.gz": {"page.html.gz T Japan and Canada signed a pact."},
		"notes.gz":     {"notes.gz  Japan and Canada signed a trade agreement."},
		"feed.xml.gz":  {"feed.xml.gz#item-1", "feed.xml.gz#item-2", "feed.xml.gz#item-3"},
		"broken.gz":    {"error: broken.gz: reading gzip"},
	} {
		var got []string
		err := testExtractor().ExtractAll(context.Background(), Input{Name: filepath.Join(dir, name)}, func(rec *hebel.Record, err error) error {
			if err != nil {
				got = append(got, "error: "+strings.TrimPrefix(err.Error(), dir+"/"))
				return nil
			}
			d := rec.Document
			s := strings.TrimPrefix(d.Source, dir+"/")
			if !strings.Contains(name, "feed") {
				s += " " + d.Title + " " + d.Text
			}
			got = append(got, s)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Errorf("%s: %q, want %q", name, got, want)
			continue
		}
		for i := range want {
			if !strings.HasPrefix(got[i], want[i]) {
				t.Errorf("%s: %q, want %q", name, got[i], want[i])
			}
		}
	}
}

// slowDetector makes documents whose text contains "slow" take d, and
// counts documents in work at once.
type slowDetector struct {
	d         time.Duration
	mu        sync.Mutex
	now, most int
}

func (s *slowDetector) Detect(text string) (string, float64) {
	s.mu.Lock()
	s.now++
	s.most = max(s.most, s.now)
	s.mu.Unlock()
	if strings.Contains(text, "slow") {
		time.Sleep(s.d)
	} else {
		time.Sleep(time.Millisecond)
	}
	s.mu.Lock()
	s.now--
	s.mu.Unlock()
	return "en", 1
}

// TestRunOrderAndParallel: documents are extracted several at once and
// passed on in input order, with one end of input after each input.
func TestRunOrderAndParallel(t *testing.T) {
	dir := t.TempDir()
	var inputs []Input
	for i := range 12 {
		text := fmt.Sprintf("Document %d from Japan.", i)
		if i%4 == 0 {
			text += " slow"
		}
		name := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		writeFiles(t, dir, map[string][]byte{filepath.Base(name): []byte(text)})
		inputs = append(inputs, Input{Name: name, Size: int64(len(text))})
	}
	det := &slowDetector{d: 30 * time.Millisecond}
	x := testExtractor()
	x.Pipeline = pipeline.New(det)
	x.Workers = 4
	var got []string
	var lastDone int64
	err := x.Run(context.Background(), inputs, func(r Result) error {
		if r.Done < lastDone {
			t.Errorf("progress went back: %d after %d", r.Done, lastDone)
		}
		lastDone = r.Done
		if r.EndOfInput {
			got = append(got, "end")
			return nil
		}
		if r.Err != nil {
			return r.Err
		}
		got = append(got, filepath.Base(r.Record.Document.Source))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	var total int64
	for _, in := range inputs {
		want = append(want, filepath.Base(in.Name), "end")
		total += in.Size
	}
	if !slices.Equal(got, want) {
		t.Errorf("order %v", got)
	}
	if lastDone != total {
		t.Errorf("done %d at the end, want %d", lastDone, total)
	}
	if det.most < 2 {
		t.Errorf("at most %d documents in work at once, want several", det.most)
	}
}

// TestRunStopsOnError: fn's error ends the run and is returned.
func TestRunStopsOnError(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	err := testExtractor().Run(context.Background(), []Input{{Name: "../testdata/feed/atom.xml"}}, func(Result) error {
		calls++
		return stop
	})
	if err != stop || calls != 1 {
		t.Errorf("err %v after %d calls", err, calls)
	}
}

// TestRunCancel: a cancelled run returns within a second even while a
// document is stuck in a step that does not look at its context.
func TestRunCancel(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{"a.txt": []byte("slow text from Japan"), "b.txt": []byte("text")})
	det := &slowDetector{d: 5 * time.Second}
	x := testExtractor()
	x.Pipeline = pipeline.New(det)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	calls := 0
	err := x.Run(ctx, []Input{{Name: filepath.Join(dir, "a.txt")}, {Name: filepath.Join(dir, "b.txt")}}, func(Result) error {
		calls++
		return nil
	})
	if err != context.Canceled {
		t.Errorf("err %v", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("Run returned %s after the start, %s after cancelling", d, d-100*time.Millisecond)
	}
	if calls != 0 {
		t.Errorf("%d results passed on after cancelling", calls)
	}
}

// TestTimeBudget: a document past its time budget gets a record without
// extractions and an over_budget problem when the pipeline stopped, and an
// error when a step that cannot stop held it; the next input is still
// extracted.
func TestTimeBudget(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("Japan and Canada signed a trade agreement on Monday in Ottawa. ", 20000)
	writeFiles(t, dir, map[string][]byte{"long.txt": []byte(long), "stuck.txt": []byte("slow text"), "ok.txt": []byte("Japan and Canada.")})
	x := testExtractor()
	x.Pipeline = pipeline.New(&slowDetector{d: 2 * time.Second})
	x.Budget.Time = 300 * time.Millisecond
	var got []string
	err := x.Run(context.Background(), []Input{
		{Name: filepath.Join(dir, "long.txt")}, {Name: filepath.Join(dir, "stuck.txt")}, {Name: filepath.Join(dir, "ok.txt")},
	}, func(r Result) error {
		switch {
		case r.EndOfInput:
		case r.Err != nil:
			got = append(got, "error: "+hebel.ErrorMessage(r.Err))
		default:
			p, stopped := StoppedByBudget(r.Record)
			got = append(got, fmt.Sprintf("%s entities %d stopped %v %s", filepath.Base(r.Record.Document.Source), len(r.Record.Entities), stopped, p.Message))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 ||
		!strings.HasPrefix(got[0], "long.txt entities 0 stopped true stopped after the time budget of 300ms") ||
		!strings.Contains(got[1], "stopped after the time budget of 300ms per document") || !strings.Contains(got[1], "cannot be interrupted") ||
		!strings.HasPrefix(got[2], "ok.txt entities 2 stopped false") {
		t.Errorf("results:\n%s", strings.Join(got, "\n"))
	}
}

// TestMemoryBudget: past the memory budget, the largest document in work
// is stopped with an over_budget problem.
func TestMemoryBudget(t *testing.T) {
	w := &memoryWatch{limit: 1, work: map[*watched]struct{}{}}
	var causes []error
	ctxSmall, cancelSmall := context.WithCancelCause(context.Background())
	ctxBig, cancelBig := context.WithCancelCause(context.Background())
	defer w.add(10, cancelSmall)()
	defer w.add(1000, cancelBig)()
	if !w.stopLargest(5 << 20) {
		t.Fatal("nothing stopped")
	}
	causes = append(causes, context.Cause(ctxBig), context.Cause(ctxSmall))
	if be := overBudget(ctxBig); be == nil || !strings.Contains(be.msg, "over the memory budget") || causes[1] != nil {
		t.Errorf("causes %v", causes)
	}
}

// TestWARCDamageCapped: a crawl whose records all lie about their length
// reports MaxReported of them and sums up the rest in one error.
func TestWARCDamageCapped(t *testing.T) {
	var b bytes.Buffer
	for i := range 50 {
		body := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nRecord %d from Japan.", i)
		fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(body)+7, body)
	}
	path := filepath.Join(t.TempDir(), "lying.warc")
	writeFiles(t, filepath.Dir(path), map[string][]byte{"lying.warc": b.Bytes()})
	x := testExtractor()
	x.MaxReported = 5
	var errs []string
	docs := 0
	err := x.ExtractAll(context.Background(), Input{Name: path}, func(rec *hebel.Record, err error) error {
		if err != nil {
			errs = append(errs, err.Error())
		} else {
			docs++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(errs) != 6 || !strings.Contains(errs[5], "45 more damaged records not reported one by one (50 in all)") {
		t.Errorf("%d documents, errors:\n%s", docs, strings.Join(errs, "\n"))
	}
}

package http_test

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/hebel-project/hebel"
	hhttp "github.com/hebel-project/hebel/http"
	"github.com/hebel-project/hebel/ingest"
	"github.com/hebel-project/hebel/internal/servicetest"
	"github.com/hebel-project/hebel/langid"
	"github.com/hebel-project/hebel/pipeline"
	"github.com/hebel-project/hebel/reader"
	"github.com/hebel-project/hebel/sqlite"
)

// The browser tests drive Debian's Chromium, headless, through chromedp
// against a server on a real SQLite store holding the seed article,
// extracted by the real pipeline. Nothing downloads a browser: without
// Chromium (or without ../shared) they skip, and fail under CI.
//
// $HEBEL_CHROMIUM names another Chromium binary; $HEBEL_SCREENSHOTS a
// directory that keeps the screenshots each test takes (else they go to
// a temporary directory).

// defaultChromium is Debian's Chromium.
const defaultChromium = "/usr/bin/chromium"

// browserTimeout bounds one browser test.
const browserTimeout = 2 * time.Minute

// browserFixture is a server with the seed article and a browser tab.
type browserFixture struct {
	srv  *hhttp.Server
	url  string          // the server's base URL
	seed *hebel.Record   // the stored seed article
	ctx  context.Context // the tab
	dir  string          // where screenshots go
}

// chromiumPath returns the Chromium to drive, or ends the test.
func chromiumPath(t *testing.T) string {
	p := os.Getenv("HEBEL_CHROMIUM")
	if p == "" {
		p = defaultChromium
	}
	if _, err := os.Stat(p); err != nil {
		servicetest.Unavailable(t, "Chromium (apt-get install chromium, or set $HEBEL_CHROMIUM)", err)
	}
	return p
}

// seedText reads the seed article from the shared data, or ends the test.
func seedText(t *testing.T) []byte {
	dir := os.Getenv("HEBEL_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	b, err := os.ReadFile(filepath.Join(dir, "seed", "seed-article.de.txt"))
	if err != nil {
		servicetest.Unavailable(t, "the shared data (../shared beside the repository, or $HEBEL_SHARED)", err)
	}
	return b
}

// newBrowserFixture starts the server, stores the seed article through
// the real extractor and opens a headless Chromium tab on it.
func newBrowserFixture(t *testing.T, allowWrites bool) *browserFixture {
	t.Helper()
	exec := chromiumPath(t)
	seed := seedText(t)
	db, err := sqlite.Open(sqlite.MemoryPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	store := sqlite.NewRecordStore(db)
	x := &ingest.Extractor{Read: reader.DefaultOptions(), Pipeline: pipeline.New(langid.New()), NoMetaFiles: true}
	f := &browserFixture{srv: &hhttp.Server{
		RecordStore: store, SearchStore: store, ActorStore: store, FigureStore: sqlite.NewFigureStore(db),
		Extract: x.ExtractBytes, World: testWorld, Logger: slog.New(slog.DiscardHandler), AllowWrites: allowWrites,
	}}
	ctx, cancel := context.WithTimeout(context.Background(), browserTimeout)
	t.Cleanup(cancel)
	if f.seed, err = x.ExtractBytes(ctx, "seed-article.de.txt", "text", seed); err != nil {
		t.Fatal(err)
	}
	if _, err := store.PutRecord(ctx, f.seed, false); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(f.srv.Handler())
	t.Cleanup(ts.Close)
	f.url = ts.URL
	f.ctx = openTab(t, ctx, exec)
	f.dir = screenshotDir(t)
	return f
}

// openTab starts a headless Chromium at exec and returns its first tab.
func openTab(t *testing.T, ctx context.Context, exec string) context.Context {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exec), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.WindowSize(1280, 900), chromedp.UserDataDir(t.TempDir()))
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	tctx, tcancel := chromedp.NewContext(actx)
	t.Cleanup(func() { tcancel(); acancel() })
	if err := chromedp.Do(tctx); err != nil {
		servicetest.Unavailable(t, "Chromium at "+exec, err)
	}
	return tctx
}

// screenshotDir is $HEBEL_SCREENSHOTS, created, or a temporary directory.
func screenshotDir(t *testing.T) string {
	dir := os.Getenv("HEBEL_SCREENSHOTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// run runs browser actions in the tab, failing the test on error.
func (f *browserFixture) run(t *testing.T, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(f.ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates the JavaScript expression js in the tab into a T.
func eval[T any](t *testing.T, f *browserFixture, js string) T {
	t.Helper()
	v, err := chromedp.Run(f.ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluating %s: %v", js, err)
	}
	return v
}

// visit opens path (with its query) and waits for the page's main.
func (f *browserFixture) visit(t *testing.T, path string) {
	t.Helper()
	f.run(t, "opening "+path, chromedp.Navigate(f.url+path), chromedp.WaitReady(chromedp.CSS("main")))
}

// shot saves a screenshot of the whole page as NAME.png.
func (f *browserFixture) shot(t *testing.T, name string) {
	t.Helper()
	f.save(t, name, chromedp.FullScreenshot(100))
}

// shotView saves a screenshot of what the window shows as NAME.png.
func (f *browserFixture) shotView(t *testing.T, name string) {
	t.Helper()
	f.save(t, name, chromedp.CaptureScreenshot())
}

func (f *browserFixture) save(t *testing.T, name string, capture chromedp.Action[[]byte]) {
	t.Helper()
	png, err := chromedp.Run(f.ctx, capture)
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(f.dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBrowserDocs opens the document list and finds the seed article
// with its title and date, and the keyboard's skip link.
func TestBrowserDocs(t *testing.T) {
	f := newBrowserFixture(t, false)
	f.visit(t, "/")
	row := eval[[]string](t, f, `(() => { const r = document.querySelector("table.docs tbody tr");
		const a = r.querySelector("a"); return [a.textContent, a.lang, r.cells[1].textContent, document.querySelector("p.count").textContent]; })()`)
	title, lang, date, count := row[0], row[1], row[2], row[3]
	if want := f.seed.Document.Title; want != "" && title != want {
		t.Errorf("listed title %q, want %q", title, want)
	}
	if lang != f.seed.Document.Lang || date != f.seed.Document.DateLabel() {
		t.Errorf("listed lang %q date %q, want %q %q", lang, date, f.seed.Document.Lang, f.seed.Document.DateLabel())
	}
	if count == "" {
		t.Error("no count of documents")
	}
	f.shot(t, "docs")
	f.run(t, "tabbing to the skip link", chromedp.KeyEvent("\t"))
	focused := eval[string](t, f, `document.activeElement.textContent`)
	if focused != "Skip to content" {
		t.Errorf("the first Tab focuses %q, want the skip link", focused)
	}
}

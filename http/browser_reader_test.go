package http_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"unicode"

	"github.com/chromedp/chromedp"

	"github.com/hebel-project/hebel/record"
)

// publicRecord fetches the stored record id from the JSON API: the
// rune offsets the reader's marks must match.
func (f *browserFixture) publicRecord(t *testing.T, id string) *record.Record {
	t.Helper()
	resp, err := http.Get(f.url + "/api/docs/" + id)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var rec record.Record
	if err := json.NewDecoder(resp.Body).Decode(&rec); err != nil {
		t.Fatal(err)
	}
	return &rec
}

// path is the tab's current URL path.
func (f *browserFixture) path(t *testing.T) string {
	return eval[string](t, f, `location.pathname`)
}

// TestBrowserReader clicks from the list to the seed article and reads
// each highlighted claim back from the page: its marks must hold
// exactly the runes [start, end) of the record's text.
func TestBrowserReader(t *testing.T) {
	f := newBrowserFixture(t, false)
	f.visit(t, "/")
	f.run(t, "clicking the seed article", chromedp.Click(chromedp.CSS(`table.docs tbody a`)),
		chromedp.WaitVisible(chromedp.CSS(`article.text`)))
	if p := f.path(t); p != "/docs/"+f.seed.Document.ID {
		t.Fatalf("the list's link leads to %s", p)
	}
	rec := f.publicRecord(t, f.seed.Document.ID)
	if len(rec.Claims) == 0 {
		t.Fatal("the seed article has no claims")
	}
	runes := []rune(rec.Document.Text)
	if got := eval[string](t, f, `document.querySelector("article.text").textContent`); got != rec.Document.Text {
		t.Errorf("the reader's text differs from the record's (%d and %d bytes)", len(got), len(rec.Document.Text))
	}
	for i, c := range rec.Claims {
		got := eval[[]string](t, f, fmt.Sprintf(`(() => { const ms = document.querySelectorAll('mark[data-item="claim-%d"]');
			return [Array.from(ms).map(m => m.textContent).join(""), ms.length ? ms[0].dataset.start + ":" + ms[0].dataset.end : ""]; })()`, i))
		if want := string(runes[c.Start:c.End]); got[0] != want {
			t.Errorf("claim %d [%d,%d): the page marks %q, want %q", i, c.Start, c.End, got[0], want)
		}
		if want := fmt.Sprintf("%d:%d", c.Start, c.End); got[1] != want {
			t.Errorf("claim %d: data-start:end %s, want %s", i, got[1], want)
		}
	}
	f.run(t, "focusing the first claim", chromedp.Focus(chromedp.CSS(`mark#claim-0`)))
	if panel := eval[string](t, f, `document.getElementById("item-panel").textContent`); !strings.HasPrefix(panel, "Claim: ") {
		t.Errorf("focusing a claim shows %q", panel)
	}
	f.run(t, "following the side list", chromedp.Click(chromedp.CSS(`.items[data-kind="claim"] a`)))
	if h := eval[string](t, f, `location.hash`); h != "#claim-0" {
		t.Errorf("the side list's first claim links to %q", h)
	}
	eval[int](t, f, `(window.scrollTo(0, 0), 0)`)
	f.shot(t, "reader")
	f.shotView(t, "reader-top")
}

// TestBrowserSearch types a word of the seed article into the search,
// and clicks through from the result to the reader.
func TestBrowserSearch(t *testing.T) {
	f := newBrowserFixture(t, false)
	word := longWord(f.seed.Document.Text, 8)
	if word == "" {
		t.Fatal("no long word in the seed article")
	}
	f.visit(t, "/search")
	f.run(t, "searching "+word, chromedp.SendKeys(chromedp.CSS(`input[name="q"]`), word),
		// Wait for a marked hit, not for the list: the page before the
		// submit may still be there when the list is looked for.
		chromedp.Click(chromedp.CSS(`form[role="search"] button`)), chromedp.WaitVisible(chromedp.CSS(`ol.hits mark.hit`)))
	if hits := eval[int](t, f, `document.querySelectorAll("ol.hits mark.hit").length`); hits == 0 {
		t.Errorf("no word marked in the results for %q", word)
	}
	f.shot(t, "search")
	f.run(t, "clicking the result", chromedp.Click(chromedp.CSS(`ol.hits a.hit-title`)),
		chromedp.WaitVisible(chromedp.CSS(`article.text`)))
	if p := f.path(t); p != "/docs/"+f.seed.Document.ID {
		t.Errorf("the result leads to %s", p)
	}
}

// longWord is the first word of text with at least n letters.
func longWord(text string, n int) string {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(w)) >= n {
			return w
		}
	}
	return ""
}

// TestBrowserIngest pastes an invented text into the ingest form and
// lands on its reader.
func TestBrowserIngest(t *testing.T) {
	f := newBrowserFixture(t, true)
	text := "The ministry said on Tuesday that about 2,000 engineers from Belarus had arrived in Serbia, according to officials in Belgrade."
	f.visit(t, "/ingest")
	f.run(t, "pasting", chromedp.SetValue(chromedp.CSS(`textarea[name="text"]`), text))
	f.shot(t, "ingest")
	f.run(t, "sending", chromedp.Click(chromedp.CSS(`form.ingest button`)), chromedp.WaitVisible(chromedp.CSS(`article.text`)))
	if p := f.path(t); !strings.HasPrefix(p, "/docs/sha256:") {
		t.Fatalf("ingest leads to %s", p)
	}
	if got := eval[string](t, f, `document.querySelector("article.text").textContent`); !strings.Contains(got, "2,000 engineers") {
		t.Errorf("the reader shows %q", got)
	}
	if lang := eval[string](t, f, `document.querySelector("article.text").lang`); lang != "en" {
		t.Errorf("the ingested text's lang is %q", lang)
	}
}

// TestBrowserIngestDisabled sees the form replaced by a notice.
func TestBrowserIngestDisabled(t *testing.T) {
	f := newBrowserFixture(t, false)
	f.visit(t, "/ingest")
	if n := eval[int](t, f, `document.querySelectorAll("form.ingest").length`); n != 0 {
		t.Error("the ingest form is shown on a read-only server")
	}
}

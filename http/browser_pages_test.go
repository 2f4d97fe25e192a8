package http_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/figure"
)

// TestBrowserFigure opens the seed article's figures and one figure, and
// reads its estimates from the page: the values, hedges and claimants of
// the table are those the FigureStore gives.
func TestBrowserFigure(t *testing.T) {
	f := newBrowserFixture(t, false)
	res, err := figure.Find(context.Background(), f.srv.FigureStore, hebel.EstimateFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Figures) == 0 {
		t.Fatal("the seed article gives no figure")
	}
	f.visit(t, "/figures")
	f.shot(t, "figures")
	fig := res.Figures[0]
	if n := eval[int](t, f, `document.querySelectorAll('a[href="/figures/`+fig.ID+`"]').length`); n != 1 {
		t.Fatalf("%d links to %s on the list, want 1", n, fig.ID)
	}
	// Navigate, not click: it waits for the page's load event, so that
	// the screenshot below sees a laid-out page.
	f.visit(t, "/figures/"+fig.ID)
	rows := eval[[][]string](t, f, `[...document.querySelectorAll("table.estimates tr[id^=est-]")].map(r =>
		[r.dataset.value, r.dataset.qualifier, r.querySelector("td.claimant").textContent.trim()])`)
	var want [][]string
	for _, e := range fig.Estimates {
		if e.CopyOf == "" {
			who := e.Claimant()
			if who == "" {
				who = "the document's own voice"
			}
			want = append(want, []string{fmt.Sprint(e.Claim.Quantity.Value), string(e.Claim.Quantity.Qualifier), who})
		}
	}
	if fmt.Sprint(rows) != fmt.Sprint(want) {
		t.Errorf("estimates on the page %q, in the store %q", rows, want)
	}
	title := eval[string](t, f, `document.querySelector("figure.chart svg title").textContent`)
	if title != figure.Label(fig.Key) {
		t.Errorf("chart title %q, want %q", title, figure.Label(fig.Key))
	}
	f.shot(t, "figure")
}

// TestBrowserLeverage opens CHN over PRK, runs a what-if that cuts every
// channel with a headroom of 0.5, and finds the result stating its
// assumptions; then gives an unknown state and reads the 400 message.
func TestBrowserLeverage(t *testing.T) {
	f := newBrowserFixture(t, false)
	f.visit(t, "/leverage/CHN/PRK?as_of=2023-12-31")
	bars := eval[int](t, f, `document.querySelectorAll("section.channel").length`)
	if bars == 0 {
		t.Fatal("no channel on the CHN–PRK page")
	}
	f.shot(t, "leverage")
	// A number's source link shows its row, though the sources table is
	// folded (the browser opens a <details> holding a link's target).
	anchor := eval[string](t, f, `document.querySelector('p.score a[href^="#src-"]').getAttribute("href")`)
	shown := `document.getElementById("` + strings.TrimPrefix(anchor, "#") + `").closest("details").open`
	if eval[bool](t, f, shown) {
		t.Errorf("source row %s shown before its link was followed: the table is not folded", anchor)
	}
	f.run(t, "following a source link", chromedp.Click(chromedp.CSS(`p.score a[href="`+anchor+`"]`)))
	if !eval[bool](t, f, shown) {
		t.Errorf("source row %s not shown after following its link", anchor)
	}
	f.run(t, "running the what-if",
		chromedp.SetValue(chromedp.CSS(`input[name=headroom]`), "0.5"),
		chromedp.Click(chromedp.CSS(`section.whatif button[type=submit]`)),
		chromedp.WaitReady(chromedp.CSS(`ul.assumptions`)))
	got := eval[[]string](t, f, `[...document.querySelectorAll("ul.assumptions li")].map(li => li.textContent)`)
	if len(got) == 0 || !strings.Contains(strings.Join(got, "\n"), "0.5") {
		t.Errorf("assumptions %q do not state the headroom 0.5", got)
	}
	url := eval[string](t, f, `location.search`)
	if !strings.Contains(url, "run=1") || !strings.Contains(url, "headroom=0.5") {
		t.Errorf("the what-if's address %q does not hold its question", url)
	}
	f.shot(t, "whatif")
	f.visit(t, "/leverage/CHN/PRK?as_of=2023-13-01")
	msg := eval[string](t, f, `document.querySelector("main").textContent`)
	if !strings.Contains(msg, "as-of date") {
		t.Errorf("bad date: page says %q", msg)
	}
}

// TestBrowserGraph opens the actor graph, follows a node's link to its
// actor's page and finds the actor named there.
func TestBrowserGraph(t *testing.T) {
	f := newBrowserFixture(t, false)
	f.visit(t, "/graph")
	n := eval[int](t, f, `document.querySelectorAll("figure.graph svg a").length`)
	if n == 0 {
		t.Fatal("the graph links to no actor")
	}
	f.shot(t, "graph")
	href := eval[string](t, f, `document.querySelector("figure.graph svg a").getAttribute("href")`)
	name := eval[string](t, f, `document.querySelector("figure.graph svg a text").textContent`)
	f.visit(t, href)
	h1 := eval[string](t, f, `document.querySelector("h1").textContent`)
	if !strings.HasPrefix(name, strings.TrimSuffix(h1, "…")) && !strings.HasPrefix(h1, strings.TrimSuffix(name, "…")) {
		t.Errorf("node %q led to the page of %q", name, h1)
	}
	f.shot(t, "actor")
}

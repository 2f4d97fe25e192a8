package http_test

import (
	"context"
	"fmt"
	nethttp "net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/figure"
)

// fetchPage answers GET target with h and returns the status and body,
// failing unless the answer is HTML.
func fetchPage(t *testing.T, h nethttp.Handler, target string) (int, string) {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", target, nil))
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Fatalf("GET %s: Content-Type %q: %s", target, ct, w.Body)
	}
	return w.Code, w.Body.String()
}

// TestFigurePages: the list names the fixture's figures; a figure's page
// has one table row per independent estimate, with the stored values,
// and the time chart; bad ids are 400 and 404 pages.
func TestFigurePages(t *testing.T) {
	f := newSQLiteFixture(t)
	res, err := figure.Find(context.Background(), f.srv.FigureStore, hebel.EstimateFilter{})
	if err != nil || len(res.Figures) == 0 {
		t.Fatalf("no figures: %v", err)
	}
	code, body := fetchPage(t, f.h, "/figures?actor=PRK")
	if code != 200 || !strings.Contains(body, "troops of PRK deployed in RUS") {
		t.Fatalf("list: %d\n%s", code, body)
	}
	for _, fig := range res.Figures {
		code, body := fetchPage(t, f.h, "/figures/"+fig.ID)
		if code != 200 {
			t.Fatalf("%s: %d", fig.ID, code)
		}
		rows := regexp.MustCompile(`<tr id="est-\d+" data-value="([^"]*)"`).FindAllStringSubmatch(body, -1)
		var want []string
		for _, e := range fig.Estimates {
			if e.CopyOf == "" {
				want = append(want, fmt.Sprint(e.Claim.Quantity.Value))
			}
		}
		if len(rows) != len(want) {
			t.Fatalf("%s: %d estimate rows, want %d", fig.ID, len(rows), len(want))
		}
		for i, r := range rows {
			if r[1] != want[i] {
				t.Errorf("%s row %d: value %s, want %s", fig.ID, i, r[1], want[i])
			}
		}
		if !strings.Contains(body, `<svg xmlns="http://www.w3.org/2000/svg"`) || !strings.Contains(body, `<title id="fig-title">`) {
			t.Errorf("%s: no time chart", fig.ID)
		}
	}
	for target, want := range map[string]int{"/figures/fig-zz": 400, "/figures/fig-0000000000000000": 404, "/figures?measure=eaten": 400} {
		if code, body := fetchPage(t, f.h, target); code != want || !strings.Contains(body, "figure") && !strings.Contains(body, "measure") {
			t.Errorf("GET %s: %d, want %d:\n%.300s", target, code, want, body)
		}
	}
}

// TestActorAndGraphPages: an actor's page lists its relations and
// figures; the graph draws the fixture's actors, each linking to its page.
func TestActorAndGraphPages(t *testing.T) {
	f := newSQLiteFixture(t)
	code, body := fetchPage(t, f.h, "/actors/PRK")
	if code != 200 || !strings.Contains(body, "<h1>North Korea</h1>") || !strings.Contains(body, `href="/figures/fig-`) {
		t.Fatalf("actor: %d\n%s", code, body)
	}
	if !strings.Contains(body, "Relations (") || strings.Contains(body, "Relations (0 of 0)") {
		t.Errorf("actor page lists no relations")
	}
	code, body = fetchPage(t, f.h, "/actors?type=country")
	if code != 200 || !strings.Contains(body, `<a href="/actors/PRK">North Korea</a>`) || strings.Contains(body, `href="/actors/org:nis"`) {
		t.Fatalf("actor list: %d\n%.2000s", code, body)
	}
	code, body = fetchPage(t, f.h, "/graph")
	if code != 200 || !strings.Contains(body, `<a href="/actors/PRK">`) {
		t.Fatalf("graph: %d\n%.2000s", code, body)
	}
	for target, want := range map[string]int{"/actors/nobody": 404, "/graph?type=eat": 400, "/graph?from=2024-13": 400, "/graph?max_nodes=100000": 400, "/actors?type=planet": 400} {
		if code, _ := fetchPage(t, f.h, target); code != want {
			t.Errorf("GET %s: %d, want %d", target, code, want)
		}
	}
}

// TestLeveragePage: CHN over PRK as of a fixed date; every source link
// has its row; the what-if states its assumptions; bad input is a 400
// page saying what is wrong.
func TestLeveragePage(t *testing.T) {
	f := newFixture(t)
	f.srv.StateName = func(code string) (string, bool) { return code, code == "CHN" || code == "PRK" || code == "RUS" }
	h := f.srv.Handler()
	code, body := fetchPage(t, h, "/leverage/CHN/PRK?as_of=2023-12-31")
	if code != 200 || !strings.Contains(body, "Leverage of CHN over PRK") {
		t.Fatalf("pair: %d\n%.2000s", code, body)
	}
	checkSourceLinks(t, body, "src")
	if c2, b2 := fetchPage(t, h, "/leverage?a=chn&b=prk&as_of=2023-12-31"); c2 != 200 || b2 != body {
		t.Errorf("/leverage?a=&b= differs from /leverage/{a}/{b}")
	}
	code, body = fetchPage(t, h, "/leverage/CHN/PRK?as_of=2023-12-31&run=1&headroom=0.5&export_share=0.2")
	if code != 200 || !strings.Contains(body, "<h4>Assumptions</h4>") || !strings.Contains(body, "0.5") {
		t.Fatalf("what-if: %d\n%.3000s", code, body)
	}
	checkSourceLinks(t, body, "wsrc")
	for target, msg := range map[string]string{
		"/leverage/CHN/XXX":                  "unknown state code",
		"/leverage/CHN/PRK?as_of=2021-13-01": "as-of date",
		"/leverage?a=CHN&b=CHN":              "two different states",
		"/leverage/CHN/PRK?channel=tea":      "channel",
		"/leverage/CHN/PRK?headroom=-1":      "headroom",
	} {
		code, body := fetchPage(t, h, target)
		if code != 400 || !strings.Contains(body, msg) {
			t.Errorf("GET %s: %d, want 400 saying %q:\n%.500s", target, code, msg, body)
		}
	}
	if code, body := fetchPage(t, h, "/leverage"); code != 200 || !strings.Contains(body, `name="a"`) {
		t.Errorf("/leverage without a pair: %d", code)
	}
}

// checkSourceLinks fails unless every link #prefix-N has a row id
// prefix-N, and there is at least one.
func checkSourceLinks(t *testing.T, body, prefix string) {
	t.Helper()
	links := regexp.MustCompile(`href="#(`+prefix+`-\d+)"`).FindAllStringSubmatch(body, -1)
	if len(links) == 0 {
		t.Fatalf("no link to a %s source", prefix)
	}
	for _, l := range links {
		if !strings.Contains(body, `<tr id="`+l[1]+`">`) {
			t.Errorf("link #%s has no source row", l[1])
		}
	}
}

package http_test

import (
	"net/http/httptest"
	"testing"

	"github.com/hebel-project/hebel/figure"
	"github.com/hebel-project/hebel/timeline"
)

// TestAPIFigures: the fixture's three articles state one deployment
// (troops of PRK in RUS) and one loss (over RUS and UKR together); the
// list, the filters, one figure by id and the timeline answer in the
// shapes docs/FIGURES.md describes.
func TestAPIFigures(t *testing.T) {
	f := newSQLiteFixture(t)
	var all figure.List
	f.get(t, "/api/figures", &all)
	if all.Total != 2 || len(all.Figures) != 2 {
		t.Fatalf("figures: %d of %d, want 2", len(all.Figures), all.Total)
	}
	var prk figure.List
	f.get(t, "/api/figures?actor=PRK&measure=deployed&limit=5", &prk)
	if prk.Total != 1 || prk.Figures[0].Label != "troops of PRK deployed in RUS" || len(prk.Figures[0].Estimates) != 3 {
		t.Fatalf("PRK deployed: %+v", prk)
	}
	fig := prk.Figures[0]
	if fig.Claimants < 1 || fig.Independent < 1 || fig.Latest == nil || fig.Latest.Rule != figure.RuleLatest || fig.Also == nil {
		t.Errorf("figure %+v", fig)
	}
	var one figure.JSON
	f.get(t, "/api/figures/"+fig.ID, &one)
	if one.ID != fig.ID || len(one.Estimates) != 3 {
		t.Errorf("by id: %+v", one)
	}
	var page figure.List
	f.get(t, "/api/figures?limit=1&offset=1", &page)
	if page.Total != 2 || len(page.Figures) != 1 || page.Figures[0].ID != all.Figures[1].ID {
		t.Errorf("page: %+v", page)
	}
	var tl timeline.Timeline
	f.get(t, "/api/timeline/PRK", &tl)
	if tl.Actor != "PRK" || tl.Total == 0 || len(tl.Items) != tl.Total {
		t.Fatalf("timeline: %+v", tl)
	}
	kinds := map[string]bool{}
	for _, it := range tl.Items {
		kinds[it.Kind] = true
	}
	if !kinds[timeline.KindEstimate] || !kinds[timeline.KindRelation] {
		t.Errorf("timeline kinds %v", kinds)
	}
	for target, code := range map[string]int{
		"/api/figures?measure=eaten":        400,
		"/api/figures?colour=red":           400,
		"/api/figures/fig-00000000000000zz": 400,
		"/api/figures/fig-0000000000000000": 404,
		"/api/figures?min_estimates=-1":     400,
		"/api/timeline/PRK?limit=0":         400,
		"/api/figures/" + fig.ID + "?x=1":   400,
	} {
		w := httptest.NewRecorder()
		f.h.ServeHTTP(w, httptest.NewRequest("GET", target, nil))
		if w.Code != code {
			t.Errorf("GET %s: %d, want %d: %s", target, w.Code, code, w.Body)
		}
	}
}

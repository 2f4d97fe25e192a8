package http_test

import (
	"context"
	"encoding/json"
	"log/slog"
	nethttp "net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
	hhttp "github.com/hebel-project/hebel/http"
	"github.com/hebel-project/hebel/sqlite"
	"github.com/hebel-project/hebel/storetest"
)

// sqliteFixture is a server on an in-memory SQLite store holding the
// storetest records 1–3.
type sqliteFixture struct {
	srv  *hhttp.Server
	h    nethttp.Handler
	recs []*hebel.Record
}

func newSQLiteFixture(t testing.TB) *sqliteFixture {
	t.Helper()
	db, err := sqlite.Open(sqlite.MemoryPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	store := sqlite.NewRecordStore(db)
	f := &sqliteFixture{}
	for n := 1; n <= 3; n++ {
		rec := storetest.NewRecord(n, 8+n)
		if n == 3 {
			rec.Document.Lang = "en"
		}
		if _, err := store.PutRecord(context.Background(), rec, false); err != nil {
			t.Fatal(err)
		}
		f.recs = append(f.recs, rec)
	}
	f.srv = &hhttp.Server{
		RecordStore: store, SearchStore: store, ActorStore: store, FigureStore: sqlite.NewFigureStore(db),
		World:  testWorld,
		Logger: slog.New(slog.DiscardHandler),
		Hosts:  []string{"example.com"},
	}
	f.h = f.srv.Handler()
	return f
}

// get answers GET target and decodes the JSON answer into v.
func (f *sqliteFixture) get(t *testing.T, target string, v any) {
	t.Helper()
	w := httptest.NewRecorder()
	f.h.ServeHTTP(w, httptest.NewRequest("GET", target, nil))
	if w.Code != 200 {
		t.Fatalf("GET %s: %d %s", target, w.Code, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s: Content-Type %s", target, ct)
	}
	if err := json.Unmarshal(w.Body.Bytes(), v); err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
}

func TestAPISearch(t *testing.T) {
	f := newSQLiteFixture(t)
	var ans hhttp.SearchAnswer
	f.get(t, "/api/search?q=Soldaten&limit=2", &ans)
	if ans.Total != 3 || len(ans.Hits) != 2 || ans.Limit != 2 {
		t.Fatalf("search Soldaten: total %d, %d hits", ans.Total, len(ans.Hits))
	}
	h := ans.Hits[0]
	runes := []rune(h.Snippet)
	if len(h.Highlights) == 0 {
		t.Fatalf("no highlights in %q", h.Snippet)
	}
	for _, sp := range h.Highlights {
		if got := string(runes[sp.Start:sp.End]); got != "Soldaten" {
			t.Errorf("highlight (rune offsets) covers %q", got)
		}
	}
	if h.Published == nil || h.Published.Year() != 2024 {
		t.Errorf("published %v", h.Published)
	}
	if len(ans.Facets.Langs) != 2 || len(ans.Facets.Actors) == 0 || len(ans.Facets.Months) != 1 {
		t.Errorf("facets %+v", ans.Facets)
	}
	f.get(t, "/api/search?q=Soldaten&lang=en", &ans)
	if ans.Total != 1 {
		t.Errorf("search with lang=en: total %d", ans.Total)
	}
	f.get(t, "/api/search?actor=org:verband-10", &ans)
	if ans.Total != 1 || ans.Hits[0].Document.ID != f.recs[2].Document.ID {
		t.Errorf("search by actor: total %d", ans.Total)
	}
	f.get(t, "/api/search?from=2025-01-01", &ans)
	if ans.Total != 0 || ans.Hits == nil {
		t.Errorf("search after the dates: total %d, hits %v (want [] not null)", ans.Total, ans.Hits)
	}
	var docs hhttp.DocumentList
	f.get(t, "/api/docs?type=alliance&from=2024-11&to=2024-11", &docs)
	if docs.Total != 3 {
		t.Errorf("docs filtered by type and month: %d", docs.Total)
	}
}

func TestAPIActors(t *testing.T) {
	f := newSQLiteFixture(t)
	var list hhttp.ActorList
	f.get(t, "/api/actors?type=country", &list)
	if list.Total != 4 || list.Actors[0].Documents != 3 {
		t.Fatalf("countries: %+v", list)
	}
	var d hhttp.ActorDetail
	f.get(t, "/api/actors/person:rachel-minyoung-lee", &d)
	if d.Actor.Name != "Rachel Minyoung Lee" || d.DocumentsTotal != 3 || len(d.QuotesBy) != 3 || d.ScannedDocs != 3 {
		t.Errorf("actor detail: %+v", d.Actor)
	}
	q := d.QuotesBy[0].Quote
	if !strings.Contains(q.Content, "Peking") || q.Speaker == nil {
		t.Errorf("quote by: %+v", q)
	}
	f.get(t, "/api/actors/group:western-intelligence", &d)
	if len(d.Claims) != 3 || d.Claims[0].Role != "claimant" {
		t.Errorf("claims of a claimant: %+v", d.Claims)
	}
	f.get(t, "/api/actors/PRK", &d)
	if d.RelationsTotal != 6 || len(d.Relations) != 6 || d.Relations[0].From.Name == "" {
		t.Errorf("relations of PRK: %d %+v", d.RelationsTotal, d.Relations)
	}
	w := httptest.NewRecorder()
	f.h.ServeHTTP(w, httptest.NewRequest("GET", "/api/actors/nobody", nil))
	if w.Code != 404 {
		t.Errorf("unknown actor: %d", w.Code)
	}
}

func TestAPIRelationsAndGraph(t *testing.T) {
	f := newSQLiteFixture(t)
	var rl hhttp.RelationList
	f.get(t, "/api/relations?type=troop_deployment&limit=2", &rl)
	if rl.Total != 3 || len(rl.Relations) != 2 || rl.Relations[0].Claimant == nil || rl.Relations[0].Attrs["location"] != "Kursk" {
		t.Fatalf("relations: %+v", rl)
	}
	var g hhttp.Graph
	f.get(t, "/api/graph", &g)
	if len(g.Nodes) != 2 || len(g.Edges) != 2 || g.Relations != 6 {
		t.Fatalf("graph: %d nodes, %d edges of %d relations", len(g.Nodes), len(g.Edges), g.Relations)
	}
	for _, e := range g.Edges {
		if e.Count != 3 || e.First == nil || len(e.Documents) != 3 {
			t.Errorf("edge %+v", e)
		}
	}
	f.get(t, "/api/graph?type=alliance", &g)
	if len(g.Edges) != 1 || g.Edges[0].From != "RUS" {
		t.Errorf("graph of alliances: %+v", g.Edges)
	}
	f.get(t, "/api/graph?to=2020", &g)
	if len(g.Edges) != 0 || g.Nodes == nil {
		t.Errorf("graph before 2020: %+v", g)
	}
}

func TestAPIRecords(t *testing.T) {
	f := newSQLiteFixture(t)
	var rl struct {
		Records []struct {
			Document struct{ ID string } `json:"document"`
			Claims   []any               `json:"claims"`
		} `json:"records"`
		Total int `json:"total"`
	}
	f.get(t, "/api/records?lang=de&limit=1", &rl)
	if rl.Total != 2 || len(rl.Records) != 1 || len(rl.Records[0].Claims) != 2 {
		t.Errorf("records: %+v", rl)
	}
}

func TestAPILeverageRoutes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds leverage models")
	}
	f := newSQLiteFixture(t)
	var rk struct {
		From  string `json:"from"`
		Pairs []struct {
			To string `json:"to"`
		} `json:"pairs"`
	}
	f.get(t, "/api/rank/chn?year=2014&limit=5", &rk)
	if rk.From != "CHN" || len(rk.Pairs) != 5 {
		t.Errorf("rank: %+v", rk)
	}
	var o struct {
		Effects []struct {
			Channel string `json:"channel"`
		} `json:"effects"`
		Assumptions []string `json:"assumptions"`
	}
	f.get(t, "/api/whatif?cut=CHN:PRK:oil,food&substitute=RUS,BLR&headroom=2", &o)
	if len(o.Effects) == 0 || len(o.Assumptions) == 0 {
		t.Errorf("whatif: %+v", o)
	}
	var rep struct {
		From, To string
	}
	f.get(t, "/api/docs/"+f.recs[0].Document.ID+"/report", &rep)
	if rep.From == "" {
		t.Errorf("report of a stored document names no pair: %+v", rep)
	}
}

func TestAPIExport(t *testing.T) {
	f := newSQLiteFixture(t)
	for _, tt := range []struct {
		target, ctype, want string
	}{
		{"/api/export/jsonl", "application/jsonl", `"version":1`},
		{"/api/export/graphml", "application/graphml+xml", "<graphml"},
		{"/api/export/gexf?lang=de", "application/gexf+xml", "<gexf"},
		{"/api/export/ftm", "application/jsonl", `"schema":"Article"`},
		{"/api/export/csv?table=claims", "text/csv", "document,pos,start,end"},
		{"/api/export/csv", "application/zip", "claims.csv"},
	} {
		w := httptest.NewRecorder()
		f.h.ServeHTTP(w, httptest.NewRequest("GET", tt.target, nil))
		if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), tt.ctype) || !strings.Contains(w.Body.String(), tt.want) {
			t.Errorf("GET %s: %d %s %.100q", tt.target, w.Code, w.Header().Get("Content-Type"), w.Body)
		}
	}
	for _, target := range []string{"/api/export/pdf", "/api/export/jsonl?table=claims", "/api/export/csv?table=secrets", "/api/export/csv?lang=xyz"} {
		w := httptest.NewRecorder()
		f.h.ServeHTTP(w, httptest.NewRequest("GET", target, nil))
		if w.Code != 400 {
			t.Errorf("GET %s: %d", target, w.Code)
		}
	}
}

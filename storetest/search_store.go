package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
)

// SearchableStore is a record store that also searches and lists actors:
// what the search and actor suites need to put their fixtures in.
type SearchableStore interface {
	hebel.RecordStore
	hebel.SearchStore
	hebel.ActorStore
}

// corpusDoc describes one fixture document of the search suites.
type corpusDoc struct {
	lang      string
	published string // RFC 3339, "" undated
	parts     []part
	relations []fixtureRelation
}

// part is a piece of text, naming an actor when actor is set.
type part struct {
	text  string
	actor string // an id of cast or extra
}

type fixtureRelation struct {
	typ, from, to string
	claimant      string // an actor id, "" none
}

// extra actors of the search fixtures beside cast.
var extra = []actor{
	{"person:kim-jong-un", "Kim Jong-un", "Kim Jong-un", hebel.Person, "Q56226"},
	{"BLR", "Belarus", "Belarus", hebel.Country, "Q184"},
}

func findActor(id string) actor {
	for _, a := range append(append([]actor{}, cast...), extra...) {
		if a.id == id {
			return a
		}
	}
	panic("storetest: no fixture actor " + id)
}

// corpus is the search suites' fixture: German and English, dated and
// undated, with relations. Index i is ingested i-th.
var corpus = []corpusDoc{
	{lang: "de", published: "2024-10-28T09:00:00+01:00", parts: []part{
		{text: "Rund 10.000 Soldaten aus "}, {text: "Nordkorea", actor: "PRK"}, {text: " kämpfen für "},
		{text: "Russland", actor: "RUS"}, {text: ". In Pjöngjang schweigt man. "},
		{text: "Peking", actor: "CHN"}, {text: " hätte einen Hebel."},
	}, relations: []fixtureRelation{{"troop_deployment", "PRK", "RUS", "group:western-intelligence"}, {"alliance", "CHN", "RUS", ""}}},
	{lang: "en", published: "2024-11-02T12:00:00Z", parts: []part{
		{text: "North Korean troops", actor: "PRK"}, {text: " were seen near "}, {text: "Kursk", actor: "place:kursk"},
		{text: ", said the SOLDATEN-blog. "}, {text: "Kim Jong-un", actor: "person:kim-jong-un"}, {text: " visited the front."},
	}, relations: []fixtureRelation{{"troop_deployment", "PRK", "RUS", "org:nis"}}},
	{lang: "de", parts: []part{
		{text: "Ein undatierter Text über "}, {text: "Belarus", actor: "BLR"}, {text: " und "},
		{text: "Nordkorea", actor: "PRK"}, {text: ": keine Soldaten, nur Diplomatie."},
	}, relations: []fixtureRelation{{"diplomatic_visit", "PRK", "BLR", ""}}},
	{lang: "en", published: "2023-03-15T00:00:00Z", parts: []part{
		{text: "China", actor: "CHN"}, {text: " and "}, {text: "Russia", actor: "RUS"},
		{text: " signed a trade deal on grain and oil."},
	}, relations: []fixtureRelation{{"trade", "CHN", "RUS", ""}}},
}

// corpusRecord builds the record of d: each actor part is a mention, and
// each relation has the whole text as evidence.
func corpusRecord(d corpusDoc) *hebel.Record {
	var tb textBuilder
	byID := map[string]int{}
	rec := &hebel.Record{}
	for _, p := range d.parts {
		sp := tb.add(p.text)
		if p.actor == "" {
			continue
		}
		i, ok := byID[p.actor]
		if !ok {
			a := findActor(p.actor)
			i = len(rec.Entities)
			byID[p.actor] = i
			rec.Entities = append(rec.Entities, hebel.Entity{ID: a.id, Type: a.typ, Name: a.name, Wikidata: a.wikidata})
		}
		rec.Entities[i].Mentions = append(rec.Entities[i].Mentions,
			hebel.Mention{Span: sp, Text: p.text, EntityID: p.actor, Extractor: "gazetteer"})
	}
	text := tb.b.String()
	for _, r := range d.relations {
		rel := hebel.Relation{Type: hebel.RelationType(r.typ), From: r.from, To: r.to, Attributes: map[string]any{"modality": "asserted"},
			Evidence: []hebel.Span{{Start: 0, End: len(text)}}, Extractor: "relation"}
		if r.claimant != "" {
			a := findActor(r.claimant)
			rel.Source = &hebel.Source{Text: a.word, EntityID: a.id, Name: a.name, Extractor: "relation"}
		}
		rec.Relations = append(rec.Relations, rel)
	}
	rec.Document = hebel.Document{ID: hebel.DocumentID(text), Text: text, Lang: d.lang, Source: "storetest", Format: "text"}
	if d.published != "" {
		t, err := time.Parse(time.RFC3339, d.published)
		if err != nil {
			panic(err)
		}
		rec.Document.Published = t
	}
	return rec
}

// putCorpus stores the corpus in order and returns its records.
func putCorpus(t *testing.T, s SearchableStore) []*hebel.Record {
	t.Helper()
	recs := make([]*hebel.Record, len(corpus))
	for i, d := range corpus {
		recs[i] = corpusRecord(d)
		mustPut(t, s, recs[i], false)
	}
	return recs
}

// SearchStore runs the conformance suite for hebel.SearchStore. newStore
// must return a new, empty store for each call.
//
// Beyond the interface's doc comment, the suite pins down: words match
// whole tokens with case and diacritics folded (no stemming unless
// SearchQuery.Stem asks for it: then in each document's language, or
// EUNSUPPORTED from a store without stemmers); snippet
// highlights cover the matched words; facets count all matches before
// paging; deleting or replacing a record updates the index; the text of
// the query is never read as the engine's query language.
func SearchStore(t *testing.T, newStore func(t *testing.T) SearchableStore) {
	t.Helper()
	tests := []struct {
		name string
		fn   func(t *testing.T, s SearchableStore, recs []*hebel.Record)
	}{
		{"Words", testSearchWords},
		{"Stems", testSearchStems},
		{"Snippets", testSearchSnippets},
		{"Filters", testSearchFilters},
		{"Facets", testSearchFacets},
		{"Paging", testSearchPaging},
		{"Hostile", testSearchHostile},
		{"Updates", testSearchUpdates},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			tt.fn(t, s, putCorpus(t, s))
		})
	}
}

// search runs q and returns the result, failing the test on an error.
func search(t *testing.T, s hebel.SearchStore, q hebel.SearchQuery) *hebel.SearchResult {
	t.Helper()
	res, err := s.SearchDocuments(context.Background(), q)
	if err != nil {
		t.Fatalf("SearchDocuments(%+v): %v", q, err)
	}
	if len(res.Hits) > res.Total {
		t.Fatalf("SearchDocuments(%+v): %d hits of a total of %d", q, len(res.Hits), res.Total)
	}
	return res
}

// hitSet returns the corpus indexes of the hits.
func hitSet(recs []*hebel.Record, res *hebel.SearchResult) []int {
	var out []int
	for _, h := range res.Hits {
		for i, r := range recs {
			if r.Document.ID == h.Document.ID {
				out = append(out, i)
			}
		}
	}
	return out
}

func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[int]int{}
	for _, x := range a {
		seen[x]++
	}
	for _, x := range b {
		seen[x]--
	}
	for _, n := range seen {
		if n != 0 {
			return false
		}
	}
	return true
}

func testSearchWords(t *testing.T, s SearchableStore, recs []*hebel.Record) {
	tests := []struct {
		text string
		want []int
	}{
		{"Soldaten", []int{0, 1, 2}},        // a token of "SOLDATEN-blog" too, case folded
		{"soldaten nordkorea", []int{0, 2}}, // every word must match
		{"Pjongjang", []int{0}},             // diacritics folded
		{`"trade deal"`, []int{3}},          // a phrase
		{`"deal trade"`, nil},               // a phrase keeps its order
		{"Sold*", []int{0, 1, 2}},           // a prefix
		{"Soldat", nil},                     // no stemming, no prefix without *
		{"Hebel", []int{0}},
		{"", []int{0, 1, 2, 3}}, // no words: every document
	}
	for _, tt := range tests {
		res := search(t, s, hebel.SearchQuery{Text: tt.text})
		if got := hitSet(recs, res); !sameInts(got, tt.want) || res.Total != len(tt.want) {
			t.Errorf("search %q: documents %v (total %d), want %v", tt.text, got, res.Total, tt.want)
		}
	}
	// Without words the latest ingest comes first.
	res := search(t, s, hebel.SearchQuery{})
	if len(res.Hits) == 0 || res.Hits[0].Document.ID != recs[len(recs)-1].Document.ID {
		t.Errorf("search without words: first hit is not the latest ingest")
	}
	if res.Hits[0].Snippet == "" {
		t.Errorf("search without words: no snippet (the start of the text)")
	}
}

func testSearchStems(t *testing.T, s SearchableStore, recs []*hebel.Record) {
	_, err := s.SearchDocuments(context.Background(), hebel.SearchQuery{Text: "Soldat", Stem: true})
	if hebel.ErrorCode(err) == hebel.EUNSUPPORTED {
		t.Skipf("store has no stemmers: %v", err)
	}
	tests := []struct {
		text string
		want []int
	}{
		{"Soldat", []int{0, 2}},     // German "Soldaten"; the English "SOLDATEN-blog" is no English plural
		{"signing", []int{3}},       // English "signed"
		{"Pjongjang", []int{0}},     // diacritics still folded
		{"kämpfe Soldat", []int{0}}, // every word, each stemmed ("kämpfen")
		{"Hebels", []int{0}},        // genitive
		{"Diplomatin", nil},         // a stem, not a prefix
	}
	for _, tt := range tests {
		res := search(t, s, hebel.SearchQuery{Text: tt.text, Stem: true})
		if got := hitSet(recs, res); !sameInts(got, tt.want) || res.Total != len(tt.want) {
			t.Errorf("stemmed search %q: documents %v (total %d), want %v", tt.text, got, res.Total, tt.want)
		}
	}
	res := search(t, s, hebel.SearchQuery{Text: "Soldat", Stem: true, Lang: "de", Limit: 1})
	if len(res.Hits) != 1 {
		t.Fatalf("stemmed search with a filter: %d hits, want 1", len(res.Hits))
	}
	h := res.Hits[0]
	found := false
	for _, sp := range h.Highlights {
		if sp.Valid(len(h.Snippet)) && strings.EqualFold(sp.Text(h.Snippet), "Soldaten") {
			found = true
		}
	}
	if !found {
		t.Errorf("stemmed search: snippet %q highlights %v, want the word Soldaten", h.Snippet, h.Highlights)
	}
}

func testSearchSnippets(t *testing.T, s SearchableStore, recs []*hebel.Record) {
	res := search(t, s, hebel.SearchQuery{Text: "pjöngjang"})
	if len(res.Hits) != 1 {
		t.Fatalf("want one hit, got %d", len(res.Hits))
	}
	h := res.Hits[0]
	if len(h.Highlights) == 0 {
		t.Fatalf("snippet %q has no highlights", h.Snippet)
	}
	for _, sp := range h.Highlights {
		if sp.Start < 0 || sp.End > len(h.Snippet) || sp.Start >= sp.End {
			t.Fatalf("highlight %v out of snippet %q", sp, h.Snippet)
		}
		if got := h.Snippet[sp.Start:sp.End]; got != "Pjöngjang" {
			t.Errorf("highlight covers %q, want Pjöngjang", got)
		}
	}
	if strings.ContainsAny(h.Snippet, "\x00\x01\x02") {
		t.Errorf("snippet keeps control bytes: %q", h.Snippet)
	}
	d := h.Document
	if d.Lang != "de" || d.Entities != len(recs[0].Entities) || d.Relations != 2 || d.Chars == 0 {
		t.Errorf("hit summary %+v does not describe the document", d)
	}
	if !h.Published.Equal(NormalizeTime(recs[0].Document.Published)) || h.Published.Location() != time.UTC {
		t.Errorf("hit published %v, want %v in UTC", h.Published, recs[0].Document.Published)
	}
}

func testSearchFilters(t *testing.T, s SearchableStore, recs []*hebel.Record) {
	day := func(s string) time.Time {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			panic(err)
		}
		return t
	}
	tests := []struct {
		name string
		q    hebel.SearchQuery
		want []int
	}{
		{"lang", hebel.SearchQuery{Lang: "de"}, []int{0, 2}},
		{"lang and words", hebel.SearchQuery{Lang: "en", Text: "soldaten"}, []int{1}},
		{"actor", hebel.SearchQuery{Actor: "RUS"}, []int{0, 3}},
		{"actor by id only", hebel.SearchQuery{Actor: "Russia"}, nil},
		{"type", hebel.SearchQuery{Type: "troop_deployment"}, []int{0, 1}},
		{"from", hebel.SearchQuery{From: day("2024-01-01")}, []int{0, 1}},
		{"to", hebel.SearchQuery{To: day("2024-11-01")}, []int{0, 3}},
		{"from and to", hebel.SearchQuery{From: day("2024-10-28"), To: day("2024-10-29")}, []int{0}},
		{"everything", hebel.SearchQuery{Text: "Hebel", Lang: "de", Actor: "CHN", Type: "alliance", From: day("2024-10-01"), To: day("2024-11-01")}, []int{0}},
	}
	for _, tt := range tests {
		res := search(t, s, tt.q)
		if got := hitSet(recs, res); !sameInts(got, tt.want) || res.Total != len(tt.want) {
			t.Errorf("%s: documents %v (total %d), want %v", tt.name, got, res.Total, tt.want)
		}
	}
}

func testSearchFacets(t *testing.T, s SearchableStore, _ []*hebel.Record) {
	res := search(t, s, hebel.SearchQuery{Limit: 1})
	count := func(fs []hebel.Facet, v string) int {
		for _, f := range fs {
			if f.Value == v {
				return f.Count
			}
		}
		return 0
	}
	f := res.Facets
	checks := []struct {
		name      string
		got, want int
	}{
		{"actor PRK", count(f.Actors, "PRK"), 3},
		{"actor RUS", count(f.Actors, "RUS"), 2},
		{"actor BLR", count(f.Actors, "BLR"), 1},
		{"lang de", count(f.Langs, "de"), 2},
		{"lang en", count(f.Langs, "en"), 2},
		{"type troop_deployment", count(f.Types, "troop_deployment"), 2},
		{"type trade", count(f.Types, "trade"), 1},
		{"month 2024-10", count(f.Months, "2024-10"), 1},
		{"month 2024-11", count(f.Months, "2024-11"), 1},
		{"undated", count(f.Months, ""), 1},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("facet %s: %d, want %d", c.name, c.got, c.want)
		}
	}
	if len(f.Actors) == 0 || f.Actors[0].Value != "PRK" || f.Actors[0].Label != "North Korea" {
		t.Errorf("first actor facet %+v, want PRK (North Korea) named in most documents", f.Actors)
	}
	if n := len(f.Months); n < 2 || f.Months[0].Value != "2024-11" || f.Months[n-1].Value != "" {
		t.Errorf("month facets %+v: want latest first, undated last", f.Months)
	}
	// Facets follow the filters.
	res = search(t, s, hebel.SearchQuery{Lang: "en"})
	if count(res.Facets.Langs, "de") != 0 || count(res.Facets.Actors, "BLR") != 0 {
		t.Errorf("facets of an English-only search count German documents: %+v", res.Facets)
	}
}

func testSearchPaging(t *testing.T, s SearchableStore, recs []*hebel.Record) {
	var seen []int
	for off := 0; off < 5; off++ {
		res := search(t, s, hebel.SearchQuery{Limit: 1, Offset: off})
		if res.Total != len(recs) {
			t.Fatalf("offset %d: total %d, want %d", off, res.Total, len(recs))
		}
		seen = append(seen, hitSet(recs, res)...)
	}
	if !sameInts(seen, []int{0, 1, 2, 3}) {
		t.Errorf("pages together gave %v, want every document once", seen)
	}
	if _, err := s.SearchDocuments(context.Background(), hebel.SearchQuery{Limit: -1}); hebel.ErrorCode(err) != hebel.EINVALID {
		t.Errorf("negative limit: %v, want EINVALID", err)
	}
}

// testSearchHostile sends the engine's own syntax: it must be read as
// words, never fail, never match more than the words do.
func testSearchHostile(t *testing.T, s SearchableStore, recs []*hebel.Record) {
	for _, text := range []string{
		`Soldaten OR Belarus`, `NOT Soldaten`, `Soldaten AND`, `NEAR(Soldaten Hebel)`, `text:Soldaten`,
		`"unbalanced`, `*`, `^Soldaten`, `Soldaten -Nordkorea`, `'; DROP TABLE documents; --`, `()`, `{title}: x`,
		"\u00a0", `…`, `"""`,
	} {
		if _, err := s.SearchDocuments(context.Background(), hebel.SearchQuery{Text: text}); err != nil {
			t.Errorf("search %q: %v", text, err)
		}
	}
	// OR is a word here, so "Soldaten OR Belarus" needs all three.
	if res := search(t, s, hebel.SearchQuery{Text: "Soldaten OR Belarus"}); res.Total != 0 {
		t.Errorf("'Soldaten OR Belarus' matched %v: OR was read as an operator", hitSet(recs, res))
	}
	if res := search(t, s, hebel.SearchQuery{Text: "…"}); res.Total != 0 {
		t.Errorf("a query without a word matched %d documents", res.Total)
	}
	if res := search(t, s, hebel.SearchQuery{}); res.Total != len(recs) {
		t.Errorf("hostile queries changed the store: %d documents", res.Total)
	}
}

func testSearchUpdates(t *testing.T, s SearchableStore, recs []*hebel.Record) {
	ctx := context.Background()
	if err := s.DeleteRecord(ctx, recs[3].Document.ID); err != nil {
		t.Fatal(err)
	}
	if res := search(t, s, hebel.SearchQuery{Text: "grain"}); res.Total != 0 {
		t.Errorf("a deleted document is still found")
	}
	repl := *recs[0]
	repl.Document.Title = "Ersetzter Titel Zwiebelturm"
	if _, err := s.PutRecord(ctx, &repl, true); err != nil {
		t.Fatal(err)
	}
	if res := search(t, s, hebel.SearchQuery{Text: "zwiebelturm"}); res.Total != 1 {
		t.Errorf("a replaced title is not found: total %d", res.Total)
	}
	if res := search(t, s, hebel.SearchQuery{Text: "Hebel"}); res.Total != 1 {
		t.Errorf("the text of a replaced record: total %d, want 1 (once)", res.Total)
	}
}

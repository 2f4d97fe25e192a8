package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
)

// ActorStore runs the conformance suite for hebel.ActorStore on the
// search fixture. newStore must return a new, empty store for each call.
func ActorStore(t *testing.T, newStore func(t *testing.T) SearchableStore) {
	t.Helper()
	tests := []struct {
		name string
		fn   func(t *testing.T, s SearchableStore, recs []*hebel.Record)
	}{
		{"Actors", testActors},
		{"ActorFilters", testActorFilters},
		{"Relations", testRelations},
		{"RelationFilters", testRelationFilters},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			tt.fn(t, s, putCorpus(t, s))
		})
	}
}

func findActors(t *testing.T, s hebel.ActorStore, f hebel.ActorFilter) ([]*hebel.ActorSummary, int) {
	t.Helper()
	list, total, err := s.FindActors(context.Background(), f)
	if err != nil {
		t.Fatalf("FindActors(%+v): %v", f, err)
	}
	return list, total
}

func testActors(t *testing.T, s SearchableStore, _ []*hebel.Record) {
	list, total := findActors(t, s, hebel.ActorFilter{})
	// Claimants that the text does not name as entities are no actors
	// of the document.
	if total != 6 || len(list) != 6 {
		t.Fatalf("%d actors of a total of %d, want 6 of 6: %s", len(list), total, show(list))
	}
	if list[0].ID != "PRK" {
		t.Errorf("first actor %s, want PRK (named in most documents)", list[0].ID)
	}
	byID := map[string]*hebel.ActorSummary{}
	for _, a := range list {
		byID[a.ID] = a
	}
	prk := byID["PRK"]
	if prk == nil || prk.Documents != 3 || prk.Mentions != 3 || prk.Relations != 3 || prk.Name != "North Korea" || prk.Type != hebel.Country || prk.Wikidata != "Q423" {
		t.Errorf("PRK: %s", show(prk))
	}
	// Claimants of relations are not speakers of quotes or claimants of
	// claims: the fixture has neither, so both counts are zero.
	if a := byID["RUS"]; a == nil || a.Documents != 2 || a.Relations != 4 || a.Quotes != 0 || a.Claims != 0 {
		t.Errorf("RUS: %s", show(a))
	}
	for i := 1; i < len(list); i++ {
		a, b := list[i-1], list[i]
		if a.Documents < b.Documents || a.Documents == b.Documents && a.Mentions < b.Mentions ||
			a.Documents == b.Documents && a.Mentions == b.Mentions && a.ID > b.ID {
			t.Errorf("actors out of order: %s before %s", a.ID, b.ID)
		}
	}
}

func testActorFilters(t *testing.T, s SearchableStore, _ []*hebel.Record) {
	tests := []struct {
		name string
		f    hebel.ActorFilter
		want []string
	}{
		{"id", hebel.ActorFilter{ID: "BLR"}, []string{"BLR"}},
		{"unknown id", hebel.ActorFilter{ID: "XXX"}, nil},
		{"type", hebel.ActorFilter{Type: hebel.Person}, []string{"person:kim-jong-un"}},
		{"name, any case", hebel.ActorFilter{Name: "korea"}, []string{"PRK"}},
		{"name or id", hebel.ActorFilter{Name: "kim-jong"}, []string{"person:kim-jong-un"}},
		{"wildcards are letters", hebel.ActorFilter{Name: "%"}, nil},
		{"page", hebel.ActorFilter{Type: hebel.Country, Limit: 2, Offset: 1}, []string{"CHN", "RUS"}},
	}
	for _, tt := range tests {
		list, _ := findActors(t, s, tt.f)
		var got []string
		for _, a := range list {
			got = append(got, a.ID)
		}
		if show(got) != show(tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
	if _, total := findActors(t, s, hebel.ActorFilter{Type: hebel.Country, Limit: 1}); total != 4 {
		t.Errorf("total of countries with a limit: %d, want 4", total)
	}
	if _, _, err := s.FindActors(context.Background(), hebel.ActorFilter{Offset: -1}); hebel.ErrorCode(err) != hebel.EINVALID {
		t.Errorf("negative offset: %v, want EINVALID", err)
	}
}

func findRelations(t *testing.T, s hebel.ActorStore, f hebel.RelationFilter) ([]*hebel.RelationRow, int) {
	t.Helper()
	list, total, err := s.FindRelations(context.Background(), f)
	if err != nil {
		t.Fatalf("FindRelations(%+v): %v", f, err)
	}
	return list, total
}

func testRelations(t *testing.T, s SearchableStore, recs []*hebel.Record) {
	list, total := findRelations(t, s, hebel.RelationFilter{})
	if total != 5 || len(list) != 5 {
		t.Fatalf("%d relations of %d, want 5 of 5", len(list), total)
	}
	// Latest published first, undated last.
	wantDocs := []int{1, 0, 0, 3, 2}
	for i, r := range list {
		if r.DocumentID != recs[wantDocs[i]].Document.ID {
			t.Errorf("relation %d is of document %s, want document %d", i, r.DocumentID, wantDocs[i])
		}
	}
	r := list[0]
	want := recs[1].Relations[0]
	if r.Type != want.Type || r.Pos != 0 || r.From.ID != "PRK" || r.From.Name != "North Korea" || r.From.Type != hebel.Country ||
		r.To.ID != "RUS" || r.To.Name != "" || r.Claimant != "Geheimdienst NIS" || r.ClaimantID != "org:nis" ||
		r.Attributes["modality"] != "asserted" {
		t.Errorf("first relation %s", show(r))
	}
	if !r.Published.Equal(NormalizeTime(recs[1].Document.Published)) || r.Published.Location() != time.UTC {
		t.Errorf("published %v, want %v in UTC", r.Published, recs[1].Document.Published)
	}
	if list[1].Pos != 0 || list[2].Pos != 1 {
		t.Errorf("relations of one document out of position order: %d, %d", list[1].Pos, list[2].Pos)
	}
	if !list[4].Published.IsZero() {
		t.Errorf("undated document's relation has a date: %v", list[4].Published)
	}
}

func testRelationFilters(t *testing.T, s SearchableStore, _ []*hebel.Record) {
	day := func(s string) time.Time { tm, _ := time.Parse(time.DateOnly, s); return tm }
	tests := []struct {
		name string
		f    hebel.RelationFilter
		want int
	}{
		{"type", hebel.RelationFilter{Type: "troop_deployment"}, 2},
		{"actor either side", hebel.RelationFilter{Actor: "RUS"}, 4},
		{"actor and type", hebel.RelationFilter{Actor: "CHN", Type: "trade"}, 1},
		{"from", hebel.RelationFilter{From: day("2024-01-01")}, 3},
		{"to", hebel.RelationFilter{To: day("2024-01-01")}, 1},
		{"nothing", hebel.RelationFilter{Type: "no_such_type"}, 0},
	}
	for _, tt := range tests {
		list, total := findRelations(t, s, tt.f)
		if total != tt.want || len(list) != tt.want {
			t.Errorf("%s: %d of %d, want %d", tt.name, len(list), total, tt.want)
		}
	}
	list, total := findRelations(t, s, hebel.RelationFilter{Limit: 2, Offset: 4})
	if total != 5 || len(list) != 1 {
		t.Errorf("last page: %d of %d, want 1 of 5", len(list), total)
	}
	if _, _, err := s.FindRelations(context.Background(), hebel.RelationFilter{Limit: -1}); hebel.ErrorCode(err) != hebel.EINVALID {
		t.Errorf("negative limit: %v, want EINVALID", err)
	}
}

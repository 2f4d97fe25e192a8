package hebel

import "testing"

func TestRelationTypes(t *testing.T) {
	seen := map[RelationType]bool{}
	for _, typ := range RelationTypes() {
		if seen[typ] {
			t.Errorf("%s listed twice", typ)
		}
		seen[typ] = true
		if !typ.Known() {
			t.Errorf("%s not Known", typ)
		}
		if e := typ.Event(); e.Standing() || !e.Known() {
			t.Errorf("%s.Event() = %s: want a known event type", typ, e)
		}
		if typ.Symmetric() && !typ.Standing() {
			t.Errorf("%s symmetric but no standing relation", typ)
		}
	}
	if RelationType("friendship").Known() {
		t.Error("an unknown type is Known")
	}
	for typ, want := range map[RelationType]RelationType{
		RelationSanctions: EventSanction, EventConsult: EventConsult, RelationArmedConflict: EventAssault,
	} {
		if got := typ.Event(); got != want {
			t.Errorf("%s.Event() = %s, want %s", typ, got, want)
		}
	}
}

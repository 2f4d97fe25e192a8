package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/hebel-project/hebel"
)

// WorldStore runs the conformance suite for hebel.WorldStore. newStore
// must return an empty store for each call.
func WorldStore(t *testing.T, newStore func(t *testing.T) hebel.WorldStore) {
	t.Run("RoundTrip", func(t *testing.T) { testWorldRoundTrip(t, newStore(t)) })
	t.Run("ReloadReplaces", func(t *testing.T) { testWorldReload(t, newStore(t)) })
	t.Run("Filter", func(t *testing.T) { testWorldFilter(t, newStore(t)) })
	t.Run("Invalid", func(t *testing.T) { testWorldInvalid(t, newStore(t)) })
	t.Run("Empty", func(t *testing.T) {
		w, err := newStore(t).FindWorld(context.Background(), hebel.WorldFilter{})
		if err != nil || len(w.Flows)+len(w.Ties)+len(w.Indicators) != 0 {
			t.Errorf("empty store: %v, %+v", err, w)
		}
	})
}

// NewWorld returns a small world of one dataset file with every field
// set; rows are numbered from first.
func NewWorld(dataset, file string, first int) *hebel.World {
	prov := func(row int) hebel.Provenance {
		return hebel.Provenance{Dataset: dataset, Version: "1.0", File: file, Row: row, URL: "https://example.org/" + file}
	}
	return &hebel.World{
		Flows: []hebel.Flow{
			{Year: 2014, From: "CHN", To: "PRK", Channel: hebel.ChannelRefined, Value: 1234.5, Unit: "t", Prov: prov(first), Note: "Nötig: ümlaut"},
			{Year: 2015, From: "RUS", To: "PRK", Channel: hebel.ChannelTrade, Value: 80, Unit: "USD million", Prov: prov(first + 1), ClaimID: "claim:1"},
		},
		Ties: []hebel.Tie{
			{Kind: "defense", From: "RUS", To: "PRK", Start: 2014, End: 2024, Value: 1, Unit: "", Prov: prov(first + 2),
				Attributes: map[string]string{"right_censored": "true"}},
			{Kind: "troops", From: "USA", To: "KOR", Start: 2010, End: 2010, Value: 28500, Unit: "persons", Prov: prov(first + 3)},
		},
		Indicators: []hebel.Indicator{
			{Country: "PRK", Year: 2014, Name: "cereal_imports", Value: 484, Unit: "kt", Prov: prov(first + 4), Note: "FAO"},
		},
	}
}

func testWorldRoundTrip(t *testing.T, s hebel.WorldStore) {
	ctx := context.Background()
	w := NewWorld("fixture", "a.csv", 2)
	if err := s.PutWorld(ctx, w, 3); err != nil {
		t.Fatal(err)
	}
	got, err := s.FindWorld(ctx, hebel.WorldFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Flows, w.Flows) || !reflect.DeepEqual(got.Ties, w.Ties) || !reflect.DeepEqual(got.Indicators, w.Indicators) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, w)
	}
	loads, err := s.DatasetLoads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(loads) != 1 || loads[0].Flows != 2 || loads[0].Ties != 2 || loads[0].Indicators != 1 || loads[0].Errors != 3 || loads[0].Loaded == "" {
		t.Errorf("loads %+v", loads)
	}
}

func testWorldReload(t *testing.T, s hebel.WorldStore) {
	ctx := context.Background()
	for i := 0; i < 2; i++ {
		if err := s.PutWorld(ctx, NewWorld("fixture", "a.csv", 2), 0); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.PutWorld(ctx, NewWorld("fixture", "b.csv", 2), 0); err != nil {
		t.Fatal(err)
	}
	got, err := s.FindWorld(ctx, hebel.WorldFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Flows) != 4 || len(got.Ties) != 4 || len(got.Indicators) != 2 {
		t.Errorf("after loading a.csv twice and b.csv once: %d flows, %d ties, %d indicators; want 4, 4, 2",
			len(got.Flows), len(got.Ties), len(got.Indicators))
	}
	loads, _ := s.DatasetLoads(ctx)
	if len(loads) != 2 || loads[0].File != "a.csv" || loads[1].File != "b.csv" {
		t.Errorf("loads %+v", loads)
	}
}

func testWorldFilter(t *testing.T, s hebel.WorldStore) {
	ctx := context.Background()
	if err := s.PutWorld(ctx, NewWorld("one", "a.csv", 2), 0); err != nil {
		t.Fatal(err)
	}
	if err := s.PutWorld(ctx, NewWorld("two", "a.csv", 2), 0); err != nil {
		t.Fatal(err)
	}
	got, err := s.FindWorld(ctx, hebel.WorldFilter{Dataset: "two", Year: 2014})
	if err != nil {
		t.Fatal(err)
	}
	// 2014: one flow, the defence tie (2014–2024) but not the 2010 troops,
	// one indicator; all of dataset "two".
	if len(got.Flows) != 1 || len(got.Ties) != 1 || len(got.Indicators) != 1 {
		t.Fatalf("filter: %d flows, %d ties, %d indicators; want 1, 1, 1", len(got.Flows), len(got.Ties), len(got.Indicators))
	}
	if got.Flows[0].Prov.Dataset != "two" || got.Ties[0].Kind != "defense" {
		t.Errorf("filter returned %+v", got)
	}
}

func testWorldInvalid(t *testing.T, s hebel.WorldStore) {
	w := &hebel.World{Flows: []hebel.Flow{{Year: 2014, From: "CHN", To: "PRK", Value: 1}}}
	if err := s.PutWorld(context.Background(), w, 0); hebel.ErrorCode(err) != hebel.EINVALID {
		t.Errorf("row without provenance: %v, want EINVALID", err)
	}
}

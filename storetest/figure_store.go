package storetest

import (
	"context"
	"reflect"
	"sort"
	"testing"

	"github.com/hebel-project/hebel"
)

// Stores is a store that keeps records and the estimates of their claims
// on one database.
type Stores struct {
	Records hebel.RecordStore
	Figures hebel.FigureStore
}

// FigureStore runs the conformance suite for hebel.FigureStore as
// subtests. newStores must return new, empty stores on one database for
// each call; records put into Records must show up in Figures.
//
// Beyond the interface's doc comments, the suite pins down these choices:
//   - an estimate's Claim is the stored claim without its Entities and
//     its source's Extractor, with times as Normalize gives them; Clause
//     is the text of its span;
//   - Published, Dating, Title, URL, Source, Lang and HebelVersion are the
//     document's; Signature is hebel.NewSignature of its text;
//   - untyped claims (Measure "") have no estimate.
func FigureStore(t *testing.T, newStores func(t *testing.T) Stores) {
	t.Helper()
	tests := []struct {
		name string
		fn   func(t *testing.T, s Stores)
	}{
		{"Empty", testEstimatesEmpty},
		{"RoundTrip", testEstimatesRoundTrip},
		{"Filter", testEstimatesFilter},
		{"PutAgain", testEstimatesPutAgain},
		{"Replace", testEstimatesReplace},
		{"Delete", testEstimatesDelete},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, newStores(t)) })
	}
}

// WantEstimates returns the estimates a store must give for rec, in
// claim order.
func WantEstimates(rec *hebel.Record) []*hebel.Estimate {
	n := Normalize(rec)
	d := n.Document
	var out []*hebel.Estimate
	for i, c := range n.Claims {
		if c.Measure == "" {
			continue
		}
		c.Entities = nil
		if c.Source != nil {
			src := *c.Source
			src.Extractor = ""
			c.Source = &src
		}
		out = append(out, &hebel.Estimate{
			DocumentID: d.ID, ClaimIndex: i, Claim: c, Clause: c.Span.Text(d.Text),
			Title: d.Title, URL: d.URL, Source: d.Source, Lang: d.Lang, Published: d.Published, Dating: d.Dating,
			HebelVersion: n.HebelVersion, Signature: hebel.NewSignature(d.Text),
		})
	}
	return out
}

func mustEstimates(t *testing.T, s hebel.FigureStore, f hebel.EstimateFilter) []*hebel.Estimate {
	t.Helper()
	es, err := s.FindEstimates(context.Background(), f)
	if err != nil {
		t.Fatalf("FindEstimates(%+v): %v", f, err)
	}
	return es
}

// checkEstimates compares estimates field by field, as Diff compares
// records.
func checkEstimates(t *testing.T, what string, got, want []*hebel.Estimate) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d estimates, want %d", what, len(got), len(want))
	}
	for i := range got {
		g, w := canonical(reflect.ValueOf(got[i])), canonical(reflect.ValueOf(want[i]))
		if !reflect.DeepEqual(g, w) {
			t.Errorf("%s: estimate %d:\ngot  %s\nwant %s", what, i, show(got[i]), show(want[i]))
		}
	}
}

func testEstimatesEmpty(t *testing.T, s Stores) {
	if es := mustEstimates(t, s.Figures, hebel.EstimateFilter{}); len(es) != 0 {
		t.Errorf("empty store: %d estimates", len(es))
	}
}

// sorted returns the estimates of recs in the store's order: document id,
// then claim index.
func sorted(recs ...*hebel.Record) []*hebel.Estimate {
	var out []*hebel.Estimate
	for _, r := range recs {
		out = append(out, WantEstimates(r)...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].DocumentID < out[j].DocumentID })
	return out
}

func testEstimatesRoundTrip(t *testing.T, s Stores) {
	a, b := NewRecord(1, 8), NewRecord(2, 9)
	b.Document.Published = b.Document.Published.AddDate(0, 1, 0)
	b.Claims[1].Measure = "" // untyped: no estimate
	mustPut(t, s.Records, a, false)
	mustPut(t, s.Records, b, false)
	want := sorted(a, b)
	if len(want) != 3 {
		t.Fatalf("fixture: %d estimates, want 3", len(want))
	}
	checkEstimates(t, "all", mustEstimates(t, s.Figures, hebel.EstimateFilter{}), want)
}

func testEstimatesFilter(t *testing.T, s Stores) {
	a, b := NewRecord(3, 8), NewRecord(4, 8)
	b.Claims[0].Actor = "USA"
	b.Claims[0].Places = []string{"JPN", "KOR"}
	b.Claims[0].Reading = hebel.Collective
	mustPut(t, s.Records, a, false)
	mustPut(t, s.Records, b, false)
	ea, eb := WantEstimates(a), WantEstimates(b)
	tests := []struct {
		name string
		f    hebel.EstimateFilter
		want []*hebel.Estimate
	}{
		{"measure", hebel.EstimateFilter{Measure: hebel.MeasureKilled}, sorted2(ea[1], eb[1])},
		{"concept", hebel.EstimateFilter{Concept: hebel.ConceptTroops}, sorted2(ea[0], ea[1], eb[0], eb[1])},
		{"no concept", hebel.EstimateFilter{Concept: hebel.ConceptOil}, nil},
		{"actor", hebel.EstimateFilter{Actor: "PRK"}, []*hebel.Estimate{ea[0]}},
		{"actor in places", hebel.EstimateFilter{Actor: "KOR"}, []*hebel.Estimate{eb[0]}},
		{"actor as a whole id", hebel.EstimateFilter{Actor: "KO"}, nil},
		{"actor and measure", hebel.EstimateFilter{Actor: "UKR", Measure: hebel.MeasureKilled}, sorted2(ea[1], eb[1])},
		{"documents", hebel.EstimateFilter{DocumentIDs: []string{b.Document.ID, "sha256:none"}}, eb},
	}
	for _, tt := range tests {
		checkEstimates(t, tt.name, mustEstimates(t, s.Figures, tt.f), tt.want)
	}
}

// sorted2 orders estimates as stores return them.
func sorted2(es ...*hebel.Estimate) []*hebel.Estimate {
	out := append([]*hebel.Estimate(nil), es...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].DocumentID != out[j].DocumentID {
			return out[i].DocumentID < out[j].DocumentID
		}
		return out[i].ClaimIndex < out[j].ClaimIndex
	})
	return out
}

func testEstimatesPutAgain(t *testing.T, s Stores) {
	a := NewRecord(5, 8)
	mustPut(t, s.Records, a, false)
	before := mustEstimates(t, s.Figures, hebel.EstimateFilter{})
	again := NewRecord(5, 8)
	again.Claims[0].Quantity.Value = 1
	if created, err := s.Records.PutRecord(context.Background(), again, false); err != nil || created {
		t.Fatalf("PutRecord again = %v, %v", created, err)
	}
	checkEstimates(t, "after putting the same id again", mustEstimates(t, s.Figures, hebel.EstimateFilter{}), before)
}

func testEstimatesReplace(t *testing.T, s Stores) {
	a := NewRecord(6, 8)
	mustPut(t, s.Records, a, false)
	b := NewRecord(6, 8)
	b.Claims[0].Quantity.Value = 12000
	b.Claims[1].Measure = hebel.MeasureWounded
	mustPut(t, s.Records, b, true)
	checkEstimates(t, "replaced", mustEstimates(t, s.Figures, hebel.EstimateFilter{}), WantEstimates(b))
}

func testEstimatesDelete(t *testing.T, s Stores) {
	a, b := NewRecord(7, 8), NewRecord(8, 8)
	mustPut(t, s.Records, a, false)
	mustPut(t, s.Records, b, false)
	if err := s.Records.DeleteRecord(context.Background(), a.Document.ID); err != nil {
		t.Fatal(err)
	}
	checkEstimates(t, "after delete", mustEstimates(t, s.Figures, hebel.EstimateFilter{}), WantEstimates(b))
}

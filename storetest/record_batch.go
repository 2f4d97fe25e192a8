package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/hebel-project/hebel"
)

// recordBatchTests are the subtests of hebel.RecordBatchStore's contract,
// run by RecordStore on every store that implements it.
var recordBatchTests = []struct {
	name string
	fn   func(t *testing.T, s hebel.RecordBatchStore)
}{
	{"BatchRoundTrip", testBatchRoundTrip},
	{"BatchRepeatedIDs", testBatchRepeatedIDs},
	{"BatchReplace", testBatchReplace},
	{"BatchAllOrNothing", testBatchAllOrNothing},
	{"BatchEmpty", testBatchEmpty},
	{"BatchCanceled", testBatchCanceled},
	{"BatchListingOrder", testBatchListingOrder},
}

// runBatchTests runs recordBatchTests, each on a new store, or says once
// that the store does not batch.
func runBatchTests(t *testing.T, newStore func(t *testing.T) hebel.RecordStore) {
	for _, tt := range recordBatchTests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			bs, ok := s.(hebel.RecordBatchStore)
			if !ok {
				t.Skipf("%T does not implement hebel.RecordBatchStore (ingest then stores record by record)", s)
			}
			tt.fn(t, bs)
		})
	}
}

func mustPutBatch(t *testing.T, s hebel.RecordBatchStore, recs []*hebel.Record, replace bool, want []bool) {
	t.Helper()
	got, err := s.PutRecords(context.Background(), recs, replace)
	if err != nil {
		t.Fatalf("PutRecords: %v", err)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("PutRecords(replace %v) created %v, want %v", replace, got, want)
	}
}

func testBatchRoundTrip(t *testing.T, s hebel.RecordBatchStore) {
	recs := []*hebel.Record{NewRecord(200, 12), NewRecord(201, 3), minimalRecord(hebel.DocumentID("y"), "y")}
	mustPutBatch(t, s, recs, false, []bool{true, true, true})
	for _, rec := range recs {
		checkRecord(t, mustFind(t, s, rec.Document.ID), Normalize(rec))
	}
	if _, total := mustList(t, s, hebel.DocumentFilter{}); total != 3 {
		t.Errorf("listing has %d documents, want 3", total)
	}
}

// testBatchRepeatedIDs: without replace, an id stored before or earlier in
// the batch is left as it was.
func testBatchRepeatedIDs(t *testing.T, s hebel.RecordBatchStore) {
	x, y := NewRecord(210, 8), NewRecord(211, 8)
	mustPut(t, s, x, false)
	x2, y2 := *x, *y
	x2.Document.Title, y2.Document.Title = "x again", "y again"
	mustPutBatch(t, s, []*hebel.Record{&x2, y, &y2}, false, []bool{false, true, false})
	checkRecord(t, mustFind(t, s, x.Document.ID), Normalize(x))
	checkRecord(t, mustFind(t, s, y.Document.ID), Normalize(y))
}

// testBatchReplace: with replace, the last record of an id wins and only
// the first sight of a new id counts as created.
func testBatchReplace(t *testing.T, s hebel.RecordBatchStore) {
	x, y := NewRecord(220, 8), NewRecord(221, 8)
	mustPut(t, s, x, false)
	x2, y2 := *x, *y
	x2.Document.Title, y2.Document.Title = "x replaced", "y replaced"
	y2.Entities = y2.Entities[:2]
	mustPutBatch(t, s, []*hebel.Record{&x2, y, &y2}, true, []bool{false, true, false})
	checkRecord(t, mustFind(t, s, x.Document.ID), Normalize(&x2))
	checkRecord(t, mustFind(t, s, y.Document.ID), Normalize(&y2))
	if _, total := mustList(t, s, hebel.DocumentFilter{}); total != 2 {
		t.Errorf("listing has %d documents, want 2", total)
	}
}

// testBatchAllOrNothing: an invalid record anywhere in the batch stores
// nothing.
func testBatchAllOrNothing(t *testing.T, s hebel.RecordBatchStore) {
	ctx := context.Background()
	noText := NewRecord(231, 8)
	noText.Document.Text = ""
	for name, bad := range map[string]*hebel.Record{"nil": nil, "no text": noText} {
		created, err := s.PutRecords(ctx, []*hebel.Record{NewRecord(230, 8), bad}, false)
		if created != nil || hebel.ErrorCode(err) != hebel.EINVALID {
			t.Errorf("PutRecords with a %s record = %v, %v; want nil and code %s", name, created, err, hebel.EINVALID)
		}
	}
	if list, total := mustList(t, s, hebel.DocumentFilter{}); total != 0 || len(list) != 0 {
		t.Errorf("a batch with an invalid record stored %d documents", total)
	}
}

func testBatchEmpty(t *testing.T, s hebel.RecordBatchStore) {
	created, err := s.PutRecords(context.Background(), nil, false)
	if err != nil || created == nil || len(created) != 0 {
		t.Errorf("PutRecords(nil) = %v (nil: %v), %v; want an empty slice and no error", created, created == nil, err)
	}
}

func testBatchCanceled(t *testing.T, s hebel.RecordBatchStore) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if created, err := s.PutRecords(ctx, []*hebel.Record{NewRecord(240, 8), NewRecord(241, 8)}, false); err == nil {
		t.Errorf("PutRecords with a canceled context = %v, nil; want an error", created)
	}
	if list, total := mustList(t, s, hebel.DocumentFilter{}); total != 0 || len(list) != 0 {
		t.Errorf("a canceled batch stored %d documents", total)
	}
}

// testBatchListingOrder: records of one batch count as ingested in batch
// order, after what was stored before.
func testBatchListingOrder(t *testing.T, s hebel.RecordBatchStore) {
	a, b, c := NewRecord(250, 4), NewRecord(251, 4), NewRecord(252, 4)
	mustPut(t, s, a, false)
	mustPutBatch(t, s, []*hebel.Record{b, c}, false, []bool{true, true})
	list, _ := mustList(t, s, hebel.DocumentFilter{})
	var got []string
	for _, d := range list {
		got = append(got, d.ID)
	}
	if want := []string{c.Document.ID, b.Document.ID, a.Document.ID}; !slices.Equal(got, want) {
		t.Errorf("listing order %v, want %v", got, want)
	}
}

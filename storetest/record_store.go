package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
)

// RecordStore runs the conformance suite for hebel.RecordStore as subtests.
// newStore must return a new, empty store for each call; the suite closes
// nothing, so newStore should register its cleanup with t.Cleanup.
//
// Beyond the interface's doc comments, the suite pins down these choices:
//   - times come back in UTC, truncated to TimePrecision;
//   - relation attributes come back as a JSON round trip gives them (the
//     fixtures use only such values); nil and empty slices and maps may
//     come back either way (the public record writes both as [] or {});
//   - a record with a span outside its text (Record.CheckSpans) gives
//     EINVALID;
//   - PutRecord with replace on an existing id reports created == false
//     and counts as a new ingest (the record moves to the top of the
//     listing); on a missing id it creates the record;
//   - listings break ties of equal ingest times by order of ingest, later
//     first;
//   - a prefix shorter than 8 hex digits is not a prefix: ENOTFOUND;
//   - PutRecord never modifies the caller's record;
//   - a store that implements hebel.RecordBatchStore (every store should:
//     ingest stores N records per transaction with it) passes the Batch
//     subtests of its contract; one that does not skips them.
func RecordStore(t *testing.T, newStore func(t *testing.T) hebel.RecordStore) {
	t.Helper()
	tests := []struct {
		name string
		fn   func(t *testing.T, s hebel.RecordStore)
	}{
		{"RoundTrip", testRoundTrip},
		{"RoundTripMinimal", testRoundTripMinimal},
		{"PutIdempotent", testPutIdempotent},
		{"PutReplace", testPutReplace},
		{"NotFound", testNotFound},
		{"Prefix", testPrefix},
		{"List", testList},
		{"ListPaging", testListPaging},
		{"Delete", testDelete},
		{"Invalid", testInvalid},
		{"ConcurrentPuts", testConcurrentPuts},
		{"Canceled", testCanceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, newStore(t)) })
	}
	runBatchTests(t, newStore)
}

func testRoundTrip(t *testing.T, s hebel.RecordStore) {
	ctx := context.Background()
	rec := NewRecord(1, 12)
	before := rec.Document.Published
	created, err := s.PutRecord(ctx, rec, false)
	if err != nil || !created {
		t.Fatalf("PutRecord = %v, %v; want true, nil", created, err)
	}
	if rec.Document.Published != before {
		t.Errorf("PutRecord modified the caller's record: published %v, was %v", rec.Document.Published, before)
	}
	got, err := s.FindRecordByID(ctx, rec.Document.ID)
	if err != nil {
		t.Fatalf("FindRecordByID: %v", err)
	}
	checkRecord(t, got, Normalize(rec))
}

func testRoundTripMinimal(t *testing.T, s hebel.RecordStore) {
	ctx := context.Background()
	rec := minimalRecord(hebel.DocumentID("x"), "x")
	mustPut(t, s, rec, false)
	got, err := s.FindRecordByID(ctx, rec.Document.ID)
	if err != nil {
		t.Fatalf("FindRecordByID: %v", err)
	}
	checkRecord(t, got, rec)
}

func testPutIdempotent(t *testing.T, s hebel.RecordStore) {
	ctx := context.Background()
	rec := NewRecord(2, 8)
	mustPut(t, s, rec, false)
	again := *rec
	again.Document.Title = "changed"
	again.Entities = nil
	created, err := s.PutRecord(ctx, &again, false)
	if err != nil || created {
		t.Fatalf("second PutRecord = %v, %v; want false, nil", created, err)
	}
	got := mustFind(t, s, rec.Document.ID)
	checkRecord(t, got, Normalize(rec))
	list, total := mustList(t, s, hebel.DocumentFilter{})
	if total != 1 || len(list) != 1 {
		t.Fatalf("listing has %d of %d documents, want 1 of 1", len(list), total)
	}
}

func testPutReplace(t *testing.T, s hebel.RecordStore) {
	ctx := context.Background()
	a, b := NewRecord(3, 10), NewRecord(4, 8)
	mustPut(t, s, a, false)
	mustPut(t, s, b, false)

	repl := *a
	repl.Document.Title = "ersetzt – replaced"
	repl.Document.Lang = "en"
	repl.Entities = repl.Entities[:3]
	repl.Claims = nil
	repl.Problems = []hebel.Problem{}
	created, err := s.PutRecord(ctx, &repl, true)
	if err != nil || created {
		t.Fatalf("PutRecord(replace) = %v, %v; want false, nil", created, err)
	}
	checkRecord(t, mustFind(t, s, a.Document.ID), Normalize(&repl))

	list, total := mustList(t, s, hebel.DocumentFilter{})
	if total != 2 || len(list) != 2 {
		t.Fatalf("listing has %d of %d documents, want 2 of 2", len(list), total)
	}
	if list[0].ID != a.Document.ID {
		t.Errorf("after replace, listing starts with %s, want the replaced %s", list[0].ID, a.Document.ID)
	}
	checkSummary(t, list[0], &repl)

	c := NewRecord(5, 8)
	created, err = s.PutRecord(ctx, c, true)
	if err != nil || !created {
		t.Fatalf("PutRecord(replace) of a new record = %v, %v; want true, nil", created, err)
	}
	checkRecord(t, mustFind(t, s, c.Document.ID), Normalize(c))
}

func testNotFound(t *testing.T, s hebel.RecordStore) {
	ctx := context.Background()
	mustPut(t, s, NewRecord(6, 8), false)
	for _, id := range []string{fakeID("0"), fakeID("ffff"), "", "sha256:", "doc-1", "nicht-hex-ä"} {
		if _, err := s.FindRecordByID(ctx, id); hebel.ErrorCode(err) != hebel.ENOTFOUND {
			t.Errorf("FindRecordByID(%q) error = %v; want code %s", id, err, hebel.ENOTFOUND)
		}
	}
	if err := s.DeleteRecord(ctx, fakeID("0")); hebel.ErrorCode(err) != hebel.ENOTFOUND {
		t.Errorf("DeleteRecord(missing) error = %v; want code %s", err, hebel.ENOTFOUND)
	}
}

func testPrefix(t *testing.T, s hebel.RecordStore) {
	ctx := context.Background()
	ids := []string{fakeID("aaaaaaaa1"), fakeID("aaaaaaaa2"), fakeID("bbbbbbbbc"), "doc-1"}
	for i, id := range ids {
		mustPut(t, s, minimalRecord(id, fmt.Sprintf("Text %d", i)), false)
	}
	tests := []struct {
		prefix string
		want   string // id found, or error code
	}{
		{ids[0], ids[0]},
		{ids[3], ids[3]},
		{"sha256:bbbbbbbb", ids[2]},
		{"bbbbbbbb", ids[2]},
		{"BBBBBBBBC", ids[2]},
		{"sha256:aaaaaaaa1", ids[0]},
		{"aaaaaaaa2", ids[1]},
		{"sha256:aaaaaaaa", hebel.ECONFLICT},
		{"aaaaaaaa", hebel.ECONFLICT},
		{"sha256:bbbbbbb", hebel.ENOTFOUND}, // 7 digits: too short
		{"bbbbbbb", hebel.ENOTFOUND},
		{"sha256:cccccccc", hebel.ENOTFOUND},
		{"doc-", hebel.ENOTFOUND}, // prefixes are hex digits only
		{"aaaaaaaa%", hebel.ENOTFOUND},
		{"aaaaaaa_", hebel.ENOTFOUND},
		{"aaaaaaaa*", hebel.ENOTFOUND},
	}
	for _, tt := range tests {
		got, err := s.FindRecordByID(ctx, tt.prefix)
		switch {
		case strings.HasPrefix(tt.want, "sha256:") || tt.want == "doc-1":
			if err != nil {
				t.Errorf("FindRecordByID(%q): %v; want %s", tt.prefix, err, tt.want)
			} else if got.Document.ID != tt.want {
				t.Errorf("FindRecordByID(%q) = %s; want %s", tt.prefix, got.Document.ID, tt.want)
			}
		default:
			if code := hebel.ErrorCode(err); code != tt.want {
				t.Errorf("FindRecordByID(%q) error = %v (code %q); want code %s", tt.prefix, err, code, tt.want)
			}
		}
	}
}

func testList(t *testing.T, s hebel.RecordStore) {
	list, total := mustList(t, s, hebel.DocumentFilter{})
	if total != 0 || len(list) != 0 {
		t.Fatalf("empty store lists %d of %d documents", len(list), total)
	}
	recs := make([]*hebel.Record, 5)
	for i := range recs {
		recs[i] = NewRecord(10+i, 8+i)
		if i%2 == 1 {
			recs[i].Document.Lang = "en"
		}
		if i == 1 {
			recs[i].HebelVersion = "v0.0.1"
			recs[i].Document.Published = time.Time{}
		}
		mustPut(t, s, recs[i], false)
	}
	list, total = mustList(t, s, hebel.DocumentFilter{})
	if total != 5 || len(list) != 5 {
		t.Fatalf("listing has %d of %d documents, want 5 of 5", len(list), total)
	}
	for i, sum := range list {
		checkSummary(t, sum, recs[len(recs)-1-i])
		if i > 0 && sum.Ingested.After(list[i-1].Ingested) {
			t.Errorf("listing[%d] ingested %v after listing[%d] %v", i, sum.Ingested, i-1, list[i-1].Ingested)
		}
	}
	de, total := mustList(t, s, hebel.DocumentFilter{Lang: "de"})
	if total != 3 || len(de) != 3 {
		t.Fatalf("lang de: %d of %d documents, want 3 of 3", len(de), total)
	}
	for i, want := range []*hebel.Record{recs[4], recs[2], recs[0]} {
		if de[i].ID != want.Document.ID {
			t.Errorf("lang de [%d] = %s, want %s", i, de[i].ID, want.Document.ID)
		}
	}
	if none, total := mustList(t, s, hebel.DocumentFilter{Lang: "fr"}); total != 0 || len(none) != 0 {
		t.Errorf("lang fr: %d of %d documents, want none", len(none), total)
	}
	checkIDs := func(f hebel.DocumentFilter, want ...*hebel.Record) {
		t.Helper()
		got, total := mustList(t, s, f)
		var g, w []string
		for _, d := range got {
			g = append(g, d.ID)
		}
		for _, r := range want {
			w = append(w, r.Document.ID)
		}
		if total != len(want) || !reflect.DeepEqual(g, w) {
			t.Errorf("%+v: %d documents %v, want %v", f, total, g, w)
		}
	}
	// NewRecord(n, k) names k entities, the ninth on numbered
	// organisations: only recs[3] and recs[4] name the eleventh.
	checkIDs(hebel.DocumentFilter{Entity: "org:verband-10"}, recs[4], recs[3])
	checkIDs(hebel.DocumentFilter{Entity: "org:verband-10", Lang: "de"}, recs[4])
	checkIDs(hebel.DocumentFilter{Entity: "PRK", Lang: "en"}, recs[3], recs[1])
	checkIDs(hebel.DocumentFilter{Entity: "XXX"})
	checkIDs(hebel.DocumentFilter{NotVersion: recs[0].HebelVersion}, recs[1])
	checkIDs(hebel.DocumentFilter{NotVersion: "v0.0.1"}, recs[4], recs[3], recs[2], recs[0])
}

func testListPaging(t *testing.T, s hebel.RecordStore) {
	ctx := context.Background()
	var ids []string // newest first
	for i := range 7 {
		rec := NewRecord(20+i, 8)
		if i == 3 {
			rec.Document.Lang = "en"
		}
		mustPut(t, s, rec, false)
		ids = append([]string{rec.Document.ID}, ids...)
	}
	tests := []struct {
		filter hebel.DocumentFilter
		want   []string
		total  int
	}{
		{hebel.DocumentFilter{Limit: 2}, ids[:2], 7},
		{hebel.DocumentFilter{Offset: 2, Limit: 2}, ids[2:4], 7},
		{hebel.DocumentFilter{Offset: 6, Limit: 2}, ids[6:], 7},
		{hebel.DocumentFilter{Offset: 5}, ids[5:], 7},
		{hebel.DocumentFilter{Offset: 7}, nil, 7},
		{hebel.DocumentFilter{Offset: 100, Limit: 1}, nil, 7},
		{hebel.DocumentFilter{Lang: "de", Offset: 2, Limit: 2}, []string{ids[2], ids[4]}, 6},
		{hebel.DocumentFilter{Lang: "en", Limit: 5}, ids[3:4], 1},
	}
	for _, tt := range tests {
		list, total := mustList(t, s, tt.filter)
		var got []string
		for _, d := range list {
			got = append(got, d.ID)
		}
		if total != tt.total || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FindDocuments(%+v) = %d documents of %d: %v; want %v of %d", tt.filter, len(got), total, got, tt.want, tt.total)
		}
	}
	for _, f := range []hebel.DocumentFilter{{Offset: -1}, {Limit: -1}} {
		if _, _, err := s.FindDocuments(ctx, f); hebel.ErrorCode(err) != hebel.EINVALID {
			t.Errorf("FindDocuments(%+v) error = %v; want code %s", f, err, hebel.EINVALID)
		}
	}
}

func testDelete(t *testing.T, s hebel.RecordStore) {
	ctx := context.Background()
	a, b := NewRecord(30, 8), NewRecord(31, 8)
	mustPut(t, s, a, false)
	mustPut(t, s, b, false)
	if err := s.DeleteRecord(ctx, a.Document.ID); err != nil {
		t.Fatalf("DeleteRecord: %v", err)
	}
	if _, err := s.FindRecordByID(ctx, a.Document.ID); hebel.ErrorCode(err) != hebel.ENOTFOUND {
		t.Errorf("FindRecordByID after delete: error = %v; want code %s", err, hebel.ENOTFOUND)
	}
	if err := s.DeleteRecord(ctx, a.Document.ID); hebel.ErrorCode(err) != hebel.ENOTFOUND {
		t.Errorf("second DeleteRecord: error = %v; want code %s", err, hebel.ENOTFOUND)
	}
	list, total := mustList(t, s, hebel.DocumentFilter{})
	if total != 1 || len(list) != 1 || list[0].ID != b.Document.ID {
		t.Fatalf("listing after delete: %d of %d; want only %s", len(list), total, b.Document.ID)
	}
	checkRecord(t, mustFind(t, s, b.Document.ID), Normalize(b))
	created, err := s.PutRecord(ctx, a, false)
	if err != nil || !created {
		t.Fatalf("PutRecord after delete = %v, %v; want true, nil", created, err)
	}
	checkRecord(t, mustFind(t, s, a.Document.ID), Normalize(a))
}

func testInvalid(t *testing.T, s hebel.RecordStore) {
	ctx := context.Background()
	noID := NewRecord(40, 8)
	noID.Document.ID = ""
	noText := NewRecord(41, 8)
	noText.Document.Text = ""
	badSpan := NewRecord(42, 8)
	badSpan.Claims[0].Span.End = len(badSpan.Document.Text) + 1
	for name, rec := range map[string]*hebel.Record{"nil": nil, "no id": noID, "no text": noText, "span outside the text": badSpan} {
		created, err := s.PutRecord(ctx, rec, false)
		if created || hebel.ErrorCode(err) != hebel.EINVALID {
			t.Errorf("PutRecord(%s) = %v, %v; want false and code %s", name, created, err, hebel.EINVALID)
		}
	}
	if list, total := mustList(t, s, hebel.DocumentFilter{}); total != 0 || len(list) != 0 {
		t.Errorf("invalid records were stored: %d of %d documents", len(list), total)
	}
}

func testConcurrentPuts(t *testing.T, s hebel.RecordStore) {
	ctx := context.Background()
	const workers, each = 6, 4
	shared := NewRecord(50, 8)
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		created int
		errs    []error
	)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				recs := []*hebel.Record{NewRecord(100+w*each+i, 8), shared}
				for _, rec := range recs {
					ok, err := s.PutRecord(ctx, rec, false)
					mu.Lock()
					if err != nil {
						errs = append(errs, err)
					}
					if ok && rec == shared {
						created++
					}
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		t.Errorf("concurrent PutRecord: %v", err)
	}
	if created != 1 {
		t.Errorf("shared record created %d times, want once", created)
	}
	list, total := mustList(t, s, hebel.DocumentFilter{})
	if want := workers*each + 1; total != want || len(list) != want {
		t.Errorf("listing has %d of %d documents, want %d", len(list), total, want)
	}
	checkRecord(t, mustFind(t, s, shared.Document.ID), Normalize(shared))
}

func testCanceled(t *testing.T, s hebel.RecordStore) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if created, err := s.PutRecord(ctx, NewRecord(60, 8), false); err == nil || created {
		t.Errorf("PutRecord with a canceled context = %v, %v; want an error", created, err)
	}
	if list, total := mustList(t, s, hebel.DocumentFilter{}); total != 0 || len(list) != 0 {
		t.Errorf("a canceled put was stored: %d of %d documents", len(list), total)
	}
}

// fakeID returns a sha256-style id starting with the given hex digits.
func fakeID(hexPrefix string) string {
	return "sha256:" + hexPrefix + strings.Repeat("0", 64-len(hexPrefix))
}

func mustPut(t *testing.T, s hebel.RecordStore, rec *hebel.Record, replace bool) {
	t.Helper()
	created, err := s.PutRecord(context.Background(), rec, replace)
	if err != nil {
		t.Fatalf("PutRecord(%s): %v", rec.Document.ID, err)
	}
	if !created && !replace {
		t.Fatalf("PutRecord(%s) of a new record reported created == false", rec.Document.ID)
	}
}

func mustFind(t *testing.T, s hebel.RecordStore, id string) *hebel.Record {
	t.Helper()
	rec, err := s.FindRecordByID(context.Background(), id)
	if err != nil {
		t.Fatalf("FindRecordByID(%s): %v", id, err)
	}
	return rec
}

func mustList(t *testing.T, s hebel.RecordStore, f hebel.DocumentFilter) ([]*hebel.DocumentSummary, int) {
	t.Helper()
	list, total, err := s.FindDocuments(context.Background(), f)
	if err != nil {
		t.Fatalf("FindDocuments(%+v): %v", f, err)
	}
	return list, total
}

// checkSummary compares a listing row with the record it lists.
func checkSummary(t *testing.T, got *hebel.DocumentSummary, rec *hebel.Record) {
	t.Helper()
	d := rec.Document
	want := hebel.DocumentSummary{
		ID: d.ID, Title: d.Title, Lang: d.Lang, Source: d.Source,
		Chars:    utf8.RuneCountInString(d.Text),
		Entities: len(rec.Entities), Claims: len(rec.Claims), Quotes: len(rec.Quotes),
		Relations: len(rec.Relations), Problems: len(rec.Problems),
		Ingested:     got.Ingested,
		HebelVersion: rec.HebelVersion,
	}
	if !d.Published.IsZero() {
		p := NormalizeTime(d.Published)
		want.Published = &p
	}
	want.DatePrecision, want.DateUpperBound = d.Dating.Precision, d.Dating.UpperBound
	g := *got
	if g.Published != nil && want.Published != nil && g.Published.Equal(*want.Published) {
		g.Published = want.Published
	}
	if g != want {
		t.Errorf("summary = %+v\nwant      %+v", g, want)
	}
	if got.Ingested.IsZero() || got.Ingested.Location() != time.UTC {
		t.Errorf("summary of %s: ingested %v, want a UTC time", d.ID, got.Ingested)
	}
}

// checkRecord reports how got differs from want (Diff).
func checkRecord(t *testing.T, got, want *hebel.Record) {
	t.Helper()
	if d := Diff(got, want); d != "" {
		t.Errorf("record %s: %s", want.Document.ID, d)
	}
}

// show formats a value for a failure message as JSON, so pointers show
// what they point to, marking nil slices.
func show(v any) string {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Slice && rv.IsNil() {
		return "nil slice"
	}
	s := fmt.Sprintf("%+v", v)
	if buf, err := json.Marshal(v); err == nil {
		s = string(buf)
	}
	if len(s) > 2000 {
		s = s[:2000] + "…"
	}
	return s
}

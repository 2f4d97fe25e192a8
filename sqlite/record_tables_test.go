package sqlite

import (
	"context"
	"math"
	"path/filepath"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/storetest"
)

// childCounts returns the number of rows of each child table for a document.
func childCounts(t *testing.T, db *DB, id string) map[string]int {
	t.Helper()
	counts := map[string]int{}
	for _, table := range []string{"entities", "claims", "claim_entities", "quotes", "relations", "problems"} {
		var n int
		if err := db.db.QueryRow(`SELECT count(*) FROM `+table+` WHERE doc_id = ?`, id).Scan(&n); err != nil {
			t.Fatalf("counting %s: %v", table, err)
		}
		counts[table] = n
	}
	return counts
}

func TestChildRows(t *testing.T) {
	t.Run("memory", func(t *testing.T) { testChildRows(t, MemoryPath) })
	t.Run("file", func(t *testing.T) { testChildRows(t, filepath.Join(t.TempDir(), "hebel.db")) })
}

func testChildRows(t *testing.T, path string) {
	ctx := context.Background()
	db := mustOpen(t, path)
	s := NewRecordStore(db)
	rec := storetest.NewRecord(1, 12)
	id := rec.Document.ID
	if _, err := s.PutRecord(ctx, rec, false); err != nil {
		t.Fatal(err)
	}
	want := map[string]int{
		"entities": len(rec.Entities), "claims": len(rec.Claims), "claim_entities": 2,
		"quotes": len(rec.Quotes), "relations": len(rec.Relations), "problems": len(rec.Problems),
	}
	if got := childCounts(t, db, id); !equalCounts(got, want) {
		t.Errorf("child rows %v, want %v", got, want)
	}

	// Spot checks of normalised columns.
	var (
		srcEntity, qualifier string
		low, high            *float64
	)
	if err := db.db.QueryRow(`SELECT source_entity, qualifier, low, high FROM claims WHERE doc_id = ? AND pos = 1`, id).
		Scan(&srcEntity, &qualifier, &low, &high); err == nil {
		t.Errorf("claim without source has source_entity %q, want NULL", srcEntity)
	}
	if err := db.db.QueryRow(`SELECT qualifier, low, high FROM claims WHERE doc_id = ? AND pos = 1`, id).
		Scan(&qualifier, &low, &high); err != nil || qualifier != "range" || low == nil || *low != 100 || high == nil || *high != 300 {
		t.Errorf("claim 1: %s %v %v (%v); want range 100 300", qualifier, low, high, err)
	}
	var n int
	if err := db.db.QueryRow(`SELECT count(*) FROM relations WHERE from_id = 'PRK' AND to_id = 'RUS' AND type = 'troop_deployment'
		AND json_extract(attributes, '$.location') = 'Kursk'`).Scan(&n); err != nil || n != 1 {
		t.Errorf("relation query found %d rows (%v), want 1", n, err)
	}
	var mentions int
	if err := db.db.QueryRow(`SELECT mentions FROM entities WHERE entity_id = 'PRK'`).Scan(&mentions); err != nil || mentions != 2 {
		t.Errorf("PRK mentions = %d (%v), want 2", mentions, err)
	}

	// Replace rewrites the children; delete removes them.
	repl := *rec
	repl.Entities, repl.Claims, repl.Problems = repl.Entities[:2], nil, nil
	if _, err := s.PutRecord(ctx, &repl, true); err != nil {
		t.Fatal(err)
	}
	want = map[string]int{"entities": 2, "claims": 0, "claim_entities": 0, "quotes": 3, "relations": 2, "problems": 0}
	if got := childCounts(t, db, id); !equalCounts(got, want) {
		t.Errorf("after replace: child rows %v, want %v", got, want)
	}
	if err := s.DeleteRecord(ctx, id); err != nil {
		t.Fatal(err)
	}
	want = map[string]int{"entities": 0, "claims": 0, "claim_entities": 0, "quotes": 0, "relations": 0, "problems": 0}
	if got := childCounts(t, db, id); !equalCounts(got, want) {
		t.Errorf("after delete: child rows %v, want %v", got, want)
	}
}

func equalCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestListTies checks that equal ingest times list the later ingest first
// and that the injected clock stamps the rows.
func TestListTies(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t, MemoryPath)
	fixed := time.Date(2025, 3, 1, 12, 0, 0, 987654321, time.FixedZone("CET", 3600))
	db.Now = func() time.Time { return fixed }
	s := NewRecordStore(db)
	var ids []string
	for i := range 4 {
		rec := storetest.NewRecord(i, 8)
		if _, err := s.PutRecord(ctx, rec, false); err != nil {
			t.Fatal(err)
		}
		ids = append([]string{rec.Document.ID}, ids...)
	}
	// Replacing the oldest moves it to the top.
	oldest := storetest.NewRecord(0, 8)
	if _, err := s.PutRecord(ctx, oldest, true); err != nil {
		t.Fatal(err)
	}
	ids = append([]string{oldest.Document.ID}, ids[:3]...)
	list, _, err := s.FindDocuments(ctx, hebel.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range list {
		if d.ID != ids[i] {
			t.Errorf("list[%d] = %s, want %s", i, d.ID, ids[i])
		}
		if want := storetest.NormalizeTime(fixed); d.Ingested != want {
			t.Errorf("list[%d] ingested %v, want %v", i, d.Ingested, want)
		}
	}
}

func TestPutRecordInvalidValues(t *testing.T) {
	ctx := context.Background()
	s := NewRecordStore(mustOpen(t, MemoryPath))
	tests := []struct {
		name   string
		modify func(*hebel.Record)
	}{
		{"NaN value", func(r *hebel.Record) { r.Claims[0].Quantity.Value = math.NaN() }},
		{"infinite bound", func(r *hebel.Record) { inf := math.Inf(1); r.Claims[1].Quantity.High = &inf }},
		{"channel attribute", func(r *hebel.Record) { r.Relations[0].Attributes["ch"] = make(chan int) }},
		{"published year 10000", func(r *hebel.Record) { r.Document.Published = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) }},
		{"published year 0", func(r *hebel.Record) { r.Document.Published = time.Date(0, 6, 1, 0, 0, 0, 0, time.UTC) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := storetest.NewRecord(1, 8)
			tt.modify(rec)
			if created, err := s.PutRecord(ctx, rec, false); created || hebel.ErrorCode(err) != hebel.EINVALID {
				t.Errorf("PutRecord = %v, %v; want false and code %s", created, err, hebel.EINVALID)
			}
		})
	}
	if _, total, _ := s.FindDocuments(ctx, hebel.DocumentFilter{}); total != 0 {
		t.Errorf("invalid records were stored: %d", total)
	}
}

func TestIDPrefix(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"sha256:abcdef01", "abcdef01", true},
		{"ABCDEF0123", "abcdef0123", true},
		{"abcdef0", "", false},
		{"sha256:", "", false},
		{"abcdefgh", "", false},
		{"abcdef0*", "", false},
		{"sha256:" + string(make([]byte, 65)), "", false},
	}
	for _, tt := range tests {
		got, ok := idPrefix(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("idPrefix(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

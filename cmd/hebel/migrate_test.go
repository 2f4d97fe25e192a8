package main

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/postgres/postgrestest"
	"github.com/hebel-project/hebel/storetest"
)

// TestMigrateRoundTrip copies a SQLite store (records of the example and
// news-dev, a record with every field of the storetest fixture, a loaded
// dataset file) into PostgreSQL and back into a new SQLite file: all
// three hold the same records, listings (ingest times included) and world
// data. A second migrate copies nothing.
func TestMigrateRoundTrip(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	lite := filepath.Join(dir, "source.db")
	inputs := []string{"../../examples/"}
	if files, _ := filepath.Glob(filepath.Join(sharedDir(t, "data/eval/news-dev"), "*.txt")); len(files) > 0 {
		inputs = append(inputs, files[:10]...)
	}
	if code, _, errOut := run(t, "", nil, append([]string{"--db", lite, "ingest", "-q"}, inputs...)...); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	src, err := openStores(ctx, lite)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := src.Records.PutRecord(ctx, storetest.NewRecord(7, 12), false); err != nil {
		t.Fatal(err)
	}
	if err := src.World.PutWorld(ctx, storetest.NewWorld("fixture", "a.csv", 2), 3); err != nil {
		t.Fatal(err)
	}
	src.Close()

	pg := postgrestest.NewSchema(t)
	back := "sqlite:" + filepath.Join(dir, "back.db")
	for _, step := range [][2]string{{"sqlite:" + lite, pg}, {pg, back}} {
		code, _, errOut := run(t, "", nil, "migrate", "-q", "--from", step[0], "--to", step[1])
		if code != 0 || !strings.Contains(errOut, "records copied, 0 there already") {
			t.Fatalf("migrate %s → %s: exit %d: %s", step[0], step[1], code, errOut)
		}
	}
	code, _, errOut := run(t, "", nil, "migrate", "-q", "--from", "sqlite:"+lite, "--to", pg)
	if code != 0 || !strings.Contains(errOut, ": 0 records copied") {
		t.Errorf("second migrate: exit %d: %s", code, errOut)
	}

	want := dump(t, "sqlite:"+lite)
	if len(want.docs) < 3 || len(want.world.Flows) == 0 {
		t.Fatalf("source holds only %d documents, %d flows", len(want.docs), len(want.world.Flows))
	}
	for _, db := range []string{pg, back} {
		got := dump(t, db)
		if !reflect.DeepEqual(got.docs, want.docs) {
			t.Errorf("%s: listings differ:\ngot  %s\nwant %s", db, show(got.docs), show(want.docs))
		}
		for id, rec := range want.recs {
			if !reflect.DeepEqual(got.recs[id], rec) {
				t.Errorf("%s: record %s differs", db, id)
			}
		}
		if !reflect.DeepEqual(got.world, want.world) || !reflect.DeepEqual(got.loads, want.loads) {
			t.Errorf("%s: world data differs:\ngot  %+v %+v\nwant %+v %+v", db, got.world, got.loads, want.world, want.loads)
		}
	}
}

// storeDump is everything a store holds, as its interfaces give it.
type storeDump struct {
	docs  []*hebel.DocumentSummary
	recs  map[string]*hebel.Record
	world *hebel.World
	loads []hebel.DatasetLoad
}

func dump(t *testing.T, db string) *storeDump {
	t.Helper()
	ctx := context.Background()
	s, err := openStores(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d := &storeDump{recs: map[string]*hebel.Record{}}
	if d.docs, _, err = s.Records.FindDocuments(ctx, hebel.DocumentFilter{}); err != nil {
		t.Fatal(err)
	}
	for _, sum := range d.docs {
		if d.recs[sum.ID], err = s.Records.FindRecordByID(ctx, sum.ID); err != nil {
			t.Fatal(err)
		}
	}
	if d.world, err = s.World.FindWorld(ctx, hebel.WorldFilter{}); err != nil {
		t.Fatal(err)
	}
	if d.loads, err = s.World.DatasetLoads(ctx); err != nil {
		t.Fatal(err)
	}
	return d
}

// show prints document ids and ingest times for a failure message.
func show(docs []*hebel.DocumentSummary) string {
	var b strings.Builder
	for _, d := range docs {
		b.WriteString(d.ID[:19] + "@" + d.Ingested.Format("15:04:05.000000") + " ")
	}
	return b.String()
}

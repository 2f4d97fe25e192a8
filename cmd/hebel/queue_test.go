package main

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dating"
	"github.com/hebel-project/hebel/ingest"
	"github.com/hebel-project/hebel/natsqueue"
)

// TestJobRoundTrip: a document that travels through the queue — split
// off, turned into a job, its metadata encoded as JSON, turned back into
// a part on a worker that has none of the files — gives the same record
// as extracting the input in place: sidecar dates, feed items' metadata
// and dates, the user's --published.
func TestJobRoundTrip(t *testing.T) {
	x, err := defaultReadFlags().extractor(nil)
	if err != nil {
		t.Fatal(err)
	}
	x.Published = dating.Meta{Published: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC), Precision: hebel.PrecisionDay}
	for _, name := range []string{"../../examples/seed-article.de.txt", "../../testdata/feed/rss2.xml", "../../testdata/feed/atom.xml"} {
		in := ingest.Input{Name: name}
		var want []*hebel.Record
		if err := x.ExtractAll(context.Background(), in, func(rec *hebel.Record, err error) error {
			want = append(want, rec)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		var got []*hebel.Record
		if err := x.SplitAll(context.Background(), in, func(p *ingest.Part, err error) error {
			if err != nil {
				got = append(got, nil)
				return nil
			}
			job, err := jobOf(p)
			if err != nil {
				t.Fatal(err)
			}
			buf, err := json.Marshal(job)
			if err != nil {
				t.Fatal(err)
			}
			var back natsqueue.Job
			if err := json.Unmarshal(buf, &back); err != nil {
				t.Fatal(err)
			}
			back.Data = job.Data
			part, err := partOf(&back)
			if err != nil {
				t.Fatal(err)
			}
			rec, err := x.ExtractPart(part)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, rec)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) || len(want) == 0 {
			t.Fatalf("%s: %d records through the queue, %d in place", name, len(got), len(want))
		}
		for i := range want {
			if want[i] == nil || got[i] == nil {
				if want[i] != got[i] {
					t.Errorf("%s #%d: %v through the queue, %v in place", name, i, got[i], want[i])
				}
				continue
			}
			if !reflect.DeepEqual(got[i].Document, want[i].Document) || !reflect.DeepEqual(got[i].Problems, want[i].Problems) ||
				len(got[i].Claims) != len(want[i].Claims) || len(got[i].Entities) != len(want[i].Entities) {
				t.Errorf("%s #%d differs through the queue:\ngot  %+v %+v\nwant %+v %+v", name, i,
					got[i].Document.Dating, got[i].Problems, want[i].Document.Dating, want[i].Problems)
			}
		}
	}
}

// defaultReadFlags returns the read flags as a command line without them
// sets them: what 'hebel worker' uses when given none.
func defaultReadFlags() *readFlags {
	var rf readFlags
	cmd := &cobra.Command{}
	rf.register(cmd)
	if err := cmd.Flags().Parse(nil); err != nil {
		panic(err)
	}
	return &rf
}

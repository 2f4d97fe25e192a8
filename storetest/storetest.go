// Package storetest is the conformance suite every store of Hebel runs: it
// states the contracts of the root package's store interfaces in code, so
// that the embedded SQLite store and a PostgreSQL store behave alike.
//
// The suite speaks only the root interfaces and knows no engine; it must
// not import a concrete store, open files or depend on timing beyond
// "a later Put is not listed before an earlier one". Stores run it from
// their own tests:
//
//	func TestRecordStore(t *testing.T) {
//		storetest.RecordStore(t, func(t *testing.T) hebel.RecordStore { … })
//	}
//
// NewRecord makes the realistic records the suite stores; benchmarks of
// stores use it too.
package storetest

import (
	"time"

	"github.com/hebel-project/hebel"
)

// TimePrecision is the precision every store keeps for time values. Stores
// return times in UTC truncated to it (PostgreSQL's timestamptz keeps
// microseconds, so that is what every engine promises).
const TimePrecision = time.Microsecond

// Normalize returns a copy of rec as a store hands it back: the published
// time and valid times in UTC and truncated to TimePrecision. Slices are
// shared with rec except Claims and Relations, which are copied when a
// valid time changes.
func Normalize(rec *hebel.Record) *hebel.Record {
	out := *rec
	out.Document.Published = NormalizeTime(rec.Document.Published)
	out.Claims = append([]hebel.Claim(nil), rec.Claims...)
	for i := range out.Claims {
		out.Claims[i].Valid = normalizeValid(out.Claims[i].Valid)
	}
	out.Relations = append([]hebel.Relation(nil), rec.Relations...)
	for i := range out.Relations {
		out.Relations[i].Valid = normalizeValid(out.Relations[i].Valid)
	}
	if rec.Claims == nil {
		out.Claims = nil
	}
	if rec.Relations == nil {
		out.Relations = nil
	}
	return &out
}

func normalizeValid(v *hebel.ValidTime) *hebel.ValidTime {
	if v == nil {
		return nil
	}
	w := *v
	w.Start, w.End = NormalizeTime(v.Start), NormalizeTime(v.End)
	return &w
}

// NormalizeTime returns t in UTC truncated to TimePrecision, without a
// monotonic clock reading; the zero time stays zero.
func NormalizeTime(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.UTC().Truncate(TimePrecision)
}

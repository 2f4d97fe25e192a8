package recordcodec

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/storetest"
)

// columns returns the part of a record's document the columns keep, as
// FindRecordByID fills it before decoding the record column.
func columns(rec *hebel.Record) *hebel.Record {
	d := rec.Document
	return &hebel.Record{Document: hebel.Document{ID: d.ID, Text: d.Text, Published: storetest.NormalizeTime(d.Published)}}
}

func TestRecordCodecRoundTrip(t *testing.T) {
	for _, rec := range []*hebel.Record{storetest.NewRecord(1, 30), {Document: hebel.Document{ID: "sha256:x", Text: "x"}}} {
		buf, err := Encode(rec)
		if err != nil {
			t.Fatalf("encodeRecord: %v", err)
		}
		if strings.Contains(string(buf), rec.Document.Text) && len(rec.Document.Text) > 10 {
			t.Errorf("the record column repeats the text, which has a column of its own")
		}
		got := columns(rec)
		if err := Decode(buf, got); err != nil {
			t.Fatalf("decodeRecord: %v", err)
		}
		if err := storetest.Diff(got, storetest.Normalize(rec)); err != "" {
			t.Errorf("round trip changed the record: %s\n%s", err, buf)
		}
	}
}

// TestDecodeLegacy reads a record column written before migration 0003:
// the old encoding with byte offsets as [start, end].
func TestDecodeLegacy(t *testing.T) {
	text := "Rund 10.000 Soldaten aus Nordkorea, so der NIS."
	buf := `{"v":1,"sentences":[[0,47]],"entities":[{"id":"PRK","type":"country","name":"North Korea","wikidata":"Q423",` +
		`"mentions":[{"span":[25,34],"text":"Nordkorea","entity":"PRK","coref":false,"extractor":"gazetteer"}]}],` +
		`"claims":[{"span":[0,47],"quantity":{"span":[0,11],"text":"Rund 10.000","value":10000,"qualifier":"approx","low":null,"high":null,"unit":""},` +
		`"counted":"Soldaten aus Nordkorea","entities":["PRK"],"location":"","source":{"span":[39,46],"text":"der NIS","cue":"so","entity":"","name":"","extractor":"quote"},"extractor":"claim"}],` +
		`"quotes":null,"relations":[{"type":"troop_deployment","from":"PRK","to":"RUS","attributes":{"count":10000},"evidence":[[0,47]],"source":null,"extractor":"relation"}],"problems":null}`
	rec := &hebel.Record{Document: hebel.Document{ID: hebel.DocumentID(text), Text: text}}
	if err := Decode([]byte(buf), rec); err != nil {
		t.Fatal(err)
	}
	if len(rec.Entities) != 1 || rec.Entities[0].Mentions[0].Span != (hebel.Span{Start: 25, End: 34}) ||
		len(rec.Claims) != 1 || rec.Claims[0].Source.Text != "der NIS" || rec.Relations[0].Attributes["count"] != 10000.0 ||
		rec.Document.Text != text {
		t.Errorf("legacy record read as %+v", rec)
	}
}

func TestDecodeRecordErrors(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{``, "unexpected end"},
		{`{"v":2}`, "unknown encoding version 2"},
		{`{"version":2,"document":{"id":"x"}}`, "version 2"},
		{`{"version":1,"document":{"id":""}}`, "no id"},
		{`{"version":1,"document":{"id":"x"},"entities":{}}`, "cannot unmarshal"},
		{`{"version":1,"document":{"id":"x"},"sentences":[{"start":0,"end":99}]}`, "outside the text"},
		{`[1,2]`, "cannot unmarshal"},
	}
	for _, tt := range tests {
		rec := &hebel.Record{Document: hebel.Document{ID: "x", Text: "Text"}}
		err := Decode([]byte(tt.in), rec)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Decode(%q) error = %v; want it to contain %q", tt.in, err, tt.want)
		}
	}
}

// FuzzDecodeRecord feeds stored-record parsing arbitrary bytes: it must
// not panic, and what it accepts must encode and decode to itself.
func FuzzDecodeRecord(f *testing.F) {
	rec := storetest.NewRecord(1, 8)
	full, _ := Encode(rec)
	for _, seed := range []string{
		string(full), `{"v":1}`, `{"v":1,"sentences":[[0,5]],"problems":[{"span":null}]}`,
		`{"version":1,"document":{"id":"x"},"relations":[{"attributes":{"n":1e308,"x":[null,{"y":true}]}}]}`,
		`{"version":1,"document":{"id":"x"},"claims":[{"quantity":{"low":-0,"high":null},"valid":{"start":null,"end":"2024-01-01T00:00:00Z","text_start":1,"text_end":3}}]}`,
		`{"v":2}`, `null`, `{"v":1,"sentences":[[1]]}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, buf []byte) {
		got := columns(rec)
		if err := Decode(buf, got); err != nil {
			return
		}
		if got.CheckSpans() != nil {
			return // legacy rows were never checked; they are read as they are
		}
		again, err := Encode(got)
		if err != nil {
			return // NaN and the like
		}
		rec2 := columns(got)
		if err := Decode(again, rec2); err != nil {
			t.Fatalf("decoding a re-encoded record: %v\n%s", err, again)
		}
		if !utf8.Valid(buf) {
			return // invalid UTF-8 in strings is replaced by U+FFFD once
		}
		if d := storetest.Diff(rec2, got); d != "" {
			t.Errorf("decode → encode → decode changed the record: %s\n%s\n%s", d, buf, again)
		}
	})
}

// FuzzRecordRoundTrip builds records from fuzzed strings and numbers and
// checks that every one the encoder accepts comes back equal.
func FuzzRecordRoundTrip(f *testing.F) {
	f.Add("Rund 10.000 Soldaten", "PRK", 10000.0, 3, 17, true)
	f.Add("„Zitat“ 😟 北京", "person:lee", -0.5, 0, 0, false)
	f.Add("x", "", 0.0, -1, 1<<40, true)
	f.Fuzz(func(t *testing.T, text, id string, value float64, start, end int, withSource bool) {
		if !utf8.ValidString(text) || !utf8.ValidString(id) || text == "" {
			t.Skip("stores keep valid UTF-8 only")
		}
		sp := hebel.Span{Start: start, End: end}
		var src *hebel.Source
		if withSource {
			src = &hebel.Source{Span: sp, Text: text, EntityID: id}
		}
		rec := &hebel.Record{
			Document:  hebel.Document{ID: "sha256:x", Text: text},
			Sentences: []hebel.Span{sp},
			Entities:  []hebel.Entity{{ID: id, Name: text, Mentions: []hebel.Mention{{Span: sp, Text: text, EntityID: id}}}},
			Claims:    []hebel.Claim{{Span: sp, Quantity: hebel.Quantity{Span: sp, Text: text, Value: value, Low: &value}, Entities: []string{id}, Source: src}},
			Quotes:    []hebel.Quote{{Span: sp, Content: sp, Speaker: src, Cue: text}},
			Relations: []hebel.Relation{{From: id, To: text, Attributes: map[string]any{text: value}, Source: src}},
			Problems:  []hebel.Problem{{Code: id, Message: text, Span: &sp}},
		}
		if rec.CheckSpans() != nil {
			return // stores refuse it (PutRecord gives EINVALID)
		}
		buf, err := Encode(rec)
		if err != nil {
			if hebel.ErrorCode(err) != hebel.EINVALID {
				t.Fatalf("encodeRecord: %v (code %s)", err, hebel.ErrorCode(err))
			}
			return
		}
		got := columns(rec)
		if err := Decode(buf, got); err != nil {
			if id == "" {
				return // an entity without id breaks the public format
			}
			t.Fatalf("decodeRecord: %v", err)
		}
		if d := storetest.Diff(got, rec); d != "" && !reflect.DeepEqual(got, rec) {
			t.Errorf("round trip changed the record: %s\n%s", d, buf)
		}
	})
}

package recordcodec

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/storetest"
)

func TestRecordJSONRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		rec  *hebel.Record
	}{
		{"full", storetest.NewRecord(1, 30)},
		{"nil slices", &hebel.Record{}},
		{"empty slices", &hebel.Record{
			Sentences: []hebel.Span{}, Entities: []hebel.Entity{{Mentions: []hebel.Mention{}}},
			Claims: []hebel.Claim{{Entities: []string{}}}, Quotes: []hebel.Quote{},
			Relations: []hebel.Relation{{Attributes: map[string]any{}, Evidence: []hebel.Span{}}},
			Problems:  []hebel.Problem{},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			buf, err := Encode(tt.rec)
			if err != nil {
				t.Fatalf("Encode: %v", err)
			}
			var got hebel.Record
			if err := Decode(buf, &got); err != nil {
				t.Fatalf("Decode: %v", err)
			}
			want := *tt.rec
			want.Document = hebel.Document{}
			if !reflect.DeepEqual(&got, &want) {
				t.Errorf("round trip changed the record:\n%s", buf)
			}
		})
	}
}

func TestDecodeRecordErrors(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{``, "unexpected end"},
		{`{"v":2}`, "unknown encoding version 2"},
		{`{}`, "unknown encoding version 0"},
		{`{"v":1,"entities":{}}`, "cannot unmarshal"},
		{`[1,2]`, "cannot unmarshal"},
	}
	for _, tt := range tests {
		var rec hebel.Record
		err := Decode([]byte(tt.in), &rec)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Decode(%q) error = %v; want it to contain %q", tt.in, err, tt.want)
		}
	}
}

// FuzzDecodeRecord feeds stored-record parsing arbitrary bytes: it must
// not panic, and what it accepts must encode and decode to itself.
func FuzzDecodeRecord(f *testing.F) {
	full, _ := Encode(storetest.NewRecord(1, 8))
	for _, seed := range []string{
		string(full), `{"v":1}`, `{"v":1,"sentences":[[0,5]],"problems":[{"span":null}]}`,
		`{"v":1,"relations":[{"attributes":{"n":1e308,"x":[null,{"y":true}]}}]}`,
		`{"v":1,"claims":[{"quantity":{"low":-0,"high":null}}]}`, `{"v":2}`, `null`, `{"v":1,"sentences":[[1]]}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, buf []byte) {
		var rec hebel.Record
		if err := Decode(buf, &rec); err != nil {
			return
		}
		again, err := Encode(&rec)
		if err != nil {
			t.Fatalf("re-encoding a decoded record: %v", err)
		}
		var rec2 hebel.Record
		if err := Decode(again, &rec2); err != nil {
			t.Fatalf("decoding a re-encoded record: %v", err)
		}
		if !utf8.Valid(buf) {
			return // invalid UTF-8 in strings is replaced by U+FFFD once
		}
		if !reflect.DeepEqual(&rec, &rec2) {
			t.Errorf("decode → encode → decode changed the record:\n%s\n%s", buf, again)
		}
	})
}

// FuzzRecordRoundTrip builds records from fuzzed strings and numbers and
// checks that every one the encoder accepts comes back equal.
func FuzzRecordRoundTrip(f *testing.F) {
	f.Add("Rund 10.000 Soldaten", "PRK", 10000.0, 3, 17, true)
	f.Add("„Zitat“ 😟 北京", "person:lee", -0.5, 0, 0, false)
	f.Add("", "", 0.0, -1, 1<<40, true)
	f.Fuzz(func(t *testing.T, text, id string, value float64, start, end int, withSource bool) {
		if !utf8.ValidString(text) || !utf8.ValidString(id) {
			t.Skip("stores keep valid UTF-8 only")
		}
		sp := hebel.Span{Start: start, End: end}
		var src *hebel.Source
		if withSource {
			src = &hebel.Source{Span: sp, Text: text, EntityID: id}
		}
		rec := &hebel.Record{
			Sentences: []hebel.Span{sp},
			Entities:  []hebel.Entity{{ID: id, Name: text, Mentions: []hebel.Mention{{Span: sp, Text: text, EntityID: id}}}},
			Claims:    []hebel.Claim{{Span: sp, Quantity: hebel.Quantity{Text: text, Value: value, Low: &value}, Entities: []string{id}, Source: src}},
			Quotes:    []hebel.Quote{{Span: sp, Content: sp, Speaker: src, Cue: text}},
			Relations: []hebel.Relation{{From: id, To: text, Attributes: map[string]any{text: value}, Source: src}},
			Problems:  []hebel.Problem{{Code: id, Message: text, Span: &sp}},
		}
		buf, err := Encode(rec)
		if err != nil {
			if hebel.ErrorCode(err) != hebel.EINVALID {
				t.Fatalf("Encode: %v (code %s)", err, hebel.ErrorCode(err))
			}
			return
		}
		var got hebel.Record
		if err := Decode(buf, &got); err != nil {
			t.Fatalf("Decode: %v", err)
		}
		if !reflect.DeepEqual(&got, rec) {
			t.Errorf("round trip changed the record:\n%s", buf)
		}
	})
}

package record

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
)

func TestFromRecordRuneOffsets(t *testing.T) {
	text := "„Über 10.000“ Soldaten aus Nordkorea, so Lee."
	b := strings.Index(text, "Nordkorea")
	rec := &hebel.Record{
		Document: hebel.Document{ID: hebel.DocumentID(text), Lang: "de", Text: text},
		Entities: []hebel.Entity{{ID: "PRK", Type: hebel.Country, Name: "North Korea",
			Mentions: []hebel.Mention{{Span: hebel.Span{Start: b, End: b + len("Nordkorea")}, Text: "Nordkorea"}}}},
	}
	out := FromRecord(rec)
	m := out.Entities[0].Mentions[0]
	if got := string([]rune(text)[m.Start:m.End]); got != "Nordkorea" {
		t.Fatalf("rune offsets [%d,%d) slice to %q", m.Start, m.End, got)
	}
	if out.Claims == nil || out.Quotes == nil || out.Relations == nil {
		t.Fatal("empty slices must encode as [], not null")
	}
	var buf bytes.Buffer
	if err := NewEncoder(&buf, false).Encode(out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"claims":[]`) || strings.Count(buf.String(), "\n") != 1 {
		t.Errorf("want one JSON line with empty arrays, got %s", buf.String())
	}
	dec := NewDecoder(&buf)
	got, err := dec.Decode()
	if err != nil {
		t.Fatal(err)
	}
	if got.Document.Text != text || got.Entities[0].Mentions[0] != m {
		t.Errorf("round trip changed the record: %+v", got)
	}
	if _, err := dec.Decode(); err != io.EOF {
		t.Errorf("second Decode = %v, want EOF", err)
	}
}

func TestValidateRejectsBadMention(t *testing.T) {
	r := &Record{Version: 1, Document: Document{ID: "sha256:x", Text: "Nordkorea"},
		Entities: []Entity{{ID: "PRK", Mentions: []Mention{{Start: 0, End: 4, Text: "Nordkorea"}}}}}
	if err := r.Validate(); hebel.ErrorCode(err) != hebel.EINVALID {
		t.Errorf("Validate = %v, want EINVALID", err)
	}
	r.Entities[0].Mentions[0].End = 9
	if err := r.Validate(); err != nil {
		t.Errorf("Validate = %v, want nil", err)
	}
}

func TestFormatQuantity(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	pct := "%"
	tests := []struct {
		q    Quantity
		want string
	}{
		{Quantity{Value: 10000, Qualifier: "approx"}, "≈10,000"},
		{Quantity{Value: 100, Qualifier: "at_least"}, "≥100"},
		{Quantity{Value: 80000, Qualifier: "more_than"}, ">80,000"},
		{Quantity{Value: 1000, Qualifier: "at_most"}, "≤1,000"},
		{Quantity{Value: 10000, Qualifier: "range", Low: f(10000), High: f(12000)}, "10,000–12,000"},
		{Quantity{Value: 3.5, Qualifier: "exact", Unit: &pct}, "3.5 %"},
		{Quantity{Value: 1234567.891, Qualifier: "exact"}, "1,234,567.89"},
	}
	for _, tt := range tests {
		if got := FormatQuantity(tt.q); got != tt.want {
			t.Errorf("FormatQuantity(%+v) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestClaimUnitNotRepeated(t *testing.T) {
	pct, bbl := "%", "bbl"
	tests := []struct {
		c    Claim
		want string
	}{
		{Claim{Quantity: Quantity{Text: "55 Prozent", Value: 55, Qualifier: "exact", Unit: &pct}, Counted: "Prozent des Gases"}, "55 Prozent des Gases"},
		{Claim{Quantity: Quantity{Text: "more than 1 million", Value: 1e6, Qualifier: "more_than", Unit: &bbl}, Counted: "barrels of oil"}, ">1,000,000 barrels of oil"},
		{Claim{Quantity: Quantity{Text: "40 %", Value: 40, Qualifier: "exact", Unit: &pct}, Counted: "der Importe"}, "40 % der Importe"},
	}
	for _, tt := range tests {
		var b strings.Builder
		if err := WriteText(&b, &Record{Claims: []Claim{tt.c}}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "  "+tt.want+"\n") {
			t.Errorf("claim line for %+v:\n%s\nwant %q", tt.c, b.String(), tt.want)
		}
	}
}

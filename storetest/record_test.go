package storetest

import (
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
)

// TestNewRecord checks the fixture itself: spans inside the text, mention
// texts matching their spans, the entity count asked for, determinism.
func TestNewRecord(t *testing.T) {
	for _, tt := range []struct{ n, entities, want int }{{1, 0, len(cast)}, {2, 8, 8}, {3, 30, 30}} {
		rec := NewRecord(tt.n, tt.entities)
		text := rec.Document.Text
		if !utf8.ValidString(text) || rec.Document.ID != hebel.DocumentID(text) {
			t.Fatalf("NewRecord(%d): invalid text or id", tt.n)
		}
		if len(rec.Entities) != tt.want {
			t.Errorf("NewRecord(%d, %d) has %d entities, want %d", tt.n, tt.entities, len(rec.Entities), tt.want)
		}
		check := func(what string, s hebel.Span) {
			if !s.Valid(len(text)) || !utf8.ValidString(s.Text(text)) {
				t.Errorf("NewRecord(%d): %s span %v does not lie on runes of a %d-byte text", tt.n, what, s, len(text))
			}
		}
		for _, s := range rec.Sentences {
			check("sentence", s)
		}
		for _, e := range rec.Entities {
			if len(e.Mentions) != 2 {
				t.Errorf("entity %s has %d mentions, want 2", e.ID, len(e.Mentions))
			}
			for _, m := range e.Mentions {
				check("mention", m.Span)
				if m.Span.Text(text) != m.Text || m.EntityID != e.ID {
					t.Errorf("mention %+v of %s does not match the text %q", m, e.ID, m.Span.Text(text))
				}
			}
		}
		for _, c := range rec.Claims {
			check("claim", c.Span)
			check("quantity", c.Quantity.Span)
			if c.Quantity.Span.Text(text) != c.Quantity.Text || !c.Span.Contains(c.Quantity.Span) {
				t.Errorf("quantity %q does not match its span", c.Quantity.Text)
			}
		}
		for _, q := range rec.Quotes {
			check("quote", q.Span)
			check("content", q.Content)
		}
		if !reflect.DeepEqual(rec, NewRecord(tt.n, tt.entities)) {
			t.Errorf("NewRecord(%d) is not deterministic", tt.n)
		}
	}
	if NewRecord(1, 8).Document.ID == NewRecord(2, 8).Document.ID {
		t.Errorf("NewRecord(1) and NewRecord(2) share an id")
	}
}

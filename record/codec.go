package record

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
)

// Encoder writes records as JSON Lines: one object per line.
type Encoder struct {
	enc *json.Encoder
}

// NewEncoder returns an Encoder writing to w. With indent, each record is
// pretty-printed (then the output is a JSON stream, not JSON Lines).
func NewEncoder(w io.Writer, indent bool) *Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return &Encoder{enc: enc}
}

// Encode writes one record.
func (e *Encoder) Encode(r *Record) error {
	if err := e.enc.Encode(r); err != nil {
		return fmt.Errorf("encoding record %s: %w", r.Document.ID, err)
	}
	return nil
}

// Decoder reads a stream of records (JSON Lines or concatenated objects).
type Decoder struct {
	dec *json.Decoder
}

// NewDecoder returns a Decoder reading from r.
func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{dec: json.NewDecoder(bufio.NewReader(r))}
}

// Decode reads the next record; io.EOF at the end of the stream. A record
// that breaks the format gives an EINVALID error.
func (d *Decoder) Decode() (*Record, error) {
	var r Record
	if err := d.dec.Decode(&r); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, io.EOF
		}
		return nil, &hebel.Error{Code: hebel.EINVALID, Op: "decoding record", Err: err}
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return &r, nil
}

// Validate checks what the format promises: the version, the id, and
// that every offset lies in the text and every mention's offsets slice
// the text to exactly its text.
func (r *Record) Validate() error {
	invalid := func(format string, args ...any) error {
		return &hebel.Error{Code: hebel.EINVALID, Op: "validating record " + r.Document.ID,
			Message: fmt.Sprintf(format, args...)}
	}
	if r.Version != Version {
		return invalid("version %d, want %d", r.Version, Version)
	}
	if r.Document.ID == "" {
		return invalid("document has no id")
	}
	runes := []rune(r.Document.Text)
	n := len(runes)
	in := func(s, e int) bool { return 0 <= s && s <= e && e <= n }
	for _, e := range r.Entities {
		if e.ID == "" {
			return invalid("entity without id")
		}
		for _, m := range e.Mentions {
			if !in(m.Start, m.End) {
				return invalid("mention %q of %s at [%d,%d) outside the text of %d runes", m.Text, e.ID, m.Start, m.End, n)
			}
			if got := string(runes[m.Start:m.End]); got != m.Text {
				return invalid("mention of %s at [%d,%d) slices to %q, not %q", e.ID, m.Start, m.End, got, m.Text)
			}
		}
	}
	opt := func(s, e *int) bool { return s == nil || e == nil || in(*s, *e) }
	src := func(s *Source) bool { return s == nil || opt(s.Start, s.End) }
	valid := func(v *ValidTime) bool { return v == nil || opt(v.TextStart, v.TextEnd) }
	for _, s := range r.Sentences {
		if !in(s.Start, s.End) {
			return invalid("sentence [%d,%d) outside the text of %d runes", s.Start, s.End, n)
		}
	}
	for _, c := range r.Claims {
		if !in(c.Start, c.End) || !in(c.Quantity.Start, c.Quantity.End) || !src(c.Source) || !valid(c.Valid) {
			return invalid("claim %q outside the text", c.Quantity.Text)
		}
	}
	for _, q := range r.Quotes {
		if !in(q.Start, q.End) || !in(q.ContentStart, q.ContentEnd) || !src(q.Speaker) {
			return invalid("quote outside the text")
		}
	}
	for _, rel := range r.Relations {
		for _, ev := range rel.Evidence {
			if !in(ev.Start, ev.End) {
				return invalid("evidence of %s relation outside the text", rel.Type)
			}
		}
		if !src(rel.Source) || !valid(rel.Valid) {
			return invalid("source or valid time of %s relation outside the text", rel.Type)
		}
	}
	for _, p := range r.Problems {
		if !opt(p.Start, p.End) {
			return invalid("problem %s outside the text", p.Code)
		}
	}
	if !utf8.ValidString(r.Document.Text) {
		return invalid("text is not valid UTF-8")
	}
	return nil
}

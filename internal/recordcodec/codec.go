// Package recordcodec is the stored encoding of records that Hebel's
// stores share (SQLite keeps it as text, PostgreSQL as jsonb): the public
// record of package record, what 'hebel extract' prints, without the
// document's text, which stores keep in a column of their own. One codec
// for the command line, the API and the stores: every field the public
// record carries is kept, and 'hebel show' prints what 'hebel extract'
// printed. Rows of the older, store-only encoding ({"v": 1, …}, spans as
// byte offsets, without entities' country and role) are still read.
//
// It encodes and decodes; it must not know a store.
package recordcodec

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/record"
)

// Encode encodes rec for the record column. A span outside the text
// (Record.CheckSpans), an entity without id, a mention whose offsets do
// not slice its text, and values JSON cannot hold (NaN, infinities,
// channels in attributes) give EINVALID: what the public record cannot
// hold could not be read back.
func Encode(rec *hebel.Record) ([]byte, error) {
	if err := rec.CheckSpans(); err != nil {
		return nil, err
	}
	pub := record.FromRecord(rec)
	if err := pub.Validate(); err != nil {
		return nil, err // what the public record cannot hold could not be read back
	}
	pub.Document.Text = "" // in its own column
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(pub); err != nil {
		var uv *json.UnsupportedValueError
		var ut *json.UnsupportedTypeError
		if errors.As(err, &uv) || errors.As(err, &ut) {
			return nil, &hebel.Error{Code: hebel.EINVALID, Op: "encoding record", Message: "record holds a value JSON cannot keep", Err: err}
		}
		return nil, fmt.Errorf("encoding record: %w", err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// Decode decodes the record column into rec, whose Document the
// columns filled: the text and the published time (kept to the
// microsecond) stay as the columns give them. Rows of the legacy encoding
// are read too.
func Decode(buf []byte, rec *hebel.Record) error {
	if legacy(buf) {
		return decodeLegacy(buf, rec)
	}
	var pub record.Record
	if err := json.Unmarshal(buf, &pub); err != nil {
		return fmt.Errorf("decoding record: %w", err)
	}
	pub.Document.Text = rec.Document.Text
	out, err := record.ToRecord(&pub)
	if err != nil {
		return fmt.Errorf("decoding record: %w", err)
	}
	out.Document.Published = rec.Document.Published
	*rec = *out
	return nil
}

// legacy reports whether buf is a record of the legacy encoding, which
// opens with its version {"v": …}; the public record opens with
// {"version": …}.
// PostgreSQL's jsonb writes it back as {"v": …}: "v" is the shortest key,
// and jsonb orders keys by length.
func legacy(buf []byte) bool {
	return bytes.HasPrefix(buf, []byte(`{"v":`)) || bytes.HasPrefix(buf, []byte(`{"v" :`))
}

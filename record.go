package hebel

import (
	"fmt"
	"unicode/utf8"
)

// Record is everything Hebel read out of one document: the document itself,
// sentences, entities, claims, quotes, relations and the problems met.
// Package record converts it to and from the public JSON format.
type Record struct {
	// HebelVersion is the build of Hebel that extracted the record
	// (BuildVersion); "" for records made by hand or by an older Hebel.
	HebelVersion string

	Document  Document
	Sentences []Span
	Entities  []Entity
	Claims    []Claim
	Quotes    []Quote
	Relations []Relation
	Problems  []Problem
}

// CheckSpans reports, as an EINVALID error, the first span of r that does
// not lie inside its document's text or does not start and end on rune
// boundaries; nil when all do. Stores refuse such records: their offsets
// cannot be converted to the public record's rune offsets.
func (r *Record) CheckSpans() error {
	text := r.Document.Text
	bad := func(what string, s Span) error {
		return &Error{Code: EINVALID, Op: "checking record " + r.Document.ID,
			Message: fmt.Sprintf("%s [%d,%d) is not a range of the text's %d bytes on rune boundaries", what, s.Start, s.End, len(text))}
	}
	ok := func(s Span) bool {
		return s.Valid(len(text)) && boundary(text, s.Start) && boundary(text, s.End)
	}
	src := func(s *Source) bool { return s == nil || s.Span == Span{} || ok(s.Span) }
	valid := func(v *ValidTime) bool { return v == nil || v.Span == nil || ok(*v.Span) }
	for _, s := range r.Sentences {
		if !ok(s) {
			return bad("sentence", s)
		}
	}
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			if !ok(m.Span) {
				return bad("mention of "+e.ID, m.Span)
			}
		}
	}
	for _, c := range r.Claims {
		if !ok(c.Span) || !ok(c.Quantity.Span) || !src(c.Source) || !valid(c.Valid) {
			return bad("claim "+c.Quantity.Text, c.Span)
		}
	}
	for _, q := range r.Quotes {
		if !ok(q.Span) || !ok(q.Content) || !src(q.Speaker) {
			return bad("quote", q.Span)
		}
	}
	for _, rel := range r.Relations {
		for _, ev := range rel.Evidence {
			if !ok(ev) {
				return bad("evidence of "+string(rel.Type), ev)
			}
		}
		if !src(rel.Source) || !valid(rel.Valid) {
			return bad("source or valid time of "+string(rel.Type), Span{})
		}
	}
	for _, p := range r.Problems {
		if p.Span != nil && !ok(*p.Span) {
			return bad("problem "+p.Code, *p.Span)
		}
	}
	return nil
}

// boundary reports whether byte offset i of text starts a rune (or ends
// the text).
func boundary(text string, i int) bool {
	return i == len(text) || utf8.RuneStart(text[i])
}

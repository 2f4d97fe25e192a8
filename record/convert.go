package record

import (
	"github.com/hebel-project/hebel"
)

// FromRecord converts an internal record to the public one, turning byte
// offsets into rune offsets. Slices are never nil, so they encode as [].
func FromRecord(r *hebel.Record) *Record {
	doc := &r.Document
	x := hebel.NewRuneIndex(doc.Text)
	out := &Record{
		Version: Version,
		Document: Document{
			ID:     doc.ID,
			Title:  optString(doc.Title),
			Lang:   doc.Lang,
			URL:    optString(doc.URL),
			Text:   doc.Text,
			Author: optString(doc.Author),
			Source: doc.Source,
			Format: doc.Format,
		},
		Entities:  make([]Entity, 0, len(r.Entities)),
		Claims:    make([]Claim, 0, len(r.Claims)),
		Quotes:    make([]Quote, 0, len(r.Quotes)),
		Relations: make([]Relation, 0, len(r.Relations)),
		Problems:  make([]Problem, 0, len(r.Problems)),
	}
	if !doc.Published.IsZero() {
		t := doc.Published.UTC()
		out.Document.Published = &t
	}
	out.Document.Dating = fromDating(doc)
	for _, e := range r.Entities {
		pe := Entity{ID: e.ID, Type: string(e.Type), Name: e.Name, Wikidata: e.Wikidata, Country: e.Country, Role: e.Role,
			Mentions: make([]Mention, 0, len(e.Mentions))}
		for _, m := range e.Mentions {
			pe.Mentions = append(pe.Mentions, Mention{
				Start: x.Rune(m.Start), End: x.Rune(m.End), Text: m.Text, Coref: m.Coref})
		}
		out.Entities = append(out.Entities, pe)
	}
	for _, c := range r.Claims {
		q := c.Quantity
		pc := Claim{
			Start: x.Rune(c.Start), End: x.Rune(c.End),
			Quantity: Quantity{
				Text: q.Text, Value: q.Value, Qualifier: string(q.Qualifier),
				Low: q.Low, High: q.High, Unit: optString(q.Unit),
				Start: x.Rune(q.Start), End: x.Rune(q.End),
			},
			Counted:  c.Counted,
			Entities: append([]string{}, c.Entities...),
			Location: optString(c.Location),
			Source:   fromSource(x, c.Source),
		}
		out.Claims = append(out.Claims, pc)
	}
	for _, q := range r.Quotes {
		out.Quotes = append(out.Quotes, Quote{
			Start: x.Rune(q.Start), End: x.Rune(q.End),
			Content: q.Content.Text(doc.Text), Kind: string(q.Kind), Cue: q.Cue,
			Speaker:      fromSource(x, q.Speaker),
			ContentStart: x.Rune(q.Content.Start), ContentEnd: x.Rune(q.Content.End),
		})
	}
	for _, rel := range r.Relations {
		pr := Relation{Type: rel.Type, From: rel.From, To: rel.To,
			Attributes: rel.Attributes, Evidence: make([]Span, 0, len(rel.Evidence)),
			Source: fromSource(x, rel.Source)}
		if pr.Attributes == nil {
			pr.Attributes = map[string]any{}
		}
		for _, ev := range rel.Evidence {
			pr.Evidence = append(pr.Evidence, Span{Start: x.Rune(ev.Start), End: x.Rune(ev.End)})
		}
		out.Relations = append(out.Relations, pr)
	}
	for _, p := range r.Problems {
		pp := Problem{Code: p.Code, Message: p.Message}
		if p.Span != nil {
			s, e := x.Rune(p.Span.Start), x.Rune(p.Span.End)
			pp.Start, pp.End = &s, &e
		}
		out.Problems = append(out.Problems, pp)
	}
	return out
}

// fromDating says where doc's date came from, or that it is undated.
func fromDating(doc *hebel.Document) *Dating {
	if doc.Undated() {
		return &Dating{Undated: true}
	}
	d := doc.Dating
	return &Dating{Source: d.Source, Precision: string(d.Precision), UpperBound: d.UpperBound, Note: d.Note}
}

func fromSource(x *hebel.RuneIndex, s *hebel.Source) *Source {
	if s == nil {
		return nil
	}
	ps := &Source{Text: s.Text, Cue: s.Cue, Entity: optString(s.EntityID), Name: s.Name}
	if s.End > s.Start {
		st, en := x.Rune(s.Start), x.Rune(s.End)
		ps.Start, ps.End = &st, &en
	}
	return ps
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

package record

import (
	"time"

	"github.com/hebel-project/hebel"
)

// FromRecord converts an internal record to the public one, turning byte
// offsets into rune offsets. Slices are never nil, so they encode as [].
// Together with ToRecord it is the one codec of records: stores keep what
// FromRecord makes, so 'hebel show' prints what 'hebel extract' printed.
func FromRecord(r *hebel.Record) *Record {
	doc := &r.Document
	x := hebel.NewRuneIndex(doc.Text)
	out := &Record{
		Version:      Version,
		HebelVersion: r.HebelVersion,
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
		Sentences: make([]Span, 0, len(r.Sentences)),
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
	for _, s := range r.Sentences {
		out.Sentences = append(out.Sentences, Span{Start: x.Rune(s.Start), End: x.Rune(s.End)})
	}
	for _, e := range r.Entities {
		pe := Entity{ID: e.ID, Type: string(e.Type), Name: e.Name, Wikidata: e.Wikidata, Country: e.Country, Role: e.Role,
			Mentions: make([]Mention, 0, len(e.Mentions))}
		for _, m := range e.Mentions {
			pe.Mentions = append(pe.Mentions, Mention{
				Start: x.Rune(m.Start), End: x.Rune(m.End), Text: m.Text, Coref: m.Coref, Extractor: m.Extractor})
		}
		out.Entities = append(out.Entities, pe)
	}
	for _, c := range r.Claims {
		out.Claims = append(out.Claims, fromClaim(x, c))
	}
	for _, q := range r.Quotes {
		out.Quotes = append(out.Quotes, Quote{
			Start: x.Rune(q.Start), End: x.Rune(q.End),
			Content: q.Content.Text(doc.Text), Kind: string(q.Kind), Cue: q.Cue,
			Speaker:      fromSource(x, q.Speaker),
			ContentStart: x.Rune(q.Content.Start), ContentEnd: x.Rune(q.Content.End),
			Confidence: q.Confidence, Extractor: q.Extractor,
		})
	}
	for _, rel := range r.Relations {
		pr := Relation{Type: rel.Type, From: rel.From, To: rel.To,
			Attributes: rel.Attributes, Evidence: make([]Span, 0, len(rel.Evidence)),
			Source: fromSource(x, rel.Source), Valid: fromValid(x, rel.Valid), Extractor: rel.Extractor}
		if pr.Attributes == nil {
			pr.Attributes = map[string]any{}
		}
		for _, ev := range rel.Evidence {
			pr.Evidence = append(pr.Evidence, Span{Start: x.Rune(ev.Start), End: x.Rune(ev.End)})
		}
		out.Relations = append(out.Relations, pr)
	}
	for _, p := range r.Problems {
		pp := Problem{Code: p.Code, Message: p.Message, Extractor: p.Extractor}
		if p.Span != nil {
			s, e := x.Rune(p.Span.Start), x.Rune(p.Span.End)
			pp.Start, pp.End = &s, &e
		}
		out.Problems = append(out.Problems, pp)
	}
	return out
}

// fromDating says where doc's date came from, or that it is undated
// (whatever was noted about the attempt stays).
func fromDating(doc *hebel.Document) *Dating {
	d := doc.Dating
	return &Dating{Source: d.Source, Precision: string(d.Precision), UpperBound: d.UpperBound, Note: d.Note, Undated: doc.Undated()}
}

func fromClaim(x *hebel.RuneIndex, c hebel.Claim) Claim {
	q := c.Quantity
	return Claim{
		Start: x.Rune(c.Start), End: x.Rune(c.End),
		Quantity: Quantity{
			Text: q.Text, Value: q.Value, Qualifier: string(q.Qualifier),
			Low: q.Low, High: q.High, Unit: optString(q.Unit),
			Start: x.Rune(q.Start), End: x.Rune(q.End),
		},
		Counted:    c.Counted,
		Entities:   append([]string{}, c.Entities...),
		Location:   optString(c.Location),
		Source:     fromSource(x, c.Source),
		Valid:      fromValid(x, c.Valid),
		Measure:    string(c.Measure),
		Concept:    string(c.Concept),
		Actor:      c.Actor,
		Places:     c.Places,
		Reading:    string(c.Reading),
		Confidence: c.Confidence,
		Extractor:  c.Extractor,
	}
}

func fromSource(x *hebel.RuneIndex, s *hebel.Source) *Source {
	if s == nil {
		return nil
	}
	ps := &Source{Text: s.Text, Cue: s.Cue, Entity: optString(s.EntityID), Name: s.Name, Attachment: string(s.Attach), Extractor: s.Extractor}
	if s.End > s.Start {
		st, en := x.Rune(s.Start), x.Rune(s.End)
		ps.Start, ps.End = &st, &en
	}
	return ps
}

func fromValid(x *hebel.RuneIndex, v *hebel.ValidTime) *ValidTime {
	if v == nil {
		return nil
	}
	pv := &ValidTime{Start: optTime(v.Start), End: optTime(v.End), Precision: string(v.Precision), Basis: v.Basis, Text: v.Text}
	if v.Span != nil {
		s, e := x.Rune(v.Span.Start), x.Rune(v.Span.End)
		pv.TextStart, pv.TextEnd = &s, &e
	}
	return pv
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func optTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	u := t.UTC()
	return &u
}

// ToRecord converts a public record back to the internal one, turning
// rune offsets into byte offsets. It is FromRecord's inverse for every
// field Hebel extracts: ToRecord(FromRecord(r)) equals r up to empty
// slices and maps (which come back empty, not nil), times (which come
// back in UTC), mention entity ids (taken from their entity) and quote
// fields the public record leaves out (SourceOnly frames are never in
// Record.Quotes). Relation attributes come back as encoding/json gives
// them (numbers as float64). A record whose offsets do not fit its text
// gives EINVALID (Validate).
func ToRecord(p *Record) (*hebel.Record, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	d := &p.Document
	x := hebel.NewRuneIndex(d.Text)
	span := func(s, e int) hebel.Span { return hebel.Span{Start: x.Byte(s), End: x.Byte(e)} }
	r := &hebel.Record{
		HebelVersion: p.HebelVersion,
		Document: hebel.Document{
			ID: d.ID, Title: deref(d.Title), Author: deref(d.Author), Lang: d.Lang, URL: deref(d.URL),
			Source: d.Source, Format: d.Format, Text: d.Text, Dating: toDating(d.Dating),
		},
		Sentences: make([]hebel.Span, 0, len(p.Sentences)),
		Entities:  make([]hebel.Entity, 0, len(p.Entities)),
		Claims:    make([]hebel.Claim, 0, len(p.Claims)),
		Quotes:    make([]hebel.Quote, 0, len(p.Quotes)),
		Relations: make([]hebel.Relation, 0, len(p.Relations)),
		Problems:  make([]hebel.Problem, 0, len(p.Problems)),
	}
	if d.Published != nil {
		r.Document.Published = d.Published.UTC()
	}
	for _, s := range p.Sentences {
		r.Sentences = append(r.Sentences, span(s.Start, s.End))
	}
	for _, e := range p.Entities {
		he := hebel.Entity{ID: e.ID, Type: hebel.EntityType(e.Type), Name: e.Name, Wikidata: e.Wikidata,
			Country: e.Country, Role: e.Role, Mentions: make([]hebel.Mention, 0, len(e.Mentions))}
		for _, m := range e.Mentions {
			he.Mentions = append(he.Mentions, hebel.Mention{Span: span(m.Start, m.End), Text: m.Text,
				EntityID: e.ID, Coref: m.Coref, Extractor: m.Extractor})
		}
		r.Entities = append(r.Entities, he)
	}
	for _, c := range p.Claims {
		q := c.Quantity
		r.Claims = append(r.Claims, hebel.Claim{
			Span: span(c.Start, c.End),
			Quantity: hebel.Quantity{Span: span(q.Start, q.End), Text: q.Text, Value: q.Value,
				Qualifier: hebel.Qualifier(q.Qualifier), Low: q.Low, High: q.High, Unit: deref(q.Unit)},
			Counted: c.Counted, Entities: append([]string{}, c.Entities...), Location: deref(c.Location),
			Source: toSource(x, c.Source), Valid: toValid(x, c.Valid), Extractor: c.Extractor,
			Measure: hebel.Measure(c.Measure), Concept: hebel.Concept(c.Concept), Actor: c.Actor,
			Places: c.Places, Reading: hebel.Reading(c.Reading), Confidence: c.Confidence,
		})
	}
	for _, q := range p.Quotes {
		r.Quotes = append(r.Quotes, hebel.Quote{Span: span(q.Start, q.End), Content: span(q.ContentStart, q.ContentEnd),
			Kind: hebel.QuoteKind(q.Kind), Cue: q.Cue, Speaker: toSource(x, q.Speaker), Confidence: q.Confidence, Extractor: q.Extractor})
	}
	for _, rel := range p.Relations {
		hr := hebel.Relation{Type: rel.Type, From: rel.From, To: rel.To, Attributes: rel.Attributes,
			Evidence: make([]hebel.Span, 0, len(rel.Evidence)), Source: toSource(x, rel.Source),
			Valid: toValid(x, rel.Valid), Extractor: rel.Extractor}
		for _, ev := range rel.Evidence {
			hr.Evidence = append(hr.Evidence, span(ev.Start, ev.End))
		}
		r.Relations = append(r.Relations, hr)
	}
	for _, pr := range p.Problems {
		hp := hebel.Problem{Code: pr.Code, Message: pr.Message, Extractor: pr.Extractor}
		if pr.Start != nil && pr.End != nil {
			s := span(*pr.Start, *pr.End)
			hp.Span = &s
		}
		r.Problems = append(r.Problems, hp)
	}
	return r, nil
}

func toSource(x *hebel.RuneIndex, s *Source) *hebel.Source {
	if s == nil {
		return nil
	}
	hs := &hebel.Source{Text: s.Text, Cue: s.Cue, EntityID: deref(s.Entity), Name: s.Name, Attach: hebel.Attachment(s.Attachment), Extractor: s.Extractor}
	if s.Start != nil && s.End != nil {
		hs.Span = hebel.Span{Start: x.Byte(*s.Start), End: x.Byte(*s.End)}
	}
	return hs
}

func toDating(d *Dating) hebel.Dating {
	if d == nil {
		return hebel.Dating{}
	}
	return hebel.Dating{Source: d.Source, Precision: hebel.Precision(d.Precision), UpperBound: d.UpperBound, Note: d.Note}
}

func toValid(x *hebel.RuneIndex, v *ValidTime) *hebel.ValidTime {
	if v == nil {
		return nil
	}
	hv := &hebel.ValidTime{Precision: hebel.Precision(v.Precision), Basis: v.Basis, Text: v.Text}
	if v.Start != nil {
		hv.Start = v.Start.UTC()
	}
	if v.End != nil {
		hv.End = v.End.UTC()
	}
	if v.TextStart != nil && v.TextEnd != nil {
		hv.Span = &hebel.Span{Start: x.Byte(*v.TextStart), End: x.Byte(*v.TextEnd)}
	}
	return hv
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// Package timeline orders what the stored news says about one actor in
// time: the estimates of the figures it is counted in, the relations it
// is party to, and what it and its people are quoted saying, each at the
// date it is about (the valid time the text states, else the document's
// publication date), undated items last. Near copies of one article
// count once.
//
// It composes values (records and consolidated figures) and does no I/O.
package timeline

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/figure"
)

// Kinds of Item.
const (
	KindEstimate = "estimate"
	KindRelation = "relation"
	KindQuote    = "quote"
)

// Item is one dated thing about the actor. Its JSON shape is what 'hebel
// timeline ACTOR --format json' prints and GET /api/timeline/{actor}
// answers.
type Item struct {
	Date      *time.Time `json:"date"`      // what it is about; null when undated
	Precision string     `json:"precision"` // day, month or year; "" when undated
	Kind      string     `json:"kind"`      // estimate, relation or quote
	Text      string     `json:"text"`      // one line for people
	Document  string     `json:"document"`  // document id
	Title     string     `json:"title"`
	Source    string     `json:"source"` // where the document was read from

	Figure   string               `json:"figure,omitempty"` // estimates: the figure id
	Label    string               `json:"label,omitempty"`  // estimates: the figure in words
	Estimate *figure.EstimateJSON `json:"estimate,omitempty"`
	Relation *Relation            `json:"relation,omitempty"`
	Quote    *Quote               `json:"quote,omitempty"`
}

// Relation is a relation item's detail.
type Relation struct {
	Type       string         `json:"type"`
	From       string         `json:"from"`
	To         string         `json:"to"`
	Modality   string         `json:"modality"`
	Attributes map[string]any `json:"attributes"`
	Claimant   *string        `json:"claimant"` // null: the document's own voice
	Evidence   string         `json:"evidence"` // the first sentence stating it
	Index      int            `json:"index"`    // index into the record's relations
}

// Quote is a quote item's detail. Start and End are rune offsets of the
// content in the document's text.
type Quote struct {
	Speaker       string `json:"speaker"`
	SpeakerEntity string `json:"speaker_entity"`
	Kind          string `json:"kind"` // direct, indirect, mixed
	Cue           string `json:"cue"`
	Content       string `json:"content"`
	Start         int    `json:"start"`
	End           int    `json:"end"`
}

// Build returns the timeline of actor from the records that name it and
// the figures consolidated across the stored documents.
func Build(actor string, recs []*hebel.Record, figs []*hebel.Figure) []Item {
	var docs []figure.Doc
	for _, r := range recs {
		if r != nil {
			docs = append(docs, figure.Doc{ID: r.Document.ID, Published: r.Document.Published, Signature: hebel.NewSignature(r.Document.Text)})
		}
	}
	reps := figure.Representatives(docs, 0)
	var out []Item
	for _, f := range figs {
		if !about(f.Key, actor) {
			continue
		}
		for _, e := range f.Estimates {
			if e.CopyOf != "" {
				continue
			}
			ej := figure.EstimateToJSON(e)
			it := Item{Date: optTime(e.Date()), Precision: estimatePrecision(e), Kind: KindEstimate,
				Text:     fmt.Sprintf("%s: %s per %s", figure.Label(f.Key), figure.Amount(e.Claim.Quantity), figure.ClaimantLabel(e)),
				Document: e.DocumentID, Title: e.Title, Source: e.Source, Figure: f.ID, Label: figure.Label(f.Key), Estimate: &ej}
			out = append(out, it)
		}
	}
	for _, r := range recs {
		if r == nil || reps[r.Document.ID] != r.Document.ID {
			continue
		}
		out = append(out, relations(actor, r)...)
		out = append(out, quotes(actor, r)...)
	}
	sort.SliceStable(out, func(i, j int) bool { return before(&out[i], &out[j]) })
	return out
}

// about reports whether a figure counts the actor's people or things, or
// is stated for the actor's territory.
func about(k hebel.FigureKey, actor string) bool {
	if k.Actor == actor {
		return true
	}
	for _, p := range strings.Split(k.Places, "+") {
		if p == actor {
			return true
		}
	}
	return false
}

func estimatePrecision(e *hebel.Estimate) string {
	if v := e.Claim.Valid; v != nil && v.Basis == hebel.BasisText && !e.Date().IsZero() {
		return string(v.Precision)
	}
	if e.Published.IsZero() {
		return ""
	}
	if e.Dating.Precision == "" {
		return string(hebel.PrecisionDay)
	}
	return string(e.Dating.Precision)
}

// relations returns the relations of r the actor is party to.
func relations(actor string, r *hebel.Record) []Item {
	d := &r.Document
	var out []Item
	for i, rel := range r.Relations {
		if rel.From != actor && rel.To != actor {
			continue
		}
		date, prec := d.Published, d.Dating.Precision
		if v := rel.Valid; v != nil && v.Basis == hebel.BasisText && !v.Start.IsZero() {
			date, prec = v.Start, v.Precision
		}
		if date.IsZero() {
			prec = ""
		} else if prec == "" {
			prec = hebel.PrecisionDay
		}
		mod, _ := rel.Attributes["modality"].(string)
		if mod == "" {
			mod = string(hebel.Asserted)
		}
		rj := &Relation{Type: string(rel.Type), From: rel.From, To: rel.To, Modality: mod, Attributes: rel.Attributes, Index: i}
		if rj.Attributes == nil {
			rj.Attributes = map[string]any{}
		}
		who := "the article"
		if s := rel.Source; s != nil {
			who = s.Name
			if who == "" {
				who = strings.Join(strings.Fields(s.Text), " ")
			}
			rj.Claimant = &who
		}
		if len(rel.Evidence) > 0 && rel.Evidence[0].Valid(len(d.Text)) {
			rj.Evidence = strings.Join(strings.Fields(rel.Evidence[0].Text(d.Text)), " ")
		}
		text := fmt.Sprintf("%s %s–%s", rel.Type, rel.From, rel.To)
		if mod != string(hebel.Asserted) {
			text += " (" + mod + ")"
		}
		out = append(out, Item{Date: optTime(date), Precision: string(prec), Kind: KindRelation, Text: text + " per " + who,
			Document: d.ID, Title: d.Title, Source: d.Source, Relation: rj})
	}
	return out
}

// maxQuote bounds a quote's text in an item's one line.
const maxQuote = 160

// quotes returns the quotes of r whose speaker is the actor or belongs to
// it (a person or organisation of the actor's state), at the document's
// date.
func quotes(actor string, r *hebel.Record) []Item {
	d := &r.Document
	state := map[string]string{}
	for _, e := range r.Entities {
		state[e.ID] = e.Country
		if e.Type == hebel.Country {
			state[e.ID] = e.ID
		}
	}
	var idx *hebel.RuneIndex
	var out []Item
	for _, q := range r.Quotes {
		s := q.Speaker
		if q.SourceOnly || s == nil || s.EntityID == "" || s.EntityID != actor && state[s.EntityID] != actor || !q.Content.Valid(len(d.Text)) {
			continue
		}
		if idx == nil {
			idx = hebel.NewRuneIndex(d.Text)
		}
		content := strings.Join(strings.Fields(q.Content.Text(d.Text)), " ")
		who := s.Name
		if who == "" {
			who = strings.Join(strings.Fields(s.Text), " ")
		}
		line := content
		if r := []rune(line); len(r) > maxQuote {
			line = string(r[:maxQuote]) + "…"
		}
		prec := ""
		if !d.Published.IsZero() {
			prec = string(d.Dating.Precision)
			if prec == "" {
				prec = string(hebel.PrecisionDay)
			}
		}
		out = append(out, Item{Date: optTime(d.Published), Precision: prec, Kind: KindQuote,
			Text: who + ": „" + line + "“", Document: d.ID, Title: d.Title, Source: d.Source,
			Quote: &Quote{Speaker: who, SpeakerEntity: s.EntityID, Kind: string(q.Kind), Cue: q.Cue, Content: content,
				Start: idx.Rune(q.Content.Start), End: idx.Rune(q.Content.End)}})
	}
	return out
}

// before orders items by date (undated last), then kind, document and
// text, so that the timeline does not depend on the order of its input.
func before(a, b *Item) bool {
	if (a.Date == nil) != (b.Date == nil) {
		return b.Date == nil
	}
	if a.Date != nil && !a.Date.Equal(*b.Date) {
		return a.Date.Before(*b.Date)
	}
	if a.Kind != b.Kind {
		return a.Kind < b.Kind
	}
	if a.Document != b.Document {
		return a.Document < b.Document
	}
	return a.Text < b.Text
}

func optTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	u := t.UTC()
	return &u
}

// Timeline is one page of an actor's timeline, as 'hebel timeline ACTOR
// --format json' prints it and GET /api/timeline/{actor} answers.
type Timeline struct {
	Actor   string `json:"actor"`
	Items   []Item `json:"items"`
	Total   int    `json:"total"`   // items before paging
	Undated int    `json:"undated"` // of them undated (listed last)
	Offset  int    `json:"offset"`
	Limit   int    `json:"limit"` // 0: no limit
}

// Page returns the page [offset, offset+limit) of items (limit 0: to the
// end).
func Page(actor string, items []Item, offset, limit int) Timeline {
	t := Timeline{Actor: actor, Items: []Item{}, Total: len(items), Offset: offset, Limit: limit}
	for _, it := range items {
		if it.Date == nil {
			t.Undated++
		}
	}
	if offset > len(items) {
		offset = len(items)
	}
	items = items[offset:]
	if limit > 0 && limit < len(items) {
		items = items[:limit]
	}
	t.Items = append(t.Items, items...)
	return t
}

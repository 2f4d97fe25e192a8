package http

import (
	"fmt"
	"html/template"
	nethttp "net/http"
	"strings"

	"github.com/hebel-project/hebel"
)

// readerView is what html/reader.html reads: the document, its text with
// the items marked, and the items listed by kind.
type readerView struct {
	Doc    *hebel.Document
	Date   string // the publication date as known, or "undated"
	Dating string // where the date came from, "" when undated
	Text   template.HTML
	Groups []itemGroup
}

// itemGroup is the side list of one kind of item.
type itemGroup struct {
	Kind, Label string
	Lang        string // the language of the items' labels, when they quote the text
	Items       []readerItem
}

// readerItem is one entry of the side list: a link to its first mark.
type readerItem struct {
	Anchor, Label, Detail string
}

// readerPage answers GET /docs/{id}: the stored document with its
// entities, claims, quotes and relations marked where the text states
// them, and listed beside it.
func (s *Server) readerPage(w nethttp.ResponseWriter, r *nethttp.Request) error {
	if err := checkParams(r.URL.Query()); err != nil {
		return err
	}
	rec, err := s.findRecord(r)
	if err != nil {
		return err
	}
	v := newReaderView(rec)
	title := rec.Document.Title
	if title == "" {
		title = "Document " + shortID(rec.Document.ID)
	}
	return s.renderPage(w, r, "reader", title, v)
}

// newReaderView marks rec's items in its text.
func newReaderView(rec *hebel.Record) *readerView {
	d := &rec.Document
	b := &itemBuilder{x: hebel.NewRuneIndex(d.Text), names: entityNames(rec)}
	groups := []itemGroup{
		b.entities(rec.Entities), b.claims(rec.Claims), b.quotes(rec.Quotes), b.relations(rec.Relations),
	}
	groups[1].Lang = d.Lang // claims are labelled with their words
	v := &readerView{Doc: d, Date: d.DateLabel(), Text: markText(d.Text, b.spans), Groups: groups}
	if !d.Undated() {
		v.Dating = datingLabel(d.Dating)
	}
	return v
}

// datingLabel says where a publication date came from.
func datingLabel(dt hebel.Dating) string {
	s := "from " + dt.Source
	if dt.Source == "" {
		s = "source not recorded"
	}
	if dt.UpperBound {
		s += ", an upper bound (published on or before)"
	}
	if dt.Note != "" {
		s += ": " + dt.Note
	}
	return s
}

func entityNames(rec *hebel.Record) map[string]string {
	m := make(map[string]string, len(rec.Entities))
	for _, e := range rec.Entities {
		m[e.ID] = e.Name
	}
	return m
}

// itemBuilder collects the marks and the side list of a record.
type itemBuilder struct {
	x     *hebel.RuneIndex
	names map[string]string // entity names by id
	spans []markSpan
}

// mark adds a mark of the item kind-n (its part-th span) and returns its
// anchor.
func (b *itemBuilder) mark(kind string, n, part int, sp hebel.Span, title string) string {
	item := fmt.Sprintf("%s-%d", kind, n)
	anchor := item
	if part > 0 {
		anchor = fmt.Sprintf("%s-%d", item, part)
	}
	b.spans = append(b.spans, markSpan{Start: sp.Start, End: sp.End, ID: anchor, Item: item, Kind: kind,
		Title: title, RuneStart: b.x.Rune(sp.Start), RuneEnd: b.x.Rune(sp.End)})
	return anchor
}

func (b *itemBuilder) entities(es []hebel.Entity) itemGroup {
	g := itemGroup{Kind: "entity", Label: "Actors and places"}
	for i, e := range es {
		title := fmt.Sprintf("%s (%s)", e.Name, e.Type)
		anchor := ""
		for j, m := range e.Mentions {
			if a := b.mark("entity", i, j, m.Span, title+": “"+m.Text+"”"); j == 0 {
				anchor = a
			}
		}
		if anchor != "" {
			g.Items = append(g.Items, readerItem{anchor, e.Name, fmt.Sprintf("%s, %d mention%s", e.Type, len(e.Mentions), plural(len(e.Mentions)))})
		}
	}
	return g
}

func (b *itemBuilder) claims(cs []hebel.Claim) itemGroup {
	g := itemGroup{Kind: "claim", Label: "Claims"}
	for i, c := range cs {
		label := strings.TrimSpace(c.Quantity.Text + " " + c.Counted)
		detail := "hedge: " + string(c.Quantity.Qualifier) + "; claimant: " + sourceLabel(c.Source)
		if c.Valid != nil && c.Valid.Text != "" {
			detail += "; when: " + c.Valid.Text
		}
		a := b.mark("claim", i, 0, c.Span, "Claim: "+label+" ("+detail+")")
		g.Items = append(g.Items, readerItem{a, label, detail})
	}
	return g
}

func (b *itemBuilder) quotes(qs []hebel.Quote) itemGroup {
	g := itemGroup{Kind: "quote", Label: "Quotes"}
	for i, q := range qs {
		label := "speaker: " + sourceLabel(q.Speaker)
		detail := string(q.Kind) + " speech"
		if q.Cue != "" {
			detail += ", cue “" + q.Cue + "”"
		}
		a := b.mark("quote", i, 0, q.Span, "Quote, "+label+" ("+detail+")")
		g.Items = append(g.Items, readerItem{a, label, detail})
	}
	return g
}

func (b *itemBuilder) relations(rs []hebel.Relation) itemGroup {
	g := itemGroup{Kind: "relation", Label: "Relations"}
	for i, rel := range rs {
		label := fmt.Sprintf("%s → %s: %s", b.name(rel.From), b.name(rel.To), rel.Type)
		detail := "source: " + sourceLabel(rel.Source)
		anchor := ""
		for j, ev := range rel.Evidence {
			if a := b.mark("relation", i, j, ev, "Relation "+label+" ("+detail+")"); j == 0 {
				anchor = a
			}
		}
		g.Items = append(g.Items, readerItem{anchor, label, detail})
	}
	return g
}

// name is an entity's name, else its id.
func (b *itemBuilder) name(id string) string {
	if n := b.names[id]; n != "" {
		return n
	}
	return id
}

// sourceLabel names a claimant or speaker as written, with the linked
// actor; "not named" when the text names none.
func sourceLabel(s *hebel.Source) string {
	switch {
	case s == nil || s.Text == "" && s.Name == "":
		return "not named"
	case s.Text == "":
		return s.Name
	case s.Name != "" && s.Name != s.Text:
		return "“" + s.Text + "” (" + s.Name + ")"
	}
	return "“" + s.Text + "”"
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

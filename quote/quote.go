// Package quote finds who says what: direct, indirect (Konjunktiv,
// dass-clauses, reported clauses) and mixed speech in German and English,
// with the cue and the speaker. It also finds source frames ("laut X",
// "X zufolge", "according to X"), the one attribution mechanism that
// claims and relations take their sources from. Actors come in as
// entities; this package does not find names itself and does not import
// other extractors.
//
// Find works on units: sentences joined where an outermost quotation
// runs across them. In each unit it looks, in this order, for a speech or
// cognition verb with its speaker before ("Lee betont: …", "X said that
// …") or after it ("…, sagt Lee", "…, so Lee", "…," he said), for a
// source frame ("laut X", "X zufolge", "Ihrer Meinung nach", "according
// to X"), for Konjunktiv that continues the last speaker's reported
// speech, and for a quotation standing on its own. A unit may hold
// several statements: a frame that starts inside an earlier statement's
// content ends it ("Kim said …, the agency reported"), and a cue joined
// by a comma or "and" shares the speaker ("…, adding that …").
// Impersonal frames ("hieß es") give the content to the last speaker in
// reach, or to none. A short quotation
// ("Hauptfeind") that no cue frames is a scare quote and no statement.
//
// Speakers are the words as written; an entity mention inside them links
// the entity. Pronouns ("sie", "she"), possessives ("Ihrer Meinung nach")
// and definite role nouns ("die Expertin", "the minister") take the name
// of the most recent named speaker who is not a country (plural "they"
// any speaker), until coreference from the actors issue replaces this
// rule.
//
// Konjunktiv I ("sei", "zeige", "könne") marks reported speech on its
// own: a sentence in it without a cue is the most recent speaker's, up to
// six units later. Konjunktiv II ("hätte", "würden", "könnte") only
// continues the statement of the unit right before.
package quote

import (
	"context"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/analysis"
	"github.com/hebel-project/hebel/internal/cancel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/segment"
)

// extractor names this package in provenance.
const extractor = "quote"

// Limits of the attribution rules, in units (sentences or joined quotes).
const (
	// SubjunctiveReach is how many units after a statement a sentence in
	// Konjunktiv I is still taken as its speaker's.
	SubjunctiveReach = 6
	// MinQuoteWords is the fewest words a quotation standing without a
	// cue needs to count as a statement; shorter ones are scare quotes or
	// titles.
	MinQuoteWords = 4
)

// Find returns the attributions in text, in text order: statements and
// source frames (SourceOnly) alike. sents are text's sentences, ents the
// entities found in it (for linking speakers), p the language profile.
func Find(text string, sents []segment.Sentence, ents []hebel.Entity, p *lang.Profile) []hebel.Quote {
	d := analysis.New(text, p)
	d.SetEntities(ents)
	qs, _ := findAll(d, sents, nil)
	return qs
}

// FindDoc returns the attributions of the analysed document d, as Find
// does for its text and sentences, linking speakers to the entities set
// on d (analysis.Doc.SetEntities). It stops soon after ctx is done and
// then returns ctx's error and no quotes.
func FindDoc(ctx context.Context, d *analysis.Doc) ([]hebel.Quote, error) {
	return findAll(d, d.Sentences, cancel.New(ctx))
}

func findAll(d *analysis.Doc, sents []segment.Sentence, stop *cancel.Poll) ([]hebel.Quote, error) {
	text := d.Text
	f := &finder{text: text, d: d, r: rulesFor(d.Profile), lastUnit: -1 << 20, names: map[string]string{}, frameStart: -1,
		lt: d.Lower, stop: stop, lastPerson: -1}
	for _, e := range d.Entities() {
		f.names[e.ID] = e.Name
	}
	for _, m := range d.Mentions() {
		if d.Entity(m).Type == hebel.Person {
			f.people = append(f.people, m)
		}
	}
	us := units(text, sents, regionsOf(d.Quotations))
	for i := range us {
		if stop.Stop() {
			break
		}
		f.unit(&us[i], i)
	}
	if stop.Now() {
		return nil, stop.Err()
	}
	return f.out, nil
}

// Statements returns the quotes that are statements, leaving out the
// source frames around bare figures (SourceOnly).
func Statements(qs []hebel.Quote) []hebel.Quote {
	out := make([]hebel.Quote, 0, len(qs))
	for _, q := range qs {
		if !q.SourceOnly {
			out = append(out, q)
		}
	}
	return out
}

// finder holds the state of one Find call.
type finder struct {
	text   string
	lt     string // text lower-cased, byte offsets kept (analysis.Doc.Lower)
	r      *rules
	d      *analysis.Doc
	people []analysis.Mention // mentions of persons, for role nouns ("der Politiker")
	names  map[string]string  // entity id → name
	named  []named            // named speakers so far
	// personAt are the starts of the named speakers that are persons,
	// sorted; lastPerson is the index in named of the last of them, -1
	// for none.
	personAt   []int
	lastPerson int
	last       *hebel.Source // speaker of the most recent statement
	lastUnit   int           // its unit
	out        []hebel.Quote
	frames     []int // per statement in out: byte offset where its frame starts, or -1
	// frameStart is the frame start of the statement being recorded.
	frameStart int
	// anaphor is the speaker an anaphoric frame ("nach dieser Rechnung")
	// refers to while its source is built, else nil.
	anaphor *hebel.Source
	// sourceOnly makes the statement being recorded a source frame
	// only (a counted figure), whatever its content.
	sourceOnly bool
	// attach is how the statement being recorded attaches its speaker;
	// "" lets record tell subject from after by position.
	attach hebel.Attachment
	prev   *unit        // the unit before, for a demonstrative object ("Dies bestätigte …")
	stop   *cancel.Poll // nil: never stop
}

// unit finds the statements of one unit, if any.
func (f *finder) unit(u *unit, ui int) {
	from := len(f.out)
	defer func() { f.prev = u }()
	if f.question(u) || f.heading(u) {
		// a question asks, a heading announces: neither says anything
		// ("Sagte die Ministerin, dass …?", "Experten warnen vor …")
		if !f.colonName(u, ui) {
			f.bare(u, ui)
		}
		return
	}
	if f.verbCue(u, ui) || f.frame(u, ui) || f.colonName(u, ui) || f.carried(u, ui) || f.continued(u, ui) {
		f.settle(from)
		return
	}
	f.bare(u, ui)
}

// settle separates the statements of one unit, out[from:]: a statement
// whose frame starts inside the content of an earlier one ends that
// content ("Kim said …, the agency reported"); a later statement whose
// content still overlaps an earlier one is dropped.
func (f *finder) settle(from int) {
	if len(f.out)-from < 2 {
		return
	}
	for i := from; i < len(f.out); i++ {
		for j := i + 1; j < len(f.out); j++ {
			c, fs := &f.out[i].Content, f.frames[j]
			if fs > c.Start && fs < c.End {
				c.Start, c.End = trim(f.text, c.Start, fs)
			}
		}
	}
	keep := f.out[:from]
	frames := f.frames[:from]
	for i := from; i < len(f.out); i++ {
		q := f.out[i]
		if q.Content.End <= q.Content.Start {
			continue
		}
		dup := false
		for _, k := range keep[from:] {
			if q.Content.Start < k.Content.End && k.Content.Start < q.Content.End {
				dup = true
				break
			}
		}
		if !dup {
			keep = append(keep, q)
			frames = append(frames, f.frames[i])
		}
	}
	f.out, f.frames = keep, frames
}

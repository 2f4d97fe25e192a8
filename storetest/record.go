package storetest

import (
	"fmt"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
)

// textBuilder appends text and hands back the byte span of each piece, so
// fixtures never compute offsets by hand.
type textBuilder struct{ b strings.Builder }

// add appends s and returns its span.
func (tb *textBuilder) add(s string) hebel.Span {
	start := tb.b.Len()
	tb.b.WriteString(s)
	return hebel.Span{Start: start, End: tb.b.Len()}
}

// actor is one entity of the fixture's cast.
type actor struct {
	id, name, word string
	typ            hebel.EntityType
	wikidata       string
}

// cast is the fixed part of the fixture's actors; NewRecord adds numbered
// organisations when more entities are asked for.
var cast = []actor{
	{"PRK", "North Korea", "Nordkorea", hebel.Country, "Q423"},
	{"RUS", "Russia", "Russland", hebel.Country, "Q159"},
	{"CHN", "China", "Peking", hebel.Country, "Q148"},
	{"UKR", "Ukraine", "Ukraine", hebel.Country, "Q212"},
	{"person:rachel-minyoung-lee", "Rachel Minyoung Lee", "Rachel Minyoung Lee", hebel.Person, ""},
	{"group:western-intelligence", "western intelligence services", "westlichen Geheimdiensten", hebel.Group, ""},
	{"place:kursk", "Kursk", "Kursk", hebel.Place, "Q4487"},
	{"org:nis", "National Intelligence Service", "Geheimdienst NIS", hebel.Organisation, "Q487290"},
}

// NewRecord returns a made-up German news record with every field
// populated: Unicode text (umlauts, typographic quotes, CJK and an emoji),
// a published time in a non-UTC zone with nanoseconds, sentences, at least
// the given number of entities (minimum 8) each with two mentions (one a
// coreference), claims with and without source and range bounds, quotes of
// every kind, relations with nested attributes and problems with and
// without a span. Spans are byte offsets into the text. Different n give
// different texts and ids; the same n gives an equal record.
//
// Relation attributes hold only values that survive a JSON round trip
// unchanged (strings, float64, bool, []any, map[string]any), which is what
// stores promise to keep.
func NewRecord(n, entities int) *hebel.Record {
	actors := append([]actor(nil), cast...)
	countryOf := map[string]string{"person:rachel-minyoung-lee": "USA", "place:kursk": "RUS", "org:nis": "KOR"}
	roleOf := map[string]string{"person:rachel-minyoung-lee": "Nordkorea-Spezialistin", "place:kursk": "city and region", "org:nis": "intelligence service"}
	for i := len(actors); i < entities; i++ {
		actors = append(actors, actor{
			id:   fmt.Sprintf("org:verband-%02d", i),
			name: fmt.Sprintf("Association %02d", i),
			word: fmt.Sprintf("Verband Nr. %02d", i),
			typ:  hebel.Organisation,
		})
	}

	var tb textBuilder
	rec := &hebel.Record{}
	ents := make([]hebel.Entity, len(actors))
	for i, a := range actors {
		ents[i] = hebel.Entity{ID: a.id, Type: a.typ, Name: a.name, Wikidata: a.wikidata, Country: countryOf[a.id], Role: roleOf[a.id]}
	}
	mention := func(i int, coref bool, text string) hebel.Span {
		sp := tb.add(text)
		ex := "gazetteer"
		if coref {
			ex = "coref"
		}
		ents[i].Mentions = append(ents[i].Mentions, hebel.Mention{
			Span: sp, Text: text, EntityID: actors[i].id, Coref: coref, Extractor: ex,
		})
		return sp
	}

	// Sentence 1: a claim with a source and a quantity with a range.
	s1 := tb.b.Len()
	qty := tb.add("Rund 10.000")
	tb.add(" Soldaten aus ")
	mention(0, false, actors[0].word)
	tb.add(" sind laut ")
	src := mention(5, false, actors[5].word)
	tb.add(" für ")
	mention(1, false, actors[1].word)
	tb.add(fmt.Sprintf(" im Einsatz (Bericht Nr. %d).", n))
	sent1 := hebel.Span{Start: s1, End: tb.b.Len()}
	tb.add(" ")

	// Sentence 2: a direct quote with a speaker.
	s2 := tb.b.Len()
	spk := mention(4, false, actors[4].word)
	tb.add(" sagt: „")
	content := tb.add("Peking ist sehr besorgt über die Lage – 北京 😟")
	tb.add("“.")
	sent2 := hebel.Span{Start: s2, End: tb.b.Len()}
	tb.add(" ")

	// Sentence 3: an indirect quote by an organisation, a claim without
	// source.
	s3 := tb.b.Len()
	mention(7, false, actors[7].word)
	tb.add(" zufolge seien ")
	qty2 := tb.add("zwischen 100 und 300")
	tb.add(" Kämpfer in ")
	loc := mention(6, false, actors[6].word)
	tb.add(" gefallen.")
	sent3 := hebel.Span{Start: s3, End: tb.b.Len()}

	// The rest of the cast, one short sentence each, then a coreference.
	sents := []hebel.Span{sent1, sent2, sent3}
	for i := range actors {
		tb.add(" ")
		s := tb.b.Len()
		if i >= len(cast) || i == 2 || i == 3 {
			mention(i, false, actors[i].word)
			tb.add(" äußert sich.")
		}
		if len(ents[i].Mentions) == 1 || i == 0 {
			tb.add(" Dann ")
			mention(i, true, "es")
			tb.add(" schweigt.")
		}
		if tb.b.Len() > s {
			sents = append(sents, hebel.Span{Start: s, End: tb.b.Len()})
		}
	}
	text := tb.b.String()

	low, high := 100.0, 300.0
	rec.Document = hebel.Document{
		ID:        hebel.DocumentID(text),
		Title:     fmt.Sprintf("Macht China Druck? (%d)", n),
		Author:    "Jörg Müller-Lüdenscheidt",
		Lang:      "de",
		URL:       fmt.Sprintf("https://example.org/artikel/%d?ä=ö", n),
		Published: time.Date(2024, 11, 20, 8, 30, 15, 123456789, time.FixedZone("CET", 3600)),
		Source:    fmt.Sprintf("testdata/artikel-%d.html", n),
		Format:    "html",
		Text:      text,
		Dating:    hebel.Dating{Source: hebel.DateFromHTML, Precision: hebel.PrecisionDay, Note: "Metadaten der Seite"},
	}
	rec.HebelVersion = "test (0123456789ab)"
	// "im Einsatz (Bericht Nr. n)" names no time; the valid time of the
	// first claim comes from the publication date, that of the second
	// from words of the third sentence.
	words := hebel.Span{Start: loc.Start, End: loc.End}
	valid1 := &hebel.ValidTime{Start: time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC), End: time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC),
		Precision: hebel.PrecisionDay, Basis: hebel.BasisPublished}
	valid2 := &hebel.ValidTime{Start: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2024, 9, 1, 0, 0, 0, 0, time.UTC),
		Precision: hebel.PrecisionMonth, Basis: hebel.BasisText, Text: words.Text(text), Span: &words}
	rec.Sentences = sents
	rec.Entities = ents
	rec.Claims = []hebel.Claim{
		{
			Span: sent1,
			Quantity: hebel.Quantity{
				Span: qty, Text: qty.Text(text), Value: 10000, Qualifier: hebel.Approx, Unit: "",
			},
			Counted:  "Soldaten aus Nordkorea",
			Entities: []string{"PRK", "RUS"},
			Valid:    valid1,
			Measure:  hebel.MeasureDeployed, Concept: hebel.ConceptTroops, Actor: "PRK", Places: []string{"RUS"},
			Confidence: 0.9,
			Source: &hebel.Source{
				Span: src, Text: src.Text(text), Cue: "laut",
				EntityID: actors[5].id, Name: actors[5].name, Extractor: "source-rules",
			},
			Extractor: "claim-rules",
		},
		{
			Span: sent3,
			Quantity: hebel.Quantity{
				Span: qty2, Text: qty2.Text(text), Value: 200, Qualifier: hebel.Range,
				Low: &low, High: &high, Unit: "%",
			},
			Counted:  "Kämpfer",
			Entities: []string{},
			Location: loc.Text(text),
			Valid:    valid2,
			Measure:  hebel.MeasureKilled, Concept: hebel.ConceptTroops, Places: []string{"RUS", "UKR"}, Reading: hebel.Collective,
			Confidence: 0.4,
			Extractor:  "claim-rules",
		},
	}
	rec.Quotes = []hebel.Quote{
		{
			Span: sent2, Content: content, Kind: hebel.Direct, Cue: "sagt",
			Speaker: &hebel.Source{
				Span: spk, Text: spk.Text(text), EntityID: actors[4].id,
				Name: actors[4].name, Extractor: "speaker-rules",
			},
			Extractor: "quote-rules",
		},
		{Span: sent3, Content: sent3, Kind: hebel.Indirect, Cue: "zufolge", Extractor: "quote-rules"},
		{Span: sent2, Content: content, Kind: hebel.Mixed, Extractor: "quote-rules"},
	}
	rec.Relations = []hebel.Relation{
		{
			Type: "troop_deployment", From: "PRK", To: "RUS",
			Attributes: map[string]any{
				"count":    10000.0,
				"location": "Kursk",
				"goods":    []any{"Munition", "Öl"},
				"modality": string(hebel.Asserted),
				"nested":   map[string]any{"confirmed": false, "share": 0.25},
			},
			Evidence: []hebel.Span{sent1, sent3},
			Source: &hebel.Source{
				Span: src, Text: src.Text(text), Cue: "laut", EntityID: actors[5].id,
				Name: actors[5].name, Extractor: "source-rules",
			},
			Extractor: "relation-rules",
		},
		{Type: "alliance", From: "RUS", To: "PRK", Evidence: []hebel.Span{sent1}, Extractor: "relation-rules", Valid: valid2},
	}
	rec.Problems = []hebel.Problem{
		{Code: hebel.ProblemTruncated, Message: "Text endet mitten im Satz", Span: &hebel.Span{Start: sent3.Start, End: sent3.End}, Extractor: "htmltext"},
		{Code: hebel.ProblemEncoding, Message: "ungültige Bytes ersetzt: \uFFFD", Extractor: "reader"},
	}
	return rec
}

// minimalRecord returns a record with only an id and a text; every slice
// is nil and every optional field zero.
func minimalRecord(id, text string) *hebel.Record {
	return &hebel.Record{Document: hebel.Document{ID: id, Text: text}}
}

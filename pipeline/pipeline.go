// Package pipeline runs Hebel's extractors over one document: language,
// sentences, actors, quantities and claims (quotes and relations as they
// land), passing each extractor's results to the next. It does no I/O: it
// takes a hebel.Document and returns a hebel.Record whose Problems list
// says what went wrong with that document.
package pipeline

import (
	"fmt"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/claim"
	"github.com/hebel-project/hebel/entity"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
	"github.com/hebel-project/hebel/quantity"
	"github.com/hebel-project/hebel/quote"
	"github.com/hebel-project/hebel/relation"
	"github.com/hebel-project/hebel/segment"
)

// LanguageDetector tells the language of a text as an ISO 639-1 code, ""
// when it cannot. langid.Detector implements it.
type LanguageDetector interface {
	Detect(text string) (code string, confidence float64)
}

// Pipeline runs the extractors. Build it with New; it is safe for
// concurrent use once built.
type Pipeline struct {
	// Detector decides the language of documents that have none set. With
	// a nil Detector, documents must come with Document.Lang.
	Detector LanguageDetector

	// Profiles maps the languages Hebel extracts from to their profiles.
	Profiles map[string]*lang.Profile

	entityRec *entity.Recognizer
}

// New returns a Pipeline for German and English using det for language
// identification.
func New(det LanguageDetector) *Pipeline {
	return &Pipeline{
		Detector:  det,
		Profiles:  map[string]*lang.Profile{"de": de.Profile, "en": en.Profile},
		entityRec: entity.Actors(),
	}
}

// Run extracts everything it can from doc. It never fails: what goes wrong
// with the document is recorded in Record.Problems. A document in a
// language without a profile gets its language and a problem, nothing else.
func (p *Pipeline) Run(doc hebel.Document) *hebel.Record {
	rec := &hebel.Record{Document: doc}
	if doc.ID == "" {
		rec.Document.ID = hebel.DocumentID(doc.Text)
	}
	if rec.Document.Lang == "" && p.Detector != nil {
		rec.Document.Lang, _ = p.Detector.Detect(doc.Text)
	}
	prof, ok := p.Profiles[rec.Document.Lang]
	if !ok {
		msg := "language not recognised"
		if rec.Document.Lang != "" {
			msg = fmt.Sprintf("unsupported language %q: Hebel extracts from German and English", rec.Document.Lang)
		}
		rec.Problems = append(rec.Problems, hebel.Problem{
			Code: hebel.ProblemUnsupportedLanguage, Message: msg, Extractor: "langid"})
		return rec
	}
	text := rec.Document.Text
	sents := segment.Split(text, prof)
	rec.Sentences = make([]hebel.Span, len(sents))
	for i, s := range sents {
		rec.Sentences[i] = s.Span
	}
	rec.Entities = p.entityRec.Find(text, prof)
	quotes := quote.Find(text, sents, rec.Entities, prof)
	rec.Quotes = quote.Statements(quotes)
	qs := quantity.Find(text, prof)
	rec.Claims = claim.Build(text, sents, qs, rec.Entities, quotes, prof)
	rec.Relations = relation.Find(text, sents, rec.Entities, quotes, prof)
	return rec
}

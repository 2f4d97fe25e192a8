// Package pipeline runs Hebel's extractors over one document: language,
// sentences, actors, quantities and claims (quotes and relations as they
// land), passing each extractor's results to the next. It does no I/O: it
// takes a hebel.Document and returns a hebel.Record whose Problems list
// says what went wrong with that document.
package pipeline

import (
	"context"
	"fmt"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/analysis"
	"github.com/hebel-project/hebel/claim"
	"github.com/hebel-project/hebel/entity"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
	"github.com/hebel-project/hebel/quantity"
	"github.com/hebel-project/hebel/quote"
	"github.com/hebel-project/hebel/relation"
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
	rec, _ := p.RunContext(context.Background(), doc)
	return rec
}

// RunContext is Run that gives up soon after ctx is done: every extractor
// looks at ctx inside its long loops (every few dozen tokens, sentences or
// mentions), so a cancelled run returns within microseconds of work,
// whatever the size of the document. It then returns nil and ctx's error;
// with a ctx that is never done it returns what Run returns and nil.
func (p *Pipeline) RunContext(ctx context.Context, doc hebel.Document) (*hebel.Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rec := &hebel.Record{Document: doc, HebelVersion: hebel.BuildVersion()}
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
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return rec, nil
	}
	if err := p.extract(ctx, rec, prof); err != nil {
		return nil, err
	}
	return rec, nil
}

// extract analyses rec's text once (package analysis) and runs the
// extractors on the analysis, stopping at the first that reports ctx
// done.
func (p *Pipeline) extract(ctx context.Context, rec *hebel.Record, prof *lang.Profile) error {
	d, err := analysis.NewContext(ctx, rec.Document.Text, prof)
	if err != nil {
		return err
	}
	rec.Sentences = make([]hebel.Span, len(d.Sentences))
	for i, s := range d.Sentences {
		rec.Sentences[i] = s.Span
	}
	if rec.Entities, err = p.entityRec.FindDoc(ctx, d); err != nil {
		return err
	}
	d.SetEntities(rec.Entities)
	quotes, err := quote.FindDoc(ctx, d)
	if err != nil {
		return err
	}
	rec.Quotes = quote.Statements(quotes)
	qs, err := quantity.FindDoc(ctx, d)
	if err != nil {
		return err
	}
	if rec.Claims, err = claim.BuildDoc(ctx, d, qs, quotes); err != nil {
		return err
	}
	if rec.Relations, err = relation.FindDoc(ctx, d, quotes); err != nil {
		return err
	}
	dateAndTime(rec, d)
	return nil
}

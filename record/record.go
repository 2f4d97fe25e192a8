// Package record converts Hebel's internal extraction (hebel.Record, with
// byte offsets) to and from the public JSON record of
// shared/spec/extraction-format.md (version 1, rune offsets). The JSON
// field names are a contract with analysts' scripts: fields may be added,
// none renamed or dropped without a version bump.
//
// It does no I/O beyond the io.Writer and io.Reader it is handed.
package record

import (
	"time"

	"github.com/hebel-project/hebel"
)

// Version is the version of the public record this package writes.
const Version = 1

// Record is the public extraction record of one document.
type Record struct {
	Version int `json:"version"`
	// HebelVersion (an extension) names the build of Hebel that extracted
	// the record, so a store can tell what to extract again after an
	// upgrade; absent for records made by hand.
	HebelVersion string   `json:"hebel_version,omitempty"`
	Document     Document `json:"document"`
	// Sentences (an extension) are the sentences the extractors read.
	Sentences []Span     `json:"sentences"`
	Entities  []Entity   `json:"entities"`
	Claims    []Claim    `json:"claims"`
	Quotes    []Quote    `json:"quotes"`
	Relations []Relation `json:"relations"`
	// Problems is an extension of version 1: what went wrong with this
	// document without stopping the work.
	Problems []Problem `json:"problems"`
}

// Document is the document part of the record.
type Document struct {
	ID        string     `json:"id"`
	Title     *string    `json:"title"`
	Lang      string     `json:"lang"`
	URL       *string    `json:"url"`
	Published *time.Time `json:"published"`
	Text      string     `json:"text"`
	// Extensions of version 1.
	Author *string `json:"author,omitempty"`
	Source string  `json:"source,omitempty"`
	Format string  `json:"format,omitempty"`
	// Dating says where "published" came from and how exact it is; for
	// an undated document it is {"undated": true} and "published" is null.
	Dating *Dating `json:"dating,omitempty"`
}

// Dating is an extension of version 1: where a document's publication
// date came from. Published holds the first instant of the day, month or
// year that Precision names.
type Dating struct {
	Source     string `json:"source,omitempty"`    // html, feed, warc, flag, sidecar, index, dateline
	Precision  string `json:"precision,omitempty"` // day, month, year
	UpperBound bool   `json:"upper_bound,omitempty"`
	Note       string `json:"note,omitempty"`
	Undated    bool   `json:"undated,omitempty"` // no source dates the document
}

// ValidTime is the time a claim or relation is about: a point (start ==
// end) or the interval [start, end); null ends are open. text and its
// offsets give the words it was resolved from; basis "published" means it
// is the document's date (no words).
type ValidTime struct {
	Start     *time.Time `json:"start"`
	End       *time.Time `json:"end"`
	Precision string     `json:"precision,omitempty"`
	Basis     string     `json:"basis,omitempty"`
	Text      string     `json:"text,omitempty"`
	TextStart *int       `json:"text_start,omitempty"`
	TextEnd   *int       `json:"text_end,omitempty"`
}

// Span is a rune range [Start, End) into Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Entity is an actor with its mentions.
type Entity struct {
	ID       string `json:"id"`
	Type     string `json:"type"`
	Name     string `json:"name"`
	Wikidata string `json:"wikidata,omitempty"`
	// Extensions of version 1: the state a non-country actor belongs to
	// (ISO3) and a person's office or an organisation's kind.
	Country  string    `json:"country,omitempty"`
	Role     string    `json:"role,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Mention is one naming of an entity.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Coref bool   `json:"coref,omitempty"`
	// Extractor names what found the mention (provenance).
	Extractor string `json:"extractor,omitempty"`
}

// Quantity is a number with its hedge.
type Quantity struct {
	Text      string   `json:"text"`
	Value     float64  `json:"value"`
	Qualifier string   `json:"qualifier"`
	Low       *float64 `json:"low"`
	High      *float64 `json:"high"`
	Unit      *string  `json:"unit"`
	// Extensions: where the quantity itself stands.
	Start int `json:"start"`
	End   int `json:"end"`
}

// Source is who a claim, quote or relation is attributed to.
type Source struct {
	Text   string  `json:"text"`
	Cue    string  `json:"cue,omitempty"`
	Entity *string `json:"entity"`
	Name   string  `json:"name,omitempty"`
	// Extensions: where the claimant's words stand (absent when unknown),
	// and how the text attaches the source (hebel.Attachment).
	Start      *int   `json:"start,omitempty"`
	End        *int   `json:"end,omitempty"`
	Attachment string `json:"attachment,omitempty"`
	Extractor  string `json:"extractor,omitempty"`
}

// Claim is a counted or measured fact.
type Claim struct {
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Quantity Quantity `json:"quantity"`
	Counted  string   `json:"counted"`
	Entities []string `json:"entities"`
	Location *string  `json:"location"`
	Source   *Source  `json:"source"`
	// Extensions: the time the figure is about, what the number counts
	// (typed), how firmly it is stated, and the extractor.
	Valid      *ValidTime `json:"valid,omitempty"`
	Measure    string     `json:"measure,omitempty"`
	Concept    string     `json:"concept,omitempty"`
	Actor      string     `json:"actor,omitempty"`
	Places     []string   `json:"places,omitempty"`
	Reading    string     `json:"reading,omitempty"`
	Confidence float64    `json:"confidence,omitempty"`
	Extractor  string     `json:"extractor,omitempty"`
}

// Quote is who says what.
type Quote struct {
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Content string  `json:"content"`
	Kind    string  `json:"kind"`
	Cue     string  `json:"cue"`
	Speaker *Source `json:"speaker"`
	// Extensions: the content's own range, how firmly the text
	// attributes it (quote.Confidence).
	ContentStart int     `json:"content_start"`
	ContentEnd   int     `json:"content_end"`
	Confidence   float64 `json:"confidence,omitempty"`
	Extractor    string  `json:"extractor,omitempty"`
}

// Relation is a standing relation or an event between two actors.
type Relation struct {
	Type       hebel.RelationType `json:"type"`
	From       string             `json:"from"`
	To         string             `json:"to"`
	Attributes map[string]any     `json:"attributes"`
	Evidence   []Span             `json:"evidence"`
	Source     *Source            `json:"source"`
	// Extensions: the time it holds or happened, and the extractor.
	Valid     *ValidTime `json:"valid,omitempty"`
	Extractor string     `json:"extractor,omitempty"`
}

// Problem is something that went wrong with one document.
type Problem struct {
	Code      string `json:"code"`
	Message   string `json:"message"`
	Start     *int   `json:"start,omitempty"`
	End       *int   `json:"end,omitempty"`
	Extractor string `json:"extractor,omitempty"`
}

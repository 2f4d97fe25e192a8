package hebel

import (
	"context"
	"time"
)

// SearchQuery selects stored documents by their words and by facets.
// Zero fields select all.
type SearchQuery struct {
	// Text holds the words to find: a document matches when it contains
	// every word (case and diacritics folded, no stemming); a "quoted
	// phrase" must appear as written. Operators of the engine's own
	// query language are not interpreted. "" matches every document.
	Text string
	// Stem matches words by their stem in each document's language
	// ("Soldat" finds "Soldaten", "deploy" finds "deployed"), with
	// German and English stemmers. A store without stemmers returns
	// EUNSUPPORTED.
	Stem  bool
	Actor string       // an entity id (as in Entity.ID) the document names
	Lang  string       // ISO 639-1
	Type  RelationType // a relation type the document states
	// From and To bound the publication time, [From, To). When either is
	// set, undated documents do not match: their date is unknown.
	From, To time.Time
	Offset   int
	Limit    int // 0: no limit
}

// SearchHit is one matching document.
type SearchHit struct {
	Document  DocumentSummary
	Published time.Time // zero when the document is undated
	// Snippet is a short passage of the text around the best match (the
	// start of the text when Text is empty), with the matched words at
	// Highlights, byte offsets into Snippet.
	Snippet    string
	Highlights []Span
}

// Facet is one value of a facet with the number of matching documents
// that have it.
type Facet struct {
	Value string // what a filter takes: an entity id, a language, a relation type, a month YYYY-MM ("" undated)
	Label string // what people read: the actor's name; else Value
	Count int
}

// SearchFacets count the matching documents (all of them, before paging)
// by actor, language, relation type and month of publication.
type SearchFacets struct {
	Actors []Facet // the MaxFacetValues actors named in most matches, most first
	Langs  []Facet // most first
	Types  []Facet // most first
	Months []Facet // latest first; undated documents last, under ""
}

// MaxFacetValues is the most values a store returns per facet.
const MaxFacetValues = 30

// SearchResult is one page of matches, the total and the facets.
type SearchResult struct {
	Hits   []SearchHit
	Total  int
	Facets SearchFacets
}

// SearchStore finds stored documents by full text and facets.
//
// Implementations: sqlite.RecordStore (SQLite FTS5), postgres.RecordStore
// (PostgreSQL text search: unaccented words, or with Stem the German and
// English stemmers). The conformance suite
// storetest.SearchStore states the contract in code.
type SearchStore interface {
	// SearchDocuments returns the documents matching q, best match first
	// when q.Text is set, else most recently ingested first, with the
	// total and the facets of all matches. A query without any word
	// (only punctuation) matches nothing. A negative offset or limit gives
	// EINVALID.
	SearchDocuments(ctx context.Context, q SearchQuery) (*SearchResult, error)
}

// ActorSummary is one actor across the stored documents.
type ActorSummary struct {
	ID        string
	Type      EntityType
	Name      string
	Wikidata  string
	Documents int // documents that name it
	Mentions  int // its mentions in all of them
	Quotes    int // quotes it is the speaker of
	Claims    int // claims it is the claimant of
	Relations int // relations it is a side of
}

// ActorFilter selects actors. Zero fields select all.
type ActorFilter struct {
	ID     string     // exactly this entity id
	Name   string     // a part of the name, case folded
	Type   EntityType // person, organisation, country …
	Offset int
	Limit  int // 0: no limit
}

// RelationRow is one relation stated in one stored document.
type RelationRow struct {
	DocumentID string
	Pos        int       // index in the record's Relations
	Published  time.Time // the document's, zero when undated
	Type       RelationType
	From, To   ActorRef
	Attributes map[string]any
	Claimant   string // the source's words, "" when the text names none
	ClaimantID string // the source's entity id, "" when not linked
}

// ActorRef names an actor as a document does.
type ActorRef struct {
	ID   string
	Name string
	Type EntityType
}

// RelationFilter selects relations. Zero fields select all.
type RelationFilter struct {
	Type  RelationType
	Actor string // an entity id on either side
	// From and To bound the document's publication time, [From, To);
	// when either is set, relations of undated documents do not match.
	From, To time.Time
	Offset   int
	Limit    int // 0: no limit
}

// ActorStore lists actors and relations across stored documents.
//
// Implementations: sqlite.RecordStore, postgres.RecordStore. The
// conformance suite storetest.ActorStore states the contract in code.
type ActorStore interface {
	// FindActors lists actors, those named in most documents first (ties:
	// most mentions, then id), and the total matching the filter. The name
	// of an actor is the one its latest ingested document gives.
	FindActors(ctx context.Context, f ActorFilter) ([]*ActorSummary, int, error)

	// FindRelations lists relations, latest published first (undated
	// last; ties: latest ingested, then position), and the total.
	FindRelations(ctx context.Context, f RelationFilter) ([]*RelationRow, int, error)
}

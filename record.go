package hebel

// Record is everything Hebel read out of one document: the document itself,
// sentences, entities, claims, quotes, relations and the problems met.
// Package record converts it to and from the public JSON format.
type Record struct {
	Document  Document
	Sentences []Span
	Entities  []Entity
	Claims    []Claim
	Quotes    []Quote
	Relations []Relation
	Problems  []Problem
}

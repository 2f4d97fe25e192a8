// Package hebel holds the domain of Hebel: the nouns every other package
// speaks (documents, spans, mentions, entities, quantities, claims, quotes,
// relations, problems), the store interfaces, and the one error type.
//
// Hebel turns geopolitical reporting and real datasets into a sourced model
// of who depends on whom. This package does no I/O and imports only the
// standard library; extractors, adapters and stores live in their own
// packages and meet here.
//
// Glossary:
//
//   - document: one text with its metadata; its ID is the SHA-256 of the
//     NFC-normalised text, so the same article read twice is one document.
//   - span: a half-open range of byte offsets into Document.Text. The public
//     JSON record converts spans to rune offsets (package record).
//   - mention: a span of text that names an actor.
//   - entity: an actor (country, organisation, person, place, group) with
//     its mentions in one document.
//   - quantity: a number as written, with its value, qualifier and unit.
//   - qualifier: the hedge on a quantity (exact, approx, at_least, ...).
//   - claim: a counted or measured fact as the text states it, with its
//     source when the text names one.
//   - quote: who says what, in direct, indirect or mixed speech.
//   - relation: a standing relation or an event between two actors.
//   - problem: something about one document that went wrong but did not
//     stop the work (go/scanner.ErrorList style).
//   - flow, leverage: dependencies between states and the power they give;
//     see package leverage.
package hebel

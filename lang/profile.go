// Package lang describes what the extractors need to know about a
// language: abbreviations and sentence rules, number words and hedges,
// speech cues. A Profile is plain data; the per-language packages lang/de
// and lang/en fill one each, with the same file and exported names, and are
// passed explicitly (no registries, no init).
//
// This package holds no word lists itself and must not import the
// per-language packages.
package lang

// Profile is everything language-specific the extractors use. Each section
// has its own type in its own file, owned by the extractor that reads it.
type Profile struct {
	Code    string // ISO 639-1
	Name    string // English name of the language
	Segment Segmentation
	Numbers Numbers
	Actors  Actors
	Speech  Speech
	Claims  Claims
	Rels    Relations
	Figures Figures
	Time    Time
}

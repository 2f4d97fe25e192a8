// Package quote finds who says what: direct, indirect (Konjunktiv,
// dass-clauses, reported clauses) and mixed speech in German and English,
// with the cue and the speaker. It also finds source frames ("laut X",
// "X zufolge", "according to X"), the one attribution mechanism that
// claims and relations take their sources from. Actors come in as
// entities; this package does not find names itself and does not import
// other extractors.
package quote

import (
	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/segment"
)

// Find returns the attributions in text, in text order.
func Find(text string, sents []segment.Sentence, ents []hebel.Entity, p *lang.Profile) []hebel.Quote {
	return nil
}

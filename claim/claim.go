// Package claim assembles claims: a quantity with what it counts, the
// actors and place in its clause, and its source, taken from the
// attributions package quote found (passed in, never re-found). It does
// not import other extractors; package pipeline hands it their results.
package claim

import (
	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/segment"
)

// Build returns one claim per quantity that states a claim, in text order.
func Build(text string, sents []segment.Sentence, qs []hebel.Quantity, ents []hebel.Entity, quotes []hebel.Quote, p *lang.Profile) []hebel.Claim {
	return nil
}

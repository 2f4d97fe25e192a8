// Package relation finds relations and events between actors: alliances,
// troop deployments, supplies, sanctions, hostility, armed conflict,
// cooperation and PLOVER events, each with its evidence, modality and
// source. Actors and attributions come in from the other extractors
// through package pipeline; this package imports none of them.
package relation

import (
	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/segment"
)

// Find returns the relations stated in text.
func Find(text string, sents []segment.Sentence, ents []hebel.Entity, quotes []hebel.Quote, p *lang.Profile) []hebel.Relation {
	return nil
}

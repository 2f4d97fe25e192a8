// Package en is the English language profile: abbreviations, number words,
// hedges and cues as data, gathered in Profile. It must not import other
// language packages.
package en

import "github.com/hebel-project/hebel/lang"

// Profile is the English profile passed to every extractor.
var Profile = &lang.Profile{
	Code:    "en",
	Name:    "English",
	Segment: segmentation,
	Numbers: numbers,
	Actors:  actors,
	Speech:  speech,
	Claims:  claims,
	Rels:    relations,
	Figures: figures,
	Time:    timeWords,
}

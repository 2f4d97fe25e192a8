// Package de is the German language profile: abbreviations, number words,
// hedges and cues as data, gathered in Profile. It must not import other
// language packages.
package de

import "github.com/hebel-project/hebel/lang"

// Profile is the German profile passed to every extractor.
var Profile = &lang.Profile{
	Code:    "de",
	Name:    "German",
	Segment: segmentation,
	Numbers: numbers,
	Actors:  actors,
	Speech:  speech,
	Claims:  claims,
	Rels:    relations,
	Figures: figures,
	Time:    timeWords,
}

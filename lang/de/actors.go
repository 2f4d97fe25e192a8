package de

import "github.com/hebel-project/hebel/lang"

// actors holds German inflection rules for country names, nationality
// adjectives and inhabitant nouns. Source: German grammar (strong/weak
// adjective endings, genitive -s, agent nouns in -er/-in and weak nouns
// in -e), written for Hebel; same licence as the project.
var actors = lang.Actors{
	// Genitive: "Russlands", "Chinas"; names in s, ß, x, z take none.
	Name: []lang.Inflection{
		{Suffix: "s", Forms: []string{"s"}},
		{Suffix: "ß", Forms: []string{"ß"}},
		{Suffix: "x", Forms: []string{"x"}},
		{Suffix: "z", Forms: []string{"z"}},
		{Suffix: "", Forms: []string{"", "s"}},
	},
	// "nordkoreanisch", "nordkoreanische", -en, -er, -es, -em.
	Adjective: []lang.Inflection{
		{Suffix: "", Forms: []string{"", "e", "en", "er", "es", "em"}},
	},
	// "Nordkoreaner", -n, -in, -innen; "Russe", -n, "Russin", -innen;
	// "Israeli", -s.
	Demonym: []lang.Inflection{
		{Suffix: "er", Forms: []string{"er", "ern", "ers", "erin", "erinnen"}},
		{Suffix: "e", Forms: []string{"e", "en", "in", "innen"}},
		{Suffix: "i", Forms: []string{"i", "is"}},
		{Suffix: "", Forms: []string{""}},
	},
	Coordinators: []string{"und", "oder", "sowie", "bzw"},
	Words:        actorWords,
}

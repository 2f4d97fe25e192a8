package en

import "github.com/hebel-project/hebel/lang"

// englishPlural makes the plural of demonyms and nationality nouns:
// "Americans", "Israelis"; words in -ese, -ss, -sh, -ch do not change
// ("Chinese", "Swiss", "British", "French"). Source: English grammar,
// written for Hebel; same licence as the project.
var englishPlural = []lang.Inflection{
	{Suffix: "ese", Forms: []string{"ese"}},
	{Suffix: "ss", Forms: []string{"ss"}},
	{Suffix: "sh", Forms: []string{"sh"}},
	{Suffix: "ch", Forms: []string{"ch"}},
	{Suffix: "", Forms: []string{"", "s"}},
}

// actors holds English inflection rules: names do not inflect (the
// possessive "'s" is split off as punctuation), adjectives double as
// nouns with a plural.
var actors = lang.Actors{
	Adjective:    englishPlural,
	Demonym:      englishPlural,
	Coordinators: []string{"and", "or"},
	Words:        actorWords,
}

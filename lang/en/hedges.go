package en

import (
	hebel "github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
)

// Hedges of English before a number, from the table of the extraction
// format (spec/extraction-format.md) and common comparatives, written for
// this project; licence: same as the repository. Longer phrases first.
var hedges = []lang.Hedge{
	hedge(hebel.AtLeast, "greater", "than", "or", "equal", "to"),
	hedge(hebel.AtLeast, "more", "than", "or", "equal", "to"),
	hedge(hebel.AtMost, "less", "than", "or", "equal", "to"),
	hedge(hebel.AtMost, "fewer", "than", "or", "equal", "to"),
	hedge(hebel.AtLeast, "equal", "to", "or", "more", "than"),
	hedge(hebel.AtLeast, "equal", "to", "or", "greater", "than"),
	hedge(hebel.AtMost, "equal", "to", "or", "less", "than"),
	hedge(hebel.AtLeast, "at", "least", "or", "equal", "to"),
	hedge(hebel.AtLeast, "bigger", "or", "equal", "than"),
	hedge(hebel.AtLeast, "higher", "or", "equal", "than"),
	hedge(hebel.AtMost, "smaller", "or", "equal", "than"),
	hedge(hebel.AtMost, "lower", "or", "equal", "than"),
	hedge(hebel.AtMost, "less", "or", "equal", "than"),
	hedge(hebel.AtLeast, "no", "fewer", "than"),
	hedge(hebel.AtLeast, "no", "less", "than"),
	hedge(hebel.AtLeast, "not", "less", "than"),
	hedge(hebel.AtMost, "no", "more", "than"),
	hedge(hebel.AtMost, "not", "more", "than"),
	hedge(hebel.Approx, "an", "estimated"),
	hedge(hebel.Exact, "equal", "to"),
	hedge(hebel.Exact, "equals", "to"),
	hedge(hebel.Exact, "equaling", "to"),
	hedge(hebel.Exact, "equalling", "to"),
	hedge(hebel.AtLeast, "at", "least"),
	hedge(hebel.AtMost, "at", "most"),
	hedge(hebel.MoreThan, "more", "than"),
	hedge(hebel.MoreThan, "greater", "than"),
	hedge(hebel.MoreThan, "larger", "than"),
	hedge(hebel.MoreThan, "higher", "than"),
	hedge(hebel.MoreThan, "bigger", "than"),
	hedge(hebel.MoreThan, "upwards", "of"),
	hedge(hebel.MoreThan, "in", "excess", "of"),
	hedge(hebel.AtMost, "up", "to"),
	hedge(hebel.AtMost, "as", "many", "as"),
	hedge(hebel.AtMost, "as", "much", "as"),
	hedge(hebel.LessThan, "fell", "short", "of"),
	hedge(hebel.LessThan, "falls", "short", "of"),
	hedge(hebel.LessThan, "fall", "short", "of"),
	hedge(hebel.LessThan, "falling", "short", "of"),
	hedge(hebel.LessThan, "less", "than"),
	hedge(hebel.LessThan, "fewer", "than"),
	hedge(hebel.LessThan, "smaller", "than"),
	hedge(hebel.LessThan, "lower", "than"),
	hedge(hebel.Exact, "equals"),
	hedge(hebel.Exact, "equaling"),
	hedge(hebel.Exact, "equalling"),
	hedge(hebel.Approx, "about"),
	hedge(hebel.Approx, "around"),
	hedge(hebel.Approx, "roughly"),
	hedge(hebel.Approx, "some"),
	hedge(hebel.Approx, "approximately"),
	hedge(hebel.Approx, "nearly"),
	hedge(hebel.Approx, "almost"),
	hedge(hebel.Approx, "approx."),
	hedge(hebel.Approx, "circa"),
	hedge(hebel.Approx, "ca."),
	hedge(hebel.Approx, "estimated"),
	hedge(hebel.MoreThan, "over"),
	hedge(hebel.MoreThan, "above"),
	hedge(hebel.MoreThan, "exceeding"),
	hedge(hebel.MoreThan, "exceed"),
	hedge(hebel.MoreThan, "surpass"),
	// verbs of passing a mark: "the list surpassed 10,000 names"
	hedge(hebel.MoreThan, "exceeded"),
	hedge(hebel.MoreThan, "exceeds"),
	hedge(hebel.MoreThan, "surpassed"),
	hedge(hebel.MoreThan, "surpasses"),
	hedge(hebel.MoreThan, "surpassing"),
	hedge(hebel.MoreThan, "topped"),
	hedge(hebel.MoreThan, "tops"),
	hedge(hebel.LessThan, "under"),
	hedge(hebel.LessThan, "below"),
	hedge(hebel.AtLeast, ">="),
	hedge(hebel.AtMost, "<="),
	hedge(hebel.MoreThan, ">"),
	hedge(hebel.LessThan, "<"),
}

// hedgesAfter follow the number: "500 or more".
var hedgesAfter = []lang.Hedge{
	hedge(hebel.AtLeast, "or", "more"),
	hedge(hebel.AtLeast, "and", "more"),
	hedge(hebel.AtLeast, "or", "greater"),
	hedge(hebel.AtLeast, "or", "above"),
	hedge(hebel.AtMost, "or", "less"),
	hedge(hebel.AtMost, "or", "fewer"),
	hedge(hebel.AtMost, "or", "below"),
	hedge(hebel.Exact, "or", "equal"), // "less than 5 or equal": inclusive
}

// topicHedges are prepositions of a topic after topicNouns: "reports
// about 300 deaths" speaks of 300 deaths, not of roughly 300.
var topicHedges = map[string]bool{"about": true}

// topicNouns are nouns of knowledge and communication that take "about"
// for their topic (general English usage, written for this project).
var topicNouns = wordSet(
	"information", "intelligence", "report", "reports", "news", "data",
	"details", "knowledge", "talks", "debate", "discussion", "questions",
	"concerns", "rumours", "rumors", "claims", "statement", "story",
	"stories", "study", "survey",
)

// wordSet builds a set of lower-case words.
func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// hedge keeps the tables above short.
func hedge(q hebel.Qualifier, words ...string) lang.Hedge {
	return lang.Hedge{Words: words, Qualifier: q}
}

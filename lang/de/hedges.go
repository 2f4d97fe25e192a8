package de

import (
	hebel "github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
)

// Hedges of German before a number, from the table of the extraction
// format (spec/extraction-format.md), written for this project; licence:
// same as the repository. Longer phrases come first.
var hedges = []lang.Hedge{
	hedge(hebel.LessThan, "weniger", "als"),
	hedge(hebel.MoreThan, "mehr", "als"),
	hedge(hebel.AtMost, "bis", "zu"),
	hedge(hebel.Approx, "rund"),
	hedge(hebel.Approx, "etwa"),
	hedge(hebel.Approx, "ca."),
	hedge(hebel.Approx, "circa"),
	hedge(hebel.Approx, "zirka"),
	hedge(hebel.Approx, "ungefähr"),
	hedge(hebel.Approx, "gut"),
	hedge(hebel.Approx, "knapp"),
	hedge(hebel.Approx, "schätzungsweise"),
	hedge(hebel.Approx, "annähernd"),
	hedge(hebel.Approx, "fast"),
	hedge(hebel.Approx, "beinahe"),
	hedge(hebel.AtLeast, "mindestens"),
	hedge(hebel.AtLeast, "wenigstens"),
	hedge(hebel.MoreThan, "über"),
	hedge(hebel.AtMost, "höchstens"),
	hedge(hebel.AtMost, "maximal"),
	hedge(hebel.LessThan, "unter"),
	// verbs of passing a mark: "die Zahl übertraf 10.000"
	hedge(hebel.MoreThan, "übertraf"),
	hedge(hebel.MoreThan, "übertrafen"),
	hedge(hebel.MoreThan, "übertrifft"),
	hedge(hebel.MoreThan, "übertreffen"),
	hedge(hebel.MoreThan, "überstieg"),
	hedge(hebel.MoreThan, "überstiegen"),
	hedge(hebel.MoreThan, "übersteigt"),
	hedge(hebel.MoreThan, "übersteigen"),
	hedge(hebel.MoreThan, "überschritt"),
	hedge(hebel.MoreThan, "überschreitet"),
}

// hedgesAfter follow the number: "100 oder mehr".
var hedgesAfter = []lang.Hedge{
	hedge(hebel.AtLeast, "oder", "mehr"),
	hedge(hebel.AtLeast, "und", "mehr"),
	hedge(hebel.AtMost, "oder", "weniger"),
}

// topicHedges are prepositions of a topic after topicNouns: "Erkenntnisse
// über 3.000 Soldaten" speaks of 3.000 soldiers, not of more than 3.000.
var topicHedges = map[string]bool{"über": true}

// topicNouns are nouns of knowledge and communication that take "über"
// for their topic (general German usage, written for this project).
var topicNouns = wordSet(
	"erkenntnis", "erkenntnisse", "information", "informationen",
	"bericht", "berichte", "berichten", "meldung", "meldungen",
	"nachricht", "nachrichten", "angaben", "daten", "hinweis", "hinweise",
	"wissen", "kenntnis", "kenntnisse", "gespräch", "gespräche",
	"gesprächen", "verhandlung", "verhandlungen", "debatte", "diskussion",
	"streit", "einigung", "entscheidung", "vertrag", "abkommen", "studie",
	"umfrage", "spekulationen", "gerüchte", "aussagen",
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

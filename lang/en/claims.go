package en

import "github.com/hebel-project/hebel/lang"

// English words for assembling claims: determiners, partitive and
// complement prepositions, stop words, amount and time nouns, place
// prepositions and carry-over phrases. Written for this project from
// general knowledge of English grammar; licence: same as the repository.
var claims = lang.Claims{
	CapitalNouns: false,
	Determiners: claimWords(
		"the", "a", "an", "its", "their", "his", "her", "our", "my", "your",
		"these", "those", "this", "that", "all", "both", "further",
		"another", "other",
	),
	Definite:     claimWords("the"),
	Partitive:    claimWords("of"),
	Complements:  claimWords("of", "from"),
	Coordinators: claimWords("and", "or"),
	Stop: claimWords(
		// auxiliaries and modal verbs
		"is", "are", "was", "were", "be", "been", "being", "am",
		"has", "have", "had", "having", "do", "does", "did",
		"will", "would", "can", "could", "may", "might", "must", "shall",
		"should",
		// conjunctions and relative words
		"and", "or", "but", "that", "which", "who", "whom", "whose", "while",
		"when", "where", "if", "because", "as", "than", "since", "after",
		"before", "until", "so", "though", "although", "whether",
		// prepositions
		"in", "on", "at", "to", "from", "by", "with", "for", "of", "into",
		"onto", "over", "under", "between", "among", "against", "about",
		"during", "through", "across", "toward", "towards", "per", "within",
		"without", "including", "according", "via", "amid", "like",
		// pronouns
		"he", "she", "it", "they", "we", "you", "i", "them", "him", "us",
		"me", "there", "here",
		// adverbs and particles
		"not", "now", "also", "only", "just", "already", "still", "yet",
		"then", "mostly", "recently", "annually", "each", "every", "alone",
		"ago", "later", "earlier", "currently", "reportedly", "said", "says",
		"showed", "shows", "suggested", "suggests",
		// irregular participles, which end a phrase like "-ed" ones do
		"sent", "held", "taken", "seen", "known", "given", "left", "made",
		"built", "brought", "caught", "fought", "kept", "lost", "put", "shot",
		"spent", "struck", "told", "won", "born", "drawn", "driven", "flown",
		"shown", "hidden", "stolen", "chosen", "fallen", "thought", "believed",
		"the", "a", "an",
	),
	Linkers: claimWords("at", "to", "from", "of", "by", "with", "between", "-", "–", "—", ":"),
	MeasureVerbs: claimWords(
		"hit", "hits", "reached", "reaches", "rose", "rises", "risen", "fell",
		"falls", "fallen", "grew", "grows", "grown", "growing", "jumped",
		"jumps", "soared", "soars", "climbed", "climbs", "dropped", "drops",
		"declined", "declines", "increased", "increases", "decreased",
		"decreases", "totalled", "totaled", "totals", "stood", "stands",
		"amounted", "exceeded", "exceeds", "surpassed", "topped", "tops",
		"slumped", "plunged", "surged",
	),
	ChangeNouns: claimWords(
		"fall", "rise", "increase", "decrease", "drop", "decline", "jump",
		"growth", "gain", "cut", "reduction", "surge", "slump", "plunge",
	),
	ChangeOf:    claimWords("in"),
	AmountNouns: claimWords("number", "total", "tally", "count", "share", "proportion", "rate"),
	TimeNouns: claimWords(
		"second", "seconds", "minute", "minutes", "hour", "hours", "day",
		"days", "week", "weeks", "month", "months", "year", "years",
		"decade", "decades", "century", "centuries", "times", "time",
		"o'clock",
	),
	PlaceBefore: [][]string{
		{"in", "the", "region", "of"}, {"in", "the"}, {"near", "the"},
		{"in"}, {"near"}, {"outside"},
	},
	PlaceAfter: claimWords("region", "oblast", "province"),
	CarryOver: [][]string{
		{"according", "to", "the", "report"}, {"according", "to", "the", "data"},
		{"according", "to", "the", "figures"}, {"according", "to", "the", "estimate"},
		{"according", "to", "the", "study"}, {"according", "to", "the", "analysis"},
		{"the", "report", "said"}, {"the", "data", "showed"}, {"the", "report", "says"},
	},
	FigureNouns: claimWords(
		"statistics", "figure", "figures", "numbers", "data", "tally",
		"toll", "estimate", "estimates", "count",
	),
	Authors: claimWords("by", "from"),
}

// claimWords builds a word set for the claim tables.
func claimWords(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

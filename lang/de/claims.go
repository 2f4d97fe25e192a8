package de

import "github.com/hebel-project/hebel/lang"

// German words for assembling claims: determiners, partitive and
// complement prepositions, stop words, amount and time nouns, place
// prepositions and carry-over phrases. Written for this project from
// general knowledge of German grammar; licence: same as the repository.
var claims = lang.Claims{
	CapitalNouns: true,
	Determiners: claimWords(
		"der", "die", "das", "des", "dem", "den",
		"ein", "eine", "einer", "eines", "einem", "einen",
		"mein", "meine", "meiner", "meines", "meinem", "meinen",
		"dein", "deine", "deiner", "deines", "deinem", "deinen",
		"sein", "seine", "seiner", "seines", "seinem", "seinen",
		"ihr", "ihre", "ihrer", "ihres", "ihrem", "ihren",
		"unser", "unsere", "unserer", "unseres", "unserem", "unseren",
		"euer", "eure", "eurer", "eures", "eurem", "euren",
		"dieser", "diese", "dieses", "diesem", "diesen",
		"jener", "jene", "jenes", "jenem", "jenen",
		"alle", "aller", "allen",
		"vom", "zum", "zur",
	),
	Definite:     claimWords("der", "die", "das", "den", "dem", "des"),
	Partitive:    claimWords("von"),
	Complements:  claimWords("aus", "nach"),
	Coordinators: claimWords("und", "oder", "sowie"),
	Stop: claimWords(
		// auxiliaries and modal verbs
		"sind", "ist", "war", "waren", "sei", "seien", "wäre", "wären",
		"wird", "werden", "wurde", "wurden", "würde", "würden", "worden",
		"hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten",
		"kann", "können", "konnte", "konnten", "könnte", "könnten",
		"soll", "sollen", "sollte", "sollten", "muss", "müssen", "musste",
		"mussten", "will", "wollen", "wollte", "wollten", "darf", "dürfen",
		"mag", "mögen", "möchte", "möchten",
		// conjunctions and relative words
		"und", "oder", "aber", "sowie", "dass", "daß", "weil", "wenn", "als",
		"wie", "ob", "doch", "denn", "sondern", "während", "nachdem",
		"bevor", "damit", "sodass", "so", "wo", "was", "wer",
		// prepositions
		"in", "im", "ins", "an", "am", "ans", "auf", "aus", "bei", "beim",
		"mit", "nach", "seit", "von", "vom", "zu", "zum", "zur", "für",
		"gegen", "ohne", "um", "durch", "über", "unter", "vor", "hinter",
		"neben", "zwischen", "bis", "trotz", "wegen", "laut", "gegenüber",
		"pro", "je",
		// pronouns
		"er", "sie", "es", "wir", "ihr", "man", "sich", "ich", "du",
		"ihnen", "ihm", "ihn", "uns", "euch", "mir", "mich", "dir", "dich",
		// adverbs and particles
		"nicht", "nur", "auch", "noch", "schon", "bereits", "derzeit",
		"jetzt", "nun", "heute", "gestern", "morgen", "dort", "hier", "da",
		"dabei", "damals", "demnach", "zufolge", "also", "sogar", "etwa",
		"rund", "fast", "mehr", "weniger", "insgesamt", "zuvor", "zudem",
		"inzwischen", "zuletzt", "bislang", "bisher", "ständig", "erst",
		"wohl", "allerdings", "jedoch", "jeweils", "offiziell", "täglich",
		"jährlich", "vermutlich", "möglicherweise", "ebenfalls", "sehr",
	),
	Linkers: claimWords("bei", "auf", "mit", "von", "um", "zu", "über", "unter", "-", "–", ":"),
	MeasureVerbs: claimWords(
		"stieg", "steigt", "stiegen", "steigen", "sank", "sinkt", "sanken",
		"fiel", "fällt", "fielen", "wuchs", "wächst", "liegt", "lag", "liegen",
		"lagen", "betrug", "beträgt", "betragen", "erreichte", "erreicht",
		"übertraf", "übertrifft", "kletterte", "klettert", "belief", "beläuft",
		"wuchsen", "wachsen", "beliefen", "betrugen", "erreichten", "kletterten",
	),
	AmountNouns: claimWords("zahl", "anzahl", "gesamtzahl", "höhe", "summe", "menge", "stärke", "anteil"),
	TimeNouns: claimWords(
		"sekunde", "sekunden", "minute", "minuten", "stunde", "stunden",
		"tag", "tage", "tagen", "tages", "woche", "wochen", "monat",
		"monate", "monaten", "monats", "jahr", "jahre", "jahren", "jahres",
		"jahrzehnt", "jahrzehnte", "jahrzehnten", "jahrhundert",
		"jahrhunderte", "jahrhunderten", "mal", "male", "uhr",
	),
	PlaceBefore: [][]string{
		{"in", "der", "region"}, {"im", "gebiet"}, {"im", "raum"},
		{"in", "der", "oblast"}, {"nahe"}, {"in"},
	},
	PlaceAfter: claimWords("region", "raum", "gebiet", "oblast"),
	CarryOver: [][]string{
		{"demnach"}, {"dem", "bericht", "zufolge"}, {"den", "angaben", "zufolge"},
		{"diesen", "angaben", "zufolge"}, {"demzufolge"}, {"dementsprechend"},
		{"nach", "der", "rechnung"}, {"nach", "dieser", "rechnung"}, {"nach", "den", "angaben"},
		{"nach", "diesen", "angaben"}, {"dieser", "schätzung", "zufolge"}, {"der", "schätzung", "zufolge"},
	},
	FigureNouns: claimWords(
		"statistik", "statistiken", "zahl", "zahlen", "angabe", "angaben",
		"daten", "bilanz", "opferzahl", "opferzahlen", "schätzung", "schätzungen",
	),
	Authors: claimWords("von", "vom"),
}

// claimWords builds a word set for the claim tables.
func claimWords(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

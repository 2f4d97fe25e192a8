package de

import "github.com/hebel-project/hebel/lang"

// numbers is the German number profile. Word lists: German orthography
// and common news usage, written for this project; licence: same as the
// repository.
var numbers = lang.Numbers{
	Decimal:     ',',
	Group:       '.',
	Words:       numberWords,
	Compound:    true,
	Vague:       vague,
	Hedges:      hedges,
	HedgesAfter: hedgesAfter,
	TopicHedges: topicHedges,
	TopicNouns:  topicNouns,
	RangeWords:  []string{"bis"},
	Between:     "zwischen",
	BetweenAnd:  "und",
	From:        "von",
	ChangeTo:    "auf",
	Units: map[string]string{
		"prozent": "%", "prozentpunkte": "pp", "prozentpunkt": "pp", "prozentpunkten": "pp",
		"euro": "EUR", "eur": "EUR",
		"dollar": "USD", "us-dollar": "USD", "usd": "USD",
		"yuan": "CNY", "renminbi": "CNY", "won": "KRW", "rubel": "RUB", "yen": "JPY",
		"pfund": "GBP", "franken": "CHF", "rupien": "INR", "hrywnja": "UAH", "griwna": "UAH",
		"tonnen": "t", "tonne": "t", "barrel": "bbl", "fass": "bbl",
		"kilometer": "km", "km": "km", "kilogramm": "kg", "kg": "kg", "kilo": "kg",
		"meter": "m", "meilen": "mi", "quadratkilometer": "km2", "km²": "km2",
		"hektar": "ha", "liter": "l", "megawatt": "MW", "gigawatt": "GW",
	},
	Symbols: map[string]string{"€": "EUR", "$": "USD", "us$": "USD", "£": "GBP", "¥": "JPY", "₩": "KRW", "₽": "RUB"},
	Months: map[string]bool{
		"januar": true, "jänner": true, "februar": true, "märz": true, "april": true, "mai": true,
		"juni": true, "juli": true, "august": true, "september": true, "oktober": true,
		"november": true, "dezember": true, "jan.": true, "feb.": true, "febr.": true, "apr.": true,
		"jun.": true, "jul.": true, "aug.": true, "sep.": true, "sept.": true, "okt.": true,
		"nov.": true, "dez.": true,
	},
	YearCues: map[string]bool{
		"jahr": true, "jahre": true, "jahres": true, "seit": true, "anno": true,
		"frühjahr": true, "sommer": true, "herbst": true, "winter": true, "ende": true,
		"anfang": true, "mitte": true, "jahreswechsel": true,
	},
	AgeBefore:   [][]string{{"im", "alter", "von"}, {"alter", "von"}, {"alter"}},
	AgeAfter:    [][]string{{"jahre", "alt"}, {"jahre", "alte"}, {"jahre", "alten"}, {"jahre", "alter"}, {"lebensjahr"}},
	AgeSuffixes: []string{"jährig", "jähr"},
	ClockAfter:  map[string]bool{"uhr": true},
	CodeCues: map[string]bool{
		"resolution": true, "nr.": true, "nummer": true, "artikel": true, "art.": true, "§": true,
		"absatz": true, "abs.": true, "paragraf": true, "paragraph": true, "kapitel": true,
		"flug": true, "linie": true, "seite": true, "s.": true, "band": true, "bd.": true,
		"platz": true, "rang": true, "tor": true, "gleis": true, "kanal": true, "folge": true,
		"version": true, "ziffer": true, "punkt": true, "zimmer": true, "buslinie": true,
	},
	OrdinalDot: true,
	OrdinalBefore: map[string]bool{
		"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "am": true,
		"im": true, "zum": true, "zur": true, "vom": true, "beim": true, "ins": true, "ihr": true,
		"ihre": true, "sein": true, "seine": true, "seinem": true, "ihrem": true, "jeder": true, "jede": true,
	},
	Minus:        map[string]bool{"minus": true},
	Coordinators: map[string]bool{"und": true, "oder": true, "sowie": true},
	Several: map[string]bool{
		"mehrere": true, "mehreren": true, "einige": true, "einigen": true,
		"etliche": true, "etlichen": true,
	},
}

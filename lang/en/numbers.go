package en

import "github.com/hebel-project/hebel/lang"

// numbers is the English number profile. Word lists: English news usage,
// written for this project; licence: same as the repository.
var numbers = lang.Numbers{
	Decimal:     '.',
	Group:       ',',
	Words:       numberWords,
	Vague:       vague,
	VagueOf:     "of",
	Hedges:      hedges,
	HedgesAfter: hedgesAfter,
	RangeWords:  []string{"to", "through", "~"},
	Between:     "between",
	BetweenAnd:  "and",
	From:        "from",
	ScaleSuffixes: map[string]float64{
		"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mm": 1e6, "MM": 1e6, "mn": 1e6, "mil": 1e6, "mln": 1e6,
		"b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "G": 1e9, "g": 1e9, "tn": 1e12, "tln": 1e12, "T": 1e12,
	},
	Units: map[string]string{
		"percent": "%", "per cent": "%", "percentage": "%", "percents": "%", "pct": "%",
		"percentage points": "pp", "percentage point": "pp",
		"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "us dollars": "USD",
		"usd": "USD", "eur": "EUR", "yuan": "CNY", "renminbi": "CNY", "won": "KRW",
		"rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "yen": "JPY",
		"pounds": "GBP", "pound": "GBP", "sterling": "GBP", "francs": "CHF", "rupees": "INR",
		"hryvnias": "UAH", "hryvnia": "UAH",
		"tonnes": "t", "tons": "t", "tonne": "t", "ton": "t", "barrels": "bbl", "barrel": "bbl",
		"kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "km": "km",
		"kilograms": "kg", "kilogrammes": "kg", "kg": "kg", "miles": "mi", "mile": "mi",
		"metres": "m", "meters": "m", "square kilometres": "km2", "square kilometers": "km2",
		"square miles": "mi2", "hectares": "ha", "litres": "l", "liters": "l",
		"megawatts": "MW", "gigawatts": "GW",
	},
	Symbols: map[string]string{"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₽": "RUB"},
	Months: map[string]bool{
		"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
		"july": true, "august": true, "september": true, "october": true, "november": true,
		"december": true, "jan.": true, "feb.": true, "mar.": true, "apr.": true, "jun.": true,
		"jul.": true, "aug.": true, "sep.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true,
		"jan": true, "feb": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	},
	YearCues: map[string]bool{
		"since": true, "year": true, "in": true, "by": true, "until": true, "spring": true,
		"summer": true, "autumn": true, "fall": true, "winter": true, "early": true, "late": true,
		"mid": true, "mid-": true, "fiscal": true,
	},
	AgeBefore:   [][]string{{"aged"}, {"age", "of"}, {"age"}, {"ages"}},
	AgeAfter:    [][]string{{"years", "old"}, {"year", "old"}, {"-year-old"}, {"-years-old"}},
	AgeSuffixes: []string{"year-old", "years-old"},
	ClockAfter:  map[string]bool{"a.m.": true, "p.m.": true, "am": true, "pm": true, "o'clock": true, "gmt": true, "utc": true},
	CodeCues: map[string]bool{
		"resolution": true, "no.": true, "nos.": true, "nr.": true, "nrs.": true, "number": true, "article": true,
		"art.": true, "section": true, "§": true, "paragraph": true, "chapter": true, "flight": true,
		"route": true, "page": true, "p.": true, "vol.": true, "volume": true, "rank": true,
		"gate": true, "channel": true, "episode": true, "version": true, "room": true, "platform": true,
	},
	OrdinalSuffixes: map[string]bool{"st": true, "nd": true, "rd": true, "th": true},
	Pronoun: map[string]bool{
		"the": true, "this": true, "that": true, "which": true, "each": true, "every": true,
		"any": true, "no": true, "another": true, "last": true, "next": true, "only": true,
		"little": true, "new": true, "old": true, "big": true, "other": true,
	},
	OneWords: map[string]bool{"one": true},
	Minus:    map[string]bool{"minus": true, "negative": true},

	FractionOf:   [][]string{{"out", "of"}, {"in"}},
	FractionOver: [][]string{{"over"}},
	BoundJoin:    []string{"and", "but", ","},
	UnitOf:       "of",
}

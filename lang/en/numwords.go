package en

import "github.com/hebel-project/hebel/lang"

// Number words of English: cardinals, scale words and abbreviations,
// fractions. Source: English usage (style guides of news agencies), written
// for this project; licence: same as the repository.
var numberWords = map[string]lang.NumberWord{
	"zero": word(0, lang.WordUnit), "nought": word(0, lang.WordUnit), "naught": word(0, lang.WordUnit),
	"one": word(1, lang.WordUnit), "a": word(1, lang.WordArticle), "an": word(1, lang.WordArticle),
	"two": word(2, lang.WordUnit), "three": word(3, lang.WordUnit), "four": word(4, lang.WordUnit),
	"five": word(5, lang.WordUnit), "six": word(6, lang.WordUnit), "seven": word(7, lang.WordUnit),
	"eight": word(8, lang.WordUnit), "nine": word(9, lang.WordUnit),
	"ten": word(10, lang.WordTeen), "eleven": word(11, lang.WordTeen), "twelve": word(12, lang.WordTeen),
	"thirteen": word(13, lang.WordTeen), "fourteen": word(14, lang.WordTeen), "fifteen": word(15, lang.WordTeen),
	"sixteen": word(16, lang.WordTeen), "seventeen": word(17, lang.WordTeen), "eighteen": word(18, lang.WordTeen),
	"nineteen": word(19, lang.WordTeen),
	"twenty":   word(20, lang.WordTen), "thirty": word(30, lang.WordTen), "forty": word(40, lang.WordTen),
	"fifty": word(50, lang.WordTen), "sixty": word(60, lang.WordTen), "seventy": word(70, lang.WordTen),
	"eighty": word(80, lang.WordTen), "ninety": word(90, lang.WordTen),
	"hundred": word(100, lang.WordHundred), "hundreds": word(100, lang.WordHundred),
	"thousand": word(1e3, lang.WordScale), "k": word(1e3, lang.WordScale),
	"million": word(1e6, lang.WordScale), "mln": word(1e6, lang.WordScale), "mn": word(1e6, lang.WordScale),
	"billion": word(1e9, lang.WordScale), "bn": word(1e9, lang.WordScale), "bln": word(1e9, lang.WordScale),
	"trillion": word(1e12, lang.WordScale), "tn": word(1e12, lang.WordScale), "tln": word(1e12, lang.WordScale),
	"lakh": word(1e5, lang.WordScale), "crore": word(1e7, lang.WordScale),
	"dozen": word(12, lang.WordDozen), "dozens": word(12, lang.WordDozen), "dz": word(12, lang.WordDozen),
	"dzs": word(12, lang.WordDozen), "doz": word(12, lang.WordDozen), "dozs": word(12, lang.WordDozen),
	"half": word(2, lang.WordFraction), "halves": word(2, lang.WordFraction),
	"quarter": word(4, lang.WordFraction), "quarters": word(4, lang.WordFraction),
	// ordinals as denominators: singular ones need "a", "an" or "one" before them;
	// "first" only counts in a compound ("twenty-first"); "second" is left out (time)
	// and so is "millionth", as in the Recognizers-Text data.
	"first": word(1, lang.WordOrdinal), "firsts": word(1, lang.WordFraction),
	"third": word(3, lang.WordOrdinal), "thirds": word(3, lang.WordFraction),
	"fourth": word(4, lang.WordOrdinal), "fourths": word(4, lang.WordFraction),
	"fifth": word(5, lang.WordOrdinal), "fifths": word(5, lang.WordFraction),
	"sixth": word(6, lang.WordOrdinal), "sixths": word(6, lang.WordFraction),
	"seventh": word(7, lang.WordOrdinal), "sevenths": word(7, lang.WordFraction),
	"eighth": word(8, lang.WordOrdinal), "eighths": word(8, lang.WordFraction),
	"ninth": word(9, lang.WordOrdinal), "ninths": word(9, lang.WordFraction),
	"tenth": word(10, lang.WordOrdinal), "tenths": word(10, lang.WordFraction),
	"eleventh": word(11, lang.WordOrdinal), "elevenths": word(11, lang.WordFraction),
	"twelfth": word(12, lang.WordOrdinal), "twelfths": word(12, lang.WordFraction),
	"thirteenth": word(13, lang.WordOrdinal), "thirteenths": word(13, lang.WordFraction),
	"fourteenth": word(14, lang.WordOrdinal), "fourteenths": word(14, lang.WordFraction),
	"fifteenth": word(15, lang.WordOrdinal), "fifteenths": word(15, lang.WordFraction),
	"sixteenth": word(16, lang.WordOrdinal), "sixteenths": word(16, lang.WordFraction),
	"seventeenth": word(17, lang.WordOrdinal), "seventeenths": word(17, lang.WordFraction),
	"eighteenth": word(18, lang.WordOrdinal), "eighteenths": word(18, lang.WordFraction),
	"nineteenth": word(19, lang.WordOrdinal), "nineteenths": word(19, lang.WordFraction),
	"twentieth": word(20, lang.WordOrdinal), "twentieths": word(20, lang.WordFraction),
	"thirtieth": word(30, lang.WordOrdinal), "thirtieths": word(30, lang.WordFraction),
	"fortieth": word(40, lang.WordOrdinal), "fortieths": word(40, lang.WordFraction),
	"fiftieth": word(50, lang.WordOrdinal), "fiftieths": word(50, lang.WordFraction),
	"sixtieth": word(60, lang.WordOrdinal), "sixtieths": word(60, lang.WordFraction),
	"seventieth": word(70, lang.WordOrdinal), "seventieths": word(70, lang.WordFraction),
	"eightieth": word(80, lang.WordOrdinal), "eightieths": word(80, lang.WordFraction),
	"ninetieth": word(90, lang.WordOrdinal), "ninetieths": word(90, lang.WordFraction),
	"hundredth": word(100, lang.WordOrdinal), "hundredths": word(100, lang.WordFraction),
	"thousandth": word(1e3, lang.WordOrdinal), "thousandths": word(1e3, lang.WordFraction),
	"billionth": word(1e9, lang.WordOrdinal), "billionths": word(1e9, lang.WordFraction),
	"trillionth": word(1e12, lang.WordOrdinal), "trillionths": word(1e12, lang.WordFraction),
	"and":   word(0, lang.WordAnd),
	"point": word(0, lang.WordPoint),
}

// vague counts of English: orders of magnitude with a plausible band that starts at the order,
// joined by "of" ("tens of thousands").
var vague = map[string]lang.Vague{
	"tens":      band(10, 10, 99),
	"dozens":    band(12, 12, 99),
	"scores":    band(20, 20, 99),
	"hundreds":  band(100, 100, 999),
	"thousands": band(1e3, 1e3, 9999),
	"millions":  band(1e6, 1e6, 9.99e6),
	"billions":  band(1e9, 1e9, 9.99e9),
}

// word and band keep the tables above short.
func word(v float64, k lang.WordKind) lang.NumberWord { return lang.NumberWord{Value: v, Kind: k} }

func band(v, lo, hi float64) lang.Vague { return lang.Vague{Value: v, Low: lo, High: hi} }

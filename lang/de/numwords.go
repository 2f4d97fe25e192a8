package de

import "github.com/hebel-project/hebel/lang"

// Number words of German: the morphemes compound numerals are built from
// ("drei" + "hundert" + "zwölf"), scale words and their abbreviations,
// fractions. Source: German orthography (Duden rules for numerals),
// written for this project; licence: same as the repository.
var numberWords = map[string]lang.NumberWord{
	"null": word(0, lang.WordUnit),
	"eins": word(1, lang.WordUnit), "ein": word(1, lang.WordArticle), "eine": word(1, lang.WordArticle),
	"einer": word(1, lang.WordArticle), "einen": word(1, lang.WordArticle), "eines": word(1, lang.WordArticle),
	"einem": word(1, lang.WordArticle),
	"zwei":  word(2, lang.WordUnit), "drei": word(3, lang.WordUnit), "vier": word(4, lang.WordUnit),
	"fünf": word(5, lang.WordUnit), "fuenf": word(5, lang.WordUnit), "sechs": word(6, lang.WordUnit),
	"sieben": word(7, lang.WordUnit), "acht": word(8, lang.WordUnit), "neun": word(9, lang.WordUnit),
	"zehn": word(10, lang.WordTeen), "elf": word(11, lang.WordTeen), "zwölf": word(12, lang.WordTeen),
	"zwoelf": word(12, lang.WordTeen), "dreizehn": word(13, lang.WordTeen), "vierzehn": word(14, lang.WordTeen),
	"fünfzehn": word(15, lang.WordTeen), "fuenfzehn": word(15, lang.WordTeen), "sechzehn": word(16, lang.WordTeen),
	"siebzehn": word(17, lang.WordTeen), "achtzehn": word(18, lang.WordTeen), "neunzehn": word(19, lang.WordTeen),
	"zwanzig": word(20, lang.WordTen), "dreißig": word(30, lang.WordTen), "dreissig": word(30, lang.WordTen),
	"vierzig": word(40, lang.WordTen), "fünfzig": word(50, lang.WordTen), "fuenfzig": word(50, lang.WordTen),
	"sechzig": word(60, lang.WordTen), "siebzig": word(70, lang.WordTen), "achtzig": word(80, lang.WordTen),
	"neunzig": word(90, lang.WordTen),
	"hundert": word(100, lang.WordHundred),
	"tausend": word(1e3, lang.WordScale), "tsd.": word(1e3, lang.WordScale),
	"million": word(1e6, lang.WordScale), "millionen": word(1e6, lang.WordScale), "mio.": word(1e6, lang.WordScale),
	"mio":       word(1e6, lang.WordScale),
	"milliarde": word(1e9, lang.WordScale), "milliarden": word(1e9, lang.WordScale), "mrd.": word(1e9, lang.WordScale),
	"mrd":     word(1e9, lang.WordScale),
	"billion": word(1e12, lang.WordScale), "billionen": word(1e12, lang.WordScale), "bio.": word(1e12, lang.WordScale),
	"dutzend": word(12, lang.WordDozen),
	"halb":    word(2, lang.WordFraction), "halbe": word(2, lang.WordFraction), "halbes": word(2, lang.WordFraction),
	"halben": word(2, lang.WordFraction), "halber": word(2, lang.WordFraction),
	"drittel": word(3, lang.WordFraction), "viertel": word(4, lang.WordFraction), "fünftel": word(5, lang.WordFraction),
	"sechstel": word(6, lang.WordFraction), "achtel": word(8, lang.WordFraction), "zehntel": word(10, lang.WordFraction),
	"und":        word(0, lang.WordAnd),
	"komma":      word(0, lang.WordPoint),
	"einhalb":    word(0.5, lang.WordAddHalf),
	"undhalb":    word(0.5, lang.WordAddHalf),
	"anderthalb": word(1.5, lang.WordValue),
}

// vague counts of German: orders of magnitude with a plausible band that starts at the order.
var vague = map[string]lang.Vague{
	"dutzende":        band(12, 12, 99),
	"hunderte":        band(100, 100, 999),
	"tausende":        band(1e3, 1e3, 9999),
	"zehntausende":    band(1e4, 1e4, 99999),
	"hunderttausende": band(1e5, 1e5, 999999),
	"millionen":       band(1e6, 1e6, 9.99e6),
	"milliarden":      band(1e9, 1e9, 9.99e9),
}

// word and band keep the tables above short.
func word(v float64, k lang.WordKind) lang.NumberWord { return lang.NumberWord{Value: v, Kind: k} }

func band(v, lo, hi float64) lang.Vague { return lang.Vague{Value: v, Low: lo, High: hi} }

package lang

import hebel "github.com/hebel-project/hebel"

// WordKind says how a number word combines with its neighbours.
type WordKind uint8

// Kinds of number words.
const (
	WordUnit     WordKind = iota + 1 // 0–9: "drei", "three"
	WordTeen                         // 10–19: "zwölf", "twelve"
	WordTen                          // 20, 30 … 90: "zwanzig", "twenty"
	WordHundred                      // "hundert", "hundred"
	WordScale                        // "tausend", "Millionen", "Mio.", "billion", "bn"
	WordDozen                        // "Dutzend", "dozen": multiplies what precedes
	WordFraction                     // a denominator: "Viertel", "halbe", "thirds"
	WordArticle                      // "ein", "a": 1 before a scale, dozen or fraction
	WordAnd                          // "und", "and" joining number words
	WordPoint                        // "Komma", "point": decimal point in words
	WordAddHalf                      // "einhalb" in "zweieinhalb": adds one half
	WordValue                        // a whole value on its own: "anderthalb" (1.5)
	WordOrdinal                      // a singular ordinal as denominator: "fifth", "twenty-first"; needs "a", "an" or "one" before it
)

// NumberWord is one entry of the number lexicon.
type NumberWord struct {
	Value float64 // the value, the scale, or the denominator of a fraction
	Kind  WordKind
}

// Vague is a count given as an order of magnitude: "Tausende", "dozens".
// Value is the order, Low and High the plausible band.
type Vague struct {
	Value, Low, High float64
}

// Hedge is a phrase that qualifies the number next to it, with its words
// in lower case as they are written ("bis", "zu").
type Hedge struct {
	Words     []string
	Qualifier hebel.Qualifier
}

// Numbers is what package quantity needs to read numbers, scales, units
// and hedges in one language. All words are lower case.
type Numbers struct {
	Decimal byte // decimal separator in this language: ',' or '.'
	Group   byte // thousands separator in this language: '.' or ','

	// Words maps number words, scale words and their abbreviations
	// ("mio.") to their values. With Compound set, a word may also be a
	// concatenation of entries ("dreihundertzwölf").
	Words    map[string]NumberWord
	Compound bool

	// Vague maps vague counts ("tausende", "dozens") to their band.
	// VagueOf joins two of them: "tens of thousands".
	Vague   map[string]Vague
	VagueOf string

	// ScaleSuffixes are scale abbreviations written fused to digits:
	// "10k", "1.5bn". Upper-case "M" is always a million.
	ScaleSuffixes map[string]float64

	// Hedges stand before the number; HedgesAfter follow it ("oder
	// mehr", "or more"). A hedge with the qualifier Exact before the number
	// states equality ("equal to"); after it, it makes the comparative
	// before the number inclusive ("less than 5 or equal").
	Hedges      []Hedge
	HedgesAfter []Hedge

	// TopicHedges are one-word hedges that are also prepositions of a
	// topic ("über", "about"); right after one of the TopicNouns
	// ("Erkenntnisse über 3.000 Soldaten", "reports about 300 deaths")
	// they are the preposition, not a hedge.
	TopicHedges map[string]bool
	TopicNouns  map[string]bool

	// RangeWords join two numbers into a range ("bis", "to"); dashes
	// always do. Between and BetweenAnd frame a range ("zwischen … und");
	// From may open one ("von 5 bis 8", "from 5 to 8"). ChangeTo after
	// "From X" marks a change, not a range ("von 5.000 auf 8.000").
	RangeWords []string
	Between    string
	BetweenAnd string
	From       string
	ChangeTo   string

	// Units maps unit words after a number (one or two words, joined as
	// written: "per cent", "us-dollar") to unit codes: "%", "pp", ISO
	// 4217 currencies, "t", "bbl", "km", "kg", "mi". Symbols maps
	// currency symbols written before or after the number.
	Units   map[string]string
	Symbols map[string]string

	// Months are month names and their abbreviations; a number beside one
	// is a day or a year.
	Months map[string]bool
	// YearCues are words right before a year: "seit", "since", "jahr".
	YearCues map[string]bool
	// AgeBefore and AgeAfter are phrases around an age ("im alter von",
	// "years old"); AgeSuffixes end a word fused to it ("-jährige").
	AgeBefore   [][]string
	AgeAfter    [][]string
	AgeSuffixes []string
	// ClockAfter are words after a clock time: "uhr", "p.m.".
	ClockAfter map[string]bool
	// CodeCues are words before a number that names a thing rather than
	// counting: "resolution", "nr.", "artikel".
	CodeCues map[string]bool
	// OrdinalSuffixes follow digits of an ordinal: "st", "nd", "rd", "th".
	// OrdinalDot says a dot after digits can make an ordinal ("3. Mai").
	// OrdinalBefore are words after which digits with a dot are an
	// ordinal even before a capital: "der 3. Armee", "am 1. Mai".
	OrdinalSuffixes map[string]bool
	OrdinalDot      bool
	OrdinalBefore   map[string]bool
	// Pronoun lists words after which "one" is a pronoun ("the one").
	// OneWords are the words for 1 that can be such a pronoun.
	Pronoun  map[string]bool
	OneWords map[string]bool
	// Minus are words for a negative sign ("minus", "negative").
	Minus map[string]bool

	// FractionOf join a numerator to a denominator: "one out of three",
	// "1 in 5". FractionOver do too, but only when no word follows the
	// denominator ("1 over 3", not "10 over 5 years").
	FractionOf   [][]string
	FractionOver [][]string
	// BoundJoin joins two one-sided comparatives into a range: "more than
	// 10 and less than 20", "at most 100, at least 20".
	BoundJoin []string
	// UnitOf follows a percent word before its number: "percent of 10".
	UnitOf string
	// Coordinators join two counts that share the hedge before the
	// first: "at least 100 dead and 300 injured", "rund 50 Dörfer und 20
	// Städte".
	Coordinators map[string]bool
	// Several are words of an unstated multiple between a hedge and a
	// scale word; the hedge still holds: "up to several hundred", "bis zu
	// mehreren hundert".
	Several map[string]bool
}

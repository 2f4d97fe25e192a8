package lang

// TimeUnit is a calendar unit a time expression names or counts.
type TimeUnit uint8

// Time units.
const (
	UnitDay TimeUnit = iota + 1
	UnitWeek
	UnitWeekend
	UnitMonth
	UnitQuarter
	UnitHalfYear
	UnitYear
	UnitDecade
	UnitCentury
)

// TimePart is a stretch of a unit: its beginning, middle or end.
type TimePart uint8

// Parts of a unit. A year falls into thirds (January–April, May–August,
// September–December), a month into halves (1st–15th, 16th–end) with its
// middle the 10th–19th; Halves parts ("early", "late") halve a year too.
// These are the conventions of the Recognizers-Text specs, written down
// once so that every expression resolves the same way.
const (
	PartEarly TimePart = iota + 1
	PartMid
	PartLate
)

// UnitPart is a part of a unit.
type UnitPart struct {
	Unit TimeUnit
	Part TimePart
}

// Time is what package timex needs to find and resolve time expressions
// in one language. All words are lower case; a key of several words is
// written with single spaces ("the day before yesterday").
type Time struct {
	// DayFirst says numeric dates put the day before the month
	// ("3.7.2017", "3-7-2017" is 3 July); English reads month first
	// unless the first number cannot be a month ("21/04/2016").
	DayFirst bool

	Months   map[string]int // month names and abbreviations, with and without the dot → 1–12
	Weekdays map[string]int // weekday names and abbreviations → 1 (Monday) … 7 (Sunday)
	Seasons  map[string]int // → 1 spring, 2 summer, 3 autumn, 4 winter

	// Ambiguous month, weekday and season names are also common words
	// ("may", "march", "fall"): they count only when capitalised.
	Ambiguous map[string]bool

	// Units maps unit nouns in every form ("woche", "wochen", "weeks",
	// "jahres") to their unit.
	Units map[string]TimeUnit

	// Plurals are the plural forms among Units: "in den letzten Jahren"
	// is some recent years, "im letzten Jahr" one year.
	Plurals map[string]bool

	// Days are days named relative to the reference: "heute" 0,
	// "gestern" -1, "the day after tomorrow" 2.
	Days map[string]int

	// Shifts name the unit before, at or after the reference's: "letzten"
	// -1, "diese" 0, "nächste" 1, "übernächste" 2.
	Shifts map[string]int

	// Ordinals are ordinal words for days and parts: "ersten", "third",
	// "twenty-first".
	Ordinals map[string]int

	// Counts are small counts written as words ("drei", "paar", "few");
	// number words of the profile's Numbers are read too.
	Counts map[string]int

	// Parts name the beginning, middle or end of a unit ("anfang",
	// "mitte", "ende", "beginning", "end"); Halves ones split it in two
	// ("early", "late").
	Parts  map[string]TimePart
	Halves map[string]TimePart

	// UnitParts are words that name a part of the reference's unit by
	// themselves ("Jahresende", "year-end"); ToDate words the stretch
	// from the start of the reference's unit to the reference ("year to
	// date").
	UnitParts map[string]UnitPart
	ToDate    map[string]TimeUnit

	// Since opens an interval with no end ("seit", "since"); From opens
	// one that may have an end (a range) or not ("ab", "von", "from");
	// Until closes one ("bis", "until"); Between and And frame a range
	// ("zwischen … und"); RangeTo joins the two ends of a range ("bis",
	// "to", "through"; dashes always do).
	Since   map[string]bool
	From    map[string]bool
	Until   map[string]bool
	Between map[string]bool
	And     map[string]bool
	RangeTo map[string]bool

	// AgoBefore stands before a duration that counts back from the
	// reference ("vor drei Jahren"); AgoAfter follows it ("three years
	// ago"); Later words follow one that counts forward ("from now"). In
	// stands before a duration that counts forward ("in drei Wochen"),
	// read so only in a sentence that is not in the past ("the first
	// visit in 14 years" is a span, not a date).
	AgoBefore map[string]bool
	AgoAfter  map[string]bool
	Later     map[string]bool
	In        map[string]bool

	// Fillers may stand between the words of an expression and are part
	// of it: articles and prepositions ("am", "dem", "the", "of", "on").
	Fillers map[string]bool

	// YearWords announce a year ("jahr", "year"); Before words make a bare
	// four-digit number a year ("im", "in", "seit").
	YearWords   map[string]bool
	YearContext map[string]bool

	// Decade suffixes make a decade of a year: "1990er" (German "er"),
	// "1990s" (English "s").
	DecadeSuffixes []string

	// Quarter and half-year prefixes fused to a digit: "q3", "h1".
	QuarterPrefix, HalfPrefix string

	// Future and Past cue words set a sentence's tense, which decides
	// whether "im März" is the last or the next March; PastSuffixes are
	// endings of past participles and simple past forms ("ed"). Perfect
	// auxiliaries followed later in the sentence by a participle
	// (PerfectParticiple prefix "ge") make a past too.
	Future            map[string]bool
	Past              map[string]bool
	PastSuffixes      []string
	Perfect           map[string]bool
	PerfectParticiple string

	// ParticiplePrefixes are the inseparable prefixes whose participles
	// take no PerfectParticiple ("verstärkt", "beschlossen").
	ParticiplePrefixes []string

	// Agencies are news agencies named in datelines ("dpa", "Reuters"),
	// as written.
	Agencies map[string]bool
}

package en

import "github.com/hebel-project/hebel/lang"

// English words of time expressions: months, weekdays, seasons, units,
// deictic days, shifts, parts, the prepositions that frame intervals,
// tense cues and news agencies of datelines. Written for this project
// from general knowledge of English (British and American spellings);
// licence: same as the repository.
var timeWords = lang.Time{
	DayFirst: false,
	Months: ints(map[int][]string{
		1: {"january", "jan", "jan."}, 2: {"february", "feb", "feb."}, 3: {"march", "mar", "mar."},
		4: {"april", "apr", "apr."}, 5: {"may"}, 6: {"june", "jun", "jun."}, 7: {"july", "jul", "jul."},
		8: {"august", "aug", "aug."}, 9: {"september", "sep", "sep.", "sept", "sept."},
		10: {"october", "oct", "oct."}, 11: {"november", "nov", "nov."}, 12: {"december", "dec", "dec."},
	}),
	Weekdays: ints(map[int][]string{
		1: {"monday", "mon", "mon."}, 2: {"tuesday", "tue", "tue.", "tues", "tues."}, 3: {"wednesday", "wed", "wed."},
		4: {"thursday", "thu", "thu.", "thur", "thur.", "thurs", "thurs."}, 5: {"friday", "fri", "fri."},
		6: {"saturday", "sat", "sat."}, 7: {"sunday", "sun", "sun."},
	}),
	Seasons:   ints(map[int][]string{1: {"spring"}, 2: {"summer"}, 3: {"autumn", "fall"}, 4: {"winter"}}),
	Ambiguous: set("may", "march", "mar", "mar.", "sat", "sat.", "sun", "sun.", "wed", "mon", "fall"),
	Units: units(map[lang.TimeUnit][]string{
		lang.UnitDay:      {"day", "days"},
		lang.UnitWeek:     {"week", "weeks"},
		lang.UnitWeekend:  {"weekend", "weekends"},
		lang.UnitMonth:    {"month", "months"},
		lang.UnitQuarter:  {"quarter", "quarters"},
		lang.UnitHalfYear: {"half", "half-year", "halves"},
		lang.UnitYear:     {"year", "years", "yr", "yrs"},
		lang.UnitDecade:   {"decade", "decades"},
		lang.UnitCentury:  {"century", "centuries"},
	}),
	Plurals: set("days", "weeks", "weekends", "months", "quarters", "halves", "years", "yrs", "decades", "centuries"),
	Days: map[string]int{"today": 0, "now": 0, "yesterday": -1, "tomorrow": 1,
		"the day before yesterday": -2, "the day after tomorrow": 2, "day before yesterday": -2, "day after tomorrow": 2},
	Shifts: shifts(map[int][]string{
		-1: {"last", "past", "previous", "preceding", "prior"},
		0:  {"this", "current", "present"},
		1:  {"next", "coming", "upcoming", "following"},
	}),
	Ordinals: map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
		"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
		"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
		"twenty-first": 21, "twenty first": 21, "twenty-second": 22, "twenty second": 22, "twenty-third": 23,
		"twenty third": 23, "twenty-fourth": 24, "twenty fourth": 24, "twenty-fifth": 25, "twenty fifth": 25,
		"twenty-sixth": 26, "twenty sixth": 26, "twenty-seventh": 27, "twenty seventh": 27, "twenty-eighth": 28,
		"twenty eighth": 28, "twenty-ninth": 29, "twenty ninth": 29, "thirtieth": 30, "thirty-first": 31, "thirty first": 31},
	Counts: map[string]int{"a": 1, "an": 1, "one": 1, "few": 3, "a few": 3, "several": 3, "couple": 2, "a couple of": 2, "couple of": 2},
	Parts: parts(map[lang.TimePart][]string{ // "start in the next decade" is a verb, "the start of" a part
		lang.PartEarly: {"beginning of", "start of", "the beginning of", "the start of"},
		lang.PartMid:   {"middle of", "mid", "the middle of", "mid of"},
		lang.PartLate:  {"end of", "the end of", "close of", "the close of"},
	}),
	Halves: parts(map[lang.TimePart][]string{lang.PartEarly: {"early"}, lang.PartLate: {"late"}}),
	UnitParts: map[string]lang.UnitPart{
		"year-end": {Unit: lang.UnitYear, Part: lang.PartLate}, "year end": {Unit: lang.UnitYear, Part: lang.PartLate},
		"midyear": {Unit: lang.UnitYear, Part: lang.PartMid}, "mid-year": {Unit: lang.UnitYear, Part: lang.PartMid},
		"month-end": {Unit: lang.UnitMonth, Part: lang.PartLate},
	},
	ToDate: map[string]lang.TimeUnit{"year to date": lang.UnitYear, "the year to date": lang.UnitYear, "ytd": lang.UnitYear,
		"month to date": lang.UnitMonth, "so far this year": lang.UnitYear},
	Since:     set("since"),
	From:      set("from", "starting"),
	Until:     set("until", "till", "til", "through", "to", "up to", "up until"),
	Between:   set("between"),
	And:       set("and"),
	RangeTo:   set("to", "until", "till", "through", "thru"),
	AgoBefore: set(),
	AgoAfter:  set("ago"),
	Later:     set("from now", "hence"), // "three years later", "a year earlier" count from the narrative's moment
	In:        set("in"),
	Fillers:   set("the", "of", "on", "in", "during", "at"),
	YearWords: set("year"),
	YearContext: set("in", "since", "until", "by", "from", "year", "during", "of", "early",
		"late", "mid", "before", "after", "through", "summer", "spring", "autumn", "fall", "winter",
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december"),
	DecadeSuffixes: []string{"s", "'s", "’s"},
	QuarterPrefix:  "q",
	HalfPrefix:     "h",
	Future:         set("will", "'ll", "shall", "would", "going", "plans", "planned", "upcoming", "tomorrow", "next", "expected", "scheduled"),
	Past: set("was", "were", "had", "did", "said", "told", "came", "went", "took", "gave", "made", "saw", "got",
		"began", "left", "sent", "fought", "ago", "yesterday", "last", "earlier", "previously", "former"),
	PastSuffixes:      []string{"ed"},
	Perfect:           set("has", "have", "had"),
	PerfectParticiple: "",
	Agencies: set("Reuters", "AP", "AFP", "dpa", "Bloomberg", "UPI", "Xinhua", "Yonhap", "Kyodo", "TASS", "Tass",
		"Interfax", "PA", "CNN", "ANI", "PTI", "IANS", "EFE", "ANSA"),
}

var (
	ints   = lang.IntTable
	shifts = lang.IntTable
	units  = lang.UnitTable
	parts  = lang.PartTable
	set    = lang.WordSet
)

package de

import "github.com/hebel-project/hebel/lang"

// German words of time expressions: months, weekdays, seasons, units,
// deictic days, shifts, parts, the prepositions that frame intervals,
// tense cues and news agencies of datelines. Written for this project
// from general knowledge of German (Duden spellings, with the Austrian
// "Jänner" and the ASCII spellings "Maerz", "naechste"); licence: same as
// the repository.
var timeWords = lang.Time{
	DayFirst: true,
	Months: ints(map[int][]string{
		1: {"januar", "jänner", "jan", "jan."}, 2: {"februar", "feber", "feb", "feb.", "febr."},
		3: {"märz", "maerz", "mär", "mär.", "mrz", "mrz."}, 4: {"april", "apr", "apr."},
		5: {"mai"}, 6: {"juni", "jun", "jun."}, 7: {"juli", "jul", "jul."}, 8: {"august", "aug", "aug."},
		9: {"september", "sep", "sep.", "sept", "sept."}, 10: {"oktober", "okt", "okt."},
		11: {"november", "nov", "nov."}, 12: {"dezember", "dez", "dez."},
	}),
	Weekdays: ints(map[int][]string{
		1: {"montag"}, 2: {"dienstag"}, 3: {"mittwoch"}, 4: {"donnerstag"}, 5: {"freitag"},
		6: {"samstag", "sonnabend"}, 7: {"sonntag"},
	}),
	Ambiguous: set(),
	Seasons: ints(map[int][]string{
		1: {"frühling", "frühjahr", "fruehling", "fruehjahr", "frühlings", "frühjahrs"},
		2: {"sommer", "sommers"}, 3: {"herbst", "herbstes", "herbsts"}, 4: {"winter", "winters"},
	}),
	Units: units(map[lang.TimeUnit][]string{
		lang.UnitDay:      {"tag", "tage", "tagen", "tages", "tags", "tg.", "tg"},
		lang.UnitWeek:     {"woche", "wochen"},
		lang.UnitWeekend:  {"wochenende", "wochenendes", "wochenenden"},
		lang.UnitMonth:    {"monat", "monate", "monaten", "monats"},
		lang.UnitQuarter:  {"quartal", "quartale", "quartalen", "quartals", "vierteljahr", "vierteljahres"},
		lang.UnitHalfYear: {"halbjahr", "halbjahres", "halbjahre", "jahreshälfte", "hälfte"},
		lang.UnitYear:     {"jahr", "jahre", "jahren", "jahres", "jahrs"},
		lang.UnitDecade:   {"jahrzehnt", "jahrzehnte", "jahrzehnten", "jahrzehnts", "jahrzehntes", "dekade", "dekaden"},
		lang.UnitCentury:  {"jahrhundert", "jahrhunderte", "jahrhunderten", "jahrhunderts"},
	}),
	Plurals: set("tage", "tagen", "wochen", "wochenenden", "monate", "monaten", "quartale", "quartalen", "jahre", "jahren",
		"jahrzehnte", "jahrzehnten", "dekaden", "jahrhunderte", "jahrhunderten"),
	Days: map[string]int{"heute": 0, "jetzt": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2, "uebermorgen": 2},
	Shifts: shifts(map[int][]string{
		-2: {"vorletzte", "vorletzten", "vorletzter", "vorletztes", "vorletztem", "vorvergangene", "vorvergangenen", "vorvergangenes"},
		-1: {"letzte", "letzten", "letzter", "letztes", "letztem", "vergangene", "vergangenen", "vergangener", "vergangenes",
			"vergangenem", "vorige", "vorigen", "voriger", "voriges", "vorigem", "zurückliegenden"},
		0: {"diese", "diesen", "dieser", "dieses", "diesem", "laufenden", "laufende", "laufendes", "laufendem",
			"aktuellen", "aktuelle", "aktuelles", "aktuellem"},
		1: {"nächste", "nächsten", "nächster", "nächstes", "nächstem", "naechste", "naechsten", "naechstes",
			"kommende", "kommenden", "kommender", "kommendes", "kommendem", "folgende", "folgenden", "folgendem"},
		2: {"übernächste", "übernächsten", "übernächstes", "uebernaechste", "uebernaechsten"},
	}),
	Ordinals: ordinals([]string{"erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt",
		"zehnt", "elft", "zwölft", "dreizehnt", "vierzehnt", "fünfzehnt", "sechzehnt", "siebzehnt", "achtzehnt",
		"neunzehnt", "zwanzigst", "einundzwanzigst", "zweiundzwanzigst", "dreiundzwanzigst", "vierundzwanzigst",
		"fünfundzwanzigst", "sechsundzwanzigst", "siebenundzwanzigst", "achtundzwanzigst", "neunundzwanzigst",
		"dreißigst", "einunddreißigst"}),
	Counts: map[string]int{"beiden": 2, "beide": 2, "paar": 3, "einigen": 3, "einige": 3, "wenigen": 3, "wenige": 3, "ein": 1, "einem": 1, "einer": 1, "eines": 1, "einen": 1, "eine": 1},
	Parts: parts(map[lang.TimePart][]string{
		lang.PartEarly: {"anfang", "beginn", "ausgangs"},
		lang.PartMid:   {"mitte"},
		lang.PartLate:  {"ende", "schluss"},
	}),
	UnitParts: map[string]lang.UnitPart{
		"jahresbeginn": {Unit: lang.UnitYear, Part: lang.PartEarly}, "jahresanfang": {Unit: lang.UnitYear, Part: lang.PartEarly},
		"jahresmitte": {Unit: lang.UnitYear, Part: lang.PartMid}, "jahresende": {Unit: lang.UnitYear, Part: lang.PartLate},
		"monatsbeginn": {Unit: lang.UnitMonth, Part: lang.PartEarly}, "monatsanfang": {Unit: lang.UnitMonth, Part: lang.PartEarly},
		"monatsmitte": {Unit: lang.UnitMonth, Part: lang.PartMid}, "monatsende": {Unit: lang.UnitMonth, Part: lang.PartLate},
	},
	ToDate:    map[string]lang.TimeUnit{},
	Since:     set("seit", "seitdem"),
	From:      set("ab", "von", "vom"),
	Until:     set("bis", "bis zum", "bis zur"),
	Between:   set("zwischen"),
	And:       set("und"),
	RangeTo:   set("bis", "bis zum", "bis zur", "bis einschließlich"),
	AgoBefore: set("vor"),
	AgoAfter:  set(),
	Later:     set(), // "drei Jahre später" counts from the narrative's moment, not the reference
	In:        set("in"),
	Fillers:   set("am", "im", "in", "dem", "den", "der", "des", "die", "das", "zum", "zur", "vom", "des jahres"),
	YearWords: set("jahr", "jahre", "jahres"),
	YearContext: set("im", "in", "seit", "bis", "ab", "von", "vom", "zwischen", "und", "jahr", "jahre", "jahres",
		"anfang", "mitte", "ende", "frühjahr", "sommer", "herbst", "winter", "vor", "nach", "oder", "bereits",
		"schon", "noch", "erst", "seither", "zuletzt", "damals", "januar", "februar", "märz", "april", "mai",
		"juni", "juli", "august", "september", "oktober", "november", "dezember", "um", "gegen", "für"),
	DecadeSuffixes: []string{"er", "ern", "erjahren", "erjahre"},
	QuarterPrefix:  "q",
	HalfPrefix:     "h",
	Future: set("wird", "werden", "wirst", "werdet", "würde", "würden", "soll", "sollen", "sollte", "sollten",
		"will", "wollen", "plant", "planen", "geplant", "bevorstehenden", "künftig", "demnächst", "morgen"),
	Past: set("war", "waren", "wurde", "wurden", "hatte", "hatten", "gab", "kam", "kamen", "sagte", "sagten",
		"erklärte", "erklärten", "teilte", "teilten", "hieß", "stand", "standen", "ging", "gingen", "fand", "fanden",
		"unterzeichnete", "unterzeichneten", "schloss", "schlossen", "gestern", "vorgestern", "damals", "zuvor",
		"kürzlich", "vergangenen", "vergangene"),
	PastSuffixes:       nil,
	Perfect:            set("hat", "haben", "hatte", "hatten", "ist", "sind", "habe", "sei", "seien", "hätte", "hätten", "wäre", "wären"),
	PerfectParticiple:  "ge",
	ParticiplePrefixes: []string{"ver", "be", "er", "ent", "zer", "emp", "miss"},
	Agencies: set("dpa", "AFP", "afp", "Reuters", "AP", "KNA", "epd", "dts", "rtr", "APA", "sda", "SDA", "AFX",
		"dpa-AFX", "Xinhua", "Yonhap", "Kyodo", "TASS", "Tass", "Interfax", "ANSA", "EFE", "Belga", "ddp", "RND", "IPPEN.MEDIA"),
}

// ordinals expands the stems of ordinal numbers 1, 2, … to their
// inflected forms ("erst" → "erste", "ersten", "erster", "erstes",
// "erstem").
func ordinals(stems []string) map[string]int {
	out := map[string]int{}
	for i, s := range stems {
		for _, end := range []string{"e", "en", "er", "es", "em"} {
			out[s+end] = i + 1
		}
	}
	return out
}

var (
	ints   = lang.IntTable
	shifts = lang.IntTable
	units  = lang.UnitTable
	parts  = lang.PartTable
	set    = lang.WordSet
)

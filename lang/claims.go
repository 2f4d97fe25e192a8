package lang

// Claims is what package claim needs to assemble claims in one language:
// how the counted noun phrase continues after a number, which words end
// it, where places stand, which nouns make a number a duration rather than
// a claim, and which phrases carry the previous sentence's source over.
// All words are lower case.
type Claims struct {
	// CapitalNouns says nouns are written with a capital letter (German),
	// so a capitalised word after adjectives is the head of the counted
	// phrase.
	CapitalNouns bool

	// Determiners may open the counted phrase or a complement: "der",
	// "unseres", "the", "their". They are kept in the phrase when inside
	// it, dropped when leading.
	Determiners map[string]bool

	// Definite articles before a small exact number name a set the reader
	// already knows ("die drei Nationen", "the two leaders"): a
	// reference, not a claim.
	Definite map[string]bool

	// Partitive words stand between a number and what it counts: "von"
	// in "100 von Kim Jong-uns Kämpfern", "of" in "6,400 of them".
	Partitive map[string]bool

	// Complements join a complement to the counted noun: "aus" in
	// "Soldaten aus Nordkorea", "of" in "barrels of refined petroleum".
	Complements map[string]bool

	// Coordinators join a second noun: "und" in "Männer und Frauen".
	Coordinators map[string]bool

	// Stop words end the counted phrase or, read backwards, the phrase
	// before a number: auxiliaries, conjunctions, prepositions, pronouns,
	// adverbs.
	Stop map[string]bool

	// Linkers stand between a phrase and the number it is measured by:
	// "bei", "auf", "mit", "at", "to". Read backwards they are skipped.
	Linkers map[string]bool

	// MeasureVerbs link a subject to the number it is measured by: "trade
	// hit $240 billion", "die Zahl stieg auf 1.200". Read backwards they
	// are trimmed off the counted phrase.
	MeasureVerbs map[string]bool

	// ChangeNouns name a change measured by the number before them, and
	// ChangeOf join them to what changed: "a 4% fall in exports", "an 8
	// percent rise in prices" count exports and prices.
	ChangeNouns map[string]bool
	ChangeOf    map[string]bool

	// AmountNouns name an amount whose complement is what is counted:
	// "Zahl der Verluste", "the number of U.S. forces".
	AmountNouns map[string]bool

	// TimeNouns make a number a duration or a frequency, not a claim:
	// "drei Tage", "in 14 years", "two-day visit".
	TimeNouns map[string]bool

	// PlaceBefore are phrases after which a place name follows: "in",
	// "im raum", "near". PlaceAfter are words after a place name that mark
	// it as one: "region" in "Kursk region".
	PlaceBefore [][]string
	PlaceAfter  map[string]bool

	// CarryOver are phrases that refer to the source of the previous
	// sentence: "demnach", "dem bericht zufolge", "according to the
	// report".
	CarryOver [][]string

	// FigureNouns name figures as a whole when a sentence refers back to
	// the numbers before it: "Statistik", "Zahlen", "figures", "data".
	// Authors are the prepositions after such a noun that name who made
	// the figures: "vom" in "die Statistik vom Gesundheitsministerium",
	// "by" in "the figures compiled by the ministry".
	FigureNouns map[string]bool
	Authors     map[string]bool
}

package lang

import "github.com/hebel-project/hebel"

// Figures is what package claim needs to type a claim in one language:
// which words name what is counted (a concept the same in every
// language), which words say what happened to the people counted (a
// measure), and which words mark where the counted are, for whom, and
// whether a number holds for each of several places.
//
// Word patterns are lower case and match one token, as in Relations:
// "soldaten" the token exactly, "stationiert*" any token starting with
// "stationiert", "*soldaten" any token ending in "soldaten" (the head of
// a German compound: "US-Soldaten", "Berufssoldaten"). A pattern with
// spaces matches that many tokens in a row ("im einsatz", "taken
// prisoner").
type Figures struct {
	// Concepts are patterns of the nouns that name what is counted:
	// "soldaten", "*truppen", "troops" → troops; "barrel" is no concept
	// (a unit), but "öl" in "Barrel Öl" is.
	Concepts []ConceptWord

	// Events are patterns of the words that say what happened to the
	// people counted: participles ("getötet", "wounded"), nouns
	// ("Tote", "casualties"), verbs and phrases ("im Einsatz", "pulled
	// out"). The event word nearest the number in its clause, with no
	// other number between them, gives the claim's measure.
	Events []EventWord

	// Separable are German verbs whose particle stands at the end of the
	// clause ("die USA ziehen 12.000 Soldaten aus Deutschland ab"): a
	// stem with its particle later in the clause is the event.
	Separable []SeparableVerb

	// Distributive are words that make a number hold for each of several
	// places ("je", "jeweils", "each", "apiece", "respectively"); without
	// one, a number stated for several places is their total.
	Distributive map[string]bool

	// For are the prepositions of a deployment's beneficiary or
	// destination ("für Russland im Einsatz", "nach Polen verlegt", "sent
	// to Russia"): for a deployment the state after one is where the
	// troops serve.
	For map[string]bool

	// Within are words that may stand between a place phrase and the
	// name of the state it places in ("in den Osten Russlands", "in the
	// east of Ukraine").
	Within map[string]bool

	// Origin are the prepositions of where the counted come from ("aus",
	// "from"): the state after one is whose they are when nothing else
	// says so ("Soldaten aus Nordkorea"), else the place they leave
	// ("amerikanische Soldaten aus Deutschland abgezogen").
	Origin map[string]bool
}

// ConceptWord maps a word pattern to the concept it names.
type ConceptWord struct {
	Pattern string
	Concept hebel.Concept
}

// EventWord maps a word pattern to the measure it states.
type EventWord struct {
	Pattern string
	Measure hebel.Measure
}

// SeparableVerb is a German verb with a separable particle: any of Stems
// with Particle later in the same clause states Measure.
type SeparableVerb struct {
	Stems    []string
	Particle string
	Measure  hebel.Measure
}

package lang

import "github.com/hebel-project/hebel"

// Relations is what package relation needs in one language: trigger
// words and patterns for alliances, deployments, supplies, sanctions,
// hostility and events, and the words that mark modality.
//
// Word patterns are lower-case and match one token: "pakt" matches the
// token exactly, "liefer*" any token starting with "liefer", "*pakt" any
// token ending in "pakt" (the head of a German compound), "*pakt*" any
// token containing "pakt". Inflection is left to the patterns. A pattern
// with spaces matches that many tokens in a row ("trading partner").
type Relations struct {
	// Triggers are the words that state a relation or event, most
	// specific first: the first trigger a token matches with its
	// arguments found wins.
	Triggers []Trigger

	// Goods maps word patterns to the goods label of a supplies relation
	// ("öl" → "oil", "*munition" → "ammunition").
	Goods []Label

	// Troops are patterns of nouns for armed forces ("soldaten",
	// "*truppen", "troops"); an actor attached to one ("US-Soldaten",
	// "nordkoreanische Soldaten", "Soldaten aus Nordkorea") is the side
	// whose forces they are, and a number before one is the count.
	Troops []string

	// From are prepositions that mark the side a relation comes from
	// ("aus", "von"; "from", "by").
	From []string

	// Between are words that introduce both sides of a symmetric
	// relation ("zwischen"; "between").
	Between []string

	// And are the words that coordinate actors ("und", "sowie"; "and").
	And []string

	// Skip are words that may stand between a preposition and the actor
	// it marks without breaking the link: articles, possessives and the
	// like ("die", "der"; "the").
	Skip []string

	// NounAttribute says that an actor right after a capitalised noun
	// other than the trigger is that noun's genitive attribute
	// ("Nachbarstaaten Chinas") and takes no role (German).
	NounAttribute bool

	// Ban are word patterns that, in the clause of a supplies trigger,
	// make it a ban on deliveries, which is a sanction ("verbietet den
	// Export", "bans exports").
	Ban []string

	// Block are word patterns that, in the clause of a trigger, say the
	// deed it names was blocked, vetoed, stopped or undone ("blockiert",
	// "vetoed", "stopped"): the trigger then states no relation. A ban
	// on deliveries (Ban) is read first.
	Block []string

	// Attribution are the words that mark an actor as the source of an
	// attribution ("laut"; "according"): such an actor says something and
	// takes no role in what is said.
	Attribution []string

	// Opens are words that open a new clause without a comma before
	// them ("while", "whereas"): an actor after one is no side of a
	// trigger before it.
	Opens []string

	// Relative are the relative pronouns that open a relative clause
	// after a comma ("das", "die"; "which", "who"): an actor inside one
	// is not the subject of the clause it hangs on.
	Relative []string

	// We are the first-person plural words that, inside a quotation,
	// stand for the speaker's state ("wir", "unser"; "we", "our"). An
	// Own word before a StateNoun does too in reported speech ("sein
	// Land"; "his country").
	We []string

	// Visitors are patterns of nouns for people and delegations that
	// visit ("präsident*", "*minister*", "delegation"; "president"): the
	// source of a Person trigger is a person, or a state named with one of
	// them ("der chinesische Präsident", "a delegation from Japan").
	Visitors []string

	// Own are the possessives that give a war to the subject of its
	// clause ("Russland … in seinem Krieg", "Russia … its invasion").
	Own []string

	// PairNouns are plural nouns for states ("staaten", "ländern";
	// "countries") that, after a PairWord or a Between word ("die beiden
	// Staaten", "zwischen den isolierten Ländern", "the two countries"),
	// stand for the last two states named before them.
	PairNouns []string

	// PairWords are the words that make a PairNoun a pair ("beiden";
	// "two", "both").
	PairWords []string

	// StateNouns are singular nouns for a state ("regime", "staat";
	// "country", "state") that, after a Definite article and a word that
	// marks a side ("mit dem Regime", "with the reclusive state"), stand
	// for the last state named before them that their clause does not
	// name.
	StateNouns []string

	// That are the words that open a content clause ("dass"; "that").
	That []string

	// Definite are the definite articles ("dem", "den"; "the").
	Definite []string

	// Modality maps cue patterns to a modality ("könnte" → "possible",
	// "würde" → "hypothetical", "nicht" → "negated"). A cue in the clause
	// of a trigger gives the relation that modality; negated wins over
	// hypothetical, hypothetical over possible.
	Modality []Label
}

// Trigger is one word that states a relation or an event.
type Trigger struct {
	Pattern string             // word pattern, see Relations
	Type    hebel.RelationType // relation type: "alliance", "supplies", "sanction" …

	// To lists the prepositions that must mark the target actor ("für"
	// for a deployment, "gegen" for sanctions). Empty: the target is the
	// next actor after the source.
	To []string

	// Symmetric triggers relate a pair: "zwischen X und Y", "X und Y",
	// "X mit Y", or a holder and the partners marked by With.
	Symmetric bool

	// With lists the prepositions that mark partners of a symmetric
	// trigger ("mit"; "with").
	With []string

	// Of lists the prepositions that mark a partner of a symmetric
	// trigger only right after it ("the closest ally of the United
	// States"), where a With word may stand anywhere in the clause.
	Of []string

	// Near triggers take as target only an actor marked right after
	// them ("Truppen in Japan", "troops in Korea").
	Near bool

	// Victim triggers name the side attacked: an actor inside the
	// trigger ("Ukraine-Krieg") or marked by To ("war in Ukraine") is the
	// target; when the sentence names no other side, the actor the
	// document names most often is taken as the source.
	Victim bool

	// Troops triggers take their source from the troops noun near them
	// when there is one ("US-Soldaten … stationiert").
	Troops bool

	// Not are word patterns that, matching the trigger token or the
	// word before it, make the trigger figurative or historical ("trade
	// war", "Handelskrieg", "Cold War"): it then states nothing.
	Not []string

	// Object triggers take as target also the actor right after them,
	// unmarked ("fighting Ukraine", "defeat Russia").
	Object bool

	// Import triggers state a supply seen from the receiver ("importiert",
	// "bezieht", "imports"): the source is the actor marked by From ("aus
	// Russland") or named with the goods ("russisches Öl"), the target the
	// other actor of the clause.
	Import bool

	// Provide triggers name the receiver as their object, the goods after
	// With ("versorgt X mit Öl", "supplied X with oil").
	Provide bool

	// Content triggers that find no target in their clause take the
	// subject of the content clause after them, opened by a That word
	// ("prangerte an, dass Russland …", "accused … that Russia …").
	Content bool

	// Host triggers name the receiving state as their subject and the
	// troops of another state as their object ("Poland hosts American
	// troops"): the source is the state whose troops they are.
	Host bool

	// Goods triggers state a relation only when goods are named in their
	// clause ("dependence on Russian gas", not "dependence on tourism").
	Goods bool

	// Person triggers take as source only a person or a state named with
	// a Visitors noun: states and crowds do not visit.
	Person bool

	// Weak triggers name an event too vaguely to state a relation on
	// their own ("unterstützen", "support"): package relation uses them to
	// type the event of a sentence, not to emit relations.
	Weak bool
}

// Label maps a word pattern to a value.
type Label struct {
	Pattern string
	Value   string
}

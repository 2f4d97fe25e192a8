package hebel

// Qualifier is the hedge on a quantity, as in the spec's table.
type Qualifier string

// Qualifiers of the public record.
const (
	Exact    Qualifier = "exact"
	Approx   Qualifier = "approx"
	AtLeast  Qualifier = "at_least"
	MoreThan Qualifier = "more_than"
	AtMost   Qualifier = "at_most"
	LessThan Qualifier = "less_than"
	Range    Qualifier = "range"
)

// Quantity is a number as the text writes it: "Rund 10.000", "bis zu
// tausend", "40 Prozent". Low and High are set for ranges and for the
// plausible band of vague counts ("Tausende").
type Quantity struct {
	Span
	Text      string
	Value     float64
	Qualifier Qualifier
	Low       *float64
	High      *float64
	Unit      string // "" for plain counts; "%", "EUR", "USD", "t", "bbl", "km" …
}

// Source is who a claim, quote or relation is attributed to.
type Source struct {
	Span                 // the claimant's words in the text
	Text      string     // as written: "westlichen Geheimdiensten"
	Cue       string     // "laut", "so", "according to" …
	Attach    Attachment // how the text attaches the source; "" when unknown
	EntityID  string     // linked actor, "" when unknown
	Name      string     // canonical name of the linked actor
	Extractor string
}

// Claim is a counted or measured fact as the text states it.
type Claim struct {
	Span                 // the clause or sentence that states it
	Quantity  Quantity   //
	Counted   string     // what is counted, as written
	Entities  []string   // actor ids in the clause
	Location  string     // place in the clause, "" when none
	Source    *Source    // nil when the text names no claimant
	Valid     *ValidTime // the time the figure is about; nil when unknown (an undated text with no time words)
	Extractor string     //

	// What the number counts, typed (package claim; see measure.go).
	Measure Measure  // what happened to the counted, or what is measured; "" when unknown
	Concept Concept  // what is counted, the same in every language; "" when unknown
	Actor   string   // the actor the counted belong to ("Soldaten aus Nordkorea": PRK); "" when none
	Places  []string // the states the number is stated for (ISO3; a place inside a state gives the state)
	Reading Reading  // with two places or more: one total over all of them, or that many in each

	// Confidence is how firmly and how attributably the text states the
	// number, in (0, 1]: the hedge, whether a claimant is named and
	// linked, whether the measure is typed (claim.Confidence documents
	// the rule). 0 when not computed.
	Confidence float64
}

package hebel

// Modality says how firmly a relation is stated.
type Modality string

// Modalities of a relation.
const (
	Asserted     Modality = "asserted"
	Possible     Modality = "possible"
	Hypothetical Modality = "hypothetical"
	Negated      Modality = "negated"
)

// Relation is a standing relation or an event between two actors,
// typed as in the spec (RelationType: "alliance", "troop_deployment",
// PLOVER events …).
type Relation struct {
	Type       RelationType
	From, To   string         // actor ids
	Attributes map[string]any // "goods", "count", "location", "modality" …
	Evidence   []Span
	Source     *Source
	Valid      *ValidTime // the time it holds or happened; nil when unknown
	Extractor  string
}

package hebel

// EntityType is the kind of actor an entity is.
type EntityType string

// Entity types of the public record.
const (
	Country      EntityType = "country"
	Organisation EntityType = "organisation"
	Person       EntityType = "person"
	Place        EntityType = "place"
	Group        EntityType = "group" // collective sources: "westliche Geheimdienste"
)

// Entity is an actor named in one document, with all its mentions.
// ID is an ISO 3166-1 alpha-3 code for countries, "org:…", "person:…",
// "place:…" or "group:…" slugs otherwise.
type Entity struct {
	ID       string
	Type     EntityType
	Name     string // canonical (English) name
	Wikidata string // "Q…" when known
	Country  string // ISO3 of the state a non-country actor belongs to, "" when unknown
	Role     string // a person's office or an organisation's kind, "" when unknown
	Mentions []Mention
}

// Mention is one span of text that names an entity.
type Mention struct {
	Span
	Text      string // the covered text, Span.Text(doc.Text)
	EntityID  string
	Coref     bool   // found by coreference ("sie", "das Land"), not by name
	Extractor string // which extractor made it, e.g. "gazetteer"
}

// IsStateID reports whether an entity id is a state's: an ISO 3166-1
// alpha-3 code, three upper-case ASCII letters (other actors' ids are
// prefixed slugs, see Entity).
func IsStateID(id string) bool {
	if len(id) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if id[i] < 'A' || id[i] > 'Z' {
			return false
		}
	}
	return true
}

package lang

// Actors is what package entity needs in one language beyond the
// cross-lingual gazetteer: inflection of adjectives, words that refer back.
type Actors struct {
}

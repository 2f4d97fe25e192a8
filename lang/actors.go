package lang

// Actors is what package entity needs in one language beyond the
// cross-lingual gazetteer: how names, nationality adjectives and
// inhabitant nouns inflect, and which words join an elided compound
// ("Nord- und Südkorea").
type Actors struct {
	// Name inflects country and capital names, e.g. the German genitive
	// "Russland" → "Russlands". Nil keeps the base form only.
	Name []Inflection
	// Adjective inflects nationality adjectives given by their base form,
	// e.g. "nordkoreanisch" → "nordkoreanische", "nordkoreanischen", ….
	// A lower-case form is also matched capitalised (sentence start).
	Adjective []Inflection
	// Demonym inflects inhabitant nouns given by their masculine singular,
	// e.g. "Nordkoreaner" → "Nordkoreanerin", "Nordkoreanern", ….
	Demonym []Inflection
	// Coordinators are the words between an elided compound and its full
	// partner: "und" in "Nord- und Südkorea", "and" in "North and South
	// Korea". Empty turns elision off.
	Coordinators []string
}

// Inflection rewrites a base form that ends in Suffix: each of Forms
// replaces Suffix in turn. In a list of inflections the first whose Suffix
// matches applies, so specific suffixes come before the catch-all "".
type Inflection struct {
	Suffix string
	Forms  []string
}

// Inflect returns the forms of base under the first rule in rules whose
// Suffix base ends with; with no matching rule it returns base alone.
func Inflect(base string, rules []Inflection) []string {
	for _, r := range rules {
		if len(base) >= len(r.Suffix) && base[len(base)-len(r.Suffix):] == r.Suffix {
			stem := base[:len(base)-len(r.Suffix)]
			out := make([]string, len(r.Forms))
			for i, f := range r.Forms {
				out[i] = stem + f
			}
			return out
		}
	}
	return []string{base}
}

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
	// Words are role nouns, organisation suffixes, pronouns and the other
	// words that find unknown actors and follow known ones.
	Words ActorWords
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

// Role is what a role noun or title says about the person it names.
type Role struct {
	// Class groups role nouns that may refer to the same person: "Expertin",
	// "Spezialistin" and "analyst" are all "expert"; "Präsident" and
	// "president" are "president".
	Class string
	// Gender is 'f' or 'm' when the noun marks it ("Expertin", "Sprecher"),
	// 0 when it does not ("analyst").
	Gender byte
}

// Institution is a kind of state body that a country adjective or a
// country name in front of it makes a distinct organisation: "das
// chinesische Außenministerium", "China's foreign ministry".
type Institution struct {
	Slug string // id part after the country code: "foreign-ministry"
	Name string // English name: "Ministry of Foreign Affairs"
}

// ActorWords are the words package entity uses to find actors without a
// gazetteer entry and to follow them through a text (coreference).
type ActorWords struct {
	// Roles maps role nouns and titles, in every inflected form the text
	// may use, to their role: "Expertin", "Sprecherin", "spokeswoman".
	Roles map[string]Role
	// OrgSuffixes are last words that make a capitalised phrase an
	// organisation name: "Center", "Institut", "Agency".
	OrgSuffixes []string
	// PlaceHeads are last words that make a name a place, not a person
	// or an organisation, also after a given name ("Jordan Aquarium",
	// "Rotes Meer"); a lower-case entry also matches the end of a
	// compound ("wasserpark" in "Erlebniswasserpark"). Words that are
	// also common surnames ("Park", "Berg") do not belong here.
	PlaceHeads []string
	// PlacePrepositions are prepositions after which a lone name is a
	// place rather than a person ("in Kaunas").
	PlacePrepositions []string
	// ModifierEnds are the endings of a capitalised word before an
	// organisation's name that make it part of a longer name ("Nationale
	// Sicherheitsrat") rather than a noun in apposition
	// ("Nachrichtenagentur Xinhua"); empty when any capitalised word may
	// be such a modifier ("National Security Council").
	ModifierEnds []string
	// Honorifics are titles before a person's name that are no part of
	// it: "Herr", "Mr".
	Honorifics []string
	// Institutions maps institution nouns (one word or a phrase, each
	// inflected form) to the institution: "Außenministerium",
	// "foreign ministry".
	Institutions map[string]Institution
	// Pronouns maps personal pronouns that may refer back to one person to
	// its gender: "sie" → 'f', "he" → 'm'.
	Pronouns map[string]byte
	// Possessives maps possessive determiners to the gender of their
	// owner: "Ihrer" → 'f', "his" → 'm'.
	Possessives map[string]byte
	// OpinionNouns are the nouns after which a possessive clearly means a
	// person's view: "Meinung" in "Ihrer Meinung nach", "view".
	OpinionNouns []string
	// CountryAnaphors are the phrases that refer back to the last country
	// named: "das Land", "the country".
	CountryAnaphors []string
	// Determiners may stand before a role noun used as an anaphor: "die
	// Expertin", "eine Expertin", "the analyst".
	Determiners []string
	// SingularVerbEnd is the ending of a third-person singular verb after
	// a pronoun that also reads as a plural ("sie sagt" vs. "sie sagen");
	// "" when the pronoun is never plural.
	SingularVerbEnd string
	// PluralVerbEnd is the ending that marks the plural reading of such a
	// pronoun ("sagen").
	PluralVerbEnd string
	// OtherSingularVerbEnds are further endings of singular verbs after
	// such a pronoun: past tense and subjunctive ("sie sagte", "sie
	// habe", "sie sei").
	OtherSingularVerbEnds []string
	// PluralPronouns are the pronouns of Pronouns that may also be plural
	// ("sie"): only they need the verb after them checked.
	PluralPronouns []string
	// GenericHeads maps the ends of nouns that make a determiner phrase an
	// actor of its own when no named actor precedes it ("der
	// Staatsanwalt", "ein Polizeisprecher", "die Wahlkommission") to 'p'
	// (a person) or 'o' (an organisation). Keys are lower case and match
	// the end of the phrase's last word.
	GenericHeads map[string]byte
	// PluralVerbs are verbs after a pronoun of PluralPronouns that make it
	// plural without PluralVerbEnd: "sind".
	PluralVerbs []string
	// FeminineArticles are the articles after which an organisation's
	// name may be taken up by the feminine pronoun: "die Gewerkschaft …
	// Sie bezeichnet".
	FeminineArticles []string
	// RelativePronouns maps relative pronouns to their gender ('f' also
	// stands for the plural): after a comma they take up the actor named
	// right before it ("so Celebi, die auch angab").
	RelativePronouns map[string]byte
	// SourceNouns are nouns of reported information whose author follows
	// in a genitive or "von" phrase or is named by a possessive before
	// them: "Angaben der Polizei", "Stellungnahme des Ministeriums",
	// "nach eigenen Angaben".
	SourceNouns []string
	// SourceLinks join a source noun to its author: "von", "des", "der".
	SourceLinks []string
	// SourceTails are lower-case ends of compounds whose first part names
	// the source: "angaben" in "Behördenangaben", "kreisen" in
	// "Regierungskreisen".
	SourceTails []string
	// SourcePrefixes are first parts of source compounds that name a
	// source though no generic head ends them: "Presse" in
	// "Presseberichten", "Regierungs" in "Regierungskreisen".
	SourcePrefixes []string
	// SelfMarkers stand before a source noun whose author is the actor
	// named just before: "eigenen", "ihren" ("nach eigenen Angaben").
	SelfMarkers []string
	// SourceAdverbs refer back to the source named just before:
	// "demnach".
	SourceAdverbs []string
}

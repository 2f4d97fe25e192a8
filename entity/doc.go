// Package entity finds the actors a text names and links them to ids.
//
// Countries returns a gazetteer built from a generated table
// (countries_table.go, made by gen_countries.go from Unicode CLDR,
// mledoze/countries, i18n-nationality and the curated
// curated_countries.tsv) whose Find returns every country named in a text
// – by name, short form, capital used for its government, nationality
// adjective or inhabitant noun – with byte spans into the text and an
// ISO 3166-1 alpha-3 id. Inflection rules come from the language profile
// (lang.Actors), so one table serves German and English.
//
// Curated returns the gazetteer of other actors (curated_actors.tsv):
// international organisations ("org:un"), intelligence services and state
// bodies ("org:nis"), heads of state and officials with role and term
// ("person:kim-jong-un"), places ("place:kursk") and collective sources
// ("group:western-intelligence"), with Wikidata ids where known.
//
// Actors returns a Recognizer that puts it all together: both
// gazetteers, institution phrases ("das chinesische Außenministerium" →
// "org:chn-foreign-ministry"), name shapes and the averaged-perceptron
// name taggers (tagger_de.bin, tagger_en.bin, trained by gen_tagger.go on
// the corpora internal/nercorpus lists; checkNames corrects what the
// words plainly show, and similarNames keeps "National Security Council"
// apart from the UN's) for names no list knows ("person:rachel-minyoung-lee"), and
// generic role and institution phrases without a name ("der Staatsanwalt"
// → "person:staatsanwalt", "die Wahlkommission" → "org:wahlkommission"), and
// groups of people without a determiner ("Kritiker", "lokale Medien" →
// "group:lokale-medien"), the sources of reported information ("Angaben
// von n24" → "org:n24", "Behördenangaben" → "group:behoerden", websites),
// and within-document coreference: surnames and short forms (also a
// family name written first, "Li" of "Li Fei"), role nouns ("eine
// Expertin"), pronouns and possessives ("sie", "Ihrer Meinung nach"),
// relative pronouns after a comma ("Celebi, die …"), possessive sources
// and source adverbs ("nach eigenen Angaben", "Demnach"), "das
// Land"/"the country". Coreferent mentions carry Coref.
//
// Speed: the tagger hashes and scores each word once per goroutine (a
// bounded cache of per-word feature sums in its kept scratch, which
// outlives garbage collections unlike a sync.Pool; the sums
// are exact, so cached and uncached runs agree), and the rules read
// per-token flags found in one pass and scan only the mentions near a
// position.
//
// The package takes values and returns values: it does no I/O beyond its
// embedded tables, keeps no global state beyond the lazily built tables
// and models, and must not import other extractors (quantity, quote,
// relation) or per-language packages.
package entity

//go:generate go run gen_countries.go -shared ../../shared/data/lexicon
//go:generate go run gen_tagger.go -shared ../../shared -lang de
//go:generate go run gen_tagger.go -shared ../../shared -lang en

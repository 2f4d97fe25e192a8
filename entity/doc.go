// Package entity finds the actors a text names and links them to ids.
//
// This first pass knows countries: Countries returns a gazetteer built from
// a generated table (countries_table.go, made by gen_countries.go from
// Unicode CLDR, mledoze/countries, i18n-nationality and the curated
// curated_countries.tsv) whose Find returns every country named in a text
// – by name, short form, capital used for its government, nationality
// adjective or inhabitant noun – with byte spans into the text and an
// ISO 3166-1 alpha-3 id. Inflection rules come from the language profile
// (lang.Actors), so one table serves German and English.
//
// The package takes values and returns values: it does no I/O, keeps no
// global state beyond the lazily built tables, and must not import other
// extractors (quantity, quote, relation) or per-language packages.
package entity

//go:generate go run gen_countries.go -shared ../../shared/data/lexicon

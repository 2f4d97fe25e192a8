//go:build ignore

// gen_countries builds countries_table.go, the country gazetteer of
// package entity, from the shared lexicons (Unicode CLDR territory names,
// mledoze/countries, i18n-nationality) and curated_countries.tsv.
//
//	go run gen_countries.go -shared ../../shared/data/lexicon
//
// A form that the generated sources give to two countries in one language
// is dropped (pass -v to list them) unless the curated file claims it.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds and their letters in the table, in order of precedence.
const (
	kindName    = 'n'
	kindCapital = 'c'
	kindDemonym = 'p'
	kindAdj     = 'a'
	kindBlock   = 'b'
)

var kindRank = map[byte]int{kindBlock: 0, kindName: 1, kindCapital: 2, kindDemonym: 3, kindAdj: 4}

var langs = []string{"de", "en"}

type country struct {
	iso3, iso2, name string
}

// form is one surface form of one country (iso3 "-" for blocks).
type form struct {
	iso3    string
	kind    byte
	curated bool
}

// lexicon maps language → surface form → the countries that claim it.
type lexicon map[string]map[string][]form

func (l lexicon) add(lang, text, iso3 string, kind byte, curated bool) {
	if l[lang] == nil {
		l[lang] = map[string][]form{}
	}
	for i, f := range l[lang][text] {
		if f.iso3 == iso3 {
			if curated && !f.curated || f.curated == curated && kindRank[kind] < kindRank[f.kind] {
				l[lang][text][i] = form{iso3, kind, curated}
			}
			return
		}
	}
	l[lang][text] = append(l[lang][text], form{iso3, kind, curated})
}

func main() {
	shared := flag.String("shared", "../../shared/data/lexicon", "directory of the shared lexicons")
	curated := flag.String("curated", "curated_countries.tsv", "curated forms")
	out := flag.String("o", "countries_table.go", "output file")
	verbose := flag.Bool("v", false, "list dropped ambiguous forms")
	flag.Parse()
	src, err := generate(*shared, *curated, *verbose)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

func generate(shared, curatedPath string, verbose bool) ([]byte, error) {
	countries, lex, err := readMledoze(filepath.Join(shared, "countries-mledoze", "countries.json"))
	if err != nil {
		return nil, err
	}
	byISO2 := map[string]*country{}
	for _, c := range countries {
		byISO2[c.iso2] = c
	}
	for _, lang := range langs {
		if err := readCLDR(filepath.Join(shared, "gazetteer-cldr", lang, "territories.json"), lang, byISO2, lex); err != nil {
			return nil, err
		}
		if err := readNationality(filepath.Join(shared, "gazetteer-nationality-i18n", lang+".json"), lang, byISO2, lex); err != nil {
			return nil, err
		}
	}
	known := map[string]bool{"-": true}
	for _, c := range countries {
		known[c.iso3] = true
	}
	if err := readCurated(curatedPath, known, lex); err != nil {
		return nil, err
	}
	resolve(lex, verbose)
	return write(countries, lex)
}

// iso3Fix maps mledoze's non-ISO codes to the user-assigned codes in use.
var iso3Fix = map[string]string{"UNK": "XKX"} // Kosovo

func readMledoze(path string) ([]*country, lexicon, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var rows []struct {
		Name         struct{ Common, Official string }
		CCA2, CCA3   string
		AltSpellings []string
		Translations map[string]struct{ Common, Official string }
		Demonyms     map[string]struct{ F, M string }
	}
	if err := json.Unmarshal(data, &rows); err != nil {
		return nil, nil, fmt.Errorf("reading %s: %w", path, err)
	}
	lex := lexicon{}
	var countries []*country
	for _, r := range rows {
		iso3 := r.CCA3
		if fix, ok := iso3Fix[iso3]; ok {
			iso3 = fix
		}
		countries = append(countries, &country{iso3: iso3, iso2: r.CCA2, name: r.Name.Common})
		addClean(lex, "en", r.Name.Common, iso3, kindName)
		addClean(lex, "en", r.Name.Official, iso3, kindName)
		for _, a := range r.AltSpellings {
			addClean(lex, "en", a, iso3, kindName)
		}
		if t, ok := r.Translations["deu"]; ok {
			addClean(lex, "de", t.Common, iso3, kindName)
			addClean(lex, "de", t.Official, iso3, kindName)
		}
		if d, ok := r.Demonyms["eng"]; ok {
			addClean(lex, "en", d.M, iso3, kindDemonym)
			addClean(lex, "en", d.F, iso3, kindDemonym)
		}
	}
	return countries, lex, nil
}

var cldrKey = regexp.MustCompile(`^([A-Z]{2})(-alt-(short|variant))?$`)

func readCLDR(path, lang string, byISO2 map[string]*country, lex lexicon) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var doc struct {
		Main map[string]struct {
			LocaleDisplayNames struct{ Territories map[string]string }
		}
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	for key, name := range doc.Main[lang].LocaleDisplayNames.Territories {
		m := cldrKey.FindStringSubmatch(key)
		if m == nil || byISO2[m[1]] == nil {
			continue
		}
		addClean(lex, lang, name, byISO2[m[1]].iso3, kindName)
	}
	return nil
}

func readNationality(path, lang string, byISO2 map[string]*country, lex lexicon) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var doc struct{ Nationalities map[string]string }
	if err := json.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	for iso2, adj := range doc.Nationalities {
		c := byISO2[iso2]
		if c == nil || strings.Contains(adj, " or ") || strings.Contains(adj, " - ") {
			continue
		}
		if lang == "de" {
			// German adjectives are lower case; the source capitalises
			// them and also lists territory names, which do not end in -sch.
			if !strings.HasSuffix(adj, "sch") || strings.Contains(adj, " ") {
				continue
			}
			r, n := utf8.DecodeRuneInString(adj)
			adj = string(unicode.ToLower(r)) + adj[n:]
		}
		if f := lex[lang][adj]; len(f) > 0 && f[0].kind == kindName {
			continue // a territory name given as its own adjective
		}
		addClean(lex, lang, adj, c.iso3, kindAdj)
	}
	return nil
}

// addClean adds a generated form if it is Latin script, at least three
// letters, starts like a name and has no list punctuation.
func addClean(lex lexicon, lang, text, iso3 string, kind byte) {
	text = strings.TrimSpace(text)
	if utf8.RuneCountInString(text) < 3 || strings.ContainsAny(text, ",()[];|/") {
		return
	}
	for _, r := range text {
		if r >= 0x250 && r != '’' {
			return
		}
	}
	first, _ := utf8.DecodeRuneInString(text)
	if kind != kindAdj && !unicode.IsUpper(first) {
		return
	}
	lex.add(lang, text, iso3, kind, false)
}

func readCurated(path string, known map[string]bool, lex lexicon) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	kinds := map[string]byte{"name": kindName, "capital": kindCapital, "adj": kindAdj, "demonym": kindDemonym, "block": kindBlock}
	sc := bufio.NewScanner(bytes.NewReader(data))
	type add struct {
		lang, text, iso3 string
		kind             byte
	}
	var adds []add
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 || !known[f[0]] || (f[1] != "*" && !slices.Contains(langs, f[1])) {
			return fmt.Errorf("%s:%d: bad line %q", path, n, line)
		}
		ls := langs
		if f[1] != "*" {
			ls = []string{f[1]}
		}
		for _, text := range strings.Split(f[3], "|") {
			for _, lang := range ls {
				if f[2] == "drop" {
					lex[lang][text] = slices.DeleteFunc(lex[lang][text], func(x form) bool { return f[0] == "-" || x.iso3 == f[0] })
					continue
				}
				k, ok := kinds[f[2]]
				if !ok {
					return fmt.Errorf("%s:%d: unknown kind %q", path, n, f[2])
				}
				adds = append(adds, add{lang, text, f[0], k})
			}
		}
	}
	// Drops apply to generated forms only, so curated forms go in last.
	for _, a := range adds {
		lex.add(a.lang, a.text, a.iso3, a.kind, true)
	}
	return sc.Err()
}

// resolve keeps, for every form of a language, one claimant: a curated one
// if there is exactly one, else the only generated one; else drops it.
func resolve(lex lexicon, verbose bool) {
	for _, lang := range langs {
		for text, fs := range lex[lang] {
			cur := slices.DeleteFunc(slices.Clone(fs), func(f form) bool { return !f.curated })
			switch {
			case len(cur) == 1:
				lex[lang][text] = cur
			case len(cur) == 0 && len(fs) == 1:
			default:
				if verbose && len(fs) > 0 {
					log.Printf("%s: dropping ambiguous %q: %v", lang, text, fs)
				}
				delete(lex[lang], text)
			}
		}
	}
}

func write(countries []*country, lex lexicon) ([]byte, error) {
	// buckets[iso3][lang+kind] = forms; a form with the same country and
	// kind in every language is written once under "*".
	buckets := map[string]map[string][]string{}
	put := func(iso3, key, text string) {
		if buckets[iso3] == nil {
			buckets[iso3] = map[string][]string{}
		}
		buckets[iso3][key] = append(buckets[iso3][key], text)
	}
	for _, lang := range langs {
		for text, fs := range lex[lang] {
			if len(fs) == 0 {
				continue
			}
			f := fs[0]
			shared := true
			for _, other := range langs {
				o := lex[other][text]
				shared = shared && len(o) == 1 && o[0].iso3 == f.iso3 && o[0].kind == f.kind
			}
			switch {
			case !shared:
				put(f.iso3, lang[:1]+string(f.kind), text)
			case lang == langs[0]:
				put(f.iso3, "*"+string(f.kind), text)
			}
		}
	}
	var b bytes.Buffer
	b.WriteString(`// Code generated by gen_countries.go from Unicode CLDR 48.2, mledoze/countries,
// i18n-nationality 1.4.0 and curated_countries.tsv; DO NOT EDIT.
// Sources and licences: data/SOURCES.md.

package entity

// countryTable lists every country: ISO 3166-1 alpha-3 id, English name,
// and its forms as "LK:form|form;…" groups, L the language (d, e, * for
// both) and K the kind (n name, c capital, p demonym, a adjective). The
// row with id "-" holds phrases that name no country (kind b).
var countryTable = [...]countryRow{
`)
	rows := append([]*country{{iso3: "-"}}, countries...)
	slices.SortFunc(rows[1:], func(a, b *country) int { return strings.Compare(a.iso3, b.iso3) })
	for _, c := range rows {
		keys := make([]string, 0, len(buckets[c.iso3]))
		for k := range buckets[c.iso3] {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		groups := make([]string, len(keys))
		for i, k := range keys {
			forms := buckets[c.iso3][k]
			slices.Sort(forms)
			groups[i] = k + ":" + strings.Join(forms, "|")
		}
		fmt.Fprintf(&b, "\t{%q, %q, %q},\n", c.iso3, c.name, strings.Join(groups, ";"))
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

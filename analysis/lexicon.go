package analysis

import (
	"reflect"
	"strings"
	"sync"
	"unicode"

	"github.com/hebel-project/hebel/lang"
)

// Word is the id of a word in a Lexicon. Word 0 is every word the
// lexicon does not hold.
type Word int32

// Lexicon numbers the words of a language profile: every word of every
// list, map key and value of the lang.Profile, lower-cased, phrases split
// at spaces and at "|" ("according to" gives "according" and "to";
// "an|bedenken" gives "an" and "bedenken"). Ids are small and dense, so an
// extractor turns each of its word lists into a table indexed by Word,
// built once per profile, and tests a token (Doc.Words) by indexing it.
// A Lexicon is read-only and safe for concurrent use.
type Lexicon struct {
	ids     map[string]Word
	words   []string // by id; words[0] is ""
	classes []Flag   // function-word flags by id
}

var lexicons sync.Map // *lang.Profile → *Lexicon

// LexiconOf returns the lexicon of p, built on first use and cached by
// pointer, so a profile must not change once used. A nil p has an empty
// lexicon.
func LexiconOf(p *lang.Profile) *Lexicon {
	if p == nil {
		return emptyLexicon
	}
	if l, ok := lexicons.Load(p); ok {
		return l.(*Lexicon)
	}
	l, _ := lexicons.LoadOrStore(p, newLexicon(p))
	return l.(*Lexicon)
}

var emptyLexicon = &Lexicon{ids: map[string]Word{}, words: []string{""}, classes: []Flag{0}}

func newLexicon(p *lang.Profile) *Lexicon {
	l := &Lexicon{ids: map[string]Word{}, words: []string{""}, classes: []Flag{0}}
	collect(reflect.ValueOf(p).Elem(), l.add)
	for _, c := range []struct {
		words []string
		flag  Flag
	}{
		{p.Speech.Determiners, FlagDeterminer},
		{keys(p.Speech.Pronouns), FlagPronoun},
		{p.Speech.Complementizers, FlagComplementizer},
		{p.Speech.Conjunctions, FlagConjunction},
	} {
		for _, w := range c.words {
			if id := l.ID(strings.ToLower(w)); id != 0 {
				l.classes[id] |= c.flag
			}
		}
	}
	return l
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// collect calls add with every string inside v: fields, elements, map
// keys and values, at any depth.
func collect(v reflect.Value, add func(string)) {
	switch v.Kind() {
	case reflect.String:
		add(v.String())
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			collect(v.Index(i), add)
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			collect(it.Key(), add)
			collect(it.Value(), add)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			collect(v.Field(i), add)
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			collect(v.Elem(), add)
		}
	}
}

// add gives s lower-cased, and each of its words, an id.
func (l *Lexicon) add(s string) {
	s = strings.ToLower(s)
	l.put(s)
	if strings.ContainsFunc(s, splitter) {
		for _, w := range strings.FieldsFunc(s, splitter) {
			l.put(w)
		}
	}
}

func splitter(r rune) bool { return r == '|' || unicode.IsSpace(r) }

func (l *Lexicon) put(w string) {
	if w == "" {
		return
	}
	if _, ok := l.ids[w]; !ok {
		l.ids[w] = Word(len(l.words))
		l.words = append(l.words, w)
		l.classes = append(l.classes, 0)
	}
}

// ID returns the id of the lower-case word w, 0 when the lexicon does not
// hold it.
func (l *Lexicon) ID(w string) Word { return l.ids[w] }

// Len returns the number of ids, 0 included: a table indexed by Word needs
// this many entries.
func (l *Lexicon) Len() int { return len(l.words) }

// String returns the word of id (lower case), "" for 0.
func (l *Lexicon) String(id Word) string { return l.words[id] }

// class returns the function-word flags of id.
func (l *Lexicon) class(id Word) Flag { return l.classes[id] }

// Set is a set of words of one lexicon: an extractor's word list turned
// into a table indexed by Word.
type Set []bool

// NewSet returns the set of the words of list in l (matched lower-cased;
// words l does not hold are left out: no token can have them).
func (l *Lexicon) NewSet(list ...[]string) Set {
	s := make(Set, l.Len())
	for _, words := range list {
		for _, w := range words {
			if id := l.ID(strings.ToLower(w)); id != 0 {
				s[id] = true
			}
		}
	}
	return s
}

// Has reports whether the set holds word id.
func (s Set) Has(id Word) bool { return int(id) < len(s) && s[id] }

package lang_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

// TestWordLists walks every word list of the German and English profiles
// (slices and map keys of strings, at any depth) and checks each entry can
// match text as the reader hands it on: valid UTF-8, NFC (the reader
// normalises to NFC, so a decomposed "ü" never matches), not empty, no
// space at either end; and no list names an entry twice.
func TestWordLists(t *testing.T) {
	for _, p := range []*lang.Profile{de.Profile, en.Profile} {
		t.Run(p.Code, func(t *testing.T) {
			walk(t, "Profile", reflect.ValueOf(*p))
		})
	}
}

// walk checks the string lists below v; path names v in messages.
func walk(t *testing.T, path string, v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				walk(t, path+"."+v.Type().Field(i).Name, v.Field(i))
			}
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walk(t, path, v.Elem())
		}
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.String {
			if !phrase(path) {
				checkList(t, path, v)
			}
			for i := range v.Len() {
				checkEntry(t, path, v.Index(i).String())
			}
			return
		}
		for i := range v.Len() {
			walk(t, fmt.Sprintf("%s[%d]", path, i), v.Index(i))
		}
	case reflect.Map:
		if v.Type().Key().Kind() == reflect.String {
			for _, k := range v.MapKeys() {
				checkEntry(t, path, k.String())
			}
		}
		iter := v.MapRange()
		for iter.Next() {
			walk(t, fmt.Sprintf("%s[%v]", path, iter.Key()), iter.Value())
		}
	case reflect.String:
		// A single string (a code, a name) is not a list.
	}
}

// checkList checks the entries of a list of strings and that none repeats.
func checkList(t *testing.T, path string, v reflect.Value) {
	seen := map[string]bool{}
	for i := range v.Len() {
		s := v.Index(i).String()
		if seen[s] {
			t.Errorf("%s: %q listed twice", path, s)
		}
		seen[s] = true
	}
}

// phrase reports whether the list at path is the words of one phrase in
// order ("as many as"), where a word may come twice, rather than a set.
func phrase(path string) bool {
	return strings.HasPrefix(path, "Profile.Numbers.Hedges[") && strings.HasSuffix(path, ".Words")
}

// checkEntry reports an entry that cannot match normalised text.
func checkEntry(t *testing.T, path, s string) {
	switch {
	case !utf8.ValidString(s):
		t.Errorf("%s: %q is not valid UTF-8", path, s)
	case s != norm.NFC.String(s):
		t.Errorf("%s: %q is not in NFC; the reader's text is", path, s)
	case strings.TrimSpace(s) != s:
		t.Errorf("%s: %q has space at an end", path, s)
	case s == "" && !strings.HasSuffix(path, ".Forms"): // an inflection may keep the stem as it is
		t.Errorf("%s: an empty entry", path)
	case strings.HasPrefix(path, "Profile.Numbers.") && !strings.HasPrefix(path, "Profile.Numbers.Units") &&
		!strings.HasPrefix(path, "Profile.Numbers.Symbols") &&
		!strings.HasPrefix(path, "Profile.Numbers.ScaleSuffixes") && strings.ToLower(s) != s:
		// Package quantity matches number words on lower-cased text
		// (scale suffixes, units and symbols are matched as written: "5M").
		t.Errorf("%s: %q is not lower case and never matches", path, s)
	}
}

// TestRolesGender: a role noun marks at most one gender, and a noun whose
// feminine form is listed has it marked 'f'.
func TestRolesGender(t *testing.T) {
	for _, p := range []*lang.Profile{de.Profile, en.Profile} {
		for form, r := range p.Actors.Words.Roles {
			if r.Gender != 0 && r.Gender != 'f' && r.Gender != 'm' {
				t.Errorf("%s: role %q has gender %q, want 'f', 'm' or none", p.Code, form, r.Gender)
			}
			if r.Class == "" {
				t.Errorf("%s: role %q has no class", p.Code, form)
			}
		}
	}
	// German feminine role nouns end in -in/-innen.
	for form, r := range de.Profile.Actors.Words.Roles {
		if (strings.HasSuffix(form, "innen") || strings.HasSuffix(form, "erin")) && r.Gender == 'm' {
			t.Errorf("de: role %q is marked masculine", form)
		}
	}
}

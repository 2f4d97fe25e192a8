package entity

import (
	"strings"
	"testing"
)

// bothGenders are the given names that are listed as female and male on
// purpose: each is common for both in the press Hebel reads.
var bothGenders = map[string]string{
	"Jean": "female in English, male in French",
	"Li":   "a Chinese given name (and family name) of either gender",
}

// TestFirstNamesTable checks the given-name list: a name appears once per
// gender, a name in both lists is one of bothGenders, and every entry is
// a single capitalised word the tokenizer can match.
func TestFirstNamesTable(t *testing.T) {
	genders := map[string]string{}
	for i, line := range strings.Split(firstNamesText, "\n") {
		g, names, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		if g != "f" && g != "m" {
			t.Errorf("line %d: gender %q, want f or m", i+1, g)
			continue
		}
		seen := map[string]bool{}
		for _, n := range strings.Fields(names) {
			if seen[n] {
				t.Errorf("%s twice in the %s list", n, g)
			}
			seen[n] = true
			if first := []rune(n)[0]; strings.ToUpper(string(first)) != string(first) {
				t.Errorf("%s (%s): not capitalised, never matches a name", n, g)
			}
			if old, ok := genders[n]; ok && old != g {
				if _, both := bothGenders[n]; !both {
					t.Errorf("%s in both gender lists: add it to bothGenders with a reason, or remove it from one", n)
				}
			}
			genders[n] = g
		}
	}
	for n := range bothGenders {
		if _, ok := genders[n]; !ok {
			t.Errorf("bothGenders lists %s, which is in no list", n)
		}
	}
}

// TestFirstNamesBothGenders: a name in both lists tells no gender.
func TestFirstNamesBothGenders(t *testing.T) {
	d := actorData()
	for n := range bothGenders {
		if g := d.firstNames[n]; g != 'x' {
			t.Errorf("firstNames[%s] = %q, want 'x'", n, g)
		}
	}
	if g := d.firstNames["Angela"]; g != 'f' {
		t.Errorf("firstNames[Angela] = %q, want 'f'", g)
	}
}

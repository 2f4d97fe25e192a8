package entity

import (
	"unicode"
	"unicode/utf8"
)

// Token flags: what the rules ask of a token again and again, found once
// per document.
const (
	tfUpper  uint8 = 1 << iota // starts with an upper-case letter
	tfDet                      // a determiner (lang.ActorWords.Determiners)
	tfSuffix                   // an organisation suffix (OrgSuffixes)
	tfFirst                    // a known given name
	tfSource                   // a source noun (SourceNouns)
	tfAdverb                   // a source adverb (SourceAdverbs)
)

// flagsOf returns the flags of every token, filled on first use.
func (d *doc) flagsOf() []uint8 {
	if d.tf != nil {
		return d.tf
	}
	if d.filters == nil {
		d.filters = filtersFor(d.w)
	}
	f := d.filters
	first := actorData().firstNames
	d.tf = make([]uint8, len(d.toks))
	for i := range d.toks {
		w := d.word(i)
		v := f.classes[w] // tfDet, tfSuffix, tfSource, tfAdverb
		if upperWord(w) {
			v |= tfUpper
			if first[w] != 0 {
				v |= tfFirst
			}
		}
		d.tf[i] = v
	}
	return d.tf
}

// upperWord reports whether s starts with an upper-case letter.
func upperWord(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

package segment

import "github.com/hebel-project/hebel/lang"

type set map[string]struct{}

func newSet(words ...[]string) set {
	s := set{}
	for _, list := range words {
		for _, w := range list {
			s[w] = struct{}{}
		}
	}
	return s
}

func (s set) has(w string) bool {
	_, ok := s[w]
	return ok
}

// rules is a lang.Segmentation compiled into sets for lookup by word.
type rules struct {
	abbrev        set // never ends a sentence
	ending        set // keeps its dot, may end a sentence
	numberAbbrev  set // abbreviation only before a number
	ordinalDot    bool
	ordinalBefore set
	ordinalAfter  set
}

func compile(s *lang.Segmentation) *rules {
	return &rules{
		abbrev:        newSet(s.Abbreviations),
		ending:        newSet(s.EndingAbbreviations),
		numberAbbrev:  newSet(s.NumberAbbreviations),
		ordinalDot:    s.OrdinalDot,
		ordinalBefore: newSet(s.OrdinalBefore),
		ordinalAfter:  newSet(s.OrdinalAfter),
	}
}

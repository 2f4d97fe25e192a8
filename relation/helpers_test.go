package relation

import (
	"sort"
	"strings"
	"testing"

	"github.com/hebel-project/hebel/internal/sharedtest"

	"github.com/hebel-project/hebel"
)

// names is a small hand-made gazetteer for tests: surface form → actor id.
// Package entity does this for real; tests must not depend on it.
var names = map[string]string{
	"Nordkorea": "PRK", "nordkoreanische": "PRK", "nordkoreanischer": "PRK", "Nordkoreas": "PRK",
	"North Korea": "PRK", "North Korean": "PRK", "Pyongyang": "PRK", "Pjöngjang": "PRK",
	"Russland": "RUS", "russische": "RUS", "russischen": "RUS", "Russlands": "RUS", "Moskau": "RUS",
	"Russia": "RUS", "Russian": "RUS", "Moscow": "RUS",
	"Ukraine": "UKR", "ukrainische": "UKR", "Ukrainian": "UKR",
	"China": "CHN", "Chinas": "CHN", "Peking": "CHN", "chinesische": "CHN", "Beijing": "CHN", "Chinese": "CHN",
	"USA": "USA", "US": "USA", "U.S.": "USA", "United States": "USA", "Washington": "USA",
	"Japan": "JPN", "Südkorea": "KOR", "South Korea": "KOR",
	"Deutschland": "DEU", "Germany": "DEU", "Polen": "POL", "Poland": "POL", "Frankreich": "FRA", "France": "FRA",
	"Italien": "ITA", "Italy": "ITA", "Belgien": "BEL", "Belgium": "BEL", "Litauen": "LTU", "Lithuania": "LTU",
	"Israel": "ISR", "Iran": "IRN", "russischem": "RUS", "Polens": "POL", "Vietnam": "VNM", "Belarus": "BLR", "UN": "org:un",
}

// actors finds the names of the test gazetteer in text, longest first,
// at word starts, and returns them as entities.
func actors(text string) []hebel.Entity {
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return len(keys[i]) > len(keys[j]) || len(keys[i]) == len(keys[j]) && keys[i] < keys[j]
	})
	taken := make([]bool, len(text)+1)
	byID := map[string]*hebel.Entity{}
	var order []string
	for _, k := range keys {
		for off := 0; ; {
			i := strings.Index(text[off:], k)
			if i < 0 {
				break
			}
			s := off + i
			e := s + len(k)
			off = s + 1
			if s > 0 && isLetter(text[s-1]) || e < len(text) && isLetter(text[e]) && text[e] != '-' || taken[s] {
				continue
			}
			for j := s; j < e; j++ {
				taken[j] = true
			}
			id := names[k]
			ent := byID[id]
			if ent == nil {
				ent = &hebel.Entity{ID: id, Type: hebel.Country}
				byID[id] = ent
				order = append(order, id)
			}
			ent.Mentions = append(ent.Mentions, hebel.Mention{Span: hebel.Span{Start: s, End: e}, Text: k, EntityID: id})
		}
	}
	out := make([]hebel.Entity, 0, len(order))
	for _, id := range order {
		out = append(out, *byID[id])
	}
	return out
}

func isLetter(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b >= 0x80
}

// sharedDir returns ../shared/<rel> beside the repository, or skips the
// test where the shared data is absent (a fresh machine).
func sharedDir(t testing.TB, rel string) string {
	t.Helper()
	return sharedtest.Dir(t, rel)
}

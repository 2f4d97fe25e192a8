package dataset

import "strings"

var (
	cowToISO = map[int]string{}
	isoToCOW = map[string]int{}
)

func init() {
	for _, s := range cowStates {
		if s.iso3 == "" {
			continue
		}
		cowToISO[s.ccode] = s.iso3
		// The first code listed wins for COWCode, except that later codes
		// of still-existing states override: 255 Germany beats 260 GFR.
		if _, ok := isoToCOW[s.iso3]; !ok {
			isoToCOW[s.iso3] = s.ccode
		}
	}
}

// ISO3 returns the ISO 3166-1 alpha-3 code of the state with COW country
// code ccode. ok is false for codes not in the COW state list and for
// historical states without a successor (see the notes on cowStates:
// USSR → RUS, GFR → DEU, Yugoslavia → SRB; GDR, Czechoslovakia, the two
// Yemens before 1990 and the Republic of Vietnam are unmapped).
func ISO3(ccode int) (iso3 string, ok bool) {
	iso3, ok = cowToISO[ccode]
	return iso3, ok
}

// COWCode returns the COW country code of the state with ISO 3166-1
// alpha-3 code iso3 (case-insensitive), the current state where COW has
// several codes (DEU → 255, not 260).
func COWCode(iso3 string) (ccode int, ok bool) {
	ccode, ok = isoToCOW[strings.ToUpper(strings.TrimSpace(iso3))]
	return ccode, ok
}

// COWStateName returns the COW state name for ccode ("North Korea" for 731).
func COWStateName(ccode int) (string, bool) {
	for _, s := range cowStates {
		if s.ccode == ccode {
			return s.name, true
		}
	}
	return "", false
}

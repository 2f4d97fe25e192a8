package lang

// These helpers build the word tables of the time section in the
// language packages, which keep their lists as literal data.

// IntTable inverts a table of values to their words.
func IntTable(m map[int][]string) map[string]int {
	out := map[string]int{}
	for v, ws := range m {
		for _, w := range ws {
			out[w] = v
		}
	}
	return out
}

// UnitTable inverts a table of units to their words.
func UnitTable(m map[TimeUnit][]string) map[string]TimeUnit {
	out := map[string]TimeUnit{}
	for v, ws := range m {
		for _, w := range ws {
			out[w] = v
		}
	}
	return out
}

// PartTable inverts a table of parts to their words.
func PartTable(m map[TimePart][]string) map[string]TimePart {
	out := map[string]TimePart{}
	for v, ws := range m {
		for _, w := range ws {
			out[w] = v
		}
	}
	return out
}

// WordSet makes a set of words.
func WordSet(ws ...string) map[string]bool {
	out := make(map[string]bool, len(ws))
	for _, w := range ws {
		out[w] = true
	}
	return out
}

package lang

import "strings"

// Segmentation is what package segment needs to split sentences and
// tokens in one language. All lists hold words as written, case-sensitive,
// without their final dot ("Dr", "z.B", "usw"); a list that wants a
// capitalised variant at the start of a sentence ("Ca", "Bzw") lists it.
//
// Language-neutral rules live in package segment and need no data: single
// letters with a dot ("F.", "z. B." spaced) and short dotted initialisms
// ("U.S.", "e.g.") never end a sentence, a dot followed by a lowercase word
// never ends one, and a number heading a line ("1. Einleitung") is a list
// number.
type Segmentation struct {
	// Abbreviations never end a sentence with their dot ("Dr", "Mio").
	Abbreviations []string
	// EndingAbbreviations keep their dot but end the sentence when the next
	// word would start a new one (capitalised): "usw", "etc".
	EndingAbbreviations []string
	// NumberAbbreviations are abbreviations only when a number follows
	// ("No. 5", "Art. 5"); elsewhere their dot may end a sentence.
	NumberAbbreviations []string

	// OrdinalDot says the language writes ordinals as digits and a dot
	// ("am 3. Oktober"), so such a dot must not end the sentence.
	OrdinalDot bool
	// OrdinalBefore lists words after which "N." is an ordinal ("am", "der").
	OrdinalBefore []string
	// OrdinalAfter lists words before which "N." is an ordinal (month
	// names, "Jahrhundert").
	OrdinalAfter []string
}

// Words parses a word list: one entry per line, surrounding space trimmed;
// blank lines and lines starting with '#' are skipped. It is how the
// language packages turn their embedded lists into data.
func Words(list string) []string {
	var out []string
	for line := range strings.Lines(list) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		out = append(out, line)
	}
	return out
}

package langid

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The fast path decides German or English from function words alone when
// the evidence is overwhelming, which it is for nearly every news
// article; lingua-go (about 1 MB/s) then runs only on short or mixed
// texts. The lists are the commonest function words of each language,
// written for Hebel, chosen to be rare in the neighbouring languages
// (Dutch, Danish, Swedish, Afrikaans, Luxembourgish): "die", "in", "van",
// "de", "en" are left out on purpose.
var functionWords = map[string]map[string]bool{
	"de": set("und der das ist nicht mit sich auf dem den ein eine einen einem einer zu für wird auch sind werden bei nach wie oder aber noch nur vom zum zur im am sie es ich wir ihr hat haben wurde wurden sei seien kann können soll sollen muss müssen diese dieser dieses durch gegen über unter schon sehr dass weil wenn damit gibt"),
	"en": set("the and of to is that for on with was as by it are be at from has have had were which this will would their its they he she his her said not but been more after who about than into also could there been can should"),
}

// fastPathMinWords is the fewest words a text needs before function words
// alone decide; below it lingua decides.
const fastPathMinWords = 40

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// fastDetect returns "de" or "en" when function words make the language
// plain, and "" when lingua must decide. A language wins when at least 15
// % of the words are its function words and fewer than a fifth as many
// are the other's.
func fastDetect(s string) string {
	words, de, en := 0, 0, 0
	var buf [32]byte
	for i := 0; i < len(s); {
		// Words are maximal runs of letters (as strings.FieldsFunc with
		// !unicode.IsLetter would cut them), scanned without allocating.
		start := i
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
					break
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				break
			}
			i += n
		}
		if i == start {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
			continue
		}
		f := s[start:i]
		words++
		if len(f) > len(buf) {
			continue
		}
		switch functionWordOf(f, buf[:0]) {
		case inDE:
			de++
		case inEN:
			en++
		case inDE | inEN:
			de++
			en++
		}
	}
	if words < fastPathMinWords {
		return ""
	}
	switch {
	case de*100 >= 15*words && en*5 < de:
		return "de"
	case en*100 >= 15*words && de*5 < en:
		return "en"
	}
	return ""
}

// functionWordOf returns the functionWordLang bits of f lower-cased,
// lower-casing a short ASCII word into buf (the look-up of a converted
// byte slice does not allocate) and others with strings.ToLower.
func functionWordOf(f string, buf []byte) uint8 {
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c >= 0x80 {
			return functionWordLang[strings.ToLower(f)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return functionWordLang[string(buf)]
}

// Bits of functionWordLang.
const (
	inDE = 1 << iota
	inEN
)

// functionWordLang maps each function word to the languages that list
// it (inDE, inEN), so one look-up serves both lists.
var functionWordLang = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range functionWords["de"] {
		m[w] |= inDE
	}
	for w := range functionWords["en"] {
		m[w] |= inEN
	}
	return m
}()

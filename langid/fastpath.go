package langid

import (
	"strings"
	"unicode"
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
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		if len(f) > len(buf) {
			continue
		}
		w := lowerASCIIish(f, buf[:0])
		if functionWords["de"][w] {
			de++
		}
		if functionWords["en"][w] {
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

// lowerASCIIish lower-cases f into buf when it is short, falling back to
// strings.ToLower for non-ASCII letters.
func lowerASCIIish(f string, buf []byte) string {
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c >= 0x80 {
			return strings.ToLower(f)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return string(buf)
}

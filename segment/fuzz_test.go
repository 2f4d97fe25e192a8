package segment

import (
	"testing"

	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

func FuzzSplit(f *testing.F) {
	for _, seed := range []string{
		"",
		"Er sagte: „Das ist gut.“ Dann ging er.",
		"„Das ist gut.“, sagt Lee.",
		"Dr. Müller kam am 3. Oktober um ca. 10.000 Uhr, z. B. mit 3,5 %.",
		"Kim Jong-un's U.S. troops, e.g. 10,000 of them. No. 5 etc. The end",
		"Headline\n\nBody…\r\nwww.example.com/a. mail@x.de.",
		"1.234.567,89 10’000 10\u202F000 1st 22nd (...) [...] Nord- und Süd",
		"\xff\xfe\xc3\x28 \xe2\x82 .\x80?",
		"'s - -- . .. ... ?! „“ » « ‚‘",
		"AT&T @ x@ @y 5G 10-jährige 2022-2024.",
	} {
		f.Add(seed)
	}
	profiles := []*lang.Profile{nil, de.Profile, en.Profile}
	f.Fuzz(func(t *testing.T, text string) {
		for _, p := range profiles {
			checkInvariants(t, text, Split(text, p))
		}
	})
}

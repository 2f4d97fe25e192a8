package segment

import (
	"slices"
	"testing"

	"github.com/hebel-project/hebel/lang/de"
)

func TestSentencesDE(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "Das ist gut. Dann ging er.", []string{"Das ist gut.", "Dann ging er."}},
		{"question and exclamation", "Macht China Druck? Ja! Nein?!", []string{"Macht China Druck?", "Ja!", "Nein?!"}},
		{"titles", "Dr. Müller und Prof. Schmidt kamen. Sie blieben.", []string{"Dr. Müller und Prof. Schmidt kamen.", "Sie blieben."}},
		{"spaced abbreviations", "Er nannte z. B. Berlin, u. a. Hamburg und d. h. Köln. Gut.", []string{"Er nannte z. B. Berlin, u. a. Hamburg und d. h. Köln.", "Gut."}},
		{"unspaced abbreviation", "Er nannte z.B. Berlin. Gut.", []string{"Er nannte z.B. Berlin.", "Gut."}},
		{"ca bzw Nr", "Es waren ca. 500 bzw. Nr. 5 Soldaten. Dann ging er.", []string{"Es waren ca. 500 bzw. Nr. 5 Soldaten.", "Dann ging er."}},
		{"sentence-initial Ca", "Ca. 500 Soldaten. Dann ging er.", []string{"Ca. 500 Soldaten.", "Dann ging er."}},
		{"millions", "Das kostet 3 Mio. Euro und 2 Mrd. Dollar. Gut.", []string{"Das kostet 3 Mio. Euro und 2 Mrd. Dollar.", "Gut."}},
		{"month abbreviations", "Am 3. Jan. und 5. Sept. sowie im Okt. Gut.", []string{"Am 3. Jan. und 5. Sept. sowie im Okt. Gut."}},
		{"St", "Er flog nach St. Petersburg. Dann ging er.", []string{"Er flog nach St. Petersburg.", "Dann ging er."}},
		{"U.S.", "Die U.S. Army kam. Gut.", []string{"Die U.S. Army kam.", "Gut."}},
		{"initial", "Joe F. Biden sprach. Dann ging er.", []string{"Joe F. Biden sprach.", "Dann ging er."}},
		{"usw ends before capital", "Äpfel, Birnen usw. Dann ging er.", []string{"Äpfel, Birnen usw.", "Dann ging er."}},
		{"usw continues before lowercase", "Äpfel, Birnen usw. sind gesund.", []string{"Äpfel, Birnen usw. sind gesund."}},
		{"ordinal month", "Das war am 27. November in Berlin. Am 3. Oktober kam er.", []string{"Das war am 27. November in Berlin.", "Am 3. Oktober kam er."}},
		{"ordinal after article", "Er gehört zum 11. Korps. Dann ging er.", []string{"Er gehört zum 11. Korps.", "Dann ging er."}},
		{"ordinal before lowercase", "Am 27. oder 28. Oktober kam er. Gut.", []string{"Am 27. oder 28. Oktober kam er.", "Gut."}},
		{"ordinal century", "Im 20. Jahrhundert war das so. Gut.", []string{"Im 20. Jahrhundert war das so.", "Gut."}},
		{"number ends sentence", "Sie beziffern die Ausfälle mit 500.000. Das ist viel.", []string{"Sie beziffern die Ausfälle mit 500.000.", "Das ist viel."}},
		{"year ends sentence", "Das war 2016. Dann kam 2017.", []string{"Das war 2016.", "Dann kam 2017."}},
		{"date", "Am 27.11.2024 kam er. Gut.", []string{"Am 27.11.2024 kam er.", "Gut."}},
		{"quote closes sentence", "Er sagte: „Das ist gut.“ Dann ging er.", []string{"Er sagte: „Das ist gut.“", "Dann ging er."}},
		{"comma after quote continues", "„Das ist gut.“, sagt Lee. Dann ging er.", []string{"„Das ist gut.“, sagt Lee.", "Dann ging er."}},
		{"question in quote", "„Was nun?“, fragte er. Gut.", []string{"„Was nun?“, fragte er.", "Gut."}},
		{"guillemets", "Er sagte: »Wir siegen.« Dann ging er. «Gut.» Ja.", []string{"Er sagte: »Wir siegen.«", "Dann ging er.", "«Gut.»", "Ja."}},
		{"straight quotes", `Er sagte: "Das ist gut." Dann ging er.`, []string{`Er sagte: "Das ist gut."`, "Dann ging er."}},
		{"quote without comma", "„Gut“ sagt er. Ja.", []string{"„Gut“ sagt er.", "Ja."}},
		{"brackets", "Er kam (so heißt es.) Dann ging er.", []string{"Er kam (so heißt es.)", "Dann ging er."}},
		{"omission", "„Wir werden (...) siegen“, sagte er.", []string{"„Wir werden (...) siegen“, sagte er."}},
		{"headline", "Macht China Druck\nDie Regierung schweigt.", []string{"Macht China Druck", "Die Regierung schweigt."}},
		{"headline with quote", "Soldaten kämpfen: „Dann wäre das Regime am Ende“\n\nDie Regierung schweigt.", []string{"Soldaten kämpfen: „Dann wäre das Regime am Ende“", "Die Regierung schweigt."}},
		{"blank line", "Erster Absatz ohne Punkt\n\nzweiter Absatz", []string{"Erster Absatz ohne Punkt", "zweiter Absatz"}},
		{"wrapped line continues", "Ein Satz, der\numgebrochen ist.", []string{"Ein Satz, der\numgebrochen ist."}},
		{"crlf", "Titel\r\nText hier.\r\n", []string{"Titel", "Text hier."}},
		{"trimmed", "  \n Das ist gut.  \n\n ", []string{"Das ist gut."}},
		{"dash lowercase", "„Gut!“ – sagte er. Ja.", []string{"„Gut!“ – sagte er.", "Ja."}},
		{"list number", "1. Einleitung\n2. Hauptteil", []string{"1. Einleitung", "2. Hauptteil"}},
		{"ellipsis", "Und dann… kam er. Er wartete ... Dann kam sie.", []string{"Und dann… kam er.", "Er wartete ...", "Dann kam sie."}},
		{"Art before number", "Nach Art. 5 gilt das. Eine neue Art. Gut.", []string{"Nach Art. 5 gilt das.", "Eine neue Art.", "Gut."}},
		{"abbreviation before closing quote", "Er sagte: „Das kostet 5 Mio.“ Dann ging er. „Das ist Dr.“, sagt er.", []string{"Er sagte: „Das kostet 5 Mio.“", "Dann ging er.", "„Das ist Dr.“, sagt er."}},
		{"empty", "", nil},
		{"only space", " \n\t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.text, de.Profile)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
			checkInvariants(t, tt.text, Split(tt.text, de.Profile))
		})
	}
}

func TestTokensDE(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Rund 10.000 Nordkorea-Soldaten", []string{"Rund", "10.000/Number", "Nordkorea-Soldaten"}},
		{"3,5 % und 1.234.567,89 €", []string{"3,5/Number", "%/Symbol", "und", "1.234.567,89/Number", "€/Symbol"}},
		{"10’000 und 10'000 und 10\u202F000", []string{"10’000/Number", "und", "10'000/Number", "und", "10\u202F000/Number"}},
		{"10 000", []string{"10/Number", "000/Number"}},
		{"Kim Jong-uns US-Soldaten", []string{"Kim", "Jong-uns", "US-Soldaten"}},
		{"z. B. und z.B. und u.a.", []string{"z./Abbrev", "B./Abbrev", "und", "z.B./Abbrev", "und", "u.a./Abbrev"}},
		{"am 3. Oktober", []string{"am", "3./Ordinal", "Oktober"}},
		{"Nord- und Südkorea", []string{"Nord-", "und", "Südkorea"}},
		{"„Gut“, sagt er.", []string{"„/Quote", "Gut", "“/Quote", ",/Punct", "sagt", "er", "./Punct"}},
		{"die 10-jährige F-16 und COVID-19", []string{"die", "10-jährige", "F-16", "und", "COVID-19"}},
		{"2022-2024", []string{"2022/Number", "-/Punct", "2024/Number"}},
		{"Mehr auf www.spiegel.de/politik. Oder https://x.de/a?b=1, mail@x.de.",
			[]string{"Mehr", "auf", "www.spiegel.de/politik/URL", "./Punct", "Oder", "https://x.de/a?b=1/URL", ",/Punct", "mail@x.de/URL", "./Punct"}},
		{"Tagesschau.de berichtet", []string{"Tagesschau.de", "berichtet"}},
		{"AT&T", []string{"AT&T"}},
	}
	for _, tt := range tests {
		got := tokenTexts(tt.text, de.Profile)
		if !slices.Equal(got, tt.want) {
			t.Errorf("tokens of %q\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

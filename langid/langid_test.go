package langid

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDetect(t *testing.T) {
	d := New()
	tests := []struct {
		text, want string
	}{
		{"Die Regierung in Berlin hat am Mittwoch neue Sanktionen gegen das Land beschlossen.", "de"},
		{"The government announced new sanctions against the country on Wednesday.", "en"},
		{"De regering heeft woensdag nieuwe sancties tegen het land aangekondigd.", "nl"},
		{"Regeringen meddelade på onsdagen nya sanktioner mot landet.", "sv"},
		{"Le gouvernement a annoncé mercredi de nouvelles sanctions contre le pays.", "fr"},
		{"Правительство объявило в среду о новых санкциях против страны.", "ru"},
		{"", ""},
		{"12345 67 89", ""},
	}
	for _, tt := range tests {
		got, _ := d.Detect(tt.text)
		if got != tt.want {
			t.Errorf("Detect(%.40q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestSample(t *testing.T) {
	text := strings.Repeat("äöü Wort ", 1000)
	for _, n := range []int{1, 7, 100, 2048} {
		s := Sample(text, n)
		if len(s) > n || !utf8.ValidString(s) || !strings.HasPrefix(text, s) {
			t.Errorf("Sample(n=%d) = %d bytes, valid %v", n, len(s), utf8.ValidString(s))
		}
	}
	if got := Sample("kurz", 2048); got != "kurz" {
		t.Errorf("Sample of a short text = %q", got)
	}
}

func TestFastDetect(t *testing.T) {
	de := strings.Repeat("Die Regierung hat am Mittwoch mitgeteilt, dass sie die Sanktionen gegen das Land nicht aufheben wird. ", 4)
	en := strings.Repeat("The government said on Wednesday that it would not lift the sanctions against the country. ", 4)
	nl := strings.Repeat("De regering heeft woensdag laten weten dat zij de sancties tegen het land niet zal opheffen. ", 4)
	mixed := strings.Repeat("Die Regierung hat am Mittwoch mitgeteilt. The government said on Wednesday that it would. ", 4)
	for _, tt := range []struct{ text, want string }{
		{de, "de"}, {en, "en"}, {nl, ""}, {mixed, ""}, {"Die Regierung und das Land.", ""},
	} {
		if got := fastDetect(tt.text); got != tt.want {
			t.Errorf("fastDetect(%.30q…) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

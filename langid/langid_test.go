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

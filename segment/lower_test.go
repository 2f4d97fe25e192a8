package segment

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestAppendLowerMatchesToLower(t *testing.T) {
	for _, s := range []string{"", "ABC", "Äußeres ÖL", "İstanbul", "\xffX", "Nordkorea-Soldaten", "ΣΑΣ"} {
		if got, want := string(AppendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("AppendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestLowerKeepOffsets(t *testing.T) {
	tests := []struct {
		s     string
		exact bool
	}{
		{"Peking und PJÖNGJANG", true},
		{"Groß ÄÖÜ", true},
		{"ẞ", false},        // capital sharp s (3 bytes) lowers to ß (2 bytes)
		{"İstanbul", false}, // U+0130 lowers to a one-byte 'i'
		{"a\xffb", false},
	}
	for _, tt := range tests {
		low, exact := LowerKeepOffsets(tt.s)
		if len(low) != len(tt.s) || exact != tt.exact {
			t.Errorf("LowerKeepOffsets(%q) = %q, %v; want same length and exact %v", tt.s, low, exact, tt.exact)
		}
		if exact {
			for a := 0; a <= len(tt.s); a++ {
				for b := a; b <= len(tt.s); b++ {
					if utf8.RuneStart(byte0(tt.s, a)) && utf8.RuneStart(byte0(tt.s, b)) && low[a:b] != strings.ToLower(tt.s[a:b]) {
						t.Errorf("%q[%d:%d]: %q, want %q", tt.s, a, b, low[a:b], strings.ToLower(tt.s[a:b]))
					}
				}
			}
		}
	}
}

// byte0 returns s[i], or a rune-start byte at the end of s.
func byte0(s string, i int) byte {
	if i == len(s) {
		return 0
	}
	return s[i]
}

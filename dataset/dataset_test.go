package dataset

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hebel-project/hebel/internal/sharedtest"

	hebel "github.com/hebel-project/hebel"
)

// sharedWorld returns the shared world data directory, or skips the test
// when it is absent (a fresh checkout without /work/shared).
func sharedWorld(t testing.TB) string {
	t.Helper()
	return sharedtest.Dir(t, "data", "world")
}

// openShared opens a file below the shared world directory.
func openShared(t testing.TB, rel string) (*os.File, string) {
	t.Helper()
	f, err := os.Open(filepath.Join(sharedWorld(t), rel))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, filepath.Base(rel)
}

var fileLineRE = regexp.MustCompile(`^[^:]+:(\d+:)? `)

// checkErrs asserts every error is a *RowError printed as "file:line: …".
func checkErrs(t testing.TB, errs []error) {
	t.Helper()
	for _, err := range errs {
		var re *RowError
		if !errors.As(err, &re) {
			t.Errorf("error %v is not a *RowError", err)
			continue
		}
		if !fileLineRE.MatchString(err.Error()) {
			t.Errorf("error %q does not start with file:line:", err)
		}
	}
}

// errLines returns the lines of the errors.
func errLines(errs []error) []int {
	var out []int
	for _, err := range errs {
		var re *RowError
		if errors.As(err, &re) {
			out = append(out, re.Line)
		}
	}
	return out
}

func TestISO3(t *testing.T) {
	tests := []struct {
		ccode int
		want  string
		ok    bool
	}{
		{731, "PRK", true}, {732, "KOR", true}, {710, "CHN", true}, {365, "RUS", true},
		{255, "DEU", true}, {260, "DEU", true}, {265, "", false}, {305, "AUT", true},
		{900, "AUS", true}, {341, "MNE", true}, {712, "MNG", true}, {730, "", false},
		{2, "USA", true}, {370, "BLR", true}, {713, "TWN", true}, {9999, "", false},
	}
	for _, tt := range tests {
		got, ok := ISO3(tt.ccode)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ISO3(%d) = %q, %v; want %q, %v", tt.ccode, got, ok, tt.want, tt.ok)
		}
	}
	for iso, want := range map[string]int{"PRK": 731, "KOR": 732, "DEU": 255, "rus": 365, "AUS": 900} {
		if got, ok := COWCode(iso); !ok || got != want {
			t.Errorf("COWCode(%q) = %d, %v; want %d", iso, got, ok, want)
		}
	}
}

func TestISO3ForName(t *testing.T) {
	tests := map[string]string{
		"Korea, North": "PRK", "Korea, South": "KOR", "Türkiye": "TUR", "Viet Nam": "VNM",
		"United States of America": "USA", "Egypt, Arab Rep.": "EGY", "Russia": "RUS",
		"Soviet Union": "RUS", "North Korea": "PRK", "South Korea": "KOR", "CHN": "CHN",
		"Antigua & Barbuda": "ATG", "German Democratic Republic": "", "Atlantis": "",
	}
	for name, want := range tests {
		got, ok := ISO3ForName(name)
		if got != want || ok != (want != "") {
			t.Errorf("ISO3ForName(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
}

func TestSplitGSDBNames(t *testing.T) {
	got := strings.Join(splitGSDBNames("EU, Korea, South, Egypt, Arab Rep., Gambia, The,  Japan"), "|")
	want := "EU|Korea, South|Egypt, Arab Rep.|Gambia, The|Japan"
	if got != want {
		t.Errorf("splitGSDBNames = %q, want %q", got, want)
	}
}

func TestHSChannel(t *testing.T) {
	tests := map[string]hebel.Channel{
		"271019": hebel.ChannelRefined, "270900": hebel.ChannelCrude, "100199": hebel.ChannelFood,
		"020130": hebel.ChannelFood, "310210": hebel.ChannelFertilizer, "930690": hebel.ChannelArms,
		"170199": hebel.ChannelFood, "090111": "", "850440": "", "22": "",
	}
	for hs, want := range tests {
		got, ok := HSChannel(hs)
		if got != want || ok != (want != "") {
			t.Errorf("HSChannel(%q) = %q, %v; want %q", hs, got, ok, want)
		}
	}
}

func TestRowErrorFormat(t *testing.T) {
	e := &RowError{File: "x.csv", Line: 7, Err: errors.New("bad")}
	if e.Error() != "x.csv:7: bad" {
		t.Errorf("got %q", e.Error())
	}
}

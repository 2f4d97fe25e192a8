package segment

import (
	"strings"
	"testing"
	"unicode"

	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

// TestProfileLists checks the word lists of each profile: entries are
// non-empty, carry no final dot or white space, and appear once.
func TestProfileLists(t *testing.T) {
	for _, p := range []*lang.Profile{de.Profile, en.Profile} {
		seg := p.Segment
		if len(seg.Abbreviations) == 0 {
			t.Errorf("%s: no abbreviations", p.Code)
		}
		lists := map[string][]string{
			"Abbreviations":       seg.Abbreviations,
			"EndingAbbreviations": seg.EndingAbbreviations,
			"NumberAbbreviations": seg.NumberAbbreviations,
			"OrdinalBefore":       seg.OrdinalBefore,
			"OrdinalAfter":        seg.OrdinalAfter,
		}
		seen := map[string]string{}
		for name, list := range lists {
			for _, w := range list {
				if w == "" || strings.HasSuffix(w, ".") || strings.ContainsFunc(w, unicode.IsSpace) {
					t.Errorf("%s %s: bad entry %q", p.Code, name, w)
				}
				if strings.HasPrefix(name, "Ordinal") {
					continue
				}
				if other, ok := seen[w]; ok {
					t.Errorf("%s: %q is in both %s and %s", p.Code, w, other, name)
				}
				seen[w] = name
			}
		}
	}
}

func TestWords(t *testing.T) {
	got := lang.Words("# header\n\n Dr \nz.B\r\n# note\nusw")
	want := []string{"Dr", "z.B", "usw"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Words = %q, want %q", got, want)
	}
}

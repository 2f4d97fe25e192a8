package eval

import (
	"strings"
	"testing"
)

func TestLangIDCounts(t *testing.T) {
	dir := sharedDir(t, "data/eval/langid-lingua")
	// A detector that says "de" for everything: German is all right, the
	// other supported language all wrong, and no other language is kept
	// out of de/en.
	rep, err := LangID(dir, []string{"de", "en"}, []string{"sentences"}, func(string) string { return "de" })
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rep.Rows {
		switch {
		case row.Lang == "de" && row.Correct != row.Items,
			row.Lang == "en" && row.Correct != 0,
			row.Negative && row.Correct != 0:
			t.Errorf("%s/%s: %d of %d correct", row.Class, row.Lang, row.Correct, row.Items)
		}
	}
	var b strings.Builder
	rep.Write(&b)
	if !strings.Contains(b.String(), "| sentences | de | 1000 | 1000 | 1.000 |") {
		t.Errorf("report:\n%s", b.String())
	}
}

package entity

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang/de"
)

// seedText reads the seed article (a fixture; nothing in the code knows
// it), or skips when ../shared is absent.
func seedText(t testing.TB) string {
	data, err := os.ReadFile(filepath.Join(sharedDir(t), "seed", "seed-article.de.txt"))
	if err != nil {
		t.Skipf("seed article not found: %v", err)
	}
	return string(data)
}

// dump renders entities for failure messages.
func dump(es []hebel.Entity) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "%s (%s, %q):", e.ID, e.Type, e.Name)
		for _, m := range e.Mentions {
			c := ""
			if m.Coref {
				c = "*"
			}
			fmt.Fprintf(&b, " %q%s", m.Text, c)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func TestSeedActors(t *testing.T) {
	text := seedText(t)
	es := Actors().Find(text, de.Profile)
	byID := map[string]hebel.Entity{}
	for _, e := range es {
		byID[e.ID] = e
	}
	has := func(id string, texts ...string) {
		t.Helper()
		e, ok := byID[id]
		if !ok {
			t.Errorf("no entity %s", id)
			return
		}
		for _, want := range texts {
			found := false
			for _, m := range e.Mentions {
				found = found || m.Text == want
			}
			if !found {
				t.Errorf("%s: no mention %q", id, want)
			}
		}
	}
	has("person:kim-jong-un", "Kim Jong-uns", "Kim Jong-un", "Kim")
	has("person:vladimir-putin", "Wladimir Putin")
	has("person:joe-biden", "Joe Biden")
	has("person:rachel-minyoung-lee", "Rachel Minyoung Lee", "Lee", "eine Expertin", "Sie", "Ihrer")
	has("org:stimson-center", "Stimson Center")
	has("org:nis", "NIS")
	has("org:chn-foreign-ministry", "chinesischen Außenministerium")
	has("org:un", "UN")
	has("place:kursk", "Kursk")
	has("CHN", "Peking", "chinesischen")
	has("PRK", "Pjöngjang")
	has("BLR", "Belarus", "Das Land")
	if t.Failed() {
		t.Log("\n" + dump(es))
	}
}

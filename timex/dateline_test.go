package timex

import (
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

func TestDateline(t *testing.T) {
	cases := []struct {
		lang, text, want string
	}{
		{"de", "BERLIN, 3. März 2024 (dpa) – Die Regierung hat beschlossen …", "2024-03-03"},
		{"de", "Moskau/Kiew, 05.03.2024: Russland meldet Angriffe.", "2024-03-05"},
		{"de", "Krieg in der Ukraine\n\n3. März 2024, 10:32 Uhr\n\nKiew (dpa) - Russland hat …", "2024-03-03"},
		{"de", "Stand: 03.03.2024, 10:32 Uhr\nDie Regierung …", "2024-03-03"},
		{"en", "WASHINGTON, March 3, 2024 (Reuters) - The United States said …", "2024-03-03"},
		{"en", "March 3, 2024\nWASHINGTON (Reuters) - The United States said …", "2024-03-03"},
		{"en", "Updated: Mar 3, 2024 10:32 AM\nThe United States said …", "2024-03-03"},
		// negative twins: a date in running text, a dateline without a year
		{"de", "Am 3. März 2024 hat die Regierung beschlossen, dass …", ""},
		{"de", "BERLIN (dpa) – Die Regierung hat am Montag beschlossen …", ""},
		{"en", "WASHINGTON, March 3 (Reuters) - The United States said …", ""},
		{"en", "The talks on March 3, 2024 ended without a deal.", ""},
	}
	for _, c := range cases {
		p := de.Profile
		if c.lang == "en" {
			p = en.Profile
		}
		d, _, ok := Dateline(c.text, p)
		got := ""
		if ok {
			got = hebel.FormatDate(d.Date, d.Precision)
			if c.text[d.Start:d.End] != d.Text {
				t.Errorf("%q: span %v does not slice to %q", c.text, d.Span, d.Text)
			}
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
	if _, probs, ok := Dateline("BERLIN, 31. Februar 2024 (dpa) – Text.", de.Profile); ok || len(probs) != 1 || probs[0].Code != hebel.ProblemBadDate {
		t.Errorf("impossible dateline: ok %v problems %v", ok, probs)
	}
}

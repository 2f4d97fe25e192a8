package claim_test

import (
	"testing"

	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

// TestCountedFrame checks what a number counts in the frame that
// measures it: the subject of a share, a rate or a measure verb, the head
// of a nominal change, the set of a partitive. Each case is invented;
// each construction has a twin whose look-alike reading must not come
// out.
func TestCountedFrame(t *testing.T) {
	tests := []struct {
		name    string
		p       *lang.Profile
		text    string
		number  string // the quantity's text
		counted string // what it must count
	}{
		// shares: what they are a share of
		{"en share of", en.Profile, "The share of imported coal rose to 40 percent.", "40 percent", "imported coal"},
		{"en share, no complement", en.Profile, "The share rose to 40 percent.", "40 percent", "share"},
		{"de Anteil genitive", de.Profile, "Der Anteil der Kohle sank auf 12 Prozent.", "12 Prozent", "Kohle"},
		{"de Anteil, bare noun after Prozent", de.Profile, "Wir kaufen 40 Prozent Kohle.", "40 Prozent", "Prozent Kohle"},
		// rates
		{"en rate", en.Profile, "The jobless rate climbed to 6.1 percent.", "6.1 percent", "jobless rate"},
		{"de Quote with time phrase", de.Profile, "Die Sparquote lag im Juni bei 11 Prozent.", "11 Prozent", "Sparquote"},
		{"de Quote without time phrase", de.Profile, "Die Sparquote lag bei 11 Prozent.", "11 Prozent", "Sparquote"},
		// measure verbs
		{"en grew by", en.Profile, "Imports from Brazil grew by 9 percent.", "9 percent", "Imports from Brazil"},
		{"de wuchsen um", de.Profile, "Die Importe nach Polen wuchsen um 9 Prozent.", "9 Prozent", "Importe nach Polen"},
		{"en percent then a time", en.Profile, "Imports grew 9 percent last year.", "9 percent", "Imports"},
		// nominal change
		{"en rise in", en.Profile, "Officials expect a 6 percent rise in rents.", "6 percent", "rents"},
		{"en drop in, symbol", en.Profile, "A 3% drop in sales was reported.", "3%", "sales"},
		{"en change noun without in", en.Profile, "A 3% drop was reported.", "3%", ""},
		{"de Rückgang der", de.Profile, "Ein Rückgang der Importe um 3 Prozent traf die Firma.", "3 Prozent", "Importe"},
		// partitives
		{"en N of the M", en.Profile, "15 of the 90 miners were rescued.", "15", "miners"},
		{"en M of N", en.Profile, "15 of the 90 miners were rescued.", "90", "miners"},
		{"en percent of the M", en.Profile, "Half said 20 percent of the 90 miners were hurt.", "20 percent", "percent of the 90 miners"},
		{"de N der M", de.Profile, "15 der 90 Bergleute wurden gerettet.", "15", "Bergleute"},
		{"de N von M", de.Profile, "15 von 90 Bergleuten wurden gerettet.", "15", "Bergleuten"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := build(t, tt.text, tt.p, nil)
			for _, c := range cs {
				if c.Quantity.Text == tt.number {
					if c.Counted != tt.counted {
						t.Errorf("%q: %q counts %q, want %q", tt.text, tt.number, c.Counted, tt.counted)
					}
					return
				}
			}
			t.Errorf("%q: no claim %q", tt.text, tt.number)
		})
	}
}

// TestCountedBesideSource checks that a phrase read backward from a
// number is not taken from the attribution standing between the measured
// and the number.
func TestCountedBesideSource(t *testing.T) {
	text := "Der Anteil liegt laut einer Studie des Instituts bei 12 Prozent."
	atts := []attribution{{"einer Studie des Instituts", "bei 12 Prozent", "laut"}}
	cs := build(t, text, de.Profile, atts)
	if len(cs) != 1 || cs[0].Counted != "Anteil" {
		t.Fatalf("got %+v, want one claim counting Anteil", cs)
	}
	// the twin: without the attribution in between, the genitive is read
	cs = build(t, "Der Anteil des Instituts liegt bei 12 Prozent.", de.Profile, nil)
	if len(cs) != 1 || cs[0].Counted != "Instituts" {
		t.Fatalf("twin: got %+v, want one claim counting Instituts", cs)
	}
}

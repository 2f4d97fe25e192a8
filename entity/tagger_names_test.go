package entity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

// TestCheckNames runs the corrections of the tagger's names on invented
// sentences, each with a twin that must stay as the tagger said: the
// tagger's output is given, so the rules are tested apart from the model.
func TestCheckNames(t *testing.T) {
	tests := []struct {
		name       string
		p          *lang.Profile
		text, span string
		class      NameClass
		want       string // "text/CLASS", "" when dropped
	}{
		{"de trailing lower-case word", de.Profile, "Der Staat liefert Öl in großen Mengen.", "Öl in", PER, "Öl/PER"},
		{"de inner particle kept", de.Profile, "Sie zog nach Frankfurt am Main um.", "Frankfurt am Main", LOC, "Frankfurt am Main/LOC"},
		{"de lower case only", de.Profile, "Das ist ein Test.", "ein", ORG, ""},
		{"en honorific", en.Profile, "Officials said Mr Xi would travel.", "Mr Xi", PER, "Xi/PER"},
		{"en honorific alone stays", en.Profile, "Officials said Mr would travel.", "Mr", PER, "Mr/PER"},
		{"de place noun after a given name", de.Profile, "Die Familie besuchte das Jordan Aquarium am Sonntag.", "Jordan Aquarium", PER, "Jordan Aquarium/LOC"},
		{"de twin: surname after a given name", de.Profile, "Die Familie besuchte Jordan Peterson am Sonntag.", "Jordan Peterson", PER, "Jordan Peterson/PER"},
		{"de compound place noun", de.Profile, "Das Lindenauer Erlebniswasserpark öffnet.", "Lindenauer Erlebniswasserpark", ORG, "Lindenauer Erlebniswasserpark/LOC"},
		{"de twin: no place noun", de.Profile, "Die Lindenauer Stadtwerke öffnen.", "Lindenauer Stadtwerke", ORG, "Lindenauer Stadtwerke/ORG"},
		{"en sea as organisation", en.Profile, "Ships avoid the Red Sea now.", "Red Sea", ORG, "Red Sea/LOC"},
		{"en twin: organisation", en.Profile, "Ships avoid the Red Cross now.", "Red Cross", ORG, "Red Cross/ORG"},
		{"de lone name after in", de.Profile, "Die Soldaten sind in Marwitz stationiert.", "Marwitz", PER, "Marwitz/LOC"},
		{"de twin: lone name as subject", de.Profile, "Das sagte Marwitz am Montag.", "Marwitz", PER, "Marwitz/PER"},
		{"de twin: full name after in", de.Profile, "Die Rolle wird in Anna Marwitz gesehen.", "Anna Marwitz", PER, "Anna Marwitz/PER"},
		{"en lone name after in", en.Profile, "Troops are stationed in Marwitz now.", "Marwitz", PER, "Marwitz/LOC"},
		{"en twin: lone name after to", en.Profile, "The letter went to Marwitz now.", "Marwitz", PER, "Marwitz/PER"},
		{"de coordinated with a capital", de.Profile, "Standorte sind Moskau und/oder Marwitz.", "Marwitz", PER, "Marwitz/LOC"},
		{"de twin: coordinated with a country", de.Profile, "Das betrifft Litauen und Marwitz.", "Marwitz", PER, "Marwitz/PER"},
		{"en coordinated with a capital", en.Profile, "Troops will go to Marwitz and Moscow.", "Marwitz", PER, "Marwitz/LOC"},
		{"en twin: not coordinated", en.Profile, "Marwitz said Moscow was ready.", "Marwitz", PER, "Marwitz/PER"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc{text: tt.text, p: tt.p, w: &tt.p.Actors.Words, toks: tagTokens(tt.text, nil), info: map[string]*meta{}}
			d.addCountries(Countries().Find(tt.text, tt.p), tt.p)
			d.addCurated(Curated().Find(tt.text, tt.p))
			i := strings.Index(tt.text, tt.span)
			got := d.checkNames([]Name{{Start: i, End: i + len(tt.span), Class: tt.class}})
			s := ""
			if len(got) == 1 {
				s = fmt.Sprintf("%s/%s", tt.text[got[0].Start:got[0].End], got[0].Class)
			}
			if s != tt.want {
				t.Errorf("got %q, want %q", s, tt.want)
			}
		})
	}
}

// TestSimilarNames checks that an organisation whose name contains a
// curated organisation's form is not linked to it, with twins that are.
func TestSimilarNames(t *testing.T) {
	tests := []struct {
		name string
		p    *lang.Profile
		text string
		want string
	}{
		{"en national council", en.Profile, "The White House said the National Security Council met on Monday.",
			"National Security Council=org:national-security-council"},
		{"en twin: the council alone", en.Profile, "Diplomats said the Security Council met on Monday.",
			"Security Council=org:unsc"},
		{"en twin: UN council", en.Profile, "Diplomats said the UN Security Council met on Monday.",
			"UN Security Council=org:unsc"},
		{"en of a country", en.Profile, "Diplomats said the Security Council of Russia met on Monday.",
			"Security Council of Russia=org:security-council-of-russia"},
		{"en twin: sentence start", en.Profile, "Security Council members met on Monday.",
			"Security Council=org:unsc"},
		{"de national council", de.Profile, "Wie der Nationale Sicherheitsrat mitteilte, ist die Lage ernst.",
			"Nationale Sicherheitsrat=org:nationale-sicherheitsrat"},
		{"de twin: the council alone", de.Profile, "Wie der Sicherheitsrat mitteilte, ist die Lage ernst.",
			"Sicherheitsrat=org:unsc"},
		{"de genitive country", de.Profile, "Wie der Sicherheitsrat Russlands mitteilte, ist die Lage ernst.",
			"Sicherheitsrat Russlands=org:sicherheitsrat-russlands"},
		{"de twin: noun in apposition", de.Profile, "Das meldete die Nachrichtenagentur Xinhua am Montag.",
			"Xinhua=org:xinhua"},
		{"de twin: country as object", de.Profile, "Nun verurteilte der Sicherheitsrat Russland scharf.",
			"Sicherheitsrat=org:unsc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range Actors().Find(tt.text, tt.p) {
				if e.Type != hebel.Organisation {
					continue
				}
				for _, m := range e.Mentions {
					got = append(got, m.Text+"="+e.ID)
				}
			}
			if s := strings.Join(got, ", "); s != tt.want {
				t.Errorf("got %s, want %s", s, tt.want)
			}
		})
	}
}

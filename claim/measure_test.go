package claim_test

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/claim"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
	"github.com/hebel-project/hebel/quantity"
	"github.com/hebel-project/hebel/segment"
)

// gazetteer stands in for package entity in the typing tests: surface
// forms with their actor id, type and state.
var gazetteer = []struct {
	form, id string
	typ      hebel.EntityType
	country  string
}{
	{"Belarus", "BLR", hebel.Country, ""}, {"belarussische", "BLR", hebel.Country, ""}, {"Belarusian", "BLR", hebel.Country, ""},
	{"Serbien", "SRB", hebel.Country, ""}, {"Serbia", "SRB", hebel.Country, ""},
	{"Frankreich", "FRA", hebel.Country, ""}, {"französische", "FRA", hebel.Country, ""}, {"French", "FRA", hebel.Country, ""},
	{"Franzosen", "FRA", hebel.Country, ""},
	{"Mali", "MLI", hebel.Country, ""}, {"Niger", "NER", hebel.Country, ""},
	{"Estland", "EST", hebel.Country, ""}, {"Estonia", "EST", hebel.Country, ""},
	{"britische", "GBR", hebel.Country, ""}, {"British", "GBR", hebel.Country, ""},
	{"The United States", "USA", hebel.Country, ""}, {"Iraq", "IRQ", hebel.Country, ""},
	{"Canadians", "CAN", hebel.Country, ""}, {"Polen", "POL", hebel.Country, ""}, {"Litauen", "LTU", hebel.Country, ""},
	{"Aleppo", "place:aleppo", hebel.Place, "SYR"},
	{"Präsidentin Novak", "person:novak", hebel.Person, "SRB"},
}

// typed builds the claims of text with entities from the gazetteer.
func typed(t *testing.T, text string, p *lang.Profile) []hebel.Claim {
	t.Helper()
	byID := map[string]*hebel.Entity{}
	var ids []string
	for _, g := range gazetteer {
		for off := 0; ; {
			i := strings.Index(text[off:], g.form)
			if i < 0 {
				break
			}
			s := hebel.Span{Start: off + i, End: off + i + len(g.form)}
			off = s.End
			e := byID[g.id]
			if e == nil {
				e = &hebel.Entity{ID: g.id, Type: g.typ, Country: g.country}
				byID[g.id] = e
				ids = append(ids, g.id)
			}
			e.Mentions = append(e.Mentions, hebel.Mention{Span: s, Text: g.form, EntityID: g.id})
		}
	}
	sort.Strings(ids)
	var ents []hebel.Entity
	for _, id := range ids {
		ents = append(ents, *byID[id])
	}
	return claim.Build(text, segment.Split(text, p), quantity.Find(text, p), ents, nil, p)
}

// typing is what a test expects of one claim.
type typing struct {
	measure hebel.Measure
	concept hebel.Concept
	actor   string
	places  []string
	reading hebel.Reading
}

func checkTyping(t *testing.T, text string, p *lang.Profile, want []typing) {
	t.Helper()
	got := typed(t, text, p)
	if len(got) != len(want) {
		var gs []string
		for _, c := range got {
			gs = append(gs, c.Quantity.Text+" → "+c.Counted)
		}
		t.Fatalf("%q: %d claims %q, want %d", text, len(got), gs, len(want))
	}
	for i, w := range want {
		c := got[i]
		g := typing{c.Measure, c.Concept, c.Actor, c.Places, c.Reading}
		if !reflect.DeepEqual(g, w) {
			t.Errorf("%q claim %d (%s %s):\ngot  %+v\nwant %+v", text, i, c.Quantity.Text, c.Counted, g, w)
		}
		if c.Confidence <= 0 || c.Confidence > 1 {
			t.Errorf("%q claim %d: confidence %v", text, i, c.Confidence)
		}
	}
}

// TestTypingPairs: each rule with an invented sentence it applies to and
// a twin it does not.
func TestTypingPairs(t *testing.T) {
	tests := []struct {
		name string
		p    *lang.Profile
		text string
		want []typing
	}{
		// deployment against its twin: what happened is read from the
		// words around the number, not from what is counted
		{"de deployed for", de.Profile, "Etwa 4.000 Soldaten aus Belarus sind nach Angaben der Regierung für Serbien im Einsatz.",
			[]typing{{hebel.MeasureDeployed, hebel.ConceptTroops, "BLR", []string{"SRB"}, ""}}},
		{"de wounded twin", de.Profile, "Etwa 4.000 Soldaten aus Belarus wurden bei Gefechten verletzt.",
			[]typing{{hebel.MeasureWounded, hebel.ConceptTroops, "BLR", nil, ""}}},
		{"en deployed to", en.Profile, "Some 4,000 Belarusian soldiers are deployed to Serbia.",
			[]typing{{hebel.MeasureDeployed, hebel.ConceptTroops, "BLR", []string{"SRB"}, ""}}},
		{"en wounded twin", en.Profile, "Some 4,000 Belarusian soldiers were wounded.",
			[]typing{{hebel.MeasureWounded, hebel.ConceptTroops, "BLR", nil, ""}}},

		// a withdrawal is not a deployment; the state left is the place
		{"de withdrawn separable", de.Profile, "Frankreich zieht 2.500 Soldaten aus Mali ab.",
			[]typing{{hebel.MeasureWithdrawn, hebel.ConceptTroops, "FRA", []string{"MLI"}, ""}}},
		{"de stationed twin", de.Profile, "Frankreich hat 2.500 Soldaten in Mali stationiert.",
			[]typing{{hebel.MeasureDeployed, hebel.ConceptTroops, "FRA", []string{"MLI"}, ""}}},
		{"de withdrawal names the deployment it ends", de.Profile, "Frankreich hat 2.500 in Mali stationierte Soldaten abgezogen.",
			[]typing{{hebel.MeasureWithdrawn, hebel.ConceptTroops, "FRA", nil, ""}}},
		{"en withdrawn", en.Profile, "The United States will withdraw 2,500 troops from Iraq.",
			[]typing{{hebel.MeasureWithdrawn, hebel.ConceptTroops, "USA", []string{"IRQ"}, ""}}},
		{"en stationed twin", en.Profile, "The United States has 2,500 troops stationed in Iraq.",
			[]typing{{hebel.MeasureDeployed, hebel.ConceptTroops, "USA", []string{"IRQ"}, ""}}},

		// one total over two places, or that many in each
		{"de collective", de.Profile, "Über 30.000 französische Soldaten sind in Mali und Niger stationiert.",
			[]typing{{hebel.MeasureDeployed, hebel.ConceptTroops, "FRA", []string{"MLI", "NER"}, hebel.Collective}}},
		{"de distributive twin", de.Profile, "Jeweils 3.000 französische Soldaten sind in Mali und Niger stationiert.",
			[]typing{{hebel.MeasureDeployed, hebel.ConceptTroops, "FRA", []string{"MLI", "NER"}, hebel.Distributive}}},
		{"en collective", en.Profile, "More than 30,000 French troops are stationed in Mali and Niger.",
			[]typing{{hebel.MeasureDeployed, hebel.ConceptTroops, "FRA", []string{"MLI", "NER"}, hebel.Collective}}},
		{"en distributive twin", en.Profile, "Some 3,000 French troops each are stationed in Mali and Niger.",
			[]typing{{hebel.MeasureDeployed, hebel.ConceptTroops, "FRA", []string{"MLI", "NER"}, hebel.Distributive}}},

		// killed against living there; a place inside a state gives the state
		{"de killed in a place", de.Profile, "Mindestens 50 Zivilisten wurden in Aleppo getötet.",
			[]typing{{hebel.MeasureKilled, hebel.ConceptPeople, "", []string{"SYR"}, ""}}},
		{"de living twin", de.Profile, "Mindestens 50 Zivilisten leben in Aleppo.",
			[]typing{{hebel.MeasureCount, hebel.ConceptPeople, "", []string{"SYR"}, ""}}},
		{"en killed or wounded together", en.Profile, "At least 50 civilians were killed or wounded in Aleppo.",
			[]typing{{hebel.MeasureCasualties, hebel.ConceptPeople, "", []string{"SYR"}, ""}}},
		{"en killed twin", en.Profile, "At least 50 civilians were killed in Aleppo.",
			[]typing{{hebel.MeasureKilled, hebel.ConceptPeople, "", []string{"SYR"}, ""}}},
		{"de together", de.Profile, "Rund 900 Soldaten wurden verletzt oder getötet.",
			[]typing{{hebel.MeasureCasualties, hebel.ConceptTroops, "", nil, ""}}},
		{"de killed twin", de.Profile, "Rund 900 Soldaten wurden getötet.",
			[]typing{{hebel.MeasureKilled, hebel.ConceptTroops, "", nil, ""}}},

		// forces abroad are deployed; forces at home are a count
		{"de abroad", de.Profile, "Derzeit sind 3.500 britische Soldaten in Estland.",
			[]typing{{hebel.MeasureDeployed, hebel.ConceptTroops, "GBR", []string{"EST"}, ""}}},
		{"de at home twin", de.Profile, "Die Armee umfasst 3.500 britische Soldaten.",
			[]typing{{hebel.MeasureCount, hebel.ConceptTroops, "GBR", nil, ""}}},

		// a nationality deployed is forces; living abroad is people
		{"de demonym fighting", de.Profile, "Rund 2.000 Franzosen kämpfen in Mali.",
			[]typing{{hebel.MeasureDeployed, hebel.ConceptTroops, "FRA", []string{"MLI"}, ""}}},
		{"en demonym living twin", en.Profile, "An estimated 2,000 Canadians live in Mali.",
			[]typing{{hebel.MeasureCount, hebel.ConceptPeople, "CAN", []string{"MLI"}, ""}}},

		// a pronoun counts what the claim before it counted
		{"de pronoun", de.Profile, "Frankreich zieht 2.500 Soldaten aus Mali ab. 1.000 von ihnen kehren nach Frankreich zurück.",
			[]typing{
				{hebel.MeasureWithdrawn, hebel.ConceptTroops, "FRA", []string{"MLI"}, ""},
				{hebel.MeasureWithdrawn, hebel.ConceptTroops, "FRA", nil, ""}}},

		// the subject of a deployment named after the number is an agent
		{"de agent after the number", de.Profile, "Etwa 1.000 Mann soll Präsidentin Novak nach Mali geschickt haben.",
			[]typing{{hebel.MeasureDeployed, hebel.ConceptTroops, "SRB", []string{"MLI"}, ""}}},

		// a plan to send is a deployment; having troops is a count
		{"de send infinitive", de.Profile, "Polen will rund 2.000 Soldaten nach Litauen schicken.",
			[]typing{{hebel.MeasureDeployed, hebel.ConceptTroops, "POL", []string{"LTU"}, ""}}},
		{"de having twin", de.Profile, "Polen hat rund 2.000 Soldaten.",
			[]typing{{hebel.MeasureCount, hebel.ConceptTroops, "", nil, ""}}},

		// things: the unit or the goods say what is measured
		{"de money", de.Profile, "Die Regierung sagte 500 Millionen Euro Hilfe zu.",
			[]typing{{hebel.MeasureMoney, hebel.ConceptAid, "", nil, ""}}},
		{"de volume", de.Profile, "Mehr als 100.000 Barrel Diesel wurden geliefert.",
			[]typing{{hebel.MeasureVolume, hebel.ConceptRefined, "", nil, ""}}},
		{"de share", de.Profile, "Das sind 40 Prozent des Gases.",
			[]typing{{hebel.MeasureShare, hebel.ConceptGas, "", nil, ""}}},
		{"de objects are counted, not killed", de.Profile, "Die Marine verlor 12 Kriegsschiffe.",
			[]typing{{hebel.MeasureCount, hebel.ConceptShips, "", nil, ""}}},
		{"en money", en.Profile, "Washington approved $3 billion in military aid.",
			[]typing{{hebel.MeasureMoney, hebel.ConceptAid, "", nil, ""}}},
		{"en volume", en.Profile, "Tankers delivered 500,000 barrels of diesel.",
			[]typing{{hebel.MeasureVolume, hebel.ConceptRefined, "", nil, ""}}},
		{"en untyped", en.Profile, "The report runs to 35 pages and 12 annexes.",
			[]typing{{"", "", "", nil, ""}, {"", "", "", nil, ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkTyping(t, tt.text, tt.p, tt.want) })
	}
}

// TestConfidence: the hedge, the claimant and the typing each lower it.
func TestConfidence(t *testing.T) {
	lo, hi := 1000.0, 9000.0
	exact := hebel.Claim{Quantity: hebel.Quantity{Qualifier: hebel.Exact}, Measure: hebel.MeasureKilled, Concept: hebel.ConceptTroops,
		Source: &hebel.Source{Text: "das Ministerium", EntityID: "org:ministry"}}
	vague := exact
	vague.Quantity = hebel.Quantity{Qualifier: hebel.Approx, Low: &lo, High: &hi}
	unsourced := exact
	unsourced.Source = nil
	untyped := exact
	untyped.Measure, untyped.Concept = "", ""
	if c := claim.Confidence(&exact); c != 1 {
		t.Errorf("exact, linked, typed: %v, want 1", c)
	}
	for name, c := range map[string]hebel.Claim{"vague": vague, "unsourced": unsourced, "untyped": untyped} {
		if got := claim.Confidence(&c); got >= 1 || got <= 0 {
			t.Errorf("%s: %v, want in (0, 1)", name, got)
		}
	}
}

// TestTypingStatesOverPlaces: a place of no known state counts only when
// no state is named.
func TestTypingStatesOverPlaces(t *testing.T) {
	gazetteer = append(gazetteer, struct {
		form, id string
		typ      hebel.EntityType
		country  string
	}{"Ostrava", "place:ostrava", hebel.Place, ""})
	checkTyping(t, "Some 900 French troops from the area near Ostrava were sent to Mali.", en.Profile,
		[]typing{{hebel.MeasureDeployed, hebel.ConceptTroops, "FRA", []string{"MLI"}, ""}})
	checkTyping(t, "Some 900 French troops were sent to the area near Ostrava.", en.Profile,
		[]typing{{hebel.MeasureDeployed, hebel.ConceptTroops, "FRA", []string{"place:ostrava"}, ""}})
}

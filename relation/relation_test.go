package relation

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
	"github.com/hebel-project/hebel/segment"
)

func find(text string, p *lang.Profile, quotes []hebel.Quote) []hebel.Relation {
	return Find(text, segment.Split(text, p), actors(text), quotes, p)
}

// short renders relations as "type FROM→TO modality [goods] count".
func short(rels []hebel.Relation) []string {
	var out []string
	for _, r := range rels {
		s := fmt.Sprintf("%s %s→%s %v", r.Type, r.From, r.To, r.Attributes["modality"])
		if g, ok := r.Attributes["goods"]; ok {
			s += fmt.Sprintf(" %v", g)
		}
		if c, ok := r.Attributes["count"]; ok {
			s += fmt.Sprintf(" %v", c)
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

type relCase struct {
	name, text string
	want       []string
}

func runCases(t *testing.T, p *lang.Profile, cases []relCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := short(find(c.text, p, nil))
			want := append([]string(nil), c.want...)
			sort.Strings(want)
			if !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
				t.Errorf("%q\n got %q\nwant %q", c.text, got, want)
			}
		})
	}
}

func TestFindGerman(t *testing.T) {
	runCases(t, de.Profile, []relCase{
		{"deployment für", "Etwa 5.000 Soldaten aus Nordkorea sind für Russland im Einsatz.",
			[]string{"troop_deployment PRK→RUS asserted 5000"}},
		{"withdrawal is no deployment", "Bis Ende März haben sich 3.000 US-Soldaten aus Polen zurückgezogen.",
			[]string{"retreat USA→POL asserted 3000"}},
		{"stationed twin", "Bis Ende März haben sich 3.000 US-Soldaten in Polen stationiert.",
			[]string{"troop_deployment USA→POL asserted 3000"}},
		{"compound troops stationed", "Derzeit sind 30.000 US-Soldaten in Polen und Deutschland stationiert.",
			[]string{"troop_deployment USA→POL asserted 30000", "troop_deployment USA→DEU asserted 30000"}},
		{"fighting against", "Tausende nordkoreanische Soldaten kämpfen gegen die ukrainische Armee.",
			[]string{"armed_conflict PRK→UKR asserted"}},
		{"pact between", "Der Beistandspakt zwischen Moskau und Pjöngjang gilt seit Juni.",
			[]string{"alliance RUS→PRK asserted"}},
		{"alliance with list", "Frankreich stärkt seine Bündnisse mit Italien und Belgien.",
			[]string{"alliance FRA→ITA asserted", "alliance FRA→BEL asserted"}},
		{"genitive attribute no role", "Die Allianz der USA mit den Nachbarstaaten Chinas wächst.", nil},
		{"supplies goods possible", "Russland könnte die Lieferung von Weizen und Dünger nach Belarus einstellen.",
			[]string{"supplies RUS→BLR possible [wheat fertilizer]"}},
		{"sanctions against", "Die USA verhängen neue Sanktionen gegen den Iran.",
			[]string{"sanctions USA→IRN asserted"}},
		{"sanctions negated", "China wird keine Sanktionen gegen Russland unterstützen.",
			[]string{"sanctions CHN→RUS negated"}},
		{"hostility", "Nordkorea betrachtet Südkorea als Erzfeind.",
			[]string{"hostility PRK→KOR asserted"}},
		{"trade partner", "Damit bleibt China der wichtigste Handelspartner Nordkoreas.",
			[]string{"trade_partner CHN→PRK asserted"}},
		{"hypothetical", "Im Ernstfall würden Truppen aus Polen nach Litauen entsandt.",
			[]string{"troop_deployment POL→LTU hypothetical"}},
		{"compound modifier no target", "Die Zahl der Soldaten im Ukraine-Krieg steigt.", nil},
		{"no actors", "Der Verteidigungspakt gilt seit Juni.", nil},
	})
}

func TestFindEnglish(t *testing.T) {
	runCases(t, en.Profile, []relCase{
		{"fighting for", "About 11,000 North Korean troops are fighting for Russia.",
			[]string{"troop_deployment PRK→RUS asserted 11000"}},
		{"stationed", "Some 28,500 U.S. troops are stationed in South Korea.",
			[]string{"troop_deployment USA→KOR asserted 28500"}},
		{"alliance with", "Japan strengthened its alliance with the United States.",
			[]string{"alliance JPN→USA asserted"}},
		{"supplied with", "Russia has supplied North Korea with oil and food.",
			[]string{"supplies RUS→PRK asserted [oil food]"}},
		{"supplies to", "North Korea delivers artillery shells to Russia.",
			[]string{"supplies PRK→RUS asserted [ammunition]"}},
		{"denied", "Beijing denied that it supplies weapons to Russia.",
			[]string{"supplies CHN→RUS negated [arms]"}},
		{"would", "Moscow would send troops to Belarus if asked.",
			[]string{"troop_deployment RUS→BLR hypothetical"}},
		{"sanctions on", "The UN imposed sanctions on North Korea in 2006.",
			[]string{"sanctions org:un→PRK asserted"}},
		{"enemy", "Pyongyang calls South Korea its principal enemy.",
			[]string{"hostility PRK→KOR asserted"}},
		{"urged list", "The United States, Japan and France urged China to act.",
			[]string{"request USA→CHN asserted", "request JPN→CHN asserted", "request FRA→CHN asserted"}},
		{"comma is no list", "According to analysts in Poland, Russia sells oil to China.",
			[]string{"supplies RUS→CHN asserted [oil]"}},
		{"war in", "Russia's war in Ukraine continues.", []string{"armed_conflict RUS→UKR asserted"}},
	})
}

func TestFindSourceFromQuote(t *testing.T) {
	text := "Lee sagt, Russland liefere Öl nach Nordkorea."
	start := strings.Index(text, "Russland")
	q := hebel.Quote{
		Span:    hebel.Span{Start: 0, End: len(text)},
		Content: hebel.Span{Start: start, End: len(text) - 1},
		Kind:    hebel.Indirect,
		Speaker: &hebel.Source{Span: hebel.Span{Start: 0, End: 3}, Text: "Lee", EntityID: "person:lee"},
	}
	rels := find(text, de.Profile, []hebel.Quote{q})
	if len(rels) != 1 {
		t.Fatalf("got %v, want one relation", short(rels))
	}
	if rels[0].Source == nil || rels[0].Source.Text != "Lee" {
		t.Errorf("source = %+v, want Lee", rels[0].Source)
	}
	if rels := find(text, de.Profile, nil); len(rels) != 1 || rels[0].Source != nil {
		t.Errorf("without quotes: %+v", rels)
	}
}

func TestFindMergesRepeats(t *testing.T) {
	text := "Russland liefert Öl nach Nordkorea. Später lieferte Russland auch Waffen nach Nordkorea."
	rels := find(text, de.Profile, nil)
	if len(rels) != 1 || len(rels[0].Evidence) != 2 {
		t.Fatalf("got %+v, want one relation with two evidence spans", rels)
	}
}

func TestParseCount(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
		ok   bool
	}{{"10.000", 10000, true}, {"10,000", 10000, true}, {"2500", 2500, true}, {"3,5", 0, false}, {"", 0, false}} {
		got, ok := parseCount(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("parseCount(%q) = %d, %v", c.in, got, ok)
		}
	}
}

func TestPLOVER(t *testing.T) {
	for typ, want := range map[hebel.RelationType]hebel.RelationType{"sanctions": "sanction", "consult": "consult", "armed_conflict": "assault"} {
		if got := PLOVER(typ); got != want {
			t.Errorf("PLOVER(%q) = %q, want %q", typ, got, want)
		}
	}
}

func TestTriggerTypesKnown(t *testing.T) {
	for _, p := range []*lang.Profile{de.Profile, en.Profile} {
		for _, tr := range p.Rels.Triggers {
			if !tr.Type.Known() {
				t.Errorf("%s trigger %q: unknown type %q", p.Code, tr.Pattern, tr.Type)
			}
		}
	}
}

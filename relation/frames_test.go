package relation

import (
	"reflect"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

// Relations stated by nouns and appositions, argument slots, polarity
// and sense filters: each construction with a look-alike twin that must
// not give the reading. Invented sentences.

func TestFramesEnglish(t *testing.T) {
	runCases(t, en.Profile, []relCase{
		// an apposition with a genitive name; "ally of" right after the noun
		{"apposed ally", "Belarus, Moscow's oldest ally, closed the road.", []string{"alliance BLR→RUS asserted"}},
		{"apposed neighbour", "Belarus, Moscow's oldest neighbour, closed the road.", nil},
		{"ally of", "Italy remains a loyal ally of Germany.", []string{"alliance ITA→DEU asserted"}},
		{"of far from the ally", "The old allies argued over Italy's backing of sanctions against Germany.", []string{"sanctions ITA→DEU asserted"}},
		// dependence on goods
		{"dependence on goods", "Lithuania ended its dependence on Russian gas.", []string{"supplies RUS→LTU asserted [gas]"}},
		{"dependence without goods", "Lithuania ended its dependence on Russia's tourists.", nil},
		// hosting troops
		{"hosts troops", "Lithuania hosts 1,000 U.S. troops.", []string{"troop_deployment USA→LTU asserted 1000"}},
		{"hosts students", "Lithuania hosts 1,000 U.S. students.", nil},
		// the source of an attribution takes no role; another clause neither
		{"according to", "According to Washington, Belarus supplies fuel to Russia.", []string{"supplies BLR→RUS asserted [oil]"}},
		{"while opens a clause", "Japan protests while Belarus supplies fuel to Russia.", []string{"supplies BLR→RUS asserted [oil]"}},
		{"while with a participle", "Belarus hosts drills while supplying fuel to Russia.", []string{"supplies BLR→RUS asserted [oil]"}},
		{"fronted place", "In Moscow, Belarus and China signed a treaty.", []string{"agree BLR→CHN asserted", "alliance BLR→CHN asserted"}},
		// polarity
		{"withdrew from", "Japan withdrew its troops from Lithuania.", []string{"retreat JPN→LTU asserted"}},
		{"vetoed sanctions", "China vetoed sanctions against Belarus.", nil},
		{"backed sanctions", "China backed sanctions against Belarus.", []string{"sanctions CHN→BLR asserted"}},
		// visits by people only
		{"minister visits", "Japan's foreign minister visited Lithuania.", []string{"consult JPN→LTU asserted"}},
		{"crowd visits", "Thousands of fans from Japan visited Lithuania.", nil},
		{"visit with its object", "The Chinese president will visit Lithuania in June.", []string{"consult CHN→LTU asserted"}},
		{"visit, a place far after", "The Chinese president's visit ended a week before the summit in Japan.", nil},
		{"failed to conclude", "Japan and Lithuania failed to conclude an agreement.", nil},
		{"concluded", "Japan and Lithuania concluded an agreement.", []string{"agree JPN→LTU asserted"}},
	})
}

func TestFramesGerman(t *testing.T) {
	runCases(t, de.Profile, []relCase{
		{"apposed ally", "Belarus, Russlands ältester Verbündeter, schloss die Straße.", []string{"alliance BLR→RUS asserted"}},
		{"apposed neighbour", "Belarus, Russlands ältester Nachbar, schloss die Straße.", nil},
		{"Abhängigkeit von Gütern", "Litauen beendete seine Abhängigkeit von russischem Gas.", []string{"supplies RUS→LTU asserted [gas]"}},
		{"Unabhängigkeit", "Litauen feiert seine Unabhängigkeit von russischem Gas.", nil},
		{"Abhängigkeit ohne Güter", "Litauen beendete seine Abhängigkeit von Russland.", nil},
		{"beherbergt Soldaten", "Litauen beherbergt 1.000 US-Soldaten.", []string{"troop_deployment USA→LTU asserted 1000"}},
		{"beherbergt Studenten", "Litauen beherbergt 1.000 US-Studenten.", nil},
		{"laut", "Laut Washington liefert Belarus Treibstoff nach Russland.", []string{"supplies BLR→RUS asserted"}},
		{"relative clause", "Belarus, das nicht zur Ukraine hält, liefert Öl nach Russland.", []string{"supplies BLR→RUS asserted [oil]"}},
		{"blockiert", "China blockiert Sanktionen gegen Belarus.", nil},
		{"unterstützt", "China verhängt Sanktionen gegen Belarus.", []string{"sanctions CHN→BLR asserted"}},
		{"Präsident besucht", "Der chinesische Präsident besuchte Litauen.", []string{"consult CHN→LTU asserted"}},
		{"Fans besuchen", "Tausende Fans aus China besuchten Litauen.", nil},
		{"Dativ", "Belarus liefert dem Iran Öl.", []string{"supplies BLR→IRN asserted [oil]"}},
		{"ohne Empfänger", "Belarus liefert Öl.", nil},
		{"Besuch mit Objekt", "Der chinesische Präsident besucht Litauen im Juni.", []string{"consult CHN→LTU asserted"}},
		{"gescheitert", "Die Gespräche zwischen Japan und Litauen sind gescheitert.", nil},
		{"beendet", "Die Gespräche zwischen Japan und Litauen sind beendet.", []string{"consult JPN→LTU asserted"}},
	})
}

// TestWeIsTheSpeakersState checks that a first-person plural word inside
// a quotation, or "his country" in reported speech, stands for the
// state the speaker speaks for; a third-person word does not.
func TestWeIsTheSpeakersState(t *testing.T) {
	quoted := func(text, content, speaker string) []hebel.Quote {
		cs, ss := strings.Index(text, content), strings.Index(text, speaker)
		return []hebel.Quote{{
			Span:    hebel.Span{Start: 0, End: len(text)},
			Content: hebel.Span{Start: cs, End: cs + len(content)},
			Kind:    hebel.Direct,
			Speaker: &hebel.Source{Span: hebel.Span{Start: ss, End: ss + len(speaker)}, Text: speaker},
		}}
	}
	for _, c := range []struct {
		p                      *lang.Profile
		text, content, speaker string
		want                   []string
	}{
		{en.Profile, `"We will keep sending fuel to Lithuania," the Chinese minister said.`,
			"We will keep sending fuel to Lithuania", "the Chinese minister", []string{"supplies CHN→LTU asserted [oil]"}},
		{en.Profile, `"They will keep sending fuel to Lithuania," the Chinese minister said.`,
			"They will keep sending fuel to Lithuania", "the Chinese minister", nil},
		{de.Profile, "Der chinesische Minister sagte, sein Land werde Öl nach Litauen liefern.",
			"sein Land werde Öl nach Litauen liefern", "Der chinesische Minister", []string{"supplies CHN→LTU asserted [oil]"}},
		{de.Profile, "Der chinesische Minister sagte, Belarus werde Öl nach Litauen liefern.",
			"Belarus werde Öl nach Litauen liefern", "Der chinesische Minister", []string{"supplies BLR→LTU asserted [oil]"}},
	} {
		got := short(find(c.text, c.p, quoted(c.text, c.content, c.speaker)))
		if !reflect.DeepEqual(got, c.want) && !(len(got) == 0 && len(c.want) == 0) {
			t.Errorf("%q\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

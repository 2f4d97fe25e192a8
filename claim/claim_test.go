package claim_test

import (
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

// attribution describes a quote for a test in words of its text: the
// speaker's words and the content they frame.
type attribution struct {
	speaker, content, cue string
}

// want is one expected claim.
type want struct {
	text      string // quantity text
	qualifier hebel.Qualifier
	counted   string
	source    string // speaker text, "" for none
	location  string
}

// build runs the claim pass over text with quotes made from atts.
func build(t *testing.T, text string, p *lang.Profile, atts []attribution) []hebel.Claim {
	t.Helper()
	var quotes []hebel.Quote
	for _, a := range atts {
		cs, ss := strings.Index(text, a.content), strings.Index(text, a.speaker)
		if cs < 0 || ss < 0 {
			t.Fatalf("attribution %+v not in text", a)
		}
		content := hebel.Span{Start: cs, End: cs + len(a.content)}
		sp := hebel.Span{Start: ss, End: ss + len(a.speaker)}
		whole := content
		whole.Start, whole.End = min(content.Start, sp.Start), max(content.End, sp.End)
		quotes = append(quotes, hebel.Quote{Span: whole, Content: content, Kind: hebel.Indirect, Cue: a.cue,
			Speaker: &hebel.Source{Span: sp, Text: a.speaker, Cue: a.cue, Extractor: "test"}})
	}
	sents := segment.Split(text, p)
	ents := countries(text)
	return claim.Build(text, sents, quantity.Find(text, p), ents, quotes, p)
}

// countries marks a few country and place names as entity mentions, standing in for
// the gazetteer so these tests do not depend on package entity.
func countries(text string) []hebel.Entity {
	var ents []hebel.Entity
	for name, id := range map[string]string{"Frankreich": "FRA", "Syria": "SYR", "Egypt": "EGY", "Kherson": "place:kherson", "Anna Weber": "person:anna-weber"} {
		typ := hebel.Country
		switch {
		case strings.HasPrefix(id, "place:"):
			typ = hebel.Place
		case strings.HasPrefix(id, "person:"):
			typ = hebel.Person
		}
		e := hebel.Entity{ID: id, Type: typ, Name: name}
		for off := 0; ; {
			i := strings.Index(text[off:], name)
			if i < 0 {
				break
			}
			s := hebel.Span{Start: off + i, End: off + i + len(name)}
			e.Mentions = append(e.Mentions, hebel.Mention{Span: s, Text: name, EntityID: id})
			off = s.End
		}
		if len(e.Mentions) > 0 {
			ents = append(ents, e)
		}
	}
	return ents
}

// check compares claims with wants.
func check(t *testing.T, text string, got []hebel.Claim, ws []want) {
	t.Helper()
	if len(got) != len(ws) {
		var gs []string
		for _, c := range got {
			gs = append(gs, c.Quantity.Text+" → "+c.Counted)
		}
		t.Fatalf("%q: got %d claims %q, want %d", text, len(got), gs, len(ws))
	}
	for i, w := range ws {
		c := got[i]
		if c.Quantity.Text != w.text || c.Quantity.Qualifier != w.qualifier || c.Counted != w.counted {
			t.Errorf("%q claim %d: got %q %s counted %q, want %q %s counted %q", text, i,
				c.Quantity.Text, c.Quantity.Qualifier, c.Counted, w.text, w.qualifier, w.counted)
		}
		src := ""
		if c.Source != nil {
			src = c.Source.Text
		}
		if src != w.source {
			t.Errorf("%q claim %d: source %q, want %q", text, i, src, w.source)
		}
		if c.Location != w.location {
			t.Errorf("%q claim %d: location %q, want %q", text, i, c.Location, w.location)
		}
		if !c.Span.Contains(c.Quantity.Span) {
			t.Errorf("%q claim %d: span %v does not hold its quantity %v", text, i, c.Span, c.Quantity.Span)
		}
	}
}

func TestBuildGerman(t *testing.T) {
	tests := []struct {
		name string
		text string
		atts []attribution
		want []want
	}{
		{"counted with complement and laut-frame",
			"Etwa 2.500 Panzer aus Frankreich stehen laut dem Verteidigungsministerium bereit.",
			[]attribution{{"dem Verteidigungsministerium", "Etwa 2.500 Panzer aus Frankreich stehen", "laut"}},
			[]want{{"Etwa 2.500", hebel.Approx, "Panzer aus Frankreich", "dem Verteidigungsministerium", ""}}},
		{"partitive with genitive name, postposed so",
			"Höchstens 40 von Müllers Beratern seien entlassen worden, so die Gewerkschaft.",
			[]attribution{{"die Gewerkschaft", "Höchstens 40 von Müllers Beratern seien entlassen worden", "so"}},
			[]want{{"Höchstens 40", hebel.AtMost, "Beratern", "die Gewerkschaft", ""}}},
		{"demnach carries the previous sentence's source",
			"Die Polizei meldete 300 Festnahmen. Bis zu 50 Demonstranten wurden demnach verletzt.",
			[]attribution{{"Die Polizei", "300 Festnahmen", "meldete"}},
			[]want{
				{"300", hebel.Exact, "Festnahmen", "Die Polizei", ""},
				{"Bis zu 50", hebel.AtMost, "Demonstranten", "Die Polizei", ""}}},
		{"place after in",
			"Mehr als 7.000 Menschen leben in Tromsø.", nil,
			[]want{{"Mehr als 7.000", hebel.MoreThan, "Menschen", "", "Tromsø"}}},
		{"country as place",
			"Rund 900 Ingenieure arbeiten in Frankreich.", nil,
			[]want{{"Rund 900", hebel.Approx, "Ingenieure", "", "Frankreich"}}},
		{"duration is no claim", "Der Besuch dauerte drei Tage.", nil, nil},
		{"a known set is no claim", "Die zwei Minister trafen sich am Abend.", nil, nil},
		{"amount noun before the number",
			"Die Zahl der Toten stieg auf 1.200.", nil,
			[]want{{"1.200", hebel.Exact, "Toten", "", ""}}},
		{"phrase before a linker",
			"Die Behörden beziffern die Schäden mit 8.000.", nil,
			[]want{{"8.000", hebel.Exact, "Schäden", "", ""}}},
		{"unit word with genitive",
			"Der Anteil liegt bei 45 Prozent der Haushalte.", nil,
			[]want{{"45 Prozent", hebel.Exact, "Prozent der Haushalte", "", ""}}},
		{"coordinated nouns",
			"Gut 600 Ärztinnen und Ärzte streikten.", nil,
			[]want{{"Gut 600", hebel.Approx, "Ärztinnen und Ärzte", "", ""}}},
		{"elided compound",
			"Knapp zwei Dutzend Bundes- und Landesminister kamen.", nil,
			[]want{{"Knapp zwei Dutzend", hebel.Approx, "Bundes- und Landesminister", "", ""}}},
		{"lone participle",
			"Von den Gefangenen sollen etwa 70 erkrankt sein.", nil,
			[]want{{"etwa 70", hebel.Approx, "erkrankt", "", ""}}},
		{"von ihnen",
			"Dort leben 9.000 Familien. 2.000 von ihnen haben kein Wasser.", nil,
			[]want{{"9.000", hebel.Exact, "Familien", "", ""}, {"2.000", hebel.Exact, "ihnen", "", ""}}},
		{"innermost quote wins",
			"Der Minister sagte, laut der Armee seien 120 Drohnen abgeschossen worden.",
			[]attribution{
				{"Der Minister", "laut der Armee seien 120 Drohnen abgeschossen worden", "sagte"},
				{"der Armee", "seien 120 Drohnen abgeschossen worden", "laut"}},
			[]want{{"120", hebel.Exact, "Drohnen", "der Armee", ""}}},
		{"a carry-over phrase names its source when the previous sentence has none",
			"Der Bericht erschien am Montag. Dem Bericht zufolge wurden 70 Häuser zerstört.", nil,
			[]want{{"70", hebel.Exact, "Häuser", "Dem Bericht", ""}}},
		{"a zufolge-frame on a carry-over phrase yields to the previous speaker",
			"Die Behörde legte einen Bericht vor. Dem Bericht zufolge wurden 70 Häuser zerstört.",
			[]attribution{
				{"Die Behörde", "einen Bericht", "legte vor"},
				{"Dem Bericht", "wurden 70 Häuser zerstört", "zufolge"}},
			[]want{{"70", hebel.Exact, "Häuser", "Die Behörde", ""}}},
		{"no carry-over without a cue",
			"Die Polizei meldete 300 Festnahmen. Später kamen 40 Beamte hinzu.",
			[]attribution{{"Die Polizei", "300 Festnahmen", "meldete"}},
			[]want{
				{"300", hebel.Exact, "Festnahmen", "Die Polizei", ""},
				{"40", hebel.Exact, "Beamte", "", ""}}},
		{"demnach after a sentence without a quote takes its actor, and the account goes on",
			"Ministerin Anna Weber hat neue Zahlen veröffentlicht. Demnach wurden 300 Soldaten verlegt. 120 von ihnen kehren zurück.", nil,
			[]want{
				{"300", hebel.Exact, "Soldaten", "Anna Weber", ""},
				{"120", hebel.Exact, "ihnen", "Anna Weber", ""}}},
		{"the account does not go on past a paragraph",
			"Ministerin Anna Weber hat Zahlen veröffentlicht. Demnach wurden 300 Soldaten verlegt.\n\n120 Panzer fehlen.", nil,
			[]want{
				{"300", hebel.Exact, "Soldaten", "Anna Weber", ""},
				{"120", hebel.Exact, "Panzer", "", ""}}},
		{"the next sentence names the author of the figures",
			"Der Krieg hat 5.000 Menschen das Leben gekostet. Veröffentlicht wird die Statistik vom örtlichen Gesundheitsamt.", nil,
			[]want{{"5.000", hebel.Exact, "Menschen", "örtlichen Gesundheitsamt", ""}}},
		{"a topic preposition is no hedge",
			"Sie hätten Erkenntnisse über 3.000 Soldaten, sagte er.", nil,
			[]want{{"3.000", hebel.Exact, "Soldaten", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, tt.text, build(t, tt.text, de.Profile, tt.atts), tt.want)
		})
	}
}

func TestBuildEnglish(t *testing.T) {
	tests := []struct {
		name string
		text string
		atts []attribution
		want []want
	}{
		{"said frame",
			"About 4,500 refugees from Syria crossed the border, officials said.",
			[]attribution{{"officials", "About 4,500 refugees from Syria crossed the border", "said"}},
			[]want{{"About 4,500", hebel.Approx, "refugees from Syria", "officials", ""}}},
		{"unit with complement and place",
			"The company shipped 20,000 tonnes of grain to ports in Egypt.", nil,
			[]want{{"20,000 tonnes", hebel.Exact, "tonnes of grain", "", "Egypt"}}},
		{"percentage measured against the subject",
			"Car exports rose 12% last year.", nil,
			[]want{{"12%", hebel.Exact, "Car exports", "", ""}}},
		{"a verb after and shares the subject",
			"Steel imports jumped 40% in May, and soared 70% in June.", nil,
			[]want{{"40%", hebel.Exact, "Steel imports", "", ""}, {"70%", hebel.Exact, "Steel imports", "", ""}}},
		{"duration is no claim", "The festival lasted four days.", nil, nil},
		{"a number ending a name is no claim", "Gas flows through Nord Stream 1.", nil, nil},
		{"hyphenated duration is no claim", "He ended a three-day visit.", nil, nil},
		{"a known set is no claim", "The two presidents met on Friday.", nil, nil},
		{"according to the report carries over",
			"The agency published its flood report. According to the report, at least 60 villages were flooded.",
			[]attribution{{"The agency", "its flood report", "published"}},
			[]want{{"at least 60", hebel.AtLeast, "villages", "The agency", ""}}},
		{"a phrase that names its source is no carry-over",
			"Officials met on Monday. Trade grew 5% according to the data from customs.",
			[]attribution{{"Officials", "met on Monday", "met"}},
			[]want{{"5%", hebel.Exact, "Trade", "", ""}}},
		{"lone participle and killed before the number",
			"Rebels said they had killed 35 and a further 300 injured.", nil,
			[]want{{"35", hebel.Exact, "killed", "", ""}, {"300", hebel.Exact, "injured", "", ""}}},
		{"participle ends the phrase",
			"Up to 3,000 engineers deployed abroad returned.", nil,
			[]want{{"Up to 3,000", hebel.AtMost, "engineers", "", ""}}},
		{"number of",
			"They cut the number of police officers on duty to 900.", nil,
			[]want{{"900", hebel.Exact, "police officers", "", ""}}},
		{"region after the name",
			"Some 200 volunteers were seen in the Kherson region.", nil,
			[]want{{"Some 200", hebel.Approx, "volunteers", "", "Kherson"}}},
		{"a place mention without a preposition",
			"Some 200 volunteers reached Kherson on Monday.", nil,
			[]want{{"Some 200", hebel.Approx, "volunteers", "", "Kherson"}}},
		{"month is no place",
			"More than 70 ships docked in March.", nil,
			[]want{{"More than 70", hebel.MoreThan, "ships", "", ""}}},
		{"a source naming figures takes their author along",
			"Trade hit $240 billion, according to the data by the Statistics Office of Ruritania.",
			[]attribution{{"the data", "Trade hit $240 billion", "according to"}},
			[]want{{"$240 billion", hebel.Exact, "Trade", "the data by the Statistics Office of Ruritania", ""}}},
		{"a carry-over phrase with a modifier",
			"Trade hit $240 billion, according to the Office. Exports jumped 46.9% in 2023, the customs data showed.",
			[]attribution{{"the Office", "Trade hit $240 billion", "according to"}},
			[]want{
				{"$240 billion", hebel.Exact, "Trade", "the Office", ""},
				{"46.9%", hebel.Exact, "Exports", "the Office", ""}}},
		{"verbs of passing a mark are hedges",
			"The list surpassed 10,000 names but fell short of 20 percent of the target.", nil,
			[]want{
				{"surpassed 10,000", hebel.MoreThan, "names", "", ""},
				{"fell short of 20 percent", hebel.LessThan, "percent of the target", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, tt.text, build(t, tt.text, en.Profile, tt.atts), tt.want)
		})
	}
}

func TestBuildEmpty(t *testing.T) {
	if got := claim.Build("", nil, nil, nil, nil, de.Profile); got != nil {
		t.Errorf("Build of nothing = %v, want nil", got)
	}
	// A quantity outside every sentence keeps its own span as clause.
	text := "12 Schiffe"
	qs := []hebel.Quantity{{Span: hebel.Span{Start: 0, End: 2}, Text: "12", Value: 12, Qualifier: hebel.Exact}}
	got := claim.Build(text, nil, qs, nil, nil, de.Profile)
	if len(got) != 1 || got[0].Span != qs[0].Span {
		t.Errorf("Build without sentences = %+v, want one claim over the quantity", got)
	}
}

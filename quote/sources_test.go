package quote

import (
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
	"github.com/hebel-project/hebel/segment"
)

// sourceCase is a figure in a sentence and the source claims should take
// for it: the speaker (text, or resolved name) of the innermost
// attribution whose content holds the figure, and whether that
// attribution is a source frame only.
type sourceCase struct {
	name, text, figure string
	speaker            string
	sourceOnly         bool
	ents               []hebel.Entity
}

// innermostOf returns the innermost attribution of qs whose content holds
// sp, or nil: the rule package claim applies.
func innermostOf(qs []hebel.Quote, sp hebel.Span) *hebel.Quote {
	var best *hebel.Quote
	for i := range qs {
		q := &qs[i]
		if q.Speaker == nil || !q.Content.Contains(sp) {
			continue
		}
		if best == nil || q.Content.Len() < best.Content.Len() {
			best = q
		}
	}
	return best
}

func checkSources(t *testing.T, p *lang.Profile, tests []sourceCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.text, tt.figure)
			if i < 0 {
				t.Fatalf("figure %q not in %q", tt.figure, tt.text)
			}
			qs := Find(tt.text, segment.Split(tt.text, p), tt.ents, p)
			q := innermostOf(qs, hebel.Span{Start: i, End: i + len(tt.figure)})
			if q == nil {
				for _, q := range qs {
					t.Logf("got %q: %q", speakerOf(q), q.Content.Text(tt.text))
				}
				t.Fatalf("%q: no source for %q, want %q", tt.text, tt.figure, tt.speaker)
			}
			if got := speakerOf(*q); got != tt.speaker {
				t.Errorf("%q: source %q, want %q", tt.text, got, tt.speaker)
			}
			if q.SourceOnly != tt.sourceOnly {
				t.Errorf("%q: SourceOnly %v, want %v", tt.text, q.SourceOnly, tt.sourceOnly)
			}
		})
	}
}

// person returns a person entity mentioned once at the first occurrence
// of name in text.
func person(text, id, name string) []hebel.Entity {
	i := strings.Index(text, name)
	return []hebel.Entity{{ID: id, Name: name, Type: hebel.Person,
		Mentions: []hebel.Mention{{Span: hebel.Span{Start: i, End: i + len(name)}, Text: name, EntityID: id}}}}
}

func TestSourcesGerman(t *testing.T) {
	roth := "Ministerin Anna Roth nannte neue Zahlen: „Wir bauen bis zum Herbst 900 Wohnungen“, so die Politikerin Mitte Mai."
	checkSources(t, de.Profile, []sourceCase{
		{name: "beziffern mit", text: "Die Gewerkschaft beziffert den Schaden mit 2.000 Euro.", figure: "2.000",
			speaker: "Die Gewerkschaft", sourceOnly: true},
		{name: "schätzen auf after a preposition", text: "Anhand alter Daten schätzt der Ökonom Paul Kern das Defizit auf 900 Millionen Euro.",
			figure: "900", speaker: "der Ökonom Paul Kern", sourceOnly: true},
		{name: "verb-final sprach von", text: "Der Streit begann, als Bürgermeisterin Anna Roth von 400 fehlenden Wohnungen sprach.",
			figure: "400", speaker: "Bürgermeisterin Anna Roth", sourceOnly: true},
		{name: "schätzen dass", text: "Fachleute schätzen, dass rund 700 Brücken marode sind.", figure: "700",
			speaker: "Fachleute", sourceOnly: true},
		{name: "davon ausgehen", text: "Der Verband geht davon aus, dass 900 Stellen wegfallen.", figure: "900",
			speaker: "Der Verband", sourceOnly: true},
		{name: "wie aus X hervorgeht", text: "Die Stadt zahlte 800 Euro pro Kopf, wie aus einem Bericht des Rechnungshofs hervorgeht.",
			figure: "800", speaker: "einem Bericht des Rechnungshofs", sourceOnly: true},
		{name: "a study as source", text: "Eine Umfrage des Verbands zeigt, dass 600 Betriebe Personal suchen.", figure: "600",
			speaker: "Eine Umfrage des Verbands", sourceOnly: true},
		{name: "postposed berichtet after another verb", text: "Die Behörde im Norden erwartet demnächst 500 neue Anträge, berichtet die Zeitung.",
			figure: "500", speaker: "Die Behörde", sourceOnly: true},
		{name: "role noun resolves to the person named before", text: roth, figure: "900",
			speaker: "Anna Roth", ents: person(roth, "person:anna-roth", "Anna Roth")},
		{name: "quoted title after laut", text: "Laut „Tagesblatt“ fehlen an den Schulen rund 300 Lehrer.", figure: "300",
			speaker: "Tagesblatt", sourceOnly: true},
		{name: "quoted title before zufolge", text: "„Wirtschaftsbericht Nord“ zufolge sanken die Mieten um 400 Euro.", figure: "400",
			speaker: "Wirtschaftsbericht Nord", sourceOnly: true},
		{name: "anaphoric frame", text: "Forscher Paul Kern schätzt, dass die Schäden wachsen. Nach dieser Rechnung fehlen 700 Millionen Euro.",
			figure: "700", speaker: "Forscher Paul Kern", sourceOnly: true},
		{name: "attributive participle is no cue", text: "Die Regierung hatte angekündigt, gegen eine von Experten befürchtete Krise rund 600 Helfer zu schicken.",
			figure: "600", speaker: "Die Regierung", sourceOnly: true},
		{name: "colon after a bare name", text: "Kern: „Bis 2030 fehlen uns 3000 Fachkräfte im Land.“", figure: "3000",
			speaker: "Kern"},
	})
}

func TestSourcesEnglish(t *testing.T) {
	checkSources(t, en.Profile, []sourceCase{
		{name: "has estimated that", text: "The agency has estimated that some 4,000 homes were damaged.", figure: "4,000",
			speaker: "The agency", sourceOnly: true},
		{name: "put the figure at", text: "The ministry put the figure at 2,500.", figure: "2,500",
			speaker: "The ministry", sourceOnly: true},
		{name: "appositive name", text: "It changed in May, when the city's mayor, Anna K. Roth, said that 1,200 homes had flooded.",
			figure: "1,200", speaker: "Anna K. Roth", sourceOnly: true},
		{name: "according to, lower case", text: "According to survey data from the Housing Office, rents rose by 300 dollars.",
			figure: "300", speaker: "survey data from the Housing Office", sourceOnly: true},
		{name: "leading junk before the subject", text: "update 2024-01-05 The fire service said 350 people were evacuated.",
			figure: "350", speaker: "The fire service", sourceOnly: true},
		{name: "as X showed", text: "Prices rose by 400 dollars, as a survey by the bank showed.", figure: "400",
			speaker: "a survey by the bank", sourceOnly: true},
		{name: "initial glued to the sentence before", text: "The roads were closed.Mr. Roth said 700 cars were stuck.",
			figure: "700", speaker: "Mr. Roth", sourceOnly: true},
	})
}

func TestNewRulesStatements(t *testing.T) {
	check(t, de.Profile, "Auch Verbandschef Paul Kern bekräftigte gegenüber dem Sender: „Die Lage ist ernst, wirklich sehr ernst.“",
		[]want{{"Verbandschef Paul Kern", "bekräftigte", "Die Lage ist ernst, wirklich sehr ernst.", hebel.Direct}})
	check(t, de.Profile, "Das Foto zeigt viele Menschen am Ufer.", nil)
	check(t, de.Profile, "Kern nannte als Ziele den Ausbau der Bahn und die Sanierung der Brücken, die seit Jahren warten.",
		[]want{{"Kern", "nannte als", "Ziele den Ausbau der Bahn und die Sanierung der Brücken, die seit Jahren warten", hebel.Indirect}})
	check(t, en.Profile, "Roth said three inspectors who visited the site reported that the roof leaked.",
		[]want{{"Roth", "said", "three inspectors who visited the site reported that the roof leaked", hebel.Indirect}})
	check(t, en.Profile, "Roth told reporters that the roof leaked.",
		[]want{{"Roth", "told", "the roof leaked", hebel.Indirect}})
}

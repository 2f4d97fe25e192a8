package claim_test

import (
	"testing"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/claim"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
	"github.com/hebel-project/hebel/quantity"
	"github.com/hebel-project/hebel/segment"
)

// FuzzBuild checks that Build never panics, that every claim lies inside
// the text and holds its quantity, and that its counted text and location
// are valid UTF-8 when the text is. A quote over the middle of the text
// exercises the source lookup.
func FuzzBuild(f *testing.F) {
	for _, s := range []string{
		"Etwa 2.500 Panzer aus Frankreich stehen laut dem Ministerium bereit.",
		"Die Polizei meldete 300 Festnahmen. Bis zu 50 Demonstranten wurden demnach verletzt.",
		"Höchstens 40 von Müllers Beratern, so die Gewerkschaft. 2.000 von ihnen",
		"Die Zahl der Toten stieg auf 1.200. Knapp zwei Dutzend Bundes- und",
		"About 4,500 refugees from Syria crossed, officials said. 12% of",
		"According to the report, at least 60 villages in the Kherson region",
		"killed 35 and a further 300 injured. 20,000 tonnes of grain -",
		"5 -", "von 3", "10 der", "in X 4", "\xff 7 \xfe", "",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, english bool) {
		var p *lang.Profile = de.Profile
		if english {
			p = en.Profile
		}
		sents := segment.Split(text, p)
		var quotes []hebel.Quote
		if n := len(text); n > 4 {
			sp := &hebel.Source{Span: hebel.Span{Start: 0, End: 1}, Text: text[:1]}
			quotes = append(quotes, hebel.Quote{Span: hebel.Span{End: n}, Content: hebel.Span{Start: n / 4, End: n - n/4}, Speaker: sp})
		}
		for _, c := range claim.Build(text, sents, quantity.Find(text, p), nil, quotes, p) {
			if !c.Span.Valid(len(text)) {
				t.Fatalf("claim span %v outside text of %d bytes", c.Span, len(text))
			}
			if !c.Span.Contains(c.Quantity.Span) {
				t.Fatalf("claim span %v does not hold quantity %v", c.Span, c.Quantity.Span)
			}
			if utf8.ValidString(text) && (!utf8.ValidString(c.Counted) || !utf8.ValidString(c.Location)) {
				t.Fatalf("invalid UTF-8 in counted %q or location %q", c.Counted, c.Location)
			}
		}
	})
}

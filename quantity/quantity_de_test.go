package quantity

import (
	"testing"

	hebel "github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang/de"
)

// want is the expected quantity in a table test: text, value, qualifier,
// unit, and the band when set.
type want struct {
	text   string
	value  float64
	qual   hebel.Qualifier
	unit   string
	lo, hi float64
}

func checkFind(t *testing.T, text string, got []hebel.Quantity, ws []want) {
	t.Helper()
	if len(got) != len(ws) {
		t.Errorf("%q: got %d quantities %v, want %d", text, len(got), texts(got), len(ws))
		return
	}
	for i, w := range ws {
		g := got[i]
		if g.Text != w.text || g.Value != w.value || g.Qualifier != w.qual || g.Unit != w.unit {
			t.Errorf("%q: #%d got %q %v %s %q, want %q %v %s %q", text, i, g.Text, g.Value, g.Qualifier, g.Unit, w.text, w.value, w.qual, w.unit)
		}
		if g.Text != text[g.Start:g.End] {
			t.Errorf("%q: text %q is not the span %v", text, g.Text, g.Span)
		}
		if w.lo != 0 || w.hi != 0 {
			if g.Low == nil || g.High == nil || *g.Low != w.lo || *g.High != w.hi {
				t.Errorf("%q: band %v..%v, want %v..%v", text, g.Low, g.High, w.lo, w.hi)
			}
		}
	}
}

func texts(qs []hebel.Quantity) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.Text
	}
	return out
}

func TestFindGerman(t *testing.T) {
	ex, ap, al, mt, am, lt, rg := hebel.Exact, hebel.Approx, hebel.AtLeast, hebel.MoreThan, hebel.AtMost, hebel.LessThan, hebel.Range
	tests := []struct {
		text string
		want []want
	}{
		// digits and grouping
		{"Es kamen 10.000 Menschen.", []want{{"10.000", 1e4, ex, "", 0, 0}}},
		{"Es kamen 10 000 Menschen.", []want{{"10 000", 1e4, ex, "", 0, 0}}},
		{"Es kamen 10\u202f000 Menschen.", []want{{"10\u202f000", 1e4, ex, "", 0, 0}}},
		{"Es kamen 10\u00a0000 Menschen.", []want{{"10\u00a0000", 1e4, ex, "", 0, 0}}},
		{"Es kamen 10’000 Menschen.", []want{{"10’000", 1e4, ex, "", 0, 0}}},
		{"Der Wert lag bei 3,5 Punkten.", []want{{"3,5", 3.5, ex, "", 0, 0}}},
		{"Der Wert lag bei 3.5 Punkten.", []want{{"3.5", 3.5, ex, "", 0, 0}}},
		{"Es waren 1.234.567 Stimmen.", []want{{"1.234.567", 1234567, ex, "", 0, 0}}},
		{"Es waren 2.000,5 Tonnen.", []want{{"2.000,5 Tonnen", 2000.5, ex, "t", 0, 0}}},
		// scales and number words
		{"Das kostet 2,5 Mio. Euro.", []want{{"2,5 Mio. Euro", 2.5e6, ex, "EUR", 0, 0}}},
		{"Ein Paket über 1,5 Milliarden Euro", []want{{"über 1,5 Milliarden Euro", 1.5e9, mt, "EUR", 0, 0}}},
		{"Gut 3 Tsd. Menschen", []want{{"Gut 3 Tsd.", 3000, ap, "", 0, 0}}},
		{"Die Schulden betragen 2 Billionen Euro.", []want{{"2 Billionen Euro", 2e12, ex, "EUR", 0, 0}}},
		{"Es kamen dreihundertzwölf Gäste.", []want{{"dreihundertzwölf", 312, ex, "", 0, 0}}},
		{"neunhundertneunundneunzigtausend Stimmen", []want{{"neunhundertneunundneunzigtausend", 999000, ex, "", 0, 0}}},
		{"Zwei Dutzend Boote", []want{{"Zwei Dutzend", 24, ex, "", 0, 0}}},
		{"drei Viertel der Befragten", []want{{"drei Viertel", 0.75, ex, "", 0, 0}}},
		{"Das ist 1/2 Liter", []want{{"1/2 Liter", 0.5, ex, "l", 0, 0}}},
		{"eine halbe Million Menschen", []want{{"eine halbe Million", 5e5, ex, "", 0, 0}}},
		// vague counts
		{"Tausende flohen.", []want{{"Tausende", 1000, ap, "", 1000, 9999}}},
		{"Dutzende Dörfer", []want{{"Dutzende", 12, ap, "", 12, 99}}},
		{"Zehntausende Soldaten", []want{{"Zehntausende", 1e4, ap, "", 1e4, 99999}}},
		{"Hunderte Verletzte", []want{{"Hunderte", 100, ap, "", 100, 999}}},
		// percentages and currencies
		{"Die Zustimmung sank auf 40 Prozent.", []want{{"40 Prozent", 40, ex, "%", 0, 0}}},
		{"Die Zustimmung sank auf 40 %.", []want{{"40 %", 40, ex, "%", 0, 0}}},
		{"Ein Plus von 3 Prozentpunkten", []want{{"3 Prozentpunkten", 3, ex, "pp", 0, 0}}},
		{"Hilfe für 500 Millionen US-Dollar", []want{{"500 Millionen US-Dollar", 5e8, ex, "USD", 0, 0}}},
		{"Ein Kredit von 20 Milliarden Yuan", []want{{"20 Milliarden Yuan", 2e10, ex, "CNY", 0, 0}}},
		{"Das kostet 100 Rubel oder 5 €.", []want{{"100 Rubel", 100, ex, "RUB", 0, 0}, {"5 €", 5, ex, "EUR", 0, 0}}},
		{"Die Strecke ist 300 Kilometer lang", []want{{"300 Kilometer", 300, ex, "km", 0, 0}}},
		{"Er lieferte 2 Millionen Barrel Öl", []want{{"2 Millionen Barrel", 2e6, ex, "bbl", 0, 0}}},
		// hedges (seed-like sentences in our own words)
		{"Rund 2.000 Soldaten sind im Einsatz.", []want{{"Rund 2.000", 2000, ap, "", 0, 0}}},
		{"Mindestens 50 Kämpfer starben.", []want{{"Mindestens 50", 50, al, "", 0, 0}}},
		{"Bis zu tausend Verletzte", []want{{"Bis zu tausend", 1000, am, "", 0, 0}}},
		{"Moskau schickte über 30.000 Soldaten.", []want{{"über 30.000", 30000, mt, "", 0, 0}}},
		{"Über 500 Tote", []want{{"Über 500", 500, mt, "", 0, 0}}},
		{"etwa 12 Schiffe, ca. 40 Panzer, circa 7 Jets", []want{{"etwa 12", 12, ap, "", 0, 0}, {"ca. 40", 40, ap, "", 0, 0}, {"circa 7", 7, ap, "", 0, 0}}},
		{"knapp 900 Euro", []want{{"knapp 900 Euro", 900, ap, "EUR", 0, 0}}},
		{"schätzungsweise 60.000 Tote", []want{{"schätzungsweise 60.000", 6e4, ap, "", 0, 0}}},
		{"wenigstens 3 Tote", []want{{"wenigstens 3", 3, al, "", 0, 0}}},
		{"mehr als 100 Drohnen", []want{{"mehr als 100", 100, mt, "", 0, 0}}},
		{"Die Zahl übertraf 10.000 und überstieg 12.000", []want{{"übertraf 10.000", 1e4, mt, "", 0, 0}, {"überstieg 12.000", 12000, mt, "", 0, 0}}},
		{"Erkenntnisse über 3.000 Soldaten, über 500 Panzer", []want{{"3.000", 3000, ex, "", 0, 0}, {"über 500", 500, mt, "", 0, 0}}},
		{"höchstens 20 Schiffe und maximal 5 Jets", []want{{"höchstens 20", 20, am, "", 0, 0}, {"maximal 5", 5, am, "", 0, 0}}},
		{"weniger als 10 Prozent", []want{{"weniger als 10 Prozent", 10, lt, "%", 0, 0}}},
		{"unter 5 Grad", []want{{"unter 5", 5, lt, "", 0, 0}}},
		{"Es geht über den Einsatz von 300 Soldaten.", []want{{"300", 300, ex, "", 0, 0}}},
		// ranges and changes
		{"10.000 bis 12.000 Soldaten", []want{{"10.000 bis 12.000", 1e4, rg, "", 1e4, 12000}}},
		{"zwischen 5.000 und 8.000 Mann", []want{{"zwischen 5.000 und 8.000", 5000, rg, "", 5000, 8000}}},
		{"100 bis 300 Milliarden Sterne", []want{{"100 bis 300 Milliarden", 1e11, rg, "", 1e11, 3e11}}},
		{"Die Zahl stieg von 5.000 auf 8.000.", []want{{"5.000", 5000, ex, "", 0, 0}, {"8.000", 8000, ex, "", 0, 0}}},
		// not claims
		{"Im Jahr 2024 kamen 2.000 Soldaten.", []want{{"2.000", 2000, ex, "", 0, 0}}},
		{"Seit 2014 herrscht Krieg.", nil},
		{"Stand: 2024-11", nil},
		{"2024 war ein schweres Jahr.", nil},
		{"Am 27. November 2024 um 14:30 Uhr.", nil},
		{"Das Treffen ist am 3.10.2024 um 14 Uhr.", nil},
		{"Der 68-jährige Präsident, im Alter von 68 Jahren.", nil},
		{"Die 3. Armee rückte vor, die dritte Welle folgte.", nil},
		{"Die G7 und G20, Su-27 und F-16 gegen Covid-19.", nil},
		{"Resolution 2397 und Artikel 5, Nr. 5", nil},
		{"Rufen Sie +49 30 1234567 an.", nil},
		{"Das Video dauert 24:43 Minuten.", nil},
		{"1. Punkt eins\n2) Punkt zwei", nil},
		{"Es gab ein Problem mit einer Frau.", nil},
	}
	for _, tt := range tests {
		checkFind(t, tt.text, Find(tt.text, de.Profile), tt.want)
	}
}

func TestParseGerman(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"10.000", 1e4, true},
		{"drei Viertel", 0.75, true},
		{"2,5 Mio.", 2.5e6, true},
		{"zweieinhalb", 2.5, true},
		{"anderthalb Millionen", 1.5e6, true},
		{"einhunderteinunddreißig", 131, true},
		{"zwei Komma drei", 2.3, true},
		{"Haus", 0, false},
		{"10.000 Soldaten", 0, false},
	}
	for _, tt := range tests {
		got, ok := Parse(tt.in, de.Profile)
		if ok != tt.ok || (ok && !near(got, tt.want)) {
			t.Errorf("Parse(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func near(a, b float64) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	return d <= 1e-9*(1+b*b)
}

package quantity

import (
	"testing"

	hebel "github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang/en"
)

func TestFindEnglish(t *testing.T) {
	ex, ap, al, mt, am, lt, rg := hebel.Exact, hebel.Approx, hebel.AtLeast, hebel.MoreThan, hebel.AtMost, hebel.LessThan, hebel.Range
	tests := []struct {
		text string
		want []want
	}{
		// digits and grouping
		{"Some 10,000 troops", []want{{"Some 10,000", 1e4, ap, "", 0, 0}}},
		{"It has 10 000 troops.", []want{{"10 000", 1e4, ex, "", 0, 0}}},
		{"Growth was 3.5 points.", []want{{"3.5", 3.5, ex, "", 0, 0}}},
		{"It weighs 1,234.5 tonnes.", []want{{"1,234.5 tonnes", 1234.5, ex, "t", 0, 0}}},
		// scales and words
		{"a loan of $1.5 billion", []want{{"$1.5 billion", 1.5e9, ex, "USD", 0, 0}}},
		{"a budget of 3bn euros", []want{{"3bn euros", 3e9, ex, "EUR", 0, 0}}},
		{"it cost £3m", []want{{"£3m", 3e6, ex, "GBP", 0, 0}}},
		{"with 10k drones", []want{{"10k", 1e4, ex, "", 0, 0}}},
		{"twenty-one thousand people", []want{{"twenty-one thousand", 21000, ex, "", 0, 0}}},
		{"nine hundred ninety-nine thousand votes", []want{{"nine hundred ninety-nine thousand", 999000, ex, "", 0, 0}}},
		{"a dozen ships and a hundred tanks", []want{{"a dozen", 12, ex, "", 0, 0}, {"a hundred", 100, ex, "", 0, 0}}},
		{"three quarters of voters", []want{{"three quarters", 0.75, ex, "", 0, 0}}},
		// vague counts
		{"Thousands fled.", []want{{"Thousands", 1000, ap, "", 1000, 9999}}},
		{"dozens of villages", []want{{"dozens", 12, ap, "", 12, 99}}},
		{"tens of thousands of soldiers", []want{{"tens of thousands", 1e4, ap, "", 1e4, 99000}}},
		{"hundreds of thousands", []want{{"hundreds of thousands", 1e5, ap, "", 1e5, 999000}}},
		// percentages, currencies, units
		{"support fell to 40 percent", []want{{"40 percent", 40, ex, "%", 0, 0}}},
		{"support fell to 40 per cent", []want{{"40 per cent", 40, ex, "%", 0, 0}}},
		{"support fell to 40%", []want{{"40%", 40, ex, "%", 0, 0}}},
		{"a gain of 2 percentage points", []want{{"2 percentage points", 2, ex, "pp", 0, 0}}},
		{"worth 50 million yuan or 7 billion won", []want{{"50 million yuan", 5e7, ex, "CNY", 0, 0}, {"7 billion won", 7e9, ex, "KRW", 0, 0}}},
		{"paid 900 roubles and 20 pounds", []want{{"900 roubles", 900, ex, "RUB", 0, 0}, {"20 pounds", 20, ex, "GBP", 0, 0}}},
		{"2 million barrels a day over 300 miles", []want{{"2 million barrels", 2e6, ex, "bbl", 0, 0}, {"over 300 miles", 300, mt, "mi", 0, 0}}},
		{"about 5 kilometres", []want{{"about 5 kilometres", 5, ap, "km", 0, 0}}},
		// hedges
		{"around 2,000 soldiers, roughly 30 tanks", []want{{"around 2,000", 2000, ap, "", 0, 0}, {"roughly 30", 30, ap, "", 0, 0}}},
		{"approximately 7 jets, nearly 80 ships, almost 9 drones", []want{{"approximately 7", 7, ap, "", 0, 0}, {"nearly 80", 80, ap, "", 0, 0}, {"almost 9", 9, ap, "", 0, 0}}},
		{"an estimated 60,000 dead", []want{{"an estimated 60,000", 6e4, ap, "", 0, 0}}},
		{"At least 50 fighters died", []want{{"At least 50", 50, al, "", 0, 0}}},
		{"no fewer than 8 ships", []want{{"no fewer than 8", 8, al, "", 0, 0}}},
		{"more than 100 drones, upwards of 40 jets", []want{{"more than 100", 100, mt, "", 0, 0}, {"upwards of 40", 40, mt, "", 0, 0}}},
		{"Up to a thousand wounded", []want{{"Up to a thousand", 1000, am, "", 0, 0}}},
		{"as many as 300 and at most 400", []want{{"as many as 300", 300, am, "", 0, 0}, {"at most 400", 400, am, "", 0, 0}}},
		{"less than 10 percent, fewer than 20 ships, under 5", []want{{"less than 10 percent", 10, lt, "%", 0, 0}, {"fewer than 20", 20, lt, "", 0, 0}, {"under 5", 5, lt, "", 0, 0}}},
		// ranges
		{"10,000-12,000 troops", []want{{"10,000-12,000", 1e4, rg, "", 1e4, 12000}}},
		{"10,000 to 12,000 troops", []want{{"10,000 to 12,000", 1e4, rg, "", 1e4, 12000}}},
		{"between 5 and 8 million people", []want{{"between 5 and 8 million", 5e6, rg, "", 5e6, 8e6}}},
		// not claims
		{"In 2024 the war went on; since 2014, too.", nil},
		{"On November 27, 2024 at 2 p.m. and at 14:30.", nil},
		{"The 68-year-old, aged 68, is 68 years old.", nil},
		{"the 3rd and 21st division", nil},
		{"G7 and G20 leaders, Su-27 and F-16 jets, Covid-19", nil},
		{"Resolution 2397 and Article 5", nil},
		{"Call +1 202 555 0100 now.", nil},
		{"The one you mentioned; which one?", nil},
	}
	for _, tt := range tests {
		checkFind(t, tt.text, Find(tt.text, en.Profile), tt.want)
	}
}

func TestParseEnglish(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"10,000", 1e4, true},
		{"a dozen", 12, true},
		{"a hundred", 100, true},
		{"1.5 billion", 1.5e9, true},
		{"one hundred and six", 106, true},
		{"three quarters", 0.75, true},
		{"half a dozen", 6, true},
		{"-4.5", -4.5, true},
		{"house", 0, false},
	}
	for _, tt := range tests {
		got, ok := Parse(tt.in, en.Profile)
		if ok != tt.ok || (ok && !near(got, tt.want)) {
			t.Errorf("Parse(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

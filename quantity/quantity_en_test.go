package quantity

import (
	"math"
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
		// fractions
		{"a fifth of voters and one twenty-fifth of seats", []want{{"a fifth", 0.2, ex, "", 0, 0}, {"one twenty-fifth", 0.04, ex, "", 0, 0}}},
		{"two thirds of a million people", []want{{"two thirds of a million", 2e6 / 3, ex, "", 0, 0}}},
		{"five billion and three quarters", []want{{"five billion and three quarters", 5.75e9, ex, "", 0, 0}}},
		{"1 in 4 voters, about eight out of 10 adults", []want{{"1 in 4", 0.25, ex, "", 0, 0}, {"about eight out of 10", 0.8, ap, "", 0, 0}}},
		{"I count 12 in six boxes", []want{{"12", 12, ex, "", 0, 0}, {"six", 6, ex, "", 0, 0}}},
		{"raised $10 over 5 years", []want{{"$10", 10, ex, "USD", 0, 0}, {"over 5", 5, mt, "", 0, 0}}},
		{"the twenty-fifth anniversary", nil},
		{"roughly 27-hundred homes", []want{{"roughly 27-hundred", 2700, ap, "", 0, 0}}},
		{"a death toll between 50-100", []want{{"between 50-100", 50, rg, "", 50, 100}}},
		{"the list surpassed 10,000 names", []want{{"surpassed 10,000", 1e4, mt, "", 0, 0}}},
		{"exports topped 3 billion but fell short of 20 percent", []want{{"topped 3 billion", 3e9, mt, "", 0, 0}, {"fell short of 20 percent", 20, lt, "%", 0, 0}}},
		{"reports about 300 deaths, about 200 more", []want{{"300", 300, ex, "", 0, 0}, {"about 200", 200, ap, "", 0, 0}}},
		{"2 1/2 hours", []want{{"2 1/2", 2.5, ex, "", 0, 0}}},
		// other notations
		{"about 1.3e6 cells, 6.23x10^-4 grams, .08 points", []want{{"about 1.3e6", 1.3e6, ap, "", 0, 0}, {"6.23x10^-4", 6.23e-4, ex, "", 0, 0}, {".08", 0.08, ex, "", 0, 0}}},
		{"worth 12,34,567 rupees, three lakh crore", []want{{"12,34,567 rupees", 1234567, ex, "INR", 0, 0}, {"three lakh crore", 3e12, ex, "", 0, 0}}},
		{"3 hundred and 2 hundred", []want{{"3 hundred", 300, ex, "", 0, 0}, {"2 hundred", 200, ex, "", 0, 0}}},
		// two comparatives, equality
		{"more than 10 and less than 20 ships", []want{{"more than 10 and less than 20", 10, rg, "", 10, 20}}},
		{"more than 40 and less than 10", []want{{"more than 40", 40, mt, "", 0, 0}, {"less than 10", 10, lt, "", 0, 0}}},
		{"x is equal to 5000 or less", []want{{"equal to 5000 or less", 5000, am, "", 0, 0}}},
		{"200 or greater than 190", []want{{"200", 200, ex, "", 0, 0}, {"greater than 190", 190, mt, "", 0, 0}}},
		{"less than 5000 or equal", []want{{"less than 5000 or equal", 5000, am, "", 0, 0}}},
		{"about five hundred or more", []want{{"five hundred or more", 500, al, "", 0, 0}}},
		{"about 20~100 apples", []want{{"about 20~100", 20, rg, "", 20, 100}}},
		{"percent of 10, but 20 percent of 100", []want{{"percent of 10", 10, ex, "%", 0, 0}, {"20 percent", 20, ex, "%", 0, 0}, {"100", 100, ex, "", 0, 0}}},
		// not claims
		{"In 2024 the war went on; since 2014, too.", nil},
		{"Host 192.168.1.2 and +1-222-2222/2222", nil},
		{"On November 27, 2024 at 2 p.m. and at 14:30.", nil},
		{"The 68-year-old, aged 68, is 68 years old.", nil},
		{"the 3rd and 21st division", nil},
		{"G7 and G20 leaders, Su-27 and F-16 jets, Covid-19", nil},
		{"Resolution 2397 and Article 5", nil},
		{"Call +1 202 555 0100 now.", nil},
		{"The one you mentioned; which one?", nil},
		{"date 2024-11 and 1999-02", nil},
		{"Defense minister Sergei K. Shoigu spoke.", nil},
		{"It fired 170mm shells.", nil},
		{"Fri, Jun 21, 2019", nil},
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
		{"one hundred thirty fifths", 100.0 / 35, true},
		{"one hundred and thirty fifths", 26, true},
		{"ninety - five hundred fifths", 1900, true},
		{"one one hundred and fifth", 1.0 / 105, true},
		{"a hundred thousand trillionths", 1e-7, true},
		{"three twenty-firsts", 3.0 / 21, true},
		{"twenty and three and three fifths", 23.6, true},
		{"1.1^23", math.Pow(1.1, 23), true},
		{"12.32e+14", 1.232e15, true},
		{"the third", 0, false},
		{"twenty-first", 0, false},
		{"a first", 0, false},
		{"house", 0, false},
	}
	for _, tt := range tests {
		got, ok := Parse(tt.in, en.Profile)
		if ok != tt.ok || (ok && !near(got, tt.want)) {
			t.Errorf("Parse(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

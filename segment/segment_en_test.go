package segment

import (
	"slices"
	"testing"

	"github.com/hebel-project/hebel/lang/en"
)

func TestSentencesEN(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "It was good. Then he left.", []string{"It was good.", "Then he left."}},
		{"titles", "Mr. Smith met Mrs. Jones and Dr. Who. They left.", []string{"Mr. Smith met Mrs. Jones and Dr. Who.", "They left."}},
		{"ranks", "Gen. Milley and Lt. Col. Vindman spoke. They left.", []string{"Gen. Milley and Lt. Col. Vindman spoke.", "They left."}},
		{"U.S. and U.N.", "The U.S. and the U.N. agreed. They left.", []string{"The U.S. and the U.N. agreed.", "They left."}},
		{"e.g. i.e. vs.", "Some states, e.g. Iran, i.e. the big ones, vs. others. Done.", []string{"Some states, e.g. Iran, i.e. the big ones, vs. others.", "Done."}},
		{"etc before capital", "Tanks, guns, etc. The list is long.", []string{"Tanks, guns, etc.", "The list is long."}},
		{"etc before lowercase", "Tanks, guns, etc. were sent.", []string{"Tanks, guns, etc. were sent."}},
		{"No. before number", "He lives at No. 10 Downing Street. He said no. Then he left.", []string{"He lives at No. 10 Downing Street.", "He said no.", "Then he left."}},
		{"company", "Apple Inc. and Acme Corp. and Joe Smith Jr. met. They left.", []string{"Apple Inc. and Acme Corp. and Joe Smith Jr. met.", "They left."}},
		{"initial", "Joe F. Biden spoke. Sergei K. Shoigu said so.", []string{"Joe F. Biden spoke.", "Sergei K. Shoigu said so."}},
		{"month abbreviations", "On Jan. 5 and Sept. 12 it rained. Then it stopped.", []string{"On Jan. 5 and Sept. 12 it rained.", "Then it stopped."}},
		{"St.", "He flew to St. Petersburg. Then he left.", []string{"He flew to St. Petersburg.", "Then he left."}},
		{"p.m. ends before capital", "It began at 5 p.m. Police arrived later.", []string{"It began at 5 p.m.", "Police arrived later."}},
		{"number ends sentence", "The NIS put the figure at 3,000. It was high.", []string{"The NIS put the figure at 3,000.", "It was high."}},
		{"date number ends sentence", "He was discovered on January 5. They were injured.", []string{"He was discovered on January 5.", "They were injured."}},
		{"curly quote closes", "He said: “We will win.” Then he left.", []string{"He said: “We will win.”", "Then he left."}},
		{"comma after quote", "“We will win,” he said. “We must.” Then he left.", []string{"“We will win,” he said.", "“We must.”", "Then he left."}},
		{"question quote continues", "“Why now?” he asked. Nobody knew.", []string{"“Why now?” he asked.", "Nobody knew."}},
		{"straight quotes", `He said "go." Then he left.`, []string{`He said "go."`, "Then he left."}},
		{"single quotes", "He said ‘go.’ Then he left.", []string{"He said ‘go.’", "Then he left."}},
		{"et al.", "Smith et al. found it. Jones et al. The end.", []string{"Smith et al. found it.", "Jones et al.", "The end."}},
		{"headline", "North Korea sends troops\nThe troops arrived.", []string{"North Korea sends troops", "The troops arrived."}},
		{"blank line", "Headline\n\nBody text.", []string{"Headline", "Body text."}},
		{"ellipsis lowercase", "He waited... and waited. Then he left.", []string{"He waited... and waited.", "Then he left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.text, en.Profile)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
			checkInvariants(t, tt.text, Split(tt.text, en.Profile))
		})
	}
}

func TestTokensEN(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Kim Jong-un's troops", []string{"Kim", "Jong-un", "'s", "troops"}},
		{"Kim Jong-un’s troops", []string{"Kim", "Jong-un", "’s", "troops"}},
		{"don't O'Brien", []string{"don't", "O'Brien"}},
		{"soldiers' families", []string{"soldiers", "'/Quote", "families"}},
		{"10,000 troops and 3.5% and $240 billion", []string{"10,000/Number", "troops", "and", "3.5/Number", "%/Symbol", "and", "$/Symbol", "240/Number", "billion"}},
		{"the 1st and 22nd and 4th", []string{"the", "1st/Ordinal", "and", "22nd/Ordinal", "and", "4th/Ordinal"}},
		{"the U.S. and e.g. this", []string{"the", "U.S./Abbrev", "and", "e.g./Abbrev", "this"}},
		{"No. 10", []string{"No./Abbrev", "10/Number"}},
		{"G7 and 5G", []string{"G7", "and", "5G"}},
		{"“Go.”", []string{"“/Quote", "Go", "./Punct", "”/Quote"}},
		{"contact hague@yna.co.kr.", []string{"contact", "hague@yna.co.kr/URL", "./Punct"}},
		{"(see https://example.com/a_b)", []string{"(/Punct", "see", "https://example.com/a_b/URL", ")/Punct"}},
	}
	for _, tt := range tests {
		got := tokenTexts(tt.text, en.Profile)
		if !slices.Equal(got, tt.want) {
			t.Errorf("tokens of %q\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

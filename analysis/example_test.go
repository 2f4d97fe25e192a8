package analysis_test

import (
	"fmt"

	"github.com/hebel-project/hebel/analysis"
	"github.com/hebel-project/hebel/lang/de"
)

// The analysis of a sentence: its clauses, and the flags an extractor
// tests instead of re-reading the text.
func ExampleNew() {
	d := analysis.New("Lee sagte, dass China „keinen Druck“ mache.", de.Profile)
	for _, c := range d.Clauses {
		fmt.Printf("clause %q quoted=%v\n", d.Span(c.Range).Text(d.Text), c.Quoted)
	}
	for i := range d.Tokens {
		if d.Is(i, analysis.FlagComplementizer) || d.Is(i, analysis.FlagOpen) {
			fmt.Printf("token %d %q\n", i, d.Token(i))
		}
	}
	verbs := d.Lexicon.NewSet(de.Profile.Speech.Verbs)
	fmt.Println("sagte is a speech verb:", verbs.Has(d.Words[1]))
	// Output:
	// clause "Lee sagte" quoted=false
	// clause "dass China" quoted=false
	// clause "keinen Druck" quoted=true
	// clause "mache." quoted=false
	// token 3 "dass"
	// token 5 "„"
	// sagte is a speech verb: true
}

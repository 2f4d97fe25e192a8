package segment_test

import (
	"fmt"

	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/segment"
)

func ExampleSplit() {
	text := "Er sagte: „Das ist gut.“ Dann ging er am 3. Oktober zu Dr. Lee."
	for _, s := range segment.Split(text, de.Profile) {
		fmt.Printf("%q\n", s.Text(text))
		for _, t := range s.Tokens {
			if t.Kind != segment.Word {
				fmt.Printf("  %s %q\n", t.Kind, t.Text(text))
			}
		}
	}
	// Output:
	// "Er sagte: „Das ist gut.“"
	//   Punct ":"
	//   Quote "„"
	//   Punct "."
	//   Quote "“"
	// "Dann ging er am 3. Oktober zu Dr. Lee."
	//   Ordinal "3."
	//   Abbrev "Dr."
	//   Punct "."
}

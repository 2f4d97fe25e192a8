package eval

import (
	"flag"
	"testing"
)

var numbersVerbose = flag.Bool("numbers.v", false, "list every failed number spec case")

// TestNumbers runs the Recognizers-Text Number specs and logs pass rates.
func TestNumbers(t *testing.T) {
	dir := sharedDir(t, "data/eval/recognizers-text-specs/Number")
	rep, err := Numbers(dir)
	if err != nil {
		t.Fatal(err)
	}
	for i := range rep.Files {
		f := &rep.Files[i]
		f.SortFailures()
		t.Logf("%-8s %-22s %3d/%3d  %.1f %%", f.Lang, f.File, f.Passed, f.Cases, 100*f.PassRate())
		if *numbersVerbose {
			for _, x := range f.Failures {
				t.Logf("   FAIL %q [%s]\n        want %q\n        got  %q", x.Input, x.Scope, x.Want, x.Got)
			}
		}
	}
	for _, l := range []string{"German", "English"} {
		c, p := rep.Lang(l)
		if c > 0 {
			t.Logf("%-8s all files              %3d/%3d  %.1f %%", l, p, c, 100*float64(p)/float64(c))
		}
	}
}

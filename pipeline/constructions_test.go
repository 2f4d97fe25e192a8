package pipeline_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/eval"
	"github.com/hebel-project/hebel/pipeline"
	"github.com/hebel-project/hebel/record"
)

// TestConstructions runs the invented construction suite
// (eval/constructions/*.txt): every case not marked as known to fail must
// pass. With -v it prints the per-construction recall table of
// docs/EVAL.md:
//
//	go test ./pipeline -run TestConstructions -v
func TestConstructions(t *testing.T) {
	cs, err := eval.ConstructionSuite()
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New(nil)
	rep, err := eval.RunConstructions(cs, func(text, lang string) (*record.Record, error) {
		return record.FromRecord(p.Run(hebel.Document{Text: text, Lang: lang})), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range rep.Constructions {
		for _, r := range rep.Results[i] {
			switch {
			case !r.Passed() && !r.Todo:
				t.Errorf("%s %s (line %d): %s\n\t%s", c.Lang, c.ID, r.Line, r.Text, strings.Join(r.Failures, "\n\t"))
			case r.Passed() && r.Todo:
				t.Logf("%s %s (line %d) passes now: drop its \"?\"", c.Lang, c.ID, r.Line)
			}
		}
	}
	var b bytes.Buffer
	rep.Write(&b, false)
	t.Log("\n" + b.String())
}

package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden runs 'hebel extract --format text' on every input in
// testdata/golden and compares the output with its .golden file, as
// go/printer's tests do: a change in any extractor shows up here as a diff
// to review, and -update accepts it.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			code, out, errOut := run(t, "", nil, "extract", "--format", "text", in)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			golden := in + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./cmd/hebel -run TestGolden -update)", err)
			}
			if out != string(want) {
				t.Errorf("output differs from %s; review with\n  go test ./cmd/hebel -run TestGolden -update && git diff %s\n--- got:\n%s", golden, golden, out)
			}
		})
	}
}

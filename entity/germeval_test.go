package entity

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hebel-project/hebel/lang/de"
)

// TestGermEvalPrecision runs the German gazetteer over the GermEval 2014
// test sentences and counts a mention as right when a token it covers is
// tagged as a named entity (any class, outer or inner). It measures
// precision only: GermEval's LOC also covers cities and regions.
func TestGermEvalPrecision(t *testing.T) {
	path := filepath.Join(sharedDir(t), "data", "eval", "germeval2014-ner", "NER-de-test.tsv")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("GermEval 2014 test set not found: %v", err)
	}
	defer f.Close()
	var toks, tags []string
	right, wrong := 0, 0
	flush := func() {
		var b strings.Builder
		starts := make([]int, len(toks))
		for i, tok := range toks {
			starts[i] = b.Len()
			b.WriteString(tok)
			b.WriteByte(' ')
		}
		text := b.String()
		for _, e := range Countries().Find(text, de.Profile) {
			for _, m := range e.Mentions {
				ok := false
				for i, s := range starts {
					ok = ok || s < m.End && m.Start < s+len(toks[i]) && tags[i] != "O\tO"
				}
				if ok {
					right++
				} else {
					wrong++
					t.Logf("untagged: %q in %q", m.Text, text)
				}
			}
		}
		toks, tags = toks[:0], tags[:0]
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			flush()
			continue
		}
		fields := strings.Split(line, "\t")
		if line[0] == '#' || len(fields) < 4 {
			continue
		}
		toks = append(toks, fields[1])
		tags = append(tags, fields[2]+"\t"+fields[3])
	}
	flush()
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	p := float64(right) / float64(right+wrong)
	t.Logf("GermEval 2014 test: %d mentions, %d on untagged tokens, precision %.3f", right+wrong, wrong, p)
	if p < 0.98 {
		t.Errorf("precision %.3f < 0.98", p)
	}
}

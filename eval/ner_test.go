package eval

import (
	"strings"
	"testing"
)

func TestScoreNER(t *testing.T) {
	germ := "#\tx\n1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n3\tin\tO\tO\n4\tBerlin\tB-LOC\tO\n5\tdeutsche\tB-LOCderiv\tO\n\n"
	sents, err := ParseNER(strings.NewReader(germ), GermEval)
	if err != nil || len(sents) != 1 || len(sents[0].Tokens) != 5 {
		t.Fatalf("ParseNER: %v %+v", err, sents)
	}
	tests := []struct {
		name       string
		pred       []string
		right, fnd int
	}{
		{"exact", []string{"B-PER", "I-PER", "O", "B-LOC", "O"}, 2, 2},
		{"partial span is wrong", []string{"B-PER", "O", "O", "B-LOC", "O"}, 1, 2},
		{"deriv ignored", []string{"B-PER", "I-PER", "O", "B-LOC", "B-LOCderiv"}, 2, 2},
		{"wrong class", []string{"B-ORG", "I-ORG", "O", "O", "O"}, 0, 1},
	}
	for _, tt := range tests {
		rep := ScoreNER("t", sents, []string{"PER", "LOC", "ORG"}, func([]string) []string { return tt.pred })
		if rep.Overall.Right != tt.right || rep.Overall.Found != tt.fnd || rep.Overall.Gold != 2 {
			t.Errorf("%s: %+v", tt.name, rep.Overall)
		}
	}
	io := "Die O\nEU ORG\ntagt O\n\n-DOCSTART- O\nin O\nNew I-LOC\nYork I-LOC\n"
	sents, _ = ParseNER(strings.NewReader(io), CoNLL)
	if len(sents) != 2 || len(nerSpans(sents[0].Labels)) != 1 || nerSpans(sents[1].Labels)[0] != (nerSpan{1, 3, "LOC"}) {
		t.Errorf("CoNLL/IO: %+v", sents)
	}
}

func TestParseNERUNER(t *testing.T) {
	in := "# sent_id = 1\n# text = Kori Schulman schrieb .\n1\tKori\tB-PER\t-\tstefan\n2\tSchulman\tI-PER\t-\tstefan\n3\tschrieb\tO\t-\t-\n4\t.\tO\t-\t-\n\n"
	sents, err := ParseNER(strings.NewReader(in), UNER)
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 1 || strings.Join(sents[0].Labels, " ") != "B-PER I-PER O O" || sents[0].Tokens[1] != "Schulman" {
		t.Errorf("got %+v", sents)
	}
}

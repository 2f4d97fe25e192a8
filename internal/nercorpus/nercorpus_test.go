package nercorpus

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// words is a small tokenizer for the tests: runs of letters and digits,
// and every other non-space character alone.
func words(text string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range text {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if start >= 0 && !word {
			out = append(out, [2]int{start, i})
			start = -1
		}
		switch {
		case word && start < 0:
			start = i
		case !word && !unicode.IsSpace(r):
			out = append(out, [2]int{i, i + len(string(r))})
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

func TestReadSmartData(t *testing.T) {
	// Offsets count UTF-16 units: the emoji before "Köln" counts two.
	doc := `{"text":{"string":"😀 Stau in Köln. Die Deutsche Bahn meldet\nAusfall bei Anna Berg"},
	"conceptMentions":{"array":[
	 {"span":{"start":11,"end":15},"type":"location-city"},
	 {"span":{"start":21,"end":34},"type":"organization-company"},
	 {"span":{"start":54,"end":63},"type":"person"},
	 {"span":{"start":3,"end":7},"type":"trigger"}]}}`
	path := filepath.Join(t.TempDir(), "d.json.gz")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	z := gzip.NewWriter(f)
	z.Write([]byte(doc + "\n" + doc))
	z.Close()
	f.Close()
	sents, err := ReadSmartData(path, words)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range sents {
		var b []string
		for i, tok := range s.Tokens {
			b = append(b, tok+"/"+s.Labels[i])
		}
		got = append(got, strings.Join(b, " "))
	}
	want := []string{
		"😀/O Stau/O in/O Köln/B-LOC ./O",
		"Die/O Deutsche/B-ORG Bahn/I-ORG meldet/O",
		"Ausfall/O bei/O Anna/B-PER Berg/I-PER",
	}
	if len(got) != 6 || strings.Join(got[:3], "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReadColumnsLER(t *testing.T) {
	in := "Der O\r\nBGH B-GRT\r\nin O\r\nKarlsruhe B-ST\r\n, O\r\n§ B-GS\r\n823 I-GS\r\nBGB I-GS\r\n\r\nHerr O\r\nMüller B-RR\r\n\r\nDer O\r\nBGH B-GRT\r\nin O\r\nKarlsruhe B-ST\r\n, O\r\n§ B-GS\r\n823 I-GS\r\nBGB I-GS\r\n"
	path := filepath.Join(t.TempDir(), "x.conll")
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	sents, err := ReadLER(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 3 {
		t.Fatalf("%d sentences", len(sents))
	}
	if got := strings.Join(sents[0].Labels, " "); got != "O B-ORG O B-LOC O B-OTH I-OTH I-OTH" {
		t.Errorf("labels %s", got)
	}
	if got := strings.Join(sents[1].Labels, " "); got != "O B-PER" {
		t.Errorf("judge %s", got)
	}
	if d := Dedup(sents, sents[1:2]); len(d) != 1 {
		t.Errorf("Dedup kept %d", len(d))
	}
	if n := Names(sents); n["LOC"] != 2 || n["OTH"] != 2 || n["PER"] != 1 {
		t.Errorf("Names %v", n)
	}
	if w := WithNames([]Sentence{{Labels: []string{"B-OTH"}}, sents[1]}); len(w) != 1 {
		t.Errorf("WithNames kept %d", len(w))
	}
}

func TestSentencesCut(t *testing.T) {
	text := "Er kam nach St. Gallen. Dann ging er."
	spans := words(text)
	labels := make([]string, len(spans))
	for i := range labels {
		labels[i] = "O"
	}
	labels[3], labels[4], labels[5] = "B-LOC", "I-LOC", "I-LOC" // "St", ".", "Gallen"
	got := sentences(text, spans, labels)
	if len(got) != 2 || strings.Join(got[0].Tokens, " ") != "Er kam nach St . Gallen ." {
		t.Errorf("got %+v", got)
	}
}

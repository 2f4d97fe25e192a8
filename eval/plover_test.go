package eval

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadPETRARCH(t *testing.T) {
	in := `<Sentences>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<!-- comment -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore full diplomatic ties
with Gondor.
</Text>
<Parse> (ROOT (S (NP (NNP Arnor)))) </Parse>
</Sentence>
<Sentence id="NONE-01"><Text>No coding here.</Text></Sentence>
</Sentences>`
	recs, err := ReadPETRARCH(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].ID != "DEMO-00" || recs[0].Codings[0].Event != "064" ||
		recs[0].Text != "Arnor is about to restore full diplomatic ties with Gondor." {
		t.Fatalf("got %+v", recs)
	}
}

func TestReadCAMEOToPLOVER(t *testing.T) {
	table, err := ReadCAMEOToPLOVER(strings.NewReader("# header\n03: AGREE\n0311: AGREE,  ,   economic # intent\n064: COOPERATE, , diplomatic\n"))
	if err != nil {
		t.Fatal(err)
	}
	for code, want := range map[string]string{"0311": "agree", "03": "agree", "064": "cooperate", "0319": "agree", "99": ""} {
		if got := ploverOf(table, code); got != want {
			t.Errorf("ploverOf(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestPLOVERGold(t *testing.T) {
	dir := sharedDir(t, "data/eval/plover")
	rep, err := PLOVER(filepath.Join(dir, "PLOVER_GSR_CAMEO.json.txt"), func(string) Event { return Event{Type: "agree"} })
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Items) < 300 {
		t.Fatalf("read %d sentences, want the 322 of the gold standard", len(rep.Items))
	}
	var buf bytes.Buffer
	rep.Write(&buf)
	if !strings.Contains(buf.String(), "| agree | 40 | 40 | 1.000 |") {
		t.Errorf("report:\n%s", buf.String())
	}
}

func TestPETRARCHRecords(t *testing.T) {
	dir := sharedDir(t, "data/eval")
	rep, err := PETRARCH(filepath.Join(dir, "petrarch2", "PETR.UnitTest.records.xml"),
		filepath.Join(dir, "plover", "CAMEO2PLOVER-2021.txt"), func(string) Event { return Event{} })
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Items) < 150 {
		t.Fatalf("read %d records", len(rep.Items))
	}
}

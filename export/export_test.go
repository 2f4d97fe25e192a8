package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/export"
	"github.com/hebel-project/hebel/internal/ftmtest"
	"github.com/hebel-project/hebel/record"
	"github.com/hebel-project/hebel/storetest"
)

// records returns storetest records 1 and 2 (the second undated, with a
// title a spreadsheet would run as a formula) as an export source.
func records() ([]*hebel.Record, export.Records) {
	a, b := storetest.NewRecord(1, 9), storetest.NewRecord(2, 10)
	b.Document.Published = time.Time{}
	b.Document.Title = "=HYPERLINK(\"http://evil.example\")"
	recs := []*hebel.Record{a, b}
	return recs, func(yield func(*hebel.Record, error) bool) {
		for _, r := range recs {
			if !yield(r, nil) {
				return
			}
		}
	}
}

func TestCSV(t *testing.T) {
	recs, src := records()
	for _, table := range export.Tables {
		var buf bytes.Buffer
		if err := export.WriteCSV(&buf, table, src); err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		rows, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatalf("%s: not CSV: %v", table, err)
		}
		if len(rows) < 2 {
			t.Errorf("%s: %d rows", table, len(rows))
		}
		switch table {
		case "mentions":
			// Offsets are runes: they cut the document's text to the mention.
			texts := map[string][]rune{}
			for _, r := range recs {
				texts[r.Document.ID] = []rune(r.Document.Text)
			}
			for _, row := range rows[1:] {
				s, _ := strconv.Atoi(row[2])
				e, _ := strconv.Atoi(row[3])
				if got := string(texts[row[0]][s:e]); strings.TrimPrefix(row[4], "'") != got {
					t.Errorf("mention %v cuts %q", row, got)
				}
			}
		case "documents":
			if rows[2][1] != "'=HYPERLINK(\"http://evil.example\")" {
				t.Errorf("formula title not defused: %q", rows[2][1])
			}
		case "claims":
			if rows[1][7] != "" || rows[2][7] != "100" {
				t.Errorf("claim bounds: low %q and %q, want empty (unknown) and 100", rows[1][7], rows[2][7])
			}
		}
	}
	if err := export.WriteCSV(io.Discard, "nothing", src); hebel.ErrorCode(err) != hebel.EINVALID {
		t.Errorf("unknown table: %v", err)
	}
}

func TestJSONL(t *testing.T) {
	recs, src := records()
	var buf bytes.Buffer
	if err := export.WriteJSONL(&buf, src); err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(buf.Bytes(), []byte("\n")); n != len(recs) {
		t.Fatalf("%d lines, want %d", n, len(recs))
	}
	dec := record.NewDecoder(&buf)
	for _, want := range recs {
		got, err := dec.Decode()
		if err != nil {
			t.Fatal(err)
		}
		if got.Document.ID != want.Document.ID || len(got.Claims) != len(want.Claims) {
			t.Errorf("record %s does not round-trip", want.Document.ID)
		}
	}
}

// graphXML is what the graph formats are checked by.
type graphXML struct {
	Nodes []struct {
		ID    string `xml:"id,attr"`
		Start string `xml:"start,attr"`
	} `xml:"graph>nodes>node"`
	GraphMLNodes []struct {
		ID string `xml:"id,attr"`
	} `xml:"graph>node"`
	Edges []struct {
		Source string `xml:"source,attr"`
		Target string `xml:"target,attr"`
		Start  string `xml:"start,attr"`
	} `xml:"graph>edges>edge"`
	GraphMLEdges []struct {
		Source string `xml:"source,attr"`
	} `xml:"graph>edge"`
}

func TestGraphFormats(t *testing.T) {
	recs, src := records()
	g, err := export.BuildGraph(src)
	if err != nil {
		t.Fatal(err)
	}
	actors := map[string]bool{}
	rels := 0
	for _, r := range recs {
		for _, e := range r.Entities {
			actors[e.ID] = true
		}
		for _, rel := range r.Relations {
			actors[rel.From], actors[rel.To] = true, true
			rels++
		}
	}
	for _, format := range []string{"graphml", "gexf"} {
		var buf bytes.Buffer
		if err := export.Write(&buf, format, src); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		var x graphXML
		if err := xml.Unmarshal(buf.Bytes(), &x); err != nil {
			t.Fatalf("%s: not XML: %v", format, err)
		}
		nodes, edges := len(x.Nodes)+len(x.GraphMLNodes), len(x.Edges)+len(x.GraphMLEdges)
		if nodes != len(actors) || edges != rels || len(g.Actors) != len(actors) {
			t.Errorf("%s: %d nodes, %d edges; want %d, %d", format, nodes, edges, len(actors), rels)
		}
		if format == "gexf" && (x.Nodes[0].Start == "" || x.Edges[0].Start != "2024-11-20") {
			t.Errorf("gexf: no dates: node %+v edge %+v", x.Nodes[0], x.Edges[0])
		}
	}
}

func TestFtM(t *testing.T) {
	_, src := records()
	var buf bytes.Buffer
	if err := export.WriteFtM(&buf, src); err != nil {
		t.Fatal(err)
	}
	ents := decodeFtM(t, &buf)
	m, err := ftmtest.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, err := range m.Validate(ents) {
		t.Error(err)
	}
	schemas := map[string]int{}
	for _, e := range ents {
		schemas[e.Schema]++
	}
	for _, s := range []string{"Article", "Person", "Organization", "LegalEntity", "Event"} {
		if schemas[s] == 0 {
			t.Errorf("no %s among %v", s, schemas)
		}
	}
	// Every event cites its article, and its sides.
	for _, e := range ents {
		if e.Schema == "Event" && (len(e.Properties["proof"]) != 1 || len(e.Properties["involved"]) == 0) {
			t.Errorf("event %s: %v", e.ID, e.Properties)
		}
	}
}

func decodeFtM(t *testing.T, r io.Reader) []ftmtest.Entity {
	t.Helper()
	var ents []ftmtest.Entity
	dec := json.NewDecoder(r)
	for dec.More() {
		var e ftmtest.Entity
		if err := dec.Decode(&e); err != nil {
			t.Fatal(err)
		}
		ents = append(ents, e)
	}
	return ents
}

// TestValidatorCatches checks that the validator refuses what FtM does.
func TestValidatorCatches(t *testing.T) {
	m, err := ftmtest.Load()
	if err != nil {
		t.Fatal(err)
	}
	art := ftmtest.Entity{ID: "a1", Schema: "Article", Properties: map[string][]string{"fileName": {"x"}, "name": {"x"}}}
	for _, e := range []ftmtest.Entity{
		{ID: "p1", Schema: "Person"}, // no name
		{ID: "p2", Schema: "Person", Properties: map[string][]string{"name": {"X"}, "nationality": {"prk"}}}, // alpha-3
		{ID: "p3", Schema: "Thing", Properties: map[string][]string{"name": {"X"}}},                          // abstract
		{ID: "p4", Schema: "Person", Properties: map[string][]string{"name": {"X"}, "proof": {"nowhere"}}},
		{ID: "p5", Schema: "Person", Properties: map[string][]string{"name": {"X"}, "birthDate": {"2024-13-01"}}},
		{ID: "p6:x", Schema: "Person", Properties: map[string][]string{"name": {"X"}}},
		{ID: "p7", Schema: "Event", Properties: map[string][]string{"name": {"X"}, "involved": {"a1"}}}, // range
	} {
		if errs := m.Validate([]ftmtest.Entity{art, e}); len(errs) == 0 {
			t.Errorf("%s passes: %+v", e.ID, e)
		}
	}
	if errs := m.Validate([]ftmtest.Entity{art}); len(errs) != 0 {
		t.Errorf("a valid article fails: %v", errs)
	}
}

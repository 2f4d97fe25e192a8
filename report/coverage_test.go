package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/leverage"
	"github.com/hebel-project/hebel/report"
)

// mirrorWorld: a complete matrix (importer-reported rows, mirror rows for
// importers that report nothing). XXB reports nothing in 2020: its imports
// are what its reporting partners declared (only AAA did), so
// AAA's deliveries are all the data list, not all of XXB's imports. YYB
// reports its own imports from AAA and CCC.
func mirrorWorld() *hebel.World {
	w := &hebel.World{Sources: map[string]hebel.DatasetInfo{"matrix": {Name: "matrix", Complete: true}}}
	row := 0
	flow := func(from, to string, v float64, note string) {
		row++
		w.Flows = append(w.Flows, hebel.Flow{Year: 2020, From: from, To: to, Channel: hebel.ChannelCereals, Value: v, Unit: "USD thousand",
			Note: note, Prov: hebel.Provenance{Dataset: "matrix", File: "m.csv", Row: row}})
	}
	flow("AAA", "XXB", 500, "mirror: exporter-reported")
	flow("AAA", "YYB", 300, "")
	flow("CCC", "YYB", 100, "")
	flow("AAA", "ZZB", 50, "")
	return w
}

// TestShareOverPartialCoverageIsSaid: a share over the partners a partial
// list knows is not written as a share of all B's imports: "100% of
// them" becomes "of the deliveries the data list", with what the data
// lack; a share over a full list stays "of them".
func TestShareOverPartialCoverageIsSaid(t *testing.T) {
	m, err := leverage.New(mirrorWorld(), leverage.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	text := func(a, b string) string {
		p, err := m.Analyze(a, b, 2020)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := report.WritePair(&buf, p, mirrorWorld()); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	got := text("AAA", "XXB")
	if strings.Contains(got, "100% of them") || !strings.Contains(got, "100% of the deliveries the data list") ||
		!strings.Contains(got, "reported nothing to matrix") || !strings.Contains(got, "from the one supplier with figures") {
		t.Errorf("a share over a mirror-only importer's one known partner:\n%s", got)
	}
	got = text("AAA", "YYB")
	if !strings.Contains(got, "75% of them") || strings.Contains(got, "deliveries the data list") {
		t.Errorf("a share over a full list:\n%s", got)
	}
}

// TestCarriedFigureIsNoShareOfExports: when A's deliveries are a figure
// of an earlier year carried forward, the text says so rather than that
// A's exports are not in the data.
func TestCarriedFigureIsNoShareOfExports(t *testing.T) {
	w := &hebel.World{Sources: map[string]hebel.DatasetInfo{"notes": {Name: "notes"}}}
	for i, f := range []hebel.Flow{
		{Year: 2019, From: "AAA", To: "XXB", Value: 100, Unit: "bbl"},
		{Year: 2021, From: "CCC", To: "XXB", Value: 50, Unit: "bbl"},
	} {
		f.Channel, f.Prov = hebel.ChannelRefined, hebel.Provenance{Dataset: "notes", File: "n.csv", Row: i + 1}
		w.Flows = append(w.Flows, f)
	}
	p, err := leverage.Analyze(w, "AAA", "XXB", 2021, leverage.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := report.WritePair(&buf, p, w); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); !strings.Contains(got, "AAA's deliveries are a figure of 2019 carried forward, so no share of its refined petroleum exports in 2021 is formed") ||
		strings.Contains(got, "total refined petroleum exports are not in the data") {
		t.Errorf("carried figure:\n%s", got)
	}
}

package chart

import (
	"bytes"
	"encoding/xml"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
)

// checkXML fails unless b is one well-formed XML document.
func checkXML(t testing.TB, b []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	depth, roots := 0, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, b)
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
	if roots != 1 || depth != 0 {
		t.Fatalf("want one root element, got %d (depth %d)", roots, depth)
	}
}

func TestConflicts(t *testing.T) {
	es := []Estimate{
		{Value: 10000, Qualifier: hebel.Approx, Start: day("2024-10-01")},                                // 0
		{Value: 10500, Qualifier: hebel.Exact, Start: day("2024-10-01")},                                 // 1: within ±10 % of 0
		{Value: 3000, Qualifier: hebel.Exact, Start: day("2024-10-01")},                                  // 2: conflicts with 0 and 1
		{Value: 3000, Qualifier: hebel.AtLeast, Start: day("2024-10-01")},                                // 3: a floor below the others: no conflict
		{Value: 3000, Qualifier: hebel.Exact, Start: day("2024-09-01"), End: day("2024-10-02")},          // 4: interval overlapping the day: conflicts with 0 and 1
		{Value: 50, Qualifier: hebel.Exact},                                                              // 5: undated: never
		{Value: 50, Qualifier: hebel.Exact, Start: day("2023-01-01")},                                    // 6: another time
		{Value: 2000, Qualifier: hebel.Range, Low: ptr(1000), High: ptr(4000), Start: day("2024-10-01")}, // 7: range holds 3000
	}
	got := map[Conflict]bool{}
	for _, c := range Conflicts(es) {
		got[c] = true
	}
	want := []Conflict{{0, 2}, {0, 4}, {0, 7}, {1, 2}, {1, 4}, {1, 7}}
	for _, c := range want {
		if !got[c] {
			t.Errorf("missing conflict %v", c)
		}
	}
	if len(got) != len(want) {
		t.Errorf("conflicts %v, want %v", got, want)
	}
}

// TestUndatedNotPlotted: an undated estimate appears in the list and the
// description, never as a marker on the axis.
func TestUndatedNotPlotted(t *testing.T) {
	svg := string(TimeChart{Estimates: []Estimate{{Claimant: "Nobody knows when", Value: 7}}}.SVG())
	if strings.Contains(svg, "<g><title>Nobody") {
		t.Errorf("undated estimate plotted:\n%s", svg)
	}
	for _, want := range []string{"No dated estimate: nothing to place on a time axis.", "Undated (not on the time axis):", "Nobody knows when: 7, undated"} {
		if !strings.Contains(svg, want) {
			t.Errorf("missing %q", want)
		}
	}
}

// TestUnknownBarNotZero: an unknown value is hatched and says unknown; a
// zero says 0%.
func TestUnknownBarNotZero(t *testing.T) {
	nan := math.NaN()
	svg := string(Bars{Bars: []Bar{{Label: "a", Value: nil}, {Label: "b", Value: &nan}, {Label: "c", Value: ptr(0)}}}.SVG())
	if n := strings.Count(svg, `fill="url(#bars-hatch)"`); n != 2 {
		t.Errorf("%d hatched bars, want 2", n)
	}
	if !strings.Contains(svg, "a: unknown") || !strings.Contains(svg, "c: 0%") {
		t.Errorf("labels wrong:\n%s", svg)
	}
}

// TestGraphBounded: more than MaxNodes nodes are cut and counted; edges
// to unknown nodes are dropped; the layout is the same every time.
func TestGraphBounded(t *testing.T) {
	var g Graph
	for i := range MaxNodes + 5 {
		g.Nodes = append(g.Nodes, Node{ID: string(rune('A'+i%26)) + strings.Repeat("x", i/26)})
		if i > 0 {
			g.Edges = append(g.Edges, Edge{From: g.Nodes[i-1].ID, To: g.Nodes[i].ID, Type: "t"})
		}
	}
	g.Edges = append(g.Edges, Edge{From: "A", To: "nobody", Type: "t"})
	a, b := g.SVG(), g.SVG()
	if !bytes.Equal(a, b) {
		t.Error("two drawings of one graph differ")
	}
	checkXML(t, a)
	if n := bytes.Count(a, []byte("<circle")); n != MaxNodes+1 { // + the legend's group dot
		t.Errorf("%d circles, want %d", n, MaxNodes+1)
	}
	if !bytes.Contains(a, []byte("5 further actors")) {
		t.Error("left-out actors not counted")
	}
}

func TestSafeHref(t *testing.T) {
	for href, ok := range map[string]bool{"/actors/PRK": true, "#s1": true, "https://x.org/a": true,
		"javascript:alert(1)": false, "//evil.org": false, "data:text/html,x": false, " /x": false} {
		if got := safeHref(href) != ""; got != ok {
			t.Errorf("safeHref(%q) kept %v, want %v", href, got, ok)
		}
	}
}

func TestNumber(t *testing.T) {
	for v, want := range map[float64]string{0: "0", 12: "12", 1234.5: "1,235", -1234567: "-1,234,567", 0.25: "0.25", math.NaN(): "unknown"} {
		if got := Number(v); got != want {
			t.Errorf("Number(%v) = %q, want %q", v, got, want)
		}
	}
}

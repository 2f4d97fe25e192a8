package chart

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func ptr(v float64) *float64 { return &v }

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// The cases are invented: numbers and claimants like those news give for
// a deployment, with every hedge, a range, an interval, a conflict and an
// undated estimate.
var goldenCases = map[string]func() []byte{
	"time-estimates": func() []byte {
		return TimeChart{ID: "t1", Title: "Troops deployed", Unit: "soldiers", Estimates: []Estimate{
			{Claimant: "Agency A", Value: 10000, Qualifier: hebel.Approx, Text: "rund 10.000", Start: day("2024-10-20"), Href: "/docs/a#claim-0"},
			{Claimant: "Ministry B", Value: 12000, Qualifier: hebel.AtLeast, Start: day("2024-11-01")},
			{Claimant: "Agency A", Value: 11000, Qualifier: hebel.Exact, Start: day("2024-12-01"), End: day("2025-01-01")},
			{Claimant: "", Value: 3000, Qualifier: hebel.AtMost, Start: day("2024-12-10")},
			{Claimant: "Institute C", Value: 11000, Low: ptr(10000), High: ptr(12000), Qualifier: hebel.Range, Start: day("2025-02-01")},
			{Claimant: "Ministry B", Value: 9000, Qualifier: hebel.Exact, Text: "9,000"},
		}}.SVG()
	},
	"time-undated-only": func() []byte {
		return TimeChart{ID: "t2", Title: "Only undated", Estimates: []Estimate{
			{Claimant: "X", Value: 5, Qualifier: hebel.MoreThan},
		}}.SVG()
	},
	"graph-small": func() []byte {
		return Graph{ID: "g1", Title: "Relations", Nodes: []Node{
			{ID: "PRK", Label: "North Korea", Group: "country", Href: "/actors/PRK"},
			{ID: "RUS", Label: "Russia", Group: "country", Href: "/actors/RUS"},
			{ID: "CHN", Label: "China", Group: "country", Href: "/actors/CHN"},
			{ID: "UN", Label: "United Nations", Group: "organisation", Href: "/actors/UN"},
		}, Edges: []Edge{
			{From: "PRK", To: "RUS", Type: "deploy_troops", Count: 3, Directed: true, Title: "2024-10 to 2025-01"},
			{From: "RUS", To: "PRK", Type: "supply_arms", Count: 1, Directed: true},
			{From: "CHN", To: "PRK", Type: "alliance", Count: 2},
			{From: "UN", To: "PRK", Type: "sanction", Count: 5, Directed: true},
		}}.SVG()
	},
	"bars-channels": func() []byte {
		return Bars{ID: "b1", Title: "Leverage by channel", Bars: []Bar{
			{Label: "crude_oil dependence", Value: ptr(0.93), Note: "2022", Href: "#source-12"},
			{Label: "food dependence", Value: ptr(0), Note: "2021"},
			{Label: "arms dependence", Value: nil, Note: "no data"},
			{Label: "trade concentration", Value: ptr(0.0004), Note: "2023"},
		}}.SVG()
	},
}

// TestGolden compares each drawing with its file in testdata; -update
// rewrites them.
func TestGolden(t *testing.T) {
	for name, draw := range goldenCases {
		t.Run(name, func(t *testing.T) {
			got := draw()
			checkXML(t, got)
			path := filepath.Join("testdata", name+".svg")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./chart -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s; run go test ./chart -run TestGolden -update and review the diff", name, path)
			}
		})
	}
}

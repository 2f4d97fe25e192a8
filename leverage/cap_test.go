package leverage_test

import (
	"encoding/json"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/leverage"
)

// TestBundleDeliveriesAgainstCap lists refined petroleum delivered to
// the DPRK by supplier against the UN cap: barrels are compared with the
// cap, tonnes are not (no conversion by default), and a conversion factor
// appears only as a cited assumption.
func TestBundleDeliveriesAgainstCap(t *testing.T) {
	w := realWorld(t)
	for _, factor := range []float64{0, 7.5} {
		opts := leverage.DefaultOptions()
		opts.BarrelsPerTonne, opts.BarrelsPerTonneSource = factor, "test factor"
		m, _ := leverage.New(w, opts)
		d, err := m.Deliveries("PRK", hebel.ChannelRefined, 0)
		if err != nil {
			t.Fatal(err)
		}
		if d.Cap == nil || d.Cap.Value.Value != 500000 || d.Cap.Value.Unit != "bbl" || len(d.Cap.Value.Sources) == 0 {
			t.Fatalf("cap %+v", d.Cap)
		}
		suppliers := map[string]bool{}
		for _, y := range d.Years {
			for _, dl := range y.Deliveries {
				suppliers[dl.From] = true
				switch {
				case dl.Value.Unit == "bbl" && dl.CapShare == nil:
					t.Errorf("%d %s: barrels without a cap share", y.Year, dl.From)
				case dl.Value.Unit == "t" && factor == 0 && (dl.CapShare != nil || dl.Converted != nil):
					t.Errorf("%d %s: tonnes compared with a barrel cap without a factor", y.Year, dl.From)
				case dl.Value.Unit == "t" && factor > 0 && (dl.Converted == nil || dl.Converted.Value != dl.Value.Value*factor):
					t.Errorf("%d %s: converted %+v", y.Year, dl.From, dl.Converted)
				}
			}
		}
		if !suppliers["CHN"] || !suppliers["RUS"] {
			t.Errorf("suppliers %v", suppliers)
		}
		if (factor > 0) != (len(d.Assumptions) == 1) {
			t.Errorf("assumptions %v", d.Assumptions)
		}
		data, _ := json.Marshal(d)
		leverage.CheckProvenance(t, data, w)
	}
}

// TestBundleDefaultYearPerChannel: with no year, each channel uses its
// latest year with data for B (trade from COW ends in 2014; refined
// petroleum runs to 2023, China's 2021 figure carried forward), and
// security is there.
func TestBundleDefaultYearPerChannel(t *testing.T) {
	m, _ := leverage.New(realWorld(t), leverage.DefaultOptions())
	p, err := m.Analyze("CHN", "PRK", 0)
	if err != nil {
		t.Fatal(err)
	}
	years := map[hebel.Channel]int{}
	for _, c := range p.Channels {
		if c.FromA != nil && c.FromA.Value > 0 && years[c.Channel] == 0 {
			years[c.Channel] = c.Year
		}
	}
	if years[hebel.ChannelTrade] != 2014 || years[hebel.ChannelRefined] != 2023 || years[hebel.ChannelSecurity] == 0 {
		t.Errorf("channel years %v", years)
	}
	if p.Score == nil || p.Score.Value <= 0.3 {
		t.Errorf("score %v", p.Score.Value)
	}
}

package leverage_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/hebel-project/hebel/internal/sharedtest"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dataset"
	"github.com/hebel-project/hebel/dataset/bundle"
	"github.com/hebel-project/hebel/leverage"
)

var (
	bundleOnce  sync.Once
	bundleWorld *hebel.World
	bundleErr   error
)

// realWorld returns the embedded world bundle, loaded once.
func realWorld(t testing.TB) *hebel.World {
	t.Helper()
	bundleOnce.Do(func() { bundleWorld, bundleErr = bundle.Load() })
	if bundleErr != nil {
		t.Fatalf("loading the bundle: %v", bundleErr)
	}
	return bundleWorld
}

// sharedWorld returns the path of a directory of ../shared/data/world, or
// skips the test when the shared data is absent.
func sharedWorld(t testing.TB, rel string) string {
	t.Helper()
	return sharedtest.Dir(t, "data", "world", rel)
}

func TestBundleCHNoverPRK(t *testing.T) {
	w := realWorld(t)
	m, err := leverage.New(w, leverage.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	p, err := m.Analyze("CHN", "PRK", 2014)
	if err != nil {
		t.Fatal(err)
	}
	var trade *leverage.ChannelLeverage
	for i := range p.Channels {
		if p.Channels[i].Channel == hebel.ChannelTrade {
			trade = &p.Channels[i]
		}
	}
	if trade == nil || trade.Year != 2014 {
		t.Fatalf("no 2014 trade channel: %+v", p.Channels)
	}
	// COW 2014: PRK imports 3883 from CHN (SOURCES.md).
	if trade.FromA.Value != 3883 || trade.ImportShare.Value < 0.5 {
		t.Errorf("CHN→PRK 2014 %v %s, share %v", trade.FromA.Value, trade.Unit, trade.ImportShare.Value)
	}
	data, _ := json.Marshal(p)
	if n := leverage.CheckProvenance(t, data, w); n < 20 {
		t.Errorf("only %d figures", n)
	}
	t.Logf("CHN over PRK 2014: score %.3f, trade share %.3f, HHI %.3f, S %.3f", p.Score.Value,
		trade.ImportShare.Value, trade.HHI.Value, trade.Substitutability.Value)
}

func TestBundleLatestWhatIf(t *testing.T) {
	w := realWorld(t)
	m, _ := leverage.New(w, leverage.DefaultOptions())
	p, err := m.Analyze("CHN", "PRK", 0)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(p)
	leverage.CheckProvenance(t, data, w)
	chs, _ := leverage.ParseChannels("oil,food")
	o, err := m.WhatIf(leverage.Scenario{Cuts: []leverage.Cut{{From: "CHN", To: "PRK", Channels: chs}},
		EnforceSanctions: true, Substitutes: []string{"RUS", "BLR"}, Headroom: 2})
	if err != nil {
		t.Fatal(err)
	}
	data, _ = json.Marshal(o)
	leverage.CheckProvenance(t, data, w)
	for _, e := range o.Effects {
		t.Logf("%s %d %s: lost %.0f, shortfall %.0f (%.0f%%)", e.Channel, e.Year, e.Unit, e.Lost.Value, e.Shortfall.Value, 100*e.ShortfallShare.Value)
	}
}

// TestRankCorrelationFBIC compares China's leverage over every state
// (the scores 'hebel leverage --from CHN --rank' sorts by) with FBIC's
// China influence index, an independent one, for 2014 and for 2023, the
// latest year both have; each as of the end of that year. A check that
// the model ranks like an independent index, not a target to tune to.
func TestRankCorrelationFBIC(t *testing.T) {
	dir := sharedWorld(t, "fbic-china-influence")
	f, err := os.Open(filepath.Join(dir, "fbic_china_dyads_1994_2023.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	inds, errs := dataset.LoadFBIC(f, "fbic_china_dyads_1994_2023.csv")
	if len(errs) > 0 {
		t.Logf("%d FBIC rows rejected, first: %v", len(errs), errs[0])
	}
	for _, year := range []int{2014, 2023} {
		fbic := map[string]float64{}
		for _, in := range inds {
			if in.Year == year && in.Name == "fbic_china" {
				fbic[in.Country] = in.Value
			}
		}
		opts := leverage.DefaultOptions()
		opts.AsOf = time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)
		start := time.Now()
		m, err := leverage.New(realWorld(t), opts)
		if err != nil {
			t.Fatal(err)
		}
		scores := m.Scores(year)["CHN"]
		took := time.Since(start)
		var x, y []float64
		for b, s := range scores {
			if v, ok := fbic[b]; ok {
				x = append(x, s)
				y = append(y, v)
			}
		}
		if len(x) < 50 {
			t.Fatalf("%d: only %d countries in both", year, len(x))
		}
		rho, tau := leverage.Spearman(x, y), leverage.Kendall(x, y)
		fmt.Printf("China's leverage as of %d-12-31 vs FBIC %d: n=%d Spearman ρ=%.3f Kendall τ=%.3f (model and all pairs took %v)\n", year, year, len(x), rho, tau, took)
		if rho < 0.2 {
			t.Errorf("%d: Spearman ρ = %.3f: the model disagrees with FBIC", year, rho)
		}
	}
}

// BenchmarkAllPairsReal scores every ordered pair of the bundle for one
// year, every channel, as of the end of that year, on the scores-only
// path, from a fresh Model each time (indexing included; loading the
// bundle not).
func BenchmarkAllPairsReal(b *testing.B) {
	w := realWorld(b)
	for _, year := range []int{2014, 2023} {
		b.Run(fmt.Sprint(year), func(b *testing.B) {
			opts := leverage.DefaultOptions()
			opts.AsOf = time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)
			m, _ := leverage.New(w, opts)
			b.ReportMetric(float64(len(m.States(year))), "states")
			b.ResetTimer()
			for b.Loop() {
				m, _ := leverage.New(w, opts)
				m.Scores(year)
			}
		})
	}
}

// TestBundleLeanMatchesRich compares the scores-only path with Analyze on
// the bundle for two senders and every receiver in 2014.
func TestBundleLeanMatchesRich(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	m, _ := leverage.New(realWorld(t), leverage.DefaultOptions())
	scores := m.Scores(2014)
	for _, a := range []string{"CHN", "USA"} {
		for b, lean := range scores[a] {
			p, err := m.Analyze(a, b, 2014)
			if err != nil {
				t.Fatalf("%s over %s: %v", a, b, err)
			}
			if d := lean - p.Score.Value; d > 1e-12 || d < -1e-12 {
				t.Errorf("%s over %s: lean %v, rich %v", a, b, lean, p.Score.Value)
			}
		}
	}
}

// TestBundleSweepCHNPRK: 'hebel leverage CHN PRK --year Y' for every year
// from 2012 to 2024: no channel goes from a figure to 0 merely because a
// source has no row that year; a 0 must rest on a row of 0, on a complete
// matrix that lists no delivery from China, or on the ties in force. The
// sanctions channel is there every year with the UN designations of its
// day.
func TestBundleSweepCHNPRK(t *testing.T) {
	w := realWorld(t)
	last := map[string]float64{}
	for y := 2012; y <= 2024; y++ {
		opts := leverage.DefaultOptions()
		opts.AsOf = time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
		m, err := leverage.New(w, opts)
		if err != nil {
			t.Fatal(err)
		}
		p, err := m.Analyze("CHN", "PRK", y)
		if err != nil {
			t.Fatal(err)
		}
		var line []string
		for _, c := range p.Channels {
			key := string(c.Channel) + " " + c.Unit
			if c.Year > y {
				t.Errorf("%d %s: data of %d", y, key, c.Year)
			}
			if c.FromA == nil {
				line = append(line, fmt.Sprintf("%s=unknown", key))
				continue
			}
			line = append(line, fmt.Sprintf("%s(%d)=%g", key, c.Year, c.FromA.Value))
			if c.FromA.Value == 0 && !zeroSaid(m, c.FromA) {
				t.Errorf("%d %s: 0 without a source saying 0 (before: %v)", y, key, last[key])
			}
			last[key] = c.FromA.Value
		}
		// The sanctions channel: the UN regime (designations since 2009)
		// is in force every year, its designations never fewer than the
		// year before (none of the DPRK list was delisted), counted on a
		// day no later than the as-of date; a share of 0 must be said.
		se := p.SanctionsExposure
		if se == nil || !se.UNRegime || se.UNDesignations == nil {
			t.Fatalf("%d: no UN sanctions channel: %+v", y, se)
		}
		if n := se.UNDesignations.Value; n < last["sanctions designations"] {
			t.Errorf("%d: %v designations in force, %v the year before", y, n, last["sanctions designations"])
		}
		last["sanctions designations"] = se.UNDesignations.Value
		if se.Date > opts.AsOf.Format("2006-01-02") || se.Year > y {
			t.Errorf("%d: sanctions counted on %s (year %d)", y, se.Date, se.Year)
		}
		for _, r := range se.Restricted {
			if r.Year > y {
				t.Errorf("%d: restricted %s of %d", y, r.Channel, r.Year)
			}
			if r.Share != nil && r.Share.Value == 0 && !zeroSaid(m, r.Share) {
				t.Errorf("%d: CHN's share of restricted %s is 0 without a source saying 0", y, r.Channel)
			}
		}
		if se.Score == nil {
			line = append(line, "sanctions=unknown")
		} else {
			line = append(line, fmt.Sprintf("sanctions(%d, %v designations)=%.3f", se.Year, se.UNDesignations.Value, se.Score.Value))
		}
		t.Logf("%d: %s", y, strings.Join(line, ", "))
	}
}

func zeroSaid(m *leverage.Model, f *leverage.Figure) bool {
	for _, id := range f.Sources {
		s, ok := m.Source(id)
		switch {
		case !ok:
		case s.Kind == leverage.KindAssumption:
			if strings.Contains(s.Text, "the data list") && strings.Contains(s.Text, "no delivery from") {
				return true
			}
		case strings.Contains(s.Text, ": 0 ") || strings.Contains(s.Text, " tie "):
			return true
		}
	}
	return false
}

// loadStates are the 30 states of the API's load test (http/load_test.go).
var loadStates = []string{"CHN", "PRK", "RUS", "DEU", "USA", "FRA", "GBR", "JPN", "KOR", "IND", "BRA", "AUS", "TUR", "IRN", "EGY",
	"POL", "UKR", "BLR", "KAZ", "VNM", "THA", "IDN", "PAK", "NGA", "ZAF", "MEX", "CAN", "ITA", "ESP", "SAU"}

// BenchmarkFreshPair is the work of /api/leverage/{A}/{B} for a pair not
// asked before on the shared model of the bundle as of the end of 2025:
// Analyze with every source, and the JSON the API writes. The model is
// built and one pair asked before the timer starts (as the API's first
// request does); each iteration asks the next of the 870 ordered pairs of
// the load test's 30 states, so the channel-years a new importer needs
// are indexed on the way, as on the server.
func BenchmarkFreshPair(b *testing.B) {
	w := realWorld(b)
	opts := leverage.DefaultOptions()
	opts.AsOf = time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	var pairs [][2]string
	for _, a := range loadStates {
		for _, c := range loadStates {
			if a != c {
				pairs = append(pairs, [2]string{a, c})
			}
		}
	}
	m, _ := leverage.New(w, opts)
	m.Analyze("CHN", "PRK", 0)
	b.ResetTimer()
	cpu0 := cpuTime()
	n := 0
	for b.Loop() {
		if n == len(pairs) {
			b.StopTimer()
			m, _ = leverage.New(w, opts)
			m.Analyze("CHN", "PRK", 0)
			n = 0
			b.StartTimer()
		}
		p, err := m.Analyze(pairs[n][0], pairs[n][1], 0)
		n++
		if err != nil {
			continue
		}
		if _, err := json.Marshal(p); err != nil {
			b.Fatal(err)
		}
	}
	// CPU time of the process (GC included; the rebuilds between rounds
	// too, which are rare): on a shared machine wall time is mostly
	// waiting.
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
}

// cpuTime is the process's user and system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

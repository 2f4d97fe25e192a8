package leverage

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dataset/bundle"
)

// sanctionsWorld: B ("PRK") imports from CHN, RUS and JPN (a complete
// matrix) and refined petroleum from CHN and RUS under a cap (sparse
// notes); two UN lists (2020-11-23 and 2025-04-19) designate PRK entries,
// one listed 2016-03-02 and delisted between the lists, one listed
// 2017-08-05 and on both; a unilateral regime of JPN starts 2018.
func sanctionsWorld() *hebel.World {
	w := &hebel.World{Sources: map[string]hebel.DatasetInfo{"matrix": {Name: "matrix", Complete: true}, "notes": {Name: "notes"},
		"un-sanctions": {Name: "UN"}, "gsdb": {Name: "GSDB"}}}
	row := 0
	flow := func(ds string, y int, from, to string, ch hebel.Channel, v float64, unit string) {
		row++
		w.Flows = append(w.Flows, hebel.Flow{Year: y, From: from, To: to, Channel: ch, Value: v, Unit: unit, Prov: prov(ds, row)})
	}
	for y := 2014; y <= 2024; y++ {
		flow("matrix", y, "CHN", "PRK", hebel.ChannelTrade, 800, "USD million")
		flow("matrix", y, "RUS", "PRK", hebel.ChannelTrade, 150, "USD million")
		flow("matrix", y, "JPN", "PRK", hebel.ChannelTrade, 50, "USD million")
		for _, c := range []string{"CHN", "RUS", "JPN", "USA"} { // importers too, so that Scores ranks them
			flow("matrix", y, "KOR", c, hebel.ChannelCereals, 10, "USD thousand")
		}
	}
	flow("notes", 2019, "CHN", "PRK", hebel.ChannelRefined, 150000, "bbl")
	flow("notes", 2019, "RUS", "PRK", hebel.ChannelRefined, 50000, "bbl")
	w.Indicators = append(w.Indicators, hebel.Indicator{Country: "PRK", Year: 2018, Name: "refined_petroleum_cap", Value: 500000, Unit: "bbl", Prov: prov("notes", 900)})
	des := func(ref, listed, list string, r int) hebel.Tie {
		y, _ := strconv.Atoi(listed[:4])
		return hebel.Tie{Kind: designationKind, From: "UN", To: "PRK", Start: y, Prov: prov("un-sanctions", r),
			Attributes: map[string]string{"listed_on": listed, "reference": ref, "list_date": list, "regime": "DPRK"}}
	}
	w.Ties = append(w.Ties,
		des("KPi.001", "2016-03-02", "2020-11-23", 1),
		des("KPe.002", "2017-08-05", "2020-11-23", 2),
		des("KPe.002", "2017-08-05", "2025-04-19", 3),
		hebel.Tie{Kind: "sanctions", From: "JPN", To: "PRK", Start: 2018, End: 2022, Prov: prov("gsdb", 4),
			Attributes: map[string]string{"types": "trade", "right_censored": "true"}})
	return w
}

func asOf(s string) Options {
	o := DefaultOptions()
	o.AsOf, _ = time.Parse("2006-01-02", s)
	return o
}

// TestSanctionsChannelInTime: a UN designation enters on its listing day
// and lapses when a later list lacks it (from that list's day, not
// before); a regime in force when its data end holds.
func TestSanctionsChannelInTime(t *testing.T) {
	w := sanctionsWorld()
	for _, tc := range []struct {
		day   string
		count float64 // UN designations in force; 0: none
		jpn   bool    // JPN's regime in force
	}{
		{"2016-03-01", 0, false},
		{"2016-03-02", 1, false},
		{"2017-12-31", 2, false},
		{"2018-06-30", 2, true},
		{"2024-12-31", 2, true}, // the later list is not known yet: KPi.001 is not known to be delisted
		{"2025-04-19", 1, true},
	} {
		m := mustModel(t, w, asOf(tc.day))
		p, err := m.Analyze("CHN", "PRK", 0)
		if err != nil {
			t.Fatal(err)
		}
		se := p.SanctionsExposure
		if tc.count == 0 && !tc.jpn {
			if se != nil {
				t.Errorf("%s: no regime in force yet, got %+v", tc.day, se)
			}
			continue
		}
		if se == nil {
			t.Fatalf("%s: no sanctions channel", tc.day)
		}
		if got := 0.0; se.UNDesignations != nil {
			got = se.UNDesignations.Value
			if got != tc.count {
				t.Errorf("%s: %v designations in force, want %v", tc.day, got, tc.count)
			}
		} else if tc.count > 0 {
			t.Errorf("%s: no UN designations, want %v", tc.day, tc.count)
		}
		hasJPN := false
		for _, r := range se.Regimes {
			hasJPN = hasJPN || r.Sender == "JPN"
		}
		if hasJPN != tc.jpn {
			t.Errorf("%s: JPN's regime in force %v, want %v", tc.day, hasJPN, tc.jpn)
		}
		if se.Date != tc.day || se.Year > m.LatestYear() {
			t.Errorf("%s: counted on %s, year %d", tc.day, se.Date, se.Year)
		}
	}
}

// TestSanctionsChannelScore: L = 1 − (1 − e)(1 − p) with e A's mean share
// over the restricted channels where it is known, p a permanent member's
// power over a UN regime; a share unknown everywhere leaves the channel
// unknown, not 0; the scores-only path agrees.
func TestSanctionsChannelScore(t *testing.T) {
	m := mustModel(t, sanctionsWorld(), asOf("2019-12-31"))
	if math.Abs(permanentPower-0.19627) > 1e-5 || math.Abs(electedPower-0.001865) > 1e-6 {
		t.Fatalf("Shapley–Shubik powers %v %v", permanentPower, electedPower)
	}
	scores := m.Scores(2019)
	for _, tc := range []struct {
		a       string
		e, p    float64
		unknown bool
	}{
		// Restricted: refined petroleum (a cap) and trade (JPN's regime names it).
		{"CHN", (0.75 + 0.8) / 2, permanentPower, false},
		{"RUS", (0.25 + 0.15) / 2, permanentPower, false},
		{"JPN", 0.05, 0, false}, // refined unknown (sparse notes), trade 5%
		{"USA", 0, permanentPower, false},
	} {
		p, err := m.Analyze(tc.a, "PRK", 2019)
		if err != nil {
			t.Fatal(err)
		}
		se := p.SanctionsExposure
		if se == nil || se.Score == nil || se.Enforcement == nil {
			t.Fatalf("%s: %+v", tc.a, se)
		}
		want := 1 - (1-tc.e)*(1-tc.p)
		if math.Abs(se.Enforcement.Value-tc.e) > 1e-12 || math.Abs(se.Vote.Value-tc.p) > 1e-12 || math.Abs(se.Score.Value-want) > 1e-12 {
			t.Errorf("%s: e %v p %v L %v, want %v %v %v", tc.a, se.Enforcement.Value, se.Vote.Value, se.Score.Value, tc.e, tc.p, want)
		}
		if !containsChannel(p.Coverage.Scored, hebel.ChannelSanctions) {
			t.Errorf("%s: sanctions not scored: %+v", tc.a, p.Coverage)
		}
		if lean, ok := scores[tc.a]["PRK"]; !ok || math.Abs(lean-p.Score.Value) > 1e-12 {
			t.Errorf("%s: lean %v (%v), rich %v", tc.a, lean, ok, p.Score.Value)
		}
	}
	// Without the trade matrix JPN's share is unknown in every restricted
	// channel: the channel is unknown, not 0.
	w := sanctionsWorld()
	var kept []hebel.Flow
	for _, f := range w.Flows {
		if f.Prov.Dataset != "matrix" {
			kept = append(kept, f)
		}
	}
	w.Flows = kept
	m = mustModel(t, w, asOf("2019-12-31"))
	p, err := m.Analyze("JPN", "PRK", 2019)
	if err == nil && p.SanctionsExposure != nil {
		se := p.SanctionsExposure
		if se.Score != nil || se.Enforcement != nil || !containsChannel(p.Coverage.Unknown, hebel.ChannelSanctions) || se.Coverage.Unknown == "" {
			t.Errorf("JPN's unknown share counted: %+v", se)
		}
	} else {
		t.Fatalf("JPN over PRK: %v %+v", err, p)
	}
	if _, ok := m.Scores(2019)["JPN"]["PRK"]; ok {
		t.Errorf("lean path scores an unknown channel")
	}
}

// TestBundleSanctionsNothingAfterAsOf: on the bundle, for pairs under
// sanctions and as-of days around listing days, every row the sanctions
// channel and the pair cite is dated on or before the as-of date (flows
// and indicators by year, ties by start, designations by listing day),
// and no designation a list shows lapsed by then is counted.
func TestBundleSanctionsNothingAfterAsOf(t *testing.T) {
	if testing.Short() {
		t.Skip("bundle")
	}
	w, err := bundle.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, day := range []string{"2009-04-23", "2009-04-24", "2013-03-07", "2016-06-30", "2020-11-23", "2023-12-31", "2025-04-19"} {
		opts := asOf(day)
		m := mustModel(t, w, opts)
		for _, pr := range [][2]string{{"CHN", "PRK"}, {"USA", "PRK"}, {"CHN", "IRN"}, {"FRA", "LBY"}} {
			p, err := m.Analyze(pr[0], pr[1], 0)
			if err != nil {
				t.Fatalf("%s %v: %v", day, pr, err)
			}
			nF, nT := len(m.world.Flows), len(m.world.Ties)
			for _, id := range collect(p) {
				switch {
				case id < nF:
					if f := &m.world.Flows[id]; f.Year > opts.AsOf.Year() {
						t.Errorf("%s %v: flow of %d cited", day, pr, f.Year)
					}
				case id < nF+nT:
					tie := &m.world.Ties[id-nF]
					if tie.Start > opts.AsOf.Year() {
						t.Errorf("%s %v: tie from %d cited", day, pr, tie.Start)
					}
					if on := tie.Attributes["listed_on"]; on > day {
						t.Errorf("%s %v: designation listed on %s cited", day, pr, on)
					}
					if by := tie.Attributes[attrDelistedBy]; tie.Kind == designationKind && by != "" && by <= day {
						t.Errorf("%s %v: designation delisted by %s counted", day, pr, by)
					}
				case id < assumptionBase:
					if in := &m.world.Indicators[id-nF-nT]; in.Year > opts.AsOf.Year() {
						t.Errorf("%s %v: indicator of %d cited", day, pr, in.Year)
					}
				}
			}
			if se := p.SanctionsExposure; se != nil {
				if se.Date > day || se.UNSince > day {
					t.Errorf("%s %v: counted on %s, since %s", day, pr, se.Date, se.UNSince)
				}
				t.Logf("%s %s over %s: UN %v, designations %v, score %v", day, pr[0], pr[1], se.UNRegime, figureValue(se.UNDesignations), figureValue(se.Score))
			}
		}
	}
	// Iran's list lapsed between the lists of 2020 and 2025 (its regime
	// ended in 2023): as of the later list's day it is no longer counted.
	m := mustModel(t, w, asOf("2025-04-19"))
	if p, err := m.Analyze("CHN", "IRN", 0); err == nil && p.SanctionsExposure != nil && p.SanctionsExposure.UNDesignations != nil {
		t.Errorf("IRN's lapsed UN designations counted as of 2025-04-19: %v", p.SanctionsExposure.UNDesignations.Value)
	}
}

func figureValue(f *Figure) string {
	if f == nil {
		return "unknown"
	}
	return strings.TrimRight(strings.TrimRight(strconv.FormatFloat(f.Value, 'f', 3, 64), "0"), ".")
}

package report_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dataset/bundle"
	"github.com/hebel-project/hebel/langid"
	"github.com/hebel-project/hebel/leverage"
	"github.com/hebel-project/hebel/pipeline"
	"github.com/hebel-project/hebel/report"
)

var (
	worldOnce sync.Once
	world     *hebel.World
	worldErr  error
)

func bundleModel(t *testing.T) (*leverage.Model, *hebel.World) {
	t.Helper()
	worldOnce.Do(func() { world, worldErr = bundle.Load() })
	if worldErr != nil {
		t.Fatal(worldErr)
	}
	m, err := leverage.New(world, leverage.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	return m, world
}

// extract runs the pipeline on a file of examples/.
func extract(t *testing.T, path string) *hebel.Record {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	return pipeline.New(langid.New()).Run(hebel.Document{ID: hebel.DocumentID(text), Text: text, Source: path, Format: "text"})
}

// TestReportExample builds the report on the example article and checks
// its structure: a main pair with data, trade dependence with year and
// source, deliveries against a cap by supplier, a what-if with
// assumptions, and every figure traced to a row, claim or assumption.
func TestReportExample(t *testing.T) {
	m, w := bundleModel(t)
	rec := extract(t, "../examples/seed-article.de.txt")
	r, err := report.Build(rec, m, report.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if r.Leverage == nil || r.From == "" || r.To == "" {
		t.Fatalf("no main pair: pairs %+v notes %v", r.Pairs, r.Notes)
	}
	var trade *leverage.ChannelLeverage
	for i := range r.Leverage.Channels {
		if c := &r.Leverage.Channels[i]; c.Channel == hebel.ChannelTrade && trade == nil {
			trade = c
		}
	}
	if trade == nil || trade.Year == 0 || len(trade.ImportShare.Sources) == 0 {
		t.Errorf("no trade dependence with year and source: %+v", trade)
	}
	if len(r.Deliveries) == 0 || r.Deliveries[0].Cap == nil {
		t.Errorf("no deliveries against a cap")
	} else {
		from := map[string]bool{}
		for _, y := range r.Deliveries[0].Years {
			for _, d := range y.Deliveries {
				from[d.From] = true
			}
		}
		if len(from) < 2 {
			t.Errorf("deliveries from %v, want several suppliers", from)
		}
	}
	if r.WhatIf == nil || len(r.WhatIf.Assumptions) == 0 {
		t.Errorf("no what-if with assumptions")
	}
	// Every model figure resolves; the article's own counts and offsets
	// (pairs, statements) are no figures.
	model := *r
	model.Pairs, model.Statements = nil, nil
	data, err := json.Marshal(model)
	if err != nil {
		t.Fatal(err)
	}
	n, errs := leverage.ResolveProvenance(data, w)
	for _, err := range errs {
		t.Error(err)
	}
	var buf bytes.Buffer
	if err := r.WriteText(&buf, w); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"Trade dependence:", "against the cap", "shortfall after substitution", "Assumptions:", "What the article's own sources say", "Sources:"} {
		if !strings.Contains(out, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	t.Logf("%d figures resolved; %d statements\n%s", n, len(r.Statements), out)
}

// TestReportNoPair: a text naming no two states says so and does not fail.
func TestReportNoPair(t *testing.T) {
	m, w := bundleModel(t)
	text := "The weather was fine on Monday."
	rec := &hebel.Record{Document: hebel.Document{ID: hebel.DocumentID(text), Text: text}}
	r, err := report.Build(rec, m, report.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	r.WriteText(&buf, w)
	if r.Leverage != nil || !strings.Contains(buf.String(), "no attributed statements extracted") {
		t.Errorf("%s", buf.String())
	}
}

func TestChannelsNamed(t *testing.T) {
	for _, tc := range []struct {
		text      string
		want      []hebel.Channel
		sanctions bool
	}{
		{"Peking könnte die Lieferung von Öl und Lebensmitteln einstellen.", []hebel.Channel{hebel.ChannelRefined, hebel.ChannelCrude, hebel.ChannelCereals, hebel.ChannelFood}, false},
		{"Russland drosselte die Gaslieferungen nach Deutschland.", []hebel.Channel{hebel.ChannelGas, hebel.ChannelLNG}, false},
		{"Gasoline prices rose.", []hebel.Channel{hebel.ChannelRefined}, false},
		{"They could enforce sanctions and stop fertilizer.", []hebel.Channel{hebel.ChannelFertilizer}, true},
		{"Eine Reise nach Köln.", nil, false},
	} {
		got, s := report.ChannelsNamed(tc.text)
		if len(got) != len(tc.want) || s != tc.sanctions {
			t.Errorf("%q: %v %v, want %v %v", tc.text, got, s, tc.want, tc.sanctions)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
			}
		}
	}
}

func TestNumbersInTheReadersConvention(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		dec  int
		want string
	}{{4, 3, "4"}, {4.5, 3, "4.5"}, {0.226, 3, "0.226"}, {2161622.681, 3, "2,161,623"}, {1948982, 3, "1,948,982"}, {123.456, 3, "123.5"}, {-1234.6, 2, "-1,235"}, {0, 3, "0"}} {
		if got := report.Number(tc.v, tc.dec); got != tc.want {
			t.Errorf("Number(%v, %d) = %q, want %q", tc.v, tc.dec, got, tc.want)
		}
	}
	for _, tc := range []struct {
		v    float64
		want string
	}{{0.5, "50%"}, {0.0003, "0.03%"}, {0, "0%"}, {1, "100%"}, {0.6254, "62.5%"}} {
		if got := report.Pct(&leverage.Figure{Value: tc.v}); got != tc.want {
			t.Errorf("Pct(%v) = %q, want %q", tc.v, got, tc.want)
		}
	}
}

// TestReportSeedAsOfItsDate is the acceptance on the example
// article, as of its date (December 2024): the Russia–North Korea pact
// the article reports is in the security channel, cited to its claimant;
// Russia, with its 2023 deliveries, is a refined-petroleum substitute;
// food comes from the FAOSTAT matrix; every channel names its year and
// none is after the as-of date.
func TestReportSeedAsOfItsDate(t *testing.T) {
	_, w0 := bundleModel(t)
	rec := extract(t, "../examples/seed-article.de.txt")
	asOf := time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)
	// The article's own relations count as claims of its date.
	rec.Document.Published = time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC)
	rec.Document.Dating.Precision = hebel.PrecisionMonth
	if got := report.ArticleAsOf(&rec.Document); !got.Equal(asOf) {
		t.Fatalf("as of %v, want the end of the article's month", got)
	}
	news := leverage.NewsWorld([]*hebel.Record{rec}, leverage.NewsOptions{})
	w := &hebel.World{Flows: append(append([]hebel.Flow{}, w0.Flows...), news.Flows...), Ties: append(append([]hebel.Tie{}, w0.Ties...), news.Ties...),
		Indicators: w0.Indicators, Sources: map[string]hebel.DatasetInfo{}}
	for k, v := range w0.Sources {
		w.Sources[k] = v
	}
	for k, v := range news.Sources {
		w.Sources[k] = v
	}
	opts := leverage.DefaultOptions()
	opts.AsOf = asOf
	m, err := leverage.New(w, opts)
	if err != nil {
		t.Fatal(err)
	}
	r, err := report.Build(rec, m, report.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if r.From != "CHN" || r.To != "PRK" || r.AsOf != "2024-12-31" || r.AsOfBasis == "" {
		t.Fatalf("pair %s over %s as of %q (%s)", r.From, r.To, r.AsOf, r.AsOfBasis)
	}
	src := map[int]leverage.Source{}
	for _, s := range r.Sources {
		src[s.ID] = s
	}
	var pact, cereals bool
	for _, c := range r.Leverage.Channels {
		if c.Year == 0 || c.Year > 2024 {
			t.Errorf("%s: year %d", c.Channel, c.Year)
		}
		switch c.Channel {
		case hebel.ChannelSecurity:
			for _, s := range c.Substitutes {
				if s.Country != "RUS" || !s.FromClaims {
					continue
				}
				for _, id := range s.Current.Sources {
					if src[id].Kind == leverage.KindClaim && strings.Contains(src[id].Claimant, "Lee") {
						pact = true
					}
				}
			}
		case hebel.ChannelCereals:
			cereals = len(c.Coverage.Datasets) > 0 && c.Coverage.Datasets[0] == "faostat-tm"
		}
	}
	if !pact {
		t.Error("the Russia–North Korea pact of the article is not in the security channel with its claimant")
	}
	if !cereals {
		t.Error("food does not come from the FAOSTAT matrix")
	}
	if r.WhatIf == nil {
		t.Fatal("no what-if")
	}
	rusSubstitute := false
	for _, e := range r.WhatIf.Effects {
		if e.Channel != hebel.ChannelRefined {
			continue
		}
		for _, s := range e.Substitutes {
			rusSubstitute = rusSubstitute || s.Country == "RUS" && s.Current.Value > 100000
		}
	}
	if !rusSubstitute {
		t.Errorf("Russia with its 2023 deliveries is no refined-petroleum substitute: %+v", r.WhatIf.Effects)
	}
	var buf bytes.Buffer
	if err := r.WriteText(&buf, w); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"As of 2024-12-31, the article's date", "The score rests on total trade 2014 (stale)", "refined petroleum 2023",
		"security 2024", "a pact only the news reports, according to Rachel Minyoung Lee", "known gap, not a zero"} {
		if !strings.Contains(out, want) {
			t.Errorf("text lacks %q", want)
		}
	}
}

// TestReportDirectionFollowsDependence: an article about gas between
// Germany and Russia asks what Russia's leverage over Germany is.
func TestReportDirectionFollowsDependence(t *testing.T) {
	_, w := bundleModel(t)
	text := "Berlin, 3. Januar 2022. Deutschland bezieht mehr als die Hälfte seines Erdgases aus Russland. " +
		"Die Bundesregierung fürchtet, dass Russland die Gaslieferungen nach Deutschland drosselt. " +
		"Russland und Deutschland streiten über die Pipeline."
	rec := pipeline.New(langid.New()).Run(hebel.Document{ID: hebel.DocumentID(text), Text: text, Source: "gas.txt", Format: "text"})
	opts := leverage.DefaultOptions()
	opts.AsOf = time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC)
	m, err := leverage.New(w, opts)
	if err != nil {
		t.Fatal(err)
	}
	r, err := report.Build(rec, m, report.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if r.From != "RUS" || r.To != "DEU" {
		t.Errorf("the report asks about %s over %s, want RUS over DEU", r.From, r.To)
	}
}

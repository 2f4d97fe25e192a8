package report_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"

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

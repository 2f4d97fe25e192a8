package leverage

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
)

func newsRecord() *hebel.Record {
	return &hebel.Record{
		Document: hebel.Document{ID: "sha256:abc", Title: "Pakt", Published: time.Date(2024, 6, 20, 0, 0, 0, 0, time.UTC)},
		Relations: []hebel.Relation{
			{Type: "alliance", From: "RUS", To: "PRK", Attributes: map[string]any{"modality": "asserted"},
				Source: &hebel.Source{Text: "Lee", Name: "Rachel Minyoung Lee"}},
			{Type: "alliance", From: "CHN", To: "KOR", Attributes: map[string]any{"modality": "possible"}},
			{Type: "troop_deployment", From: "PRK", To: "RUS", Attributes: map[string]any{"modality": "asserted", "count": 10000.0}},
			{Type: "troop_deployment", From: "USA", To: "JPN", Attributes: map[string]any{"modality": "asserted"}},
			{Type: "supplies", From: "CHN", To: "PRK", Attributes: map[string]any{"modality": "asserted"}},
		},
	}
}

func TestNewsWorld(t *testing.T) {
	w := NewsWorld([]*hebel.Record{newsRecord(), nil}, 2026)
	if len(w.Ties) != 2 {
		t.Fatalf("%d ties, want 2 (the asserted pact and the counted deployment): %+v", len(w.Ties), w.Ties)
	}
	pact, troops := w.Ties[0], w.Ties[1]
	if pact.Kind != "defense" || pact.Start != 2024 || pact.End != 0 || pact.Prov.Dataset != NewsDataset ||
		pact.Prov.File != "sha256:abc" || pact.Prov.Row != 1 || pact.Attributes["claim_id"] != "sha256:abc#relation-1" ||
		pact.Attributes["claimant"] != "Rachel Minyoung Lee (Pakt)" {
		t.Errorf("pact tie %+v", pact)
	}
	if troops.Kind != "troops" || troops.Value != 10000 || troops.Unit != "persons" || troops.Start != 2024 || troops.End != 2024 {
		t.Errorf("troops tie %+v", troops)
	}
	undated := newsRecord()
	undated.Document.Published = time.Time{}
	if w := NewsWorld([]*hebel.Record{undated}, 2026); w.Ties[0].Start != 2026 || w.Ties[0].Attributes["year"] != "assumed" {
		t.Errorf("undated: %+v", w.Ties[0])
	}
}

// TestNewsPactIsASourcedInput: where no dataset knows of a pact, the
// news tie makes the ally count in the security channel, and the figure
// cites the claim with its claimant.
func TestNewsPactIsASourcedInput(t *testing.T) {
	w := &hebel.World{Sources: map[string]hebel.DatasetInfo{}}
	w.Indicators = []hebel.Indicator{
		{Country: "RUS", Year: 2024, Name: "cinc", Value: 0.04, Unit: "share", Prov: hebel.Provenance{Dataset: "cow-nmc", File: "cow_nmc.csv", Row: 1}},
		{Country: "PRK", Year: 2024, Name: "cinc", Value: 0.01, Unit: "share", Prov: hebel.Provenance{Dataset: "cow-nmc", File: "cow_nmc.csv", Row: 2}},
	}
	news := NewsWorld([]*hebel.Record{newsRecord()}, 2026)
	w.Ties = append(w.Ties, news.Ties...)
	for k, v := range news.Sources {
		w.Sources[k] = v
	}
	m := mustModel(t, w, DefaultOptions())
	p, err := m.Analyze("RUS", "PRK", 2024)
	if err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, s := range p.Sources {
		if s.Kind == KindClaim && s.ClaimID == "sha256:abc#relation-1" && s.Claimant == "Rachel Minyoung Lee (Pakt)" {
			found = true
		}
	}
	if !found {
		t.Errorf("no source cites the news pact with its claimant; sources: %+v", p.Sources)
	}
	if n, errs := ResolveProvenance(out, w); len(errs) > 0 {
		t.Errorf("%d figures, provenance errors: %v", n, errs)
	}
}

func TestNewsFlows(t *testing.T) {
	text := "Russia delivered more than 100,000 barrels of refined petroleum to North Korea."
	rec := &hebel.Record{
		Document: hebel.Document{ID: "sha256:def", Text: text},
		Claims: []hebel.Claim{{Span: hebel.Span{Start: 0, End: len(text)},
			Quantity: hebel.Quantity{Span: hebel.Span{Start: 17, End: 42}, Text: "more than 100,000 barrels", Value: 100000, Qualifier: hebel.MoreThan, Unit: "bbl"},
			Counted:  "barrels of refined petroleum"}},
		Relations: []hebel.Relation{{Type: "supplies", From: "RUS", To: "PRK",
			Attributes: map[string]any{"modality": "asserted", "goods": []any{"oil"}},
			Evidence:   []hebel.Span{{Start: 0, End: len(text)}}}},
	}
	w := NewsWorld([]*hebel.Record{rec}, 2024)
	if len(w.Flows) != 1 {
		t.Fatalf("flows %+v", w.Flows)
	}
	f := w.Flows[0]
	if f.Channel != hebel.ChannelRefined || f.Value != 100000 || f.Unit != "bbl" || f.Year != 2024 ||
		f.ClaimID != "sha256:def#claim-1" || f.Prov.Dataset != NewsDataset {
		t.Errorf("flow %+v", f)
	}
	// A possible delivery is no input.
	rec.Relations[0].Attributes["modality"] = "possible"
	if w := NewsWorld([]*hebel.Record{rec}, 2024); len(w.Flows) != 0 {
		t.Errorf("a possible delivery became a flow: %+v", w.Flows)
	}
}

func TestNewsFlowsNeedGoodsWords(t *testing.T) {
	if _, ok := goodsChannel([]string{"oil"}, "barrels"); ok {
		t.Error("a bare unit word (a cap) became a delivery")
	}
	if ch, ok := goodsChannel([]string{"oil"}, "Tonnen Rohöl"); !ok || ch != hebel.ChannelCrude {
		t.Errorf("Rohöl: %v %v", ch, ok)
	}
	if ch, ok := goodsChannel([]string{"wheat"}, "Tonnen Weizen"); !ok || ch != hebel.ChannelFood {
		t.Errorf("Weizen: %v %v", ch, ok)
	}
}

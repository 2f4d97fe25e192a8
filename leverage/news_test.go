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

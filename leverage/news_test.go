package leverage

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
)

func newsRecord() *hebel.Record {
	return &hebel.Record{
		Document: hebel.Document{ID: "sha256:abc", Title: "Pakt", Text: "Ein Text über einen Pakt und Truppen.", Published: time.Date(2024, 6, 20, 0, 0, 0, 0, time.UTC)},
		Relations: []hebel.Relation{
			{Type: "alliance", From: "RUS", To: "PRK", Attributes: map[string]any{"modality": "asserted"},
				Source: &hebel.Source{Text: "Lee", Name: "Rachel Minyoung Lee"}},
			{Type: "alliance", From: "CHN", To: "KOR", Attributes: map[string]any{"modality": "possible"}},
			{Type: "troop_deployment", From: "PRK", To: "RUS", Attributes: map[string]any{"modality": "asserted", "count": 10000.0}},
			{Type: "supplies", From: "CHN", To: "PRK", Attributes: map[string]any{"modality": "asserted"}},
		},
	}
}

// deployed returns a record of one article stating that many troops of
// actor deployed in place, by claimant, published on the date.
func deployed(id, actor, place string, value float64, claimant string, published time.Time, text string) *hebel.Record {
	c := hebel.Claim{Span: hebel.Span{Start: 0, End: len(text)}, Quantity: hebel.Quantity{Text: "etwa", Value: value, Qualifier: hebel.Approx},
		Counted: "Soldaten", Measure: hebel.MeasureDeployed, Concept: hebel.ConceptTroops, Actor: actor, Places: []string{place}, Confidence: 0.9}
	if claimant != "" {
		c.Source = &hebel.Source{Text: claimant}
	}
	return &hebel.Record{Document: hebel.Document{ID: id, Title: id[7:], Text: text, Published: published},
		Claims: []hebel.Claim{c}}
}

func TestNewsWorld(t *testing.T) {
	w := NewsWorld([]*hebel.Record{newsRecord(), nil}, NewsOptions{})
	if len(w.Ties) != 1 {
		t.Fatalf("%d ties, want 1 (the asserted pact; a deployment counts only as a figure): %+v", len(w.Ties), w.Ties)
	}
	pact := w.Ties[0]
	if pact.Kind != "defense" || pact.Start != 2024 || pact.End != 0 || pact.Prov.Dataset != NewsDataset ||
		pact.Prov.File != "sha256:abc" || pact.Prov.Row != 1 || pact.Attributes["claim_id"] != "sha256:abc#relation-1" ||
		pact.Attributes["claimant"] != "Rachel Minyoung Lee (Pakt)" {
		t.Errorf("pact tie %+v", pact)
	}
	undated := newsRecord()
	undated.Document.Published = time.Time{}
	if w := NewsWorld([]*hebel.Record{undated}, NewsOptions{}); len(w.Ties) != 0 {
		t.Errorf("an undated article entered the model: %+v", w.Ties)
	}
	given := NewsOptions{Undated: time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)}
	if w := NewsWorld([]*hebel.Record{undated}, given); len(w.Ties) != 1 || w.Ties[0].Start != 2023 || w.Ties[0].Attributes["year"] != "given" {
		t.Errorf("undated with a date given: %+v", w.Ties)
	}
}

// TestNewsTroopsNeverSummed: three articles' estimates of one deployment
// give one tie per year, the latest estimate, never their sum; a near
// copy of one article changes nothing; an undated article stays out.
func TestNewsTroopsNeverSummed(t *testing.T) {
	base := strings.Repeat("Nordkoreanische Soldaten stehen an der Front im Gebiet Kursk, berichten Beobachter aus mehreren Ländern. ", 8)
	a := deployed("sha256:aaaa", "PRK", "RUS", 3000, "NIS", time.Date(2024, 10, 18, 0, 0, 0, 0, time.UTC), "Bericht eins. "+base)
	b := deployed("sha256:bbbb", "PRK", "RUS", 10000, "westliche Geheimdienste", time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC), "Bericht zwei über etwas ganz anderes, mit eigenen Worten geschrieben und lang genug.")
	c := deployed("sha256:cccc", "PRK", "RUS", 12000, "Kiew", time.Date(2025, 1, 13, 0, 0, 0, 0, time.UTC), "Ein dritter Bericht, wieder anders formuliert, mit Zahlen aus Kiew vom Januar.")
	u := deployed("sha256:dddd", "PRK", "RUS", 50000, "", time.Time{}, "Undatiert: ein vierter Text ohne Datum und mit einer viel zu hohen Zahl.")
	ties := func(recs ...*hebel.Record) []hebel.Tie { return NewsWorld(recs, NewsOptions{}).Ties }
	got := ties(a, b, c, u)
	if len(got) != 2 {
		t.Fatalf("ties %+v, want one for 2024 and one for 2025", got)
	}
	y24, y25 := got[0], got[1]
	if y24.Start != 2024 || y24.Value != 10000 || y24.Attributes["claim_id"] != "sha256:bbbb#claim-1" ||
		y24.Attributes["rule"] == "" || !strings.Contains(y24.Attributes["note"], "2 claimant(s) in 2024: 3000–10000") {
		t.Errorf("2024: %+v", y24)
	}
	if y25.Start != 2025 || y25.Value != 12000 {
		t.Errorf("2025: %+v", y25)
	}
	// a near copy of a, published later, is counted as a
	cp := deployed("sha256:0000", "PRK", "RUS", 3000, "NIS", time.Date(2024, 12, 5, 0, 0, 0, 0, time.UTC), "Bericht eins. "+base[:len(base)-20]+" geändert.")
	if again := ties(cp, c, a, b, u); !reflect.DeepEqual(again, got) {
		t.Errorf("a near copy changed the ties:\n%+v\n%+v", again, got)
	}
	// a total over two states is no number for either
	two := deployed("sha256:eeee", "USA", "JPN", 80000, "", time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC), "Ein Text über Japan und Südkorea.")
	two.Claims[0].Places, two.Claims[0].Reading = []string{"JPN", "KOR"}, hebel.Collective
	if got := ties(two); len(got) != 0 {
		t.Errorf("a collective total became ties: %+v", got)
	}
	two.Claims[0].Reading = hebel.Distributive
	if got := ties(two); len(got) != 2 || got[0].Value != 80000 || got[1].Value != 80000 {
		t.Errorf("a number for each state: %+v", got)
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
	news := NewsWorld([]*hebel.Record{newsRecord()}, NewsOptions{})
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
	rec.Document.Published = time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	w := NewsWorld([]*hebel.Record{rec}, NewsOptions{})
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
	if w := NewsWorld([]*hebel.Record{rec}, NewsOptions{}); len(w.Flows) != 0 {
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

package eval

import (
	"encoding/json"
	"testing"

	"github.com/hebel-project/hebel/record"
)

func TestScoreGold(t *testing.T) {
	var g Gold
	err := json.Unmarshal([]byte(`{
	  "file": "x.txt", "lang": "de",
	  "claims": [
	    {"value": 10000, "qualifier": "approx", "counted": ["Soldat"], "source": ["Geheimdienst"]},
	    {"value": 100, "qualifier": "at_least", "counted": ["Kämpfer"], "source": []},
	    {"value": 5, "qualifier": "exact", "counted": [], "source": []}
	  ],
	  "ignore_values": [2],
	  "quotes": [{"speaker": ["Lee"], "content": "„Das ist gut“ und richtig", "kind": "direct"}],
	  "quotes_optional": [{"speaker": ["Park"], "content": "etwas anderes"}],
	  "relations": [{"type": "alliance", "from": "RUS", "to": "PRK"},
	                {"type": ["supplies", "trade_partner"], "from": "CHN", "to": ["PRK", "RUS"]}],
	  "relations_optional": [{"type": "armed_conflict", "from": "RUS", "to": "UKR"}]
	}`), &g)
	if err != nil {
		t.Fatal(err)
	}
	rec := &record.Record{
		Claims: []record.Claim{
			{Quantity: record.Quantity{Value: 10020, Qualifier: "approx"}, Counted: "Soldaten aus X",
				Source: &record.Source{Text: "westlichen Geheimdiensten"}},
			{Quantity: record.Quantity{Value: 100, Qualifier: "at_least"}, Counted: "Verletzte"}, // loose only
			{Quantity: record.Quantity{Value: 2, Qualifier: "exact"}},                            // ignored value
			{Quantity: record.Quantity{Value: 7, Qualifier: "exact"}},                            // spurious
		},
		Quotes: []record.Quote{
			{Content: "das ist GUT und  richtig, sagte er", Speaker: &record.Source{Text: "Rachel Lee"}},
			{Content: "etwas anderes", Speaker: &record.Source{Text: "Park"}}, // taken by optional
		},
		Relations: []record.Relation{
			{Type: "alliance", From: "PRK", To: "RUS"}, // symmetric
			{Type: "supplies", From: "CHN", To: "RUS"},
			{Type: "armed_conflict", From: "RUS", To: "UKR"}, // optional
			{Type: "hostility", From: "PRK", To: "KOR"},      // spurious
		},
	}
	counts, misses := ScoreGold(rec, &g)
	want := map[string]Counts{
		ClaimsLoose:  {Matched: 2, Predicted: 3, Gold: 3},
		ClaimsStrict: {Matched: 1, Predicted: 3, Gold: 3},
		Quotes:       {Matched: 1, Predicted: 1, Gold: 1},
		Relations:    {Matched: 2, Predicted: 3, Gold: 2},
	}
	for cat, w := range want {
		if counts[cat] != w {
			t.Errorf("%s: %+v, want %+v", cat, counts[cat], w)
		}
	}
	if len(misses.Missed[ClaimsStrict]) != 2 || len(misses.Spurious[Relations]) != 1 {
		t.Errorf("misses %+v", misses)
	}
	c := counts[ClaimsLoose]
	if f := c.F1(); f < 0.666 || f > 0.667 {
		t.Errorf("F1 = %v", f)
	}
}

func TestQuoteEightyPercentWords(t *testing.T) {
	g := GoldQuote{Content: "eins zwei drei vier fünf"}
	if !quoteMatches(g, record.Quote{Content: "eins, zwei, drei und vier"}) {
		t.Error("4 of 5 words should match")
	}
	if quoteMatches(g, record.Quote{Content: "eins zwei drei"}) {
		t.Error("3 of 5 words should not match")
	}
	if quoteMatches(GoldQuote{Speaker: []string{"Lee"}, Content: "eins"}, record.Quote{Content: "eins"}) {
		t.Error("a quote without speaker must not match a gold quote with one")
	}
}

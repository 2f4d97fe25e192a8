package leverage

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hebel-project/hebel"
)

// News relations as model inputs. What the news states enters the model
// the way a dataset row does, but marked as a claim (Provenance.Dataset
// NewsDataset) with the claim's id and claimant, so that every figure that
// rests on it names who said so, and the model prefers a dataset row where
// one reports the same thing (see doc.go). Only asserted relations count:
// a pact that "could" be signed or a delivery that was "denied" is no input.

// newsTieKinds maps relation types to the tie kinds of DefaultOptions.
var newsTieKinds = map[string]string{
	"alliance":         "defense",
	"troop_deployment": "troops",
	"sanctions":        "sanctions",
}

// NewsWorld turns the relations extracted from news records into ties
// and flows beside the datasets: asserted alliances become "defense" ties,
// deployments with a count "troops" ties (persons), sanctions "sanctions"
// ties, and deliveries with a measured amount in the same evidence
// (barrels, tonnes) flows of their channel (see newsFlows). Each tie's Provenance names the document (File: document id,
// Row: the relation's number, from 1; URL: the document's URL) and its
// Attributes carry "claim_id" (document id#relation-n), "claimant" (the
// relation's source, or the document's own voice) and "relation". A tie
// holds from the document's publication year on, or from asOf when the
// document has no date (Attributes "year": "assumed").
func NewsWorld(recs []*hebel.Record, asOf int) *hebel.World {
	w := &hebel.World{Sources: map[string]hebel.DatasetInfo{
		NewsDataset: {Name: "Relations extracted from news articles by Hebel", Citation: "the stored articles named in each row"},
	}}
	for _, rec := range recs {
		if rec == nil {
			continue
		}
		doc := &rec.Document
		year, assumed := asOf, true
		if !doc.Published.IsZero() {
			year, assumed = doc.Published.Year(), false
		}
		for i, rel := range rec.Relations {
			kind, ok := newsTieKinds[rel.Type]
			if !ok || modality(rel) != string(hebel.Asserted) || rel.From == rel.To {
				continue
			}
			t := hebel.Tie{Kind: kind, From: rel.From, To: rel.To, Start: year, End: year,
				Prov:       hebel.Provenance{Dataset: NewsDataset, File: doc.ID, Row: i + 1, URL: doc.URL},
				Attributes: map[string]string{"claim_id": fmt.Sprintf("%s#relation-%d", doc.ID, i+1), "relation": rel.Type}}
			if kind == "defense" {
				t.End = 0 // a pact stands until the data say otherwise
			}
			if kind == "troops" {
				n, ok := count(rel)
				if !ok {
					continue // a deployment without a number adds nothing to count
				}
				t.Value, t.Unit = n, "persons"
			}
			t.Attributes["claimant"] = claimant(rel, doc)
			if assumed {
				t.Attributes["year"] = "assumed"
			}
			w.Ties = append(w.Ties, t)
		}
		w.Flows = append(w.Flows, newsFlows(rec, year, assumed)...)
	}
	return w
}

// newsFlows turns asserted deliveries with a measured amount into flows:
// a "supplies" relation and a claim whose quantity stands inside the
// relation's evidence and carries a unit of mass or volume ("more than
// 100,000 barrels of refined petroleum from Russia"). The claim's hedge
// stays in the note: "more than 100,000" enters as 100,000, a lower bound.
func newsFlows(rec *hebel.Record, year int, assumed bool) []hebel.Flow {
	doc := &rec.Document
	var out []hebel.Flow
	used := map[int]bool{}
	for _, rel := range rec.Relations {
		if rel.Type != "supplies" || modality(rel) != string(hebel.Asserted) || rel.From == rel.To {
			continue
		}
		for ci, c := range rec.Claims {
			q := c.Quantity
			if used[ci] || !measured[q.Unit] || !inside(q.Span, rel.Evidence) {
				continue
			}
			ch, ok := goodsChannel(goodsOf(rel), c.Counted)
			if !ok {
				continue
			}
			used[ci] = true // one amount per delivery: the first that names the goods
			note := fmt.Sprintf("%s: „%s“ (%s)", claimant(rel, doc), phrase(q.Text, c.Counted), q.Qualifier)
			if assumed {
				note += "; year assumed"
			}
			out = append(out, hebel.Flow{Year: year, From: rel.From, To: rel.To, Channel: ch, Value: q.Value, Unit: q.Unit,
				Prov:    hebel.Provenance{Dataset: NewsDataset, File: doc.ID, Row: ci + 1, URL: doc.URL},
				ClaimID: fmt.Sprintf("%s#claim-%d", doc.ID, ci+1), Note: note})
			break
		}
	}
	return out
}

// measured are the quantity units a delivery can be counted in.
var measured = map[string]bool{"bbl": true, "t": true, "kt": true}

func inside(s hebel.Span, evidence []hebel.Span) bool {
	for _, ev := range evidence {
		if ev.Contains(s) {
			return true
		}
	}
	return false
}

func goodsOf(rel hebel.Relation) []string {
	switch g := rel.Attributes["goods"].(type) {
	case []string:
		return g
	case []any:
		var out []string
		for _, x := range g {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// goodsWords are the words one of which what a claim counts must hold to
// be a delivery of goods: "barrels of refined petroleum" is, "barrels" (a
// cap, a capacity) alone is not.
var goodsWords = []string{"oil", "öl", "petroleum", "fuel", "diesel", "benzin", "gasoline", "kerosin", "kerosene", "treibstoff",
	"food", "lebensmittel", "nahrung", "wheat", "weizen", "grain", "getreide", "rice", "reis", "cereal", "maize", "mais", "flour", "mehl",
	"fertili", "dünger"}

// goodsChannel maps a delivery's goods, refined by what the claim counts,
// to a channel: oil is refined petroleum when the counted words say so
// (refined, petroleum products, diesel, gasoline …), crude otherwise. The
// counted words must name goods (goodsWords).
func goodsChannel(goods []string, counted string) (hebel.Channel, bool) {
	lc := strings.ToLower(counted)
	named := false
	for _, w := range goodsWords {
		named = named || strings.Contains(lc, w)
	}
	if !named {
		return "", false
	}
	for _, g := range goods {
		switch g {
		case "oil", "fuel", "petroleum", "diesel", "gasoline":
			for _, w := range []string{"refin", "raffin", "petroleum", "diesel", "benzin", "gasoline", "kerosin", "kerosene", "fuel", "treibstoff"} {
				if strings.Contains(lc, w) {
					return hebel.ChannelRefined, true
				}
			}
			return hebel.ChannelCrude, true
		case "food", "wheat", "grain", "rice", "cereals", "maize", "corn", "flour":
			return hebel.ChannelFood, true
		case "fertilizer":
			return hebel.ChannelFertilizer, true
		}
	}
	return "", false
}

func modality(rel hebel.Relation) string {
	if m, ok := rel.Attributes["modality"].(string); ok {
		return m
	}
	return string(hebel.Asserted)
}

// count reads a relation's "count" attribute, as extracted (a number) or
// as stored and read back (a float64 or a string).
func count(rel hebel.Relation) (float64, bool) {
	switch v := rel.Attributes["count"].(type) {
	case float64:
		return v, v > 0
	case int:
		return float64(v), v > 0
	case string:
		f, err := strconv.ParseFloat(v, 64)
		return f, err == nil && f > 0
	}
	return 0, false
}

func claimant(rel hebel.Relation, doc *hebel.Document) string {
	who := "the article"
	if rel.Source != nil {
		switch {
		case rel.Source.Name != "":
			who = rel.Source.Name
		case rel.Source.Text != "":
			who = rel.Source.Text
		}
	}
	if doc.Title != "" {
		return who + " (" + doc.Title + ")"
	}
	if doc.Source != "" {
		return who + " (" + doc.Source + ")"
	}
	return who
}

// phrase joins a quantity and what it counts without saying the unit
// twice ("100,000 barrels" + "barrels of oil").
func phrase(quantity, counted string) string {
	qf, cf := strings.Fields(quantity), strings.Fields(counted)
	if len(qf) > 0 && len(cf) > 0 && strings.EqualFold(qf[len(qf)-1], cf[0]) {
		counted = strings.TrimSpace(strings.TrimPrefix(counted, cf[0]))
	}
	if counted == "" {
		return quantity
	}
	return quantity + " " + counted
}

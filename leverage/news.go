package leverage

import (
	"fmt"
	"strconv"

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
// beside the datasets: asserted alliances become "defense" ties,
// deployments with a count "troops" ties (persons), sanctions "sanctions"
// ties. Each tie's Provenance names the document (File: document id,
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
	}
	return w
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

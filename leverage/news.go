package leverage

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/figure"
)

// News as model inputs. What the news states enters the model the way a
// dataset row does, but marked as a claim (Provenance.Dataset
// NewsDataset) with the claim's id and claimant, so that every figure
// that rests on it names who said so, and the model prefers a dataset row
// where one reports the same thing (see doc.go).
//
// Numbers enter as figures, never as raw claims: the claims of every
// document are consolidated first (package figure: near copies of one
// article count once, one estimate per document), and for each year one
// estimate of a figure is taken by figure.RuleLatest, the latest estimate
// by date, with the range across the claimants of that year in the note.
// Estimates from different documents are never added.
//
// Time: a row holds for the year its estimate or report is about (the
// valid time the text states, else the document's publication date).
// Undated documents enter only when the caller gives them a date
// (NewsOptions.Undated, which the command line sets only from an
// explicit flag): the clock never dates a text.
//
// Only asserted relations count: a pact that "could" be signed or a
// delivery that was "denied" is no input.

// newsTieKinds maps relation types to the tie kinds of DefaultOptions.
var newsTieKinds = map[hebel.RelationType]string{
	hebel.RelationAlliance:  "defense",
	hebel.RelationSanctions: "sanctions",
}

// NewsOptions say how stored news enters the model.
type NewsOptions struct {
	// Undated is the date undated documents and estimates take; zero
	// leaves them out. Only a user's explicit choice may set it.
	Undated time.Time
}

// NewsWorld turns news records into ties and flows beside the datasets:
//
//   - "troops" ties (persons) from figures of troops deployed (a state's
//     troops in another state): per figure and year the estimate
//     figure.RuleLatest takes; a total stated for several states
//     together ("80,000 in Japan and South Korea") cannot be split and
//     enters for none of them, a number stated for each enters for each;
//   - "defense" ties from asserted alliances and "sanctions" ties from
//     asserted sanctions, one per pair however many documents report
//     it, from the year of its earliest report, citing that report;
//   - flows of deliveries with a measured amount in the same evidence
//     ("more than 100,000 barrels of refined petroleum from Russia"),
//     consolidated like troops: per supplier, recipient, channel, unit
//     and year the latest estimate.
//
// Each row's Provenance names the document (File: document id, Row: the
// claim's or relation's number, from 1; URL: the document's URL) and
// cites "claim_id" (document id#claim-n or #relation-n) with its
// "claimant"; figure rows add "figure" (the figure id), "rule" and a
// "note" with the range across claimants.
func NewsWorld(recs []*hebel.Record, opts NewsOptions) *hebel.World {
	w := &hebel.World{Sources: map[string]hebel.DatasetInfo{
		NewsDataset: {Name: "Figures and relations extracted from news articles by Hebel",
			Citation: "the stored articles named in each row; one estimate per figure and year (" + figure.RuleLatest + ")"},
	}}
	var ests, deliveries []*hebel.Estimate
	var docs []figure.Doc
	for _, rec := range recs {
		if rec == nil {
			continue
		}
		sig := hebel.NewSignature(rec.Document.Text)
		docs = append(docs, figure.Doc{ID: rec.Document.ID, Published: rec.Document.Published, Signature: sig})
		for _, e := range figure.EstimatesOf(rec) {
			if e.Claim.Measure == hebel.MeasureDeployed && e.Claim.Concept == hebel.ConceptTroops {
				ests = append(ests, e)
			}
		}
		deliveries = append(deliveries, deliveryEstimates(rec, sig)...)
	}
	for _, f := range figure.Consolidate(ests, figure.DefaultOptions()).Figures {
		w.Ties = append(w.Ties, troopTies(f, opts)...)
	}
	w.Ties = append(w.Ties, relationTies(recs, figure.Representatives(docs, 0), opts)...)
	for _, f := range figure.Consolidate(deliveries, figure.DefaultOptions()).Figures {
		w.Flows = append(w.Flows, deliveryFlows(f, opts)...)
	}
	return w
}

// troopTies returns the troops ties of one figure of troops deployed.
func troopTies(f *hebel.Figure, opts NewsOptions) []hebel.Tie {
	k := f.Key
	if !hebel.IsStateID(k.Actor) || k.Unit != "" || k.Places == "" {
		return nil
	}
	places := strings.Split(k.Places, "+")
	if len(places) > 1 && k.Reading != hebel.Distributive {
		return nil // one total over several states: not a number for any one of them
	}
	var out []hebel.Tie
	for _, y := range figure.Years(f, opts.Undated) {
		ch, ok := figure.Pick(f, figure.PickOptions{Year: y, Undated: opts.Undated})
		if !ok {
			continue
		}
		for _, to := range places {
			if !hebel.IsStateID(to) || to == k.Actor {
				continue
			}
			t := hebel.Tie{Kind: "troops", From: k.Actor, To: to, Start: y, End: y, Value: ch.Estimate.Claim.Quantity.Value, Unit: "persons",
				Prov: estimateProv(ch.Estimate), Attributes: choiceAttributes(ch)}
			out = append(out, t)
		}
	}
	return out
}

// estimateProv is the provenance of an estimate: its document and claim.
func estimateProv(e *hebel.Estimate) hebel.Provenance {
	return hebel.Provenance{Dataset: NewsDataset, File: e.DocumentID, Row: e.ClaimIndex + 1, URL: e.URL}
}

// choiceAttributes cites the estimate a rule took: claim id, claimant,
// figure, rule, and a note with the hedge and the range across claimants.
func choiceAttributes(ch figure.Choice) map[string]string {
	e := ch.Estimate
	q := e.Claim.Quantity
	note := fmt.Sprintf("„%s“ (%s); %s, %s; %d claimant(s) in %d: %s–%s",
		phrase(q.Text, e.Claim.Counted), q.Qualifier, ch.Rule, figure.DateLabel(e),
		ch.Claimants, ch.Date.Year(), number(ch.Low), number(ch.High))
	a := map[string]string{
		"claim_id": fmt.Sprintf("%s#claim-%d", e.DocumentID, e.ClaimIndex+1),
		"claimant": estimateClaimant(e),
		"figure":   ch.Figure.ID,
		"rule":     ch.Rule,
		"note":     note,
	}
	if ch.Assumed {
		a["year"] = "given"
		a["note"] += "; undated, dated by the user"
	}
	return a
}

// estimateClaimant names who an estimate rests on and where: "NIS
// (Article title)".
func estimateClaimant(e *hebel.Estimate) string {
	who := e.Claimant()
	if who == "" {
		who = "the article"
	}
	switch {
	case e.Title != "":
		return who + " (" + e.Title + ")"
	case e.Source != "":
		return who + " (" + e.Source + ")"
	}
	return who
}

func number(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// report is one document's report of a relation that becomes a tie.
type report struct {
	doc  *hebel.Document
	rel  hebel.Relation
	i    int // the relation's index in its record
	date time.Time
}

// relationTies returns one tie per kind and pair of the asserted
// alliances and sanctions the records report: from the year of the
// earliest dated report (its valid time, else its document's date),
// citing it; near copies count as their original (reps).
func relationTies(recs []*hebel.Record, reps map[string]string, opts NewsOptions) []hebel.Tie {
	type key struct{ kind, from, to string }
	groups := map[key][]report{}
	for _, rec := range recs {
		if rec == nil || reps[rec.Document.ID] != rec.Document.ID {
			continue
		}
		doc := &rec.Document
		for i, rel := range rec.Relations {
			kind, ok := newsTieKinds[rel.Type]
			if !ok || modality(rel) != string(hebel.Asserted) || rel.From == rel.To {
				continue
			}
			d := relationDate(rel, doc)
			if d.IsZero() {
				d = opts.Undated
			}
			if d.IsZero() {
				continue // undated: no input unless the user gives a date
			}
			k := key{kind, rel.From, rel.To}
			if kind == "defense" && k.to < k.from {
				k.from, k.to = k.to, k.from // a pact binds both ways
			}
			groups[k] = append(groups[k], report{doc: doc, rel: rel, i: i, date: d})
		}
	}
	keys := make([]key, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.kind != b.kind {
			return a.kind < b.kind
		}
		if a.from != b.from {
			return a.from < b.from
		}
		return a.to < b.to
	})
	var out []hebel.Tie
	for _, k := range keys {
		rs := groups[k]
		sort.Slice(rs, func(i, j int) bool {
			if !rs[i].date.Equal(rs[j].date) {
				return rs[i].date.Before(rs[j].date)
			}
			if rs[i].doc.ID != rs[j].doc.ID {
				return rs[i].doc.ID < rs[j].doc.ID
			}
			return rs[i].i < rs[j].i
		})
		first, last := rs[0], rs[len(rs)-1]
		docs := map[string]bool{}
		for _, r := range rs {
			docs[r.doc.ID] = true
		}
		t := hebel.Tie{Kind: k.kind, From: first.rel.From, To: first.rel.To, Start: first.date.Year(), End: last.date.Year(),
			Prov: hebel.Provenance{Dataset: NewsDataset, File: first.doc.ID, Row: first.i + 1, URL: first.doc.URL},
			Attributes: map[string]string{
				"claim_id": fmt.Sprintf("%s#relation-%d", first.doc.ID, first.i+1),
				"relation": string(first.rel.Type),
				"claimant": claimant(first.rel, first.doc),
				"rule":     "earliest report",
				"note":     fmt.Sprintf("reported by %d document(s) from %d to %d; the earliest cited", len(docs), first.date.Year(), last.date.Year()),
			}}
		if k.kind == "defense" {
			t.End = 0 // a pact stands until the data say otherwise
		}
		if first.doc.Published.IsZero() && first.rel.Valid == nil {
			t.Attributes["year"] = "given"
		}
		out = append(out, t)
	}
	return out
}

// relationDate is when a relation is reported to hold: the start of the
// valid time its text states, else its document's publication date.
func relationDate(rel hebel.Relation, doc *hebel.Document) time.Time {
	if v := rel.Valid; v != nil && v.Basis == hebel.BasisText {
		if !v.Start.IsZero() {
			return v.Start
		}
		if !v.End.IsZero() {
			return v.End
		}
	}
	return doc.Published
}

// deliveryEstimates returns, for each asserted delivery of rec with a
// measured amount of named goods inside its evidence, the claim as an
// estimate of the delivery: actor the supplier, place the recipient,
// concept the channel (one amount per delivery: the first that names the
// goods, so a "cap of 500,000 barrels" in the same sentence is not one).
func deliveryEstimates(rec *hebel.Record, sig hebel.Signature) []*hebel.Estimate {
	var out []*hebel.Estimate
	used := map[int]bool{}
	for _, rel := range rec.Relations {
		if rel.Type != hebel.RelationSupplies || modality(rel) != string(hebel.Asserted) || rel.From == rel.To || !hebel.IsStateID(rel.From) || !hebel.IsStateID(rel.To) {
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
			used[ci] = true
			e := figure.EstimateOf(rec, ci, sig)
			e.Claim.Measure, e.Claim.Concept = hebel.MeasureVolume, hebel.Concept(ch)
			e.Claim.Actor, e.Claim.Places, e.Claim.Reading = rel.From, []string{rel.To}, ""
			if v := rel.Valid; e.Claim.Valid == nil && v != nil {
				e.Claim.Valid = v
			}
			out = append(out, e)
			break
		}
	}
	return out
}

// deliveryFlows returns a delivery figure's flows: per year the estimate
// figure.RuleLatest takes. A hedged amount enters as its number ("more
// than 100,000" as 100,000, a lower bound), the hedge in the note.
func deliveryFlows(f *hebel.Figure, opts NewsOptions) []hebel.Flow {
	k := f.Key
	var out []hebel.Flow
	for _, y := range figure.Years(f, opts.Undated) {
		ch, ok := figure.Pick(f, figure.PickOptions{Year: y, Undated: opts.Undated})
		if !ok {
			continue
		}
		e := ch.Estimate
		a := choiceAttributes(ch)
		out = append(out, hebel.Flow{Year: y, From: k.Actor, To: k.Places, Channel: hebel.Channel(k.Concept),
			Value: e.Claim.Quantity.Value, Unit: e.Claim.Quantity.Unit, Prov: estimateProv(e), ClaimID: a["claim_id"],
			Note: a["claimant"] + ": " + a["note"]})
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

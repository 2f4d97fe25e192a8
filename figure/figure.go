// Package figure consolidates the estimates stores keep of typed claims
// into figures: one figure per thing counted or measured ("troops of
// North Korea deployed in Russia"), holding every estimate of it with its
// value, hedge, claimant, document, publication date and valid time.
//
// Consolidation is a pure function of the set of estimates: it groups
// them by key (KeyOf), links near copies of one article (documents whose
// Signatures are similar, counted once), keeps one estimate per document
// and figure, and sorts everything, so the figures come out the same
// whatever order the documents arrived in, and storing a document again
// changes nothing. Conflicting estimates stand side by side; nothing is
// averaged or summed. Pick chooses the one estimate a model takes, by one
// documented rule.
//
// The package does no I/O: estimates come from a hebel.FigureStore,
// figures go to the command line, the JSON API and the leverage model.
package figure

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
)

// KeyOf returns the key of the figure a claim estimates, and false when
// the claim can join no figure: its measure or concept is unknown (a
// number of unknown meaning matches no other), or it names neither whose
// the counted are nor where (then "killed people" in one article would
// join every other). For events (Measure.Event) the period the text
// states is part of the key: killed in 2023 and killed in 2024 are two
// figures; levels (deployed, a share) keep their estimates over time in
// one figure.
func KeyOf(c *hebel.Claim) (hebel.FigureKey, bool) {
	if c.Measure == "" || c.Concept == "" || c.Actor == "" && len(c.Places) == 0 {
		return hebel.FigureKey{}, false
	}
	k := hebel.FigureKey{Measure: c.Measure, Concept: c.Concept, Actor: c.Actor, Unit: c.Quantity.Unit}
	if len(c.Places) > 0 {
		ps := append([]string(nil), c.Places...)
		sort.Strings(ps)
		k.Places = strings.Join(ps, "+")
	}
	if len(c.Places) > 1 {
		k.Reading = c.Reading
	}
	if c.Measure.Event() {
		k.Period = period(c.Valid)
	}
	return k, true
}

// period returns the period a valid time from the text names, at its
// precision ("2024", "2024-10", "2024-10-05", "2024-06/2024-09"); "" for
// none, for open ends, and for a valid time taken from the publication
// date.
func period(v *hebel.ValidTime) string {
	if v == nil || v.Basis != hebel.BasisText || v.Start.IsZero() || v.End.IsZero() {
		return ""
	}
	layout := "2006-01-02"
	switch v.Precision {
	case hebel.PrecisionYear:
		layout = "2006"
	case hebel.PrecisionMonth:
		layout = "2006-01"
	}
	s := v.Start.UTC().Format(layout)
	if v.Point() {
		return s
	}
	// the end is exclusive: the last day, month or year inside
	last := v.End.UTC().AddDate(0, 0, -1)
	switch v.Precision {
	case hebel.PrecisionYear:
		last = v.End.UTC().AddDate(-1, 0, 0)
	case hebel.PrecisionMonth:
		last = v.End.UTC().AddDate(0, -1, 0)
	}
	if e := last.Format(layout); e != s {
		return s + "/" + e
	}
	return s
}

// KeyString writes a key as one line, its fields separated by "|": the
// text the figure id is a hash of.
func KeyString(k hebel.FigureKey) string {
	return strings.Join([]string{string(k.Measure), string(k.Concept), k.Actor, k.Places, string(k.Reading), k.Unit, k.Period}, "|")
}

// ID returns the figure id of a key: "fig-" and 16 hex digits of the
// SHA-256 of KeyString. The same key has the same id in every store and
// every run.
func ID(k hebel.FigureKey) string {
	sum := sha256.Sum256([]byte(KeyString(k)))
	return "fig-" + hex.EncodeToString(sum[:8])
}

// Label describes a key in words: "troops of PRK deployed in RUS",
// "troops of USA deployed in JPN and KOR together".
func Label(k hebel.FigureKey) string {
	var b strings.Builder
	b.WriteString(string(k.Concept))
	if k.Actor != "" {
		b.WriteString(" of " + k.Actor)
	}
	b.WriteString(" " + string(k.Measure))
	if k.Places != "" {
		ps := strings.Split(k.Places, "+")
		switch {
		case k.Measure == hebel.MeasureWithdrawn:
			b.WriteString(" from ")
		default:
			b.WriteString(" in ")
		}
		b.WriteString(strings.Join(ps, " and "))
		switch k.Reading {
		case hebel.Collective:
			b.WriteString(" together")
		case hebel.Distributive:
			b.WriteString(" each")
		}
	}
	if k.Unit != "" {
		b.WriteString(" (" + k.Unit + ")")
	}
	if k.Period != "" {
		b.WriteString(", " + k.Period)
	}
	return b.String()
}

// Options shape consolidation.
type Options struct {
	// NearCopy is the least signature similarity at which two documents
	// are copies of one text (default hebel.NearCopy).
	NearCopy float64
	// Current is how far before a figure's latest dated estimate an
	// estimate still counts as current for the figure's agreement (see
	// Confidence): default 90 days.
	Current time.Duration
}

// DefaultOptions returns the documented defaults.
func DefaultOptions() Options {
	return Options{NearCopy: hebel.NearCopy, Current: DefaultCurrent}
}

// DefaultCurrent is Options.Current's default.
const DefaultCurrent = 90 * 24 * time.Hour

// Result is what consolidation gives: the figures, and the typed
// estimates that joined none (KeyOf's false) or repeated their
// document's estimate of a figure.
type Result struct {
	Figures []*hebel.Figure
	// Alone are estimates that can join no figure, by document and claim.
	Alone []*hebel.Estimate
	// Restated are estimates dropped because their document already gave
	// one of the same figure (the kept one is the document's most
	// confident, then first in its text).
	Restated []*hebel.Estimate
}

// Consolidate groups estimates into figures. The input may be in any
// order and is not modified except that copies get CopyOf set (on the
// estimates the result holds); estimates of the same document and claim
// given twice count once.
func Consolidate(ests []*hebel.Estimate, opts Options) *Result {
	if opts.NearCopy <= 0 {
		opts.NearCopy = hebel.NearCopy
	}
	if opts.Current <= 0 {
		opts.Current = DefaultCurrent
	}
	ests = unique(ests)
	res := &Result{}
	groups := map[hebel.FigureKey][]*hebel.Estimate{}
	for _, e := range ests {
		k, ok := KeyOf(&e.Claim)
		if !ok {
			res.Alone = append(res.Alone, e)
			continue
		}
		groups[k] = append(groups[k], e)
	}
	copies := newCopies(ests, opts.NearCopy)
	for k, es := range groups {
		f := &hebel.Figure{ID: ID(k), Key: k}
		kept, restated := onePerDocument(es)
		res.Restated = append(res.Restated, restated...)
		sortByClaim(restated)
		f.Also = restated
		sortEstimates(kept)
		markCopies(kept, copies)
		copyOf := map[string]string{}
		for _, e := range kept {
			copyOf[e.DocumentID] = e.CopyOf
		}
		for _, e := range restated {
			e.CopyOf = copyOf[e.DocumentID] // a restatement in a near copy is a copy too
		}
		f.Estimates = kept
		summarize(f, opts)
		res.Figures = append(res.Figures, f)
	}
	sort.Slice(res.Figures, func(i, j int) bool { return KeyString(res.Figures[i].Key) < KeyString(res.Figures[j].Key) })
	sortByClaim(res.Alone)
	sortByClaim(res.Restated)
	return res
}

// unique returns ests without repeats of one (document, claim), sorted by
// document and claim; each kept estimate is a copy, so that setting
// CopyOf never touches the caller's.
func unique(ests []*hebel.Estimate) []*hebel.Estimate {
	out := make([]*hebel.Estimate, 0, len(ests))
	for _, e := range ests {
		if e == nil {
			continue
		}
		c := *e
		c.CopyOf = ""
		out = append(out, &c)
	}
	sortByClaim(out)
	n := 0
	for i, e := range out {
		if i > 0 && e.DocumentID == out[n-1].DocumentID && e.ClaimIndex == out[n-1].ClaimIndex {
			continue
		}
		out[n] = e
		n++
	}
	return out[:n]
}

func sortByClaim(es []*hebel.Estimate) {
	sort.Slice(es, func(i, j int) bool {
		if es[i].DocumentID != es[j].DocumentID {
			return es[i].DocumentID < es[j].DocumentID
		}
		return es[i].ClaimIndex < es[j].ClaimIndex
	})
}

// onePerDocument keeps, of each document's estimates of one figure, the
// most confident one, then the one first in the text; the others are
// returned as restated.
func onePerDocument(es []*hebel.Estimate) (kept, restated []*hebel.Estimate) {
	best := map[string]*hebel.Estimate{}
	for _, e := range es {
		b := best[e.DocumentID]
		if b == nil || e.Claim.Confidence > b.Claim.Confidence ||
			e.Claim.Confidence == b.Claim.Confidence && e.ClaimIndex < b.ClaimIndex {
			best[e.DocumentID] = e
		}
	}
	for _, e := range es {
		if best[e.DocumentID] == e {
			kept = append(kept, e)
		} else {
			restated = append(restated, e)
		}
	}
	return kept, restated
}

// sortEstimates orders a figure's estimates by date, undated last, then
// by document and claim.
func sortEstimates(es []*hebel.Estimate) {
	sort.Slice(es, func(i, j int) bool {
		di, dj := es[i].Date(), es[j].Date()
		if di.IsZero() != dj.IsZero() {
			return dj.IsZero()
		}
		if !di.Equal(dj) {
			return di.Before(dj)
		}
		if es[i].DocumentID != es[j].DocumentID {
			return es[i].DocumentID < es[j].DocumentID
		}
		return es[i].ClaimIndex < es[j].ClaimIndex
	})
}

// markCopies sets CopyOf on the estimates of a figure whose documents are
// near copies of another estimate's document in it: in each cluster of
// copies the document that ranks first (rankBefore: dated before undated,
// earlier first, then the smaller id) stands for the others.
func markCopies(es []*hebel.Estimate, cs *copies) {
	rep := map[int]*hebel.Estimate{} // cluster → its representative estimate here
	for _, e := range es {
		c := cs.cluster(e.DocumentID)
		if r := rep[c]; r == nil || rankBefore(e, r) {
			rep[c] = e
		}
	}
	for _, e := range es {
		if r := rep[cs.cluster(e.DocumentID)]; r != e {
			e.CopyOf = r.DocumentID
		}
	}
}

// rankBefore reports whether a's document stands for a cluster of copies
// rather than b's: dated before undated, published earlier, then the
// smaller id.
func rankBefore(a, b *hebel.Estimate) bool {
	pa, pb := a.Published, b.Published
	if pa.IsZero() != pb.IsZero() {
		return pb.IsZero()
	}
	if !pa.Equal(pb) {
		return pa.Before(pb)
	}
	return a.DocumentID < b.DocumentID
}

// claimantKey says who stands behind an estimate, for counting
// independent claimants: the linked actor, else the claimant's words in
// lower case, else the document itself (its own voice).
func claimantKey(e *hebel.Estimate) string {
	if s := e.Claim.Source; s != nil {
		if s.EntityID != "" {
			return "entity:" + s.EntityID
		}
		if t := strings.ToLower(strings.Join(strings.Fields(s.Text), " ")); t != "" {
			return "text:" + t
		}
	}
	return "doc:" + e.DocumentID
}

// bounds returns the least and the greatest value an estimate allows: its
// range or plausible band where stated, else its value.
func bounds(e *hebel.Estimate) (float64, float64) {
	q := e.Claim.Quantity
	lo, hi := q.Value, q.Value
	if q.Low != nil {
		lo = *q.Low
	}
	if q.High != nil {
		hi = *q.High
	}
	return lo, hi
}

// summarize fills a figure's counts, bounds and confidence from its
// estimates (see Confidence).
func summarize(f *hebel.Figure, opts Options) {
	claimants := map[string]float64{}
	first := true
	for _, e := range f.Estimates {
		if e.CopyOf != "" {
			continue
		}
		f.Independent++
		k := claimantKey(e)
		if c, ok := claimants[k]; !ok || e.Claim.Confidence > c {
			claimants[k] = e.Claim.Confidence
		}
		lo, hi := bounds(e)
		if first || lo < f.Low {
			f.Low = lo
		}
		if first || hi > f.High {
			f.High = hi
		}
		first = false
	}
	f.Claimants = len(claimants)
	if f.High > 0 {
		f.Spread = round3((f.High - f.Low) / f.High)
	}
	f.Confidence = confidence(f, claimants, opts)
}

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }

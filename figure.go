package hebel

import (
	"context"
	"strings"
	"time"
)

// Estimate is one claim's number for a figure, with the document it comes
// from: the row a FigureStore keeps for each typed claim (Measure set) of
// a stored record, keyed by (DocumentID, ClaimIndex). Figures are derived
// from estimates by grouping them (package figure).
type Estimate struct {
	DocumentID string
	ClaimIndex int    // the claim's position in the record's Claims, from 0
	Claim      Claim  // the claim; spans are byte offsets into the document's text; Entities is not kept
	Clause     string // the text of the claim's span, as written

	// The document's metadata.
	Title        string
	URL          string
	Source       string // where it was read from
	Lang         string
	Published    time.Time // zero when undated
	Dating       Dating
	HebelVersion string    // the build that extracted the record
	Signature    Signature // the document's near-duplicate signature

	// CopyOf is set by consolidation, never by a store: the document that
	// stands for this one's cluster of near copies when this one is not it.
	CopyOf string
}

// Date returns the time the estimate is about: the start of its valid
// time when one is known (for an interval open at the start, the last
// unit before its end: "bis Ende 2024" is 2024; for one that ends with
// the publication, the publication date), else its document's
// publication date; zero when neither is known (undated).
func (e *Estimate) Date() time.Time {
	if v := e.Claim.Valid; v != nil {
		switch {
		case !v.Start.IsZero():
			return v.Start
		case !v.End.IsZero() && v.Basis == BasisPublished && !e.Published.IsZero():
			return e.Published
		case !v.End.IsZero():
			return AddUnit(v.End, v.Precision, -1)
		}
	}
	return e.Published
}

// Claimant returns who the estimate is attributed to: the linked
// claimant's name, else the claimant's words, else its entity id, else ""
// (the document's own voice).
func (e *Estimate) Claimant() string {
	s := e.Claim.Source
	switch {
	case s == nil:
		return ""
	case s.Name != "":
		return s.Name
	}
	if t := strings.Join(strings.Fields(s.Text), " "); t != "" {
		return t
	}
	return s.EntityID
}

// EstimateFilter selects estimates. Zero fields select all.
type EstimateFilter struct {
	Measure Measure
	Concept Concept
	// Actor selects estimates whose claim's Actor is this id or whose
	// Places hold it.
	Actor string
	// DocumentIDs selects the estimates of these documents only.
	DocumentIDs []string
}

// FigureStore reads the estimates a store keeps beside its records.
//
// A store that implements both RecordStore and FigureStore writes, with
// every PutRecord, one estimate per claim whose Measure is set, and the
// document's Signature (NewSignature of its text); replacing a record
// replaces its estimates, DeleteRecord removes them. Figures are never
// stored: package figure derives them by grouping estimates, so they come
// out the same whatever order documents arrived in, and storing a record
// again changes nothing.
//
// Implementations: sqlite.FigureStore. The conformance suite in package
// storetest (storetest.FigureStore) states the contract in code.
type FigureStore interface {
	// FindEstimates returns the estimates that match the filter, ordered
	// by document id and claim index, each with its document's metadata
	// and signature; CopyOf is always empty. Times come back in UTC. An
	// empty store gives none and a nil error.
	FindEstimates(ctx context.Context, filter EstimateFilter) ([]*Estimate, error)
}

// FigureKey is what makes claims estimates of one figure: the same
// measure of the same concept, belonging to the same actor, in the same
// places read the same way, in the same unit, and, for events (killed,
// withdrawn, money paid …), in the same period the text states.
type FigureKey struct {
	Measure Measure
	Concept Concept
	Actor   string
	Places  string // the claim's Places, sorted and joined by "+"; "" for none
	Reading Reading
	Unit    string // the quantity's unit: "" for counts; currencies and units of goods are never converted
	Period  string // for events with a period from the text ("2024", "2024-10"), "" otherwise
}

// Figure is one thing counted or measured ("North Korean troops deployed
// in Russia") with every estimate stored sources give of it, as package
// figure consolidates them: copies of one article count once, conflicting
// estimates stand side by side, nothing is averaged or summed.
type Figure struct {
	ID  string // "fig-" and 16 hex digits of a hash of Key: the same in every store and run
	Key FigureKey

	// Estimates are all of the figure's estimates, by date (undated
	// last), then document and claim, one per document. Near copies have
	// CopyOf set.
	Estimates []*Estimate

	// Also are the other claims of the same figure in documents that
	// already gave an estimate of it (a number said twice, or a second
	// claimant quoted in the same article): shown, never counted or
	// taken by a model.
	Also []*Estimate

	// Independent counts the estimates that are not copies; Claimants the
	// distinct claimants among them (the document's own voice counts as
	// one claimant per document).
	Independent int
	Claimants   int

	// Low and High bound the values of the independent estimates (their
	// stated ranges included). Spread is (High − Low) / High, 0 when they
	// agree.
	Low, High float64
	Spread    float64

	// Confidence is how far the figure can be trusted, in [0, 1]; package
	// figure documents how it is derived.
	Confidence float64
}

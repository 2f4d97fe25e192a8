package ingest

import (
	"context"

	"github.com/hebel-project/hebel"
)

// Outcome says what ingesting one input did.
type Outcome int

// Outcomes of Ingest.
const (
	Stored    Outcome = iota // a new document was stored
	Unchanged                // the same text was stored before; nothing was done
	Replaced                 // the stored record was re-extracted (force)
)

func (o Outcome) String() string {
	switch o {
	case Stored:
		return "stored"
	case Unchanged:
		return "unchanged"
	case Replaced:
		return "replaced"
	}
	return "unknown"
}

// Ingester extracts inputs and keeps their records in a store.
type Ingester struct {
	Extractor *Extractor
	Store     hebel.RecordStore
	Force     bool // re-extract and replace documents stored before

	// BatchSize is how many records Run stores per transaction when the
	// store is a hebel.RecordBatchStore; 0 means DefaultBatchSize.
	BatchSize int
}

// Ingest extracts one input and stores its record. Re-ingesting the same
// text is a no-op unless Force is set.
func (g *Ingester) Ingest(ctx context.Context, in Input) (*hebel.Record, Outcome, error) {
	rec, err := g.Extractor.Extract(ctx, in)
	if err != nil {
		return nil, 0, err
	}
	outcome, err := g.store(ctx, rec)
	if err != nil {
		return nil, 0, err
	}
	return rec, outcome, nil
}

// store puts one record in the store and says what that did.
func (g *Ingester) store(ctx context.Context, rec *hebel.Record) (Outcome, error) {
	created, err := g.Store.PutRecord(ctx, rec, g.Force)
	if err != nil {
		return 0, err
	}
	return g.outcome(created), nil
}

// outcome says what a put that created (or did not create) a record did.
func (g *Ingester) outcome(created bool) Outcome {
	switch {
	case created:
		return Stored
	case g.Force:
		return Replaced
	default:
		return Unchanged
	}
}

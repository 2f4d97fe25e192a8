package ingest

import (
	"context"

	"github.com/hebel-project/hebel"
)

// IngestAll extracts every document of one input, as ExtractAll does, and
// stores each record. It calls fn once per document with the record and
// what storing it did, or with the error of the document (an
// *InputError) or of the store. It returns what fn returns, which ends
// it, or ctx.Err().
func (g *Ingester) IngestAll(ctx context.Context, in Input, fn func(*hebel.Record, Outcome, error) error) error {
	return g.Extractor.ExtractAll(ctx, in, func(rec *hebel.Record, err error) error {
		if err != nil {
			return fn(nil, 0, err)
		}
		outcome, err := g.store(ctx, rec)
		if err != nil {
			return fn(nil, 0, err)
		}
		return fn(rec, outcome, nil)
	})
}

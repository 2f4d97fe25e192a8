package ingest

import (
	"context"
	"time"

	"github.com/hebel-project/hebel"
)

// Batching of Run: records are stored DefaultBatchSize at a time, and at
// the latest batchAge after the first of a batch was extracted, so that a
// slow run still commits as it goes.
const (
	DefaultBatchSize = 64
	batchAge         = time.Second
)

// flushTimeout bounds the last commit of a run that was cancelled.
const flushTimeout = 5 * time.Second

// Ingested is a Result after the store has seen it: Outcome says what
// storing the record did; Err is the document's error or the store's.
type Ingested struct {
	Result
	Outcome Outcome
}

// IngestAll extracts every document of one input, as ExtractAll does, and
// stores each record. It calls fn once per document with the record and
// what storing it did, or with the error of the document (an
// *InputError) or of the store. It returns what fn returns, which ends
// it, or ctx.Err().
func (g *Ingester) IngestAll(ctx context.Context, in Input, fn func(*hebel.Record, Outcome, error) error) error {
	return g.Run(ctx, []Input{in}, func(s Ingested) error {
		if s.EndOfInput {
			return nil
		}
		return fn(s.Record, s.Outcome, s.Err)
	})
}

// Run extracts every document of the inputs as Extractor.Run does — in
// parallel, each held to the budget — and stores the records, BatchSize
// per transaction when the store is a hebel.RecordBatchStore (one
// transaction per record otherwise). It calls fn in input order once per
// document and once per end of input (EndOfInput), after the document's
// batch is committed; a failed batch is retried record by record, so that
// one bad record fails alone.
//
// When ctx is done, Run stores what was extracted and not yet stored
// (within flushTimeout), tells fn about it, and returns ctx's error: the
// store holds whole records only, and fn has heard of each of them.
func (g *Ingester) Run(ctx context.Context, inputs []Input, fn func(Ingested) error) error {
	b := &batcher{g: g, fn: fn, size: g.BatchSize}
	if b.size <= 0 {
		b.size = DefaultBatchSize
	}
	err := g.Extractor.Run(ctx, inputs, b.add)
	flushCtx := ctx
	if err != nil && ctx.Err() != nil {
		var cancel context.CancelFunc
		flushCtx, cancel = context.WithTimeout(context.WithoutCancel(ctx), flushTimeout)
		defer cancel()
	}
	if ferr := b.flush(flushCtx); err == nil {
		err = ferr
	}
	return err
}

// batcher collects results until a batch is full or old, stores its
// records and passes everything on in order.
type batcher struct {
	g       *Ingester
	fn      func(Ingested) error
	size    int
	pending []Ingested
	records int
	first   time.Time
}

// add takes one result of the extraction.
func (b *batcher) add(r Result) error {
	b.pending = append(b.pending, Ingested{Result: r})
	if r.Record != nil {
		if b.records == 0 {
			b.first = time.Now()
		}
		b.records++
	}
	if b.records >= b.size || b.records > 0 && time.Since(b.first) >= batchAge || b.records == 0 {
		return b.flush(context.Background())
	}
	return nil
}

// flush stores the pending records and passes the pending results on.
func (b *batcher) flush(ctx context.Context) error {
	pending := b.pending
	b.pending, b.records = nil, 0
	var recs []*hebel.Record
	var idx []int
	for i, s := range pending {
		if s.Record != nil {
			recs = append(recs, s.Record)
			idx = append(idx, i)
		}
	}
	outcomes, errs := b.g.storeAll(ctx, recs)
	for k, i := range idx {
		pending[i].Outcome = outcomes[k]
		if errs[k] != nil {
			pending[i].Record, pending[i].Err = nil, errs[k]
		}
	}
	for _, s := range pending {
		if err := b.fn(s); err != nil {
			return err
		}
	}
	return nil
}

// storeAll stores recs, in one transaction when the store batches, and
// returns each one's outcome or error.
func (g *Ingester) storeAll(ctx context.Context, recs []*hebel.Record) ([]Outcome, []error) {
	outcomes := make([]Outcome, len(recs))
	errs := make([]error, len(recs))
	if len(recs) == 0 {
		return outcomes, errs
	}
	if bs, ok := g.Store.(hebel.RecordBatchStore); ok && len(recs) > 1 {
		created, err := bs.PutRecords(ctx, recs, g.Force)
		if err == nil {
			for i, c := range created {
				outcomes[i] = g.outcome(c)
			}
			return outcomes, errs
		}
		if ctx.Err() != nil {
			for i := range errs {
				errs[i] = err
			}
			return outcomes, errs
		}
		// Find the record that failed: store them one by one.
	}
	for i, rec := range recs {
		outcomes[i], errs[i] = g.store(ctx, rec)
	}
	return outcomes, errs
}

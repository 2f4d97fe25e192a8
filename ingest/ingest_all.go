package ingest

import (
	"context"
	"sync"
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

// flushTimeout bounds each commit; commits go on when the run is
// stopped, so that what was extracted is kept.
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
// one bad record fails alone. Batches are stored by a goroutine of their
// own while the next batch is extracted, and fn is called from it.
//
// When ctx is done, Run stores what was extracted and not yet stored
// (within flushTimeout), tells fn about it, and returns ctx's error: the
// store holds whole records only, and fn has heard of each of them.
func (g *Ingester) Run(ctx context.Context, inputs []Input, fn func(Ingested) error) error {
	size := g.BatchSize
	if size <= 0 {
		size = DefaultBatchSize
	}
	w := newWriter(ctx, g, fn)
	b := &batcher{size: size, w: w}
	err := g.Extractor.Run(ctx, inputs, b.add)
	if err == nil || ctx.Err() != nil {
		// Store what was extracted, also when the run was stopped.
		b.send()
	}
	if werr := w.close(); err == nil {
		err = werr
	}
	return err
}

// batcher collects results into batches for the writer.
type batcher struct {
	size    int
	w       *writer
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
		return b.send()
	}
	return nil
}

// send hands the pending results to the writer.
func (b *batcher) send() error {
	if len(b.pending) == 0 {
		return b.w.err()
	}
	batch := b.pending
	b.pending, b.records = nil, 0
	return b.w.write(batch)
}

// writer stores batches and passes their results on, in a goroutine of
// its own, so that extraction goes on while a batch is committed. One
// batch waits while another is stored.
type writer struct {
	g       *Ingester
	fn      func(Ingested) error
	ctx     context.Context
	batches chan []Ingested
	done    chan struct{}
	failed  error // fn's error; set by the writer goroutine, read after done or via err
	mu      sync.Mutex
}

func newWriter(ctx context.Context, g *Ingester, fn func(Ingested) error) *writer {
	w := &writer{g: g, fn: fn, ctx: ctx, batches: make(chan []Ingested, 1), done: make(chan struct{})}
	go w.loop()
	return w
}

// write queues a batch; it returns fn's error once fn has failed.
func (w *writer) write(batch []Ingested) error {
	if err := w.err(); err != nil {
		return err
	}
	select {
	case w.batches <- batch:
		return nil
	case <-w.done:
		return w.err()
	}
}

func (w *writer) err() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.failed
}

// close waits for the queued batches to be stored and returns fn's error.
func (w *writer) close() error {
	close(w.batches)
	<-w.done
	return w.err()
}

func (w *writer) loop() {
	defer close(w.done)
	for batch := range w.batches {
		if w.err() != nil {
			continue
		}
		// What was extracted is stored even when the run is stopped
		// meanwhile: a commit takes milliseconds.
		ctx, cancel := context.WithTimeout(context.WithoutCancel(w.ctx), flushTimeout)
		err := w.flush(ctx, batch)
		cancel()
		if err != nil {
			w.mu.Lock()
			w.failed = err
			w.mu.Unlock()
		}
	}
}

// flush stores the batch's records and passes its results on.
func (w *writer) flush(ctx context.Context, pending []Ingested) error {
	var recs []*hebel.Record
	var idx []int
	for i, s := range pending {
		if s.Record != nil {
			recs = append(recs, s.Record)
			idx = append(idx, i)
		}
	}
	outcomes, errs := w.g.storeAll(ctx, recs)
	for k, i := range idx {
		pending[i].Outcome = outcomes[k]
		if errs[k] != nil {
			pending[i].Record, pending[i].Err = nil, errs[k]
		}
	}
	for _, s := range pending {
		if err := w.fn(s); err != nil {
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

package ingest

import (
	"context"
	"runtime"
	"sync"

	"github.com/hebel-project/hebel"
)

// Result is what became of one document of an input, or the end of an
// input.
type Result struct {
	Input  Input
	Record *hebel.Record // the document's record; nil when Err is set
	Err    error         // an *InputError naming what failed (an input, an item, a record)

	// EndOfInput marks the result that closes an input: no record and no
	// error, only the input's name and how far the run got.
	EndOfInput bool

	// Done is how many bytes of all inputs (their Size) were read when the
	// document was taken, for progress reports.
	Done int64
}

// job is one document's work, made in input order by the reader of the
// inputs and done by a worker.
type job struct {
	seq   int
	input int    // index of the input
	name  string // what messages name: the input, item or record
	size  int    // bytes of the document's input, for the memory watch
	pos   int64  // bytes of the input read when the job was made
	end   bool   // the end-of-input marker
	err   error  // a failure found while reading; there is no work then
	work  func(context.Context) (*hebel.Record, error)
	rec   *hebel.Record
}

// Run reads every document of the inputs — one per plain input, one per
// feed item, one per WARC response, as ExtractAll says — and extracts
// them, Workers at a time, each held to the Budget. It calls fn from a
// single goroutine in input order: once per document with its record or
// its error, and once at the end of each input (EndOfInput). A failure of
// one document or input is passed to fn and the run goes on; fn's error
// ends the run and is returned. When ctx is done Run stops within about
// a second: documents in work are abandoned, nothing more is passed to
// fn, and Run returns ctx's error.
//
// Inputs are read one after the other by one goroutine (reading is cheap
// beside extraction) while up to Workers documents are extracted, and at
// most a few per worker wait between reading and fn, so memory stays
// bounded by a few documents per worker.
func (x *Extractor) Run(ctx context.Context, inputs []Input, fn func(Result) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := x.workers()
	window := 4 * workers
	tokens := make(chan struct{}, window)
	jobs := make(chan *job)
	results := make(chan *job, window)

	go x.produceAll(ctx, inputs, tokens, jobs)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x.work(ctx, jobs, results)
		}()
	}
	defer func() {
		cancel()
		wg.Wait() // each worker gives up its document within abandonAfter
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	prior := make([]int64, len(inputs)+1) // bytes of the inputs before each
	for i, in := range inputs {
		prior[i+1] = prior[i] + in.Size
	}
	pending := map[int]*job{}
	next := 0
	for {
		var j *job
		select {
		case <-ctx.Done():
			return ctx.Err()
		case r, ok := <-results:
			if !ok {
				return ctx.Err()
			}
			j = r
		}
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-tokens
			if ctx.Err() != nil {
				return ctx.Err()
			}
			in := inputs[j.input]
			done := prior[j.input] + min(j.pos, in.Size)
			if j.end {
				done = prior[j.input+1]
			}
			if err := fn(Result{Input: in, Record: j.rec, Err: j.err, EndOfInput: j.end, Done: done}); err != nil {
				return err
			}
		}
	}
}

// workers returns how many documents are extracted at once.
func (x *Extractor) workers() int {
	if x.Workers > 0 {
		return x.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// produceAll reads the inputs in order into jobs, taking a token for each,
// and closes jobs at the end or when ctx is done.
func (x *Extractor) produceAll(ctx context.Context, inputs []Input, tokens chan<- struct{}, jobs chan<- *job) {
	defer close(jobs)
	seq := 0
	for i, in := range inputs {
		emit := func(j *job) error {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			j.seq, j.input = seq, i
			seq++
			select {
			case jobs <- j:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		err := x.SplitAll(ctx, in, func(p *Part, err error) error {
			if err != nil {
				return emit(&job{err: err})
			}
			return emit(&job{name: p.Name, size: len(p.Data), pos: p.pos, work: func(ctx context.Context) (*hebel.Record, error) {
				return x.ExtractPartContext(ctx, p)
			}})
		})
		if err != nil {
			return
		}
		if err := emit(&job{end: true}); err != nil {
			return
		}
	}
}

// work does jobs until there are no more or ctx is done. It never blocks
// on results: there are never more jobs out than results has room for.
func (x *Extractor) work(ctx context.Context, jobs <-chan *job, results chan<- *job) {
	for {
		var j *job
		select {
		case <-ctx.Done():
			return
		case next, ok := <-jobs:
			if !ok {
				return
			}
			j = next
		}
		if j.work != nil && j.err == nil {
			j.rec, j.err = x.runBudgeted(ctx, j.name, j.size, j.work)
		}
		results <- j
	}
}

package ingest

import (
	"context"
	"errors"
	"fmt"
	"runtime/metrics"
	"sync"
	"time"

	"github.com/hebel-project/hebel"
)

// Budget bounds the work spent on one document. A document that runs past
// it is stopped and the run goes on with the next: when the pipeline was
// stopped, the document keeps its record (text, metadata, the problems
// found so far) with an over_budget problem and no extractions; when the
// HTML extractor was still working on it (go-trafilatura cannot be
// interrupted), it is reported as an *InputError and the extractor's
// goroutine is left to finish on its own.
type Budget struct {
	// Time is the wall-clock time one document may take from reading to
	// the end of the pipeline; 0 means no limit.
	Time time.Duration

	// Memory is how far the live heap may grow past what it was when the
	// Extractor began its first document before the largest document in
	// work is stopped (one at a time, the heap read after each garbage
	// collection); 0 means no limit. Go cannot measure what one goroutine
	// holds, so the growth of the heap stands in for it: past the budget,
	// the biggest input in work is the likeliest cause.
	Memory uint64
}

// Default budgets. A news article takes milliseconds and 20 MB of dense
// text (the default size limit) a few seconds at the pipeline's speed;
// the first document that needs the language models waits for them to
// load (about 3 s of CPU, much more on a busy machine). The time budget
// is a backstop for what the structural limits (size, HTML depth and
// nodes, feed fields) do not catch, not a deadline for normal work. The
// memory budget leaves room below 1 GB for the language models (about
// 150–300 MB once loaded) and the collector's headroom.
const (
	DefaultTimeBudget   = 30 * time.Second
	DefaultMemoryBudget = 512 << 20
)

// DefaultBudget returns the default budget.
func DefaultBudget() Budget {
	return Budget{Time: DefaultTimeBudget, Memory: DefaultMemoryBudget}
}

// budgetError is the cause of a document's context when it ran past its
// budget.
type budgetError struct{ msg string }

func (e *budgetError) Error() string { return e.msg }

// overBudget returns the budget error behind ctx's cancellation, or nil
// when ctx was not stopped by a budget.
func overBudget(ctx context.Context) *budgetError {
	var be *budgetError
	if errors.As(context.Cause(ctx), &be) {
		return be
	}
	return nil
}

// abandonAfter is how long a document stopped by its budget or by the
// run's cancellation is waited for before it is given up. The pipeline
// notices within microseconds; only the HTML extractor does not.
const abandonAfter = 250 * time.Millisecond

// outcome is what one document's work returned.
type outcome struct {
	rec *hebel.Record
	err error
}

// runBudgeted runs work under the budget: it returns what work returns,
// or, when work does not return within abandonAfter of its context being
// done, an error saying why it was stopped.
func (x *Extractor) runBudgeted(ctx context.Context, name string, size int, work func(context.Context) (*hebel.Record, error)) (*hebel.Record, error) {
	dctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	if t := x.Budget.Time; t > 0 {
		var stop context.CancelFunc
		dctx, stop = context.WithTimeoutCause(dctx, t, &budgetError{fmt.Sprintf(
			"stopped after the time budget of %s per document (raise it with --doc-timeout)", t)})
		defer stop()
	}
	if w := x.memoryWatch(); w != nil {
		defer w.add(size, cancel)()
	}
	done := make(chan outcome, 1)
	go func() {
		rec, err := work(dctx)
		done <- outcome{rec, err}
	}()
	select {
	case o := <-done:
		return o.rec, o.err
	case <-dctx.Done():
	}
	select {
	case o := <-done:
		return o.rec, o.err
	case <-time.After(abandonAfter):
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	msg := "stopped"
	if be := overBudget(dctx); be != nil {
		msg = be.msg
	}
	return nil, &InputError{Name: name, Err: hebel.Errorf(hebel.EINVALID,
		"%s, in a step that cannot be interrupted (HTML extraction, loading language models); the document is left out", msg)}
}

// budgetRecord is the record of a document whose pipeline was stopped by
// its budget: the document and the problems found before, and a problem
// saying why there are no extractions.
func budgetRecord(doc *hebel.Document, problems []hebel.Problem, be *budgetError) *hebel.Record {
	return &hebel.Record{Document: *doc, Problems: append(problems, hebel.Problem{
		Code: hebel.ProblemOverBudget, Extractor: budgetExtractor,
		Message: be.msg + "; the record holds the text without extractions"})}
}

// budgetExtractor is the Extractor of the problem of a document stopped
// by its budget.
const budgetExtractor = "budget"

// StoppedByBudget returns the problem of a record whose pipeline a time
// or memory budget stopped (it has no extractions), and whether there is
// one. Problems about budgets of the input (HTML flattened, a feed field
// cut) do not count: those documents were extracted.
func StoppedByBudget(rec *hebel.Record) (hebel.Problem, bool) {
	if rec != nil {
		for _, p := range rec.Problems {
			if p.Code == hebel.ProblemOverBudget && p.Extractor == budgetExtractor {
				return p, true
			}
		}
	}
	return hebel.Problem{}, false
}

// memoryWatch stops the largest document in work when the run's live heap
// goes past a budget.
type memoryWatch struct {
	limit uint64 // growth allowed
	base  uint64 // live heap when the watch began
	mu    sync.Mutex
	work  map[*watched]struct{}
}

type watched struct {
	size   int
	cancel context.CancelCauseFunc
}

// watchInterval is how often the heap is read.
const watchInterval = 50 * time.Millisecond

// liveHeap is the runtime metric read: the heap live after the last
// garbage collection.
const liveHeap = "/gc/heap/live:bytes"

// memoryWatch returns the Extractor's watch, started on first use (it
// then reads the heap every watchInterval for the life of the process),
// or nil when there is no memory budget.
func (x *Extractor) memoryWatch() *memoryWatch {
	if x.Budget.Memory == 0 {
		return nil
	}
	x.watchOnce.Do(func() {
		x.watch = &memoryWatch{limit: x.Budget.Memory, base: readLiveHeap(), work: map[*watched]struct{}{}}
		go x.watch.loop()
	})
	return x.watch
}

// add registers a document in work and returns the function that
// unregisters it.
func (w *memoryWatch) add(size int, cancel context.CancelCauseFunc) func() {
	d := &watched{size: size, cancel: cancel}
	w.mu.Lock()
	w.work[d] = struct{}{}
	w.mu.Unlock()
	return func() {
		w.mu.Lock()
		delete(w.work, d)
		w.mu.Unlock()
	}
}

// readLiveHeap returns the live heap after the last collection, 0 when
// the runtime does not say.
func readLiveHeap() uint64 {
	sample := []metrics.Sample{{Name: liveHeap}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return sample[0].Value.Uint64()
}

func (w *memoryWatch) loop() {
	tick := time.NewTicker(watchInterval)
	defer tick.Stop()
	var lastGC uint64 // the heap reading that caused the last stop
	for range tick.C {
		live := readLiveHeap()
		if live <= w.base+w.limit || live == lastGC {
			continue // within budget, or no collection since the last stop
		}
		if w.stopLargest(live - w.base) {
			lastGC = live
		}
	}
}

// stopLargest cancels the largest document in work, the heap having
// grown by growth, and reports whether there was one.
func (w *memoryWatch) stopLargest(growth uint64) bool {
	w.mu.Lock()
	var big *watched
	for d := range w.work {
		if big == nil || d.size > big.size {
			big = d
		}
	}
	if big != nil {
		delete(w.work, big)
	}
	w.mu.Unlock()
	if big == nil {
		return false
	}
	big.cancel(&budgetError{fmt.Sprintf(
		"stopped when the live heap had grown by %d MiB, over the memory budget of %d MiB (this document was the largest in work; raise it with --memory-budget)",
		growth>>20, w.limit>>20)})
	return true
}

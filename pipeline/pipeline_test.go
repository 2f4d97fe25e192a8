package pipeline

import (
	"context"
	"errors"
	"os"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
)

// seedDoc returns the example article as a German document.
func seedDoc(t testing.TB, copies int) hebel.Document {
	t.Helper()
	b, err := os.ReadFile("../examples/seed-article.de.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat(string(b)+"\n\n", copies)
	return hebel.Document{Text: text, Lang: "de"}
}

func TestRunContextIsRun(t *testing.T) {
	p := New(nil)
	doc := seedDoc(t, 1)
	want := p.Run(doc)
	got, err := p.RunContext(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("RunContext with a live context differs from Run")
	}
	if len(got.Entities) == 0 || len(got.Quotes) == 0 || len(got.Claims) == 0 {
		t.Errorf("the seed gave %d entities, %d quotes, %d claims", len(got.Entities), len(got.Quotes), len(got.Claims))
	}
}

func TestRunContextCancelledBefore(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rec, err := New(nil).RunContext(ctx, seedDoc(t, 1))
	if !errors.Is(err, context.Canceled) || rec != nil {
		t.Fatalf("RunContext(cancelled) = %v, %v; want nil, context.Canceled", rec, err)
	}
}

// countdown is a context that turns done at the n-th look at Err: it
// cancels the pipeline at a chosen point of its work, the same point at
// every run.
type countdown struct {
	context.Context
	n, looks int
	done     chan struct{}
}

func newCountdown(n int) *countdown {
	return &countdown{Context: context.Background(), n: n, done: make(chan struct{})}
}

func (c *countdown) Done() <-chan struct{} { return c.done }

func (c *countdown) Err() error {
	c.looks++
	if c.looks >= c.n {
		return context.DeadlineExceeded
	}
	return nil
}

// TestRunContextStopsInEveryStage cancels the run at every point from
// its first look at the context to its last (doubling) and checks that
// each stage passes the error on and no record comes back.
func TestRunContextStopsInEveryStage(t *testing.T) {
	p := New(nil)
	doc := seedDoc(t, 4)
	full := newCountdown(1 << 62)
	if _, err := p.RunContext(full, doc); err != nil {
		t.Fatal(err)
	}
	if full.looks < 20 {
		t.Fatalf("a run of %d bytes looked at its context only %d times: the loops do not poll", len(doc.Text), full.looks)
	}
	for n := 1; n <= full.looks; n *= 2 {
		rec, err := p.RunContext(newCountdown(n), doc)
		if !errors.Is(err, context.DeadlineExceeded) || rec != nil {
			t.Fatalf("cancelled at look %d of %d: got %v, %v", n, full.looks, rec != nil, err)
		}
	}
}

// TestRunContextStopsSoon cancels a run over a long document while it
// works and reports how long it took to return. It asserts only that the
// run was cut short and returned the context's error; the time is logged
// (no timing assertions in unit tests: the machine may be loaded).
func TestRunContextStopsSoon(t *testing.T) {
	if testing.Short() {
		t.Skip("long document")
	}
	p := New(nil)
	doc := seedDoc(t, 200) // about 0.9 MB
	ctx, cancel := context.WithCancel(context.Background())
	var cancelled atomic.Int64
	go func() {
		time.Sleep(50 * time.Millisecond)
		cancelled.Store(time.Now().UnixNano())
		cancel()
	}()
	rec, err := p.RunContext(ctx, doc)
	end := time.Now().UnixNano()
	if err == nil {
		t.Skipf("the run finished before the cancel (%d bytes)", len(doc.Text))
	}
	if !errors.Is(err, context.Canceled) || rec != nil {
		t.Fatalf("got %v, %v", rec != nil, err)
	}
	t.Logf("returned %v after the cancel", time.Duration(end-cancelled.Load()))
}

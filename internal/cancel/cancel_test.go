package cancel

import (
	"context"
	"errors"
	"testing"
)

func TestPollNil(t *testing.T) {
	var p *Poll
	for range 3 * Every {
		if p.Stop() {
			t.Fatal("a nil Poll stopped")
		}
	}
	if p.Now() || p.Err() != nil {
		t.Fatal("a nil Poll reports a done context")
	}
	if New(context.Background()) != nil {
		t.Error("New(Background) is not nil: a context that cannot be cancelled needs no polling")
	}
}

func TestPollStopsWithinEvery(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	p := New(ctx)
	for range 2 * Every {
		if p.Stop() {
			t.Fatal("stopped before cancel")
		}
	}
	cancel()
	n := 0
	for !p.Stop() {
		n++
		if n > Every {
			t.Fatalf("not stopped after %d calls", n)
		}
	}
	if !errors.Is(p.Err(), context.Canceled) {
		t.Errorf("Err = %v, want context.Canceled", p.Err())
	}
	if !p.Stop() {
		t.Error("Stop forgot the cancellation")
	}
}

func TestPollNow(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	p := New(ctx)
	if p.Now() {
		t.Fatal("Now before cancel")
	}
	cancel()
	if !p.Now() || !errors.Is(p.Err(), context.Canceled) {
		t.Fatalf("Now after cancel: %v", p.Err())
	}
}

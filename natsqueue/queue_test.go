package natsqueue_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/natsqueue"
	"github.com/hebel-project/hebel/natsqueue/natsqueuetest"
)

// connect opens a queue of its own for the test, with short delays.
func connect(t *testing.T, tune func(*natsqueue.Config)) *natsqueue.Queue {
	t.Helper()
	cfg := natsqueuetest.NewConfig(t)
	cfg.Backoff = 50 * time.Millisecond
	cfg.AckWait = 2 * time.Second
	cfg.MaxAttempts = 3
	if tune != nil {
		tune(&cfg)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	q, err := natsqueue.Connect(ctx, cfg)
	if err != nil {
		t.Fatalf("Connect: %v", err)
	}
	t.Cleanup(func() { q.Close() })
	return q
}

// work runs the handler until the queue has no lag left or the time is
// up, and returns the stats.
func work(t *testing.T, q *natsqueue.Queue, h natsqueue.Handler) *natsqueue.Stats {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stats natsqueue.Stats
	done := make(chan error, 1)
	go func() { done <- q.Work(ctx, &stats, h) }()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		st, err := q.Status(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if st.Lag() == 0 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Work: %v", err)
	}
	return &stats
}

func TestPublishDeduplicates(t *testing.T) {
	q := connect(t, nil)
	ctx := context.Background()
	for i, want := range []bool{false, true} {
		dup, err := q.Publish(ctx, &natsqueue.Job{Name: fmt.Sprintf("a-%d.txt", i), Data: []byte("Der gleiche Text.")})
		if err != nil || dup != want {
			t.Fatalf("Publish #%d = %v, %v; want duplicate %v", i, dup, err, want)
		}
	}
	if dup, err := q.Publish(ctx, &natsqueue.Job{Name: "b.html", Format: "html", Data: []byte("Der gleiche Text.")}); err != nil || dup {
		t.Errorf("same bytes as another format: duplicate %v, %v; want a job of its own", dup, err)
	}
	st, err := q.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Queued != 2 || st.Pending != 2 {
		t.Errorf("status %+v; want 2 queued and pending", st)
	}
}

func TestPublishTooLarge(t *testing.T) {
	q := connect(t, nil)
	_, err := q.Publish(context.Background(), &natsqueue.Job{Name: "big.html", Data: make([]byte, q.MaxBody()+1)})
	if hebel.ErrorCode(err) != hebel.EINVALID || !strings.Contains(err.Error(), "max_payload") {
		t.Errorf("Publish over MaxBody: %v; want EINVALID naming max_payload", err)
	}
}

// TestWorkRoundTrip: the handler sees every field as published, each
// job once, and the queue is empty after the acks.
func TestWorkRoundTrip(t *testing.T) {
	q := connect(t, nil)
	ctx := context.Background()
	want := &natsqueue.Job{
		Name: "feed.xml#item-3", Format: "html", URL: "https://example.org/ä", Title: "Nordkorea – Truppen „in Kursk“ 😟",
		Author: "Jörg", Meta: []byte(`{"dates":[{"Time":"2024-11-20T08:30:00Z"}],"note":"Grüße"}`), Data: []byte("<p>Text</p>"),
		Problems: []hebel.Problem{{Code: "bad_date", Message: "unlesbares Datum", Extractor: "feed"}},
	}
	if _, err := q.Publish(ctx, want); err != nil {
		t.Fatal(err)
	}
	if _, err := q.Publish(ctx, &natsqueue.Job{Name: "b.txt", Data: []byte("zweiter")}); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	seen := map[string]*natsqueue.Job{}
	stats := work(t, q, func(_ context.Context, job *natsqueue.Job) error {
		mu.Lock()
		defer mu.Unlock()
		if seen[job.Name] != nil {
			t.Errorf("job %s handled twice", job.Name)
		}
		seen[job.Name] = job
		return nil
	})
	got := seen[want.Name]
	if got == nil {
		t.Fatalf("job %s not handled; saw %v", want.Name, seen)
	}
	if got.ID != want.ID || got.Title != want.Title || got.URL != want.URL || got.Author != want.Author ||
		!sameJSON(got.Meta, want.Meta) || string(got.Data) != string(want.Data) || got.Format != "html" ||
		len(got.Problems) != 1 || got.Problems[0].Message != "unlesbares Datum" || got.Attempt != 1 {
		t.Errorf("handled job %+v\nwant %+v", got, want)
	}
	if n := stats.Done.Load(); n != 2 {
		t.Errorf("done %d, want 2", n)
	}
	st, _ := q.Status(ctx)
	if st.Queued != 0 || st.Dead != 0 {
		t.Errorf("after work: %+v; want an empty queue", st)
	}
}

// TestWorkDeadLetter: a job that fails every attempt ends in the dead
// letters with its error after MaxAttempts deliveries; a job that fails
// once and then succeeds does not.
func TestWorkDeadLetter(t *testing.T) {
	q := connect(t, nil)
	ctx := context.Background()
	for _, name := range []string{"bad.bin", "flaky.txt", "good.txt"} {
		if _, err := q.Publish(ctx, &natsqueue.Job{Name: name, Data: []byte(name)}); err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex
	attempts := map[string]int{}
	stats := work(t, q, func(_ context.Context, job *natsqueue.Job) error {
		mu.Lock()
		defer mu.Unlock()
		attempts[job.Name]++
		switch {
		case job.Name == "bad.bin":
			return &hebel.Error{Code: hebel.EINVALID, Message: "binärer Inhalt"}
		case job.Name == "flaky.txt" && attempts[job.Name] == 1:
			return errors.New("once")
		}
		return nil
	})
	if attempts["bad.bin"] != 3 || attempts["flaky.txt"] != 2 || attempts["good.txt"] != 1 {
		t.Errorf("attempts %v; want bad 3, flaky 2, good 1", attempts)
	}
	if stats.Done.Load() != 2 || stats.Dead.Load() != 1 || stats.Failed.Load() != 4 || stats.Redelivered.Load() != 3 {
		t.Errorf("stats done %d dead %d failed %d redelivered %d; want 2 1 4 3",
			stats.Done.Load(), stats.Dead.Load(), stats.Failed.Load(), stats.Redelivered.Load())
	}
	dead, err := q.DeadLetters(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(dead) != 1 || dead[0].Name != "bad.bin" || dead[0].Error != "binärer Inhalt" || dead[0].Attempt != 3 || string(dead[0].Data) != "bad.bin" {
		t.Fatalf("dead letters %+v; want bad.bin with its error after 3 attempts", dead)
	}
	if st, _ := q.Status(ctx); st.Dead != 1 || st.Queued != 0 {
		t.Errorf("status %+v; want 1 dead, none queued", st)
	}
}

// TestWorkRelease: a job released on shutdown comes back without an
// attempt counted against it.
func TestWorkRelease(t *testing.T) {
	q := connect(t, nil)
	ctx := context.Background()
	if _, err := q.Publish(ctx, &natsqueue.Job{Name: "a.txt", Data: []byte("a")}); err != nil {
		t.Fatal(err)
	}
	var n int
	stats := work(t, q, func(context.Context, *natsqueue.Job) error {
		n++
		if n <= 4 { // more releases than MaxAttempts
			return fmt.Errorf("stopping: %w", natsqueue.ErrRelease)
		}
		return nil
	})
	if stats.Done.Load() != 1 || stats.Released.Load() != 4 || stats.Dead.Load() != 0 {
		t.Errorf("done %d released %d dead %d; want 1 4 0", stats.Done.Load(), stats.Released.Load(), stats.Dead.Load())
	}
}

// TestWorkPanic: a handler that panics fails the attempt; the worker
// lives on.
func TestWorkPanic(t *testing.T) {
	q := connect(t, func(c *natsqueue.Config) { c.MaxAttempts = 1 })
	if _, err := q.Publish(context.Background(), &natsqueue.Job{Name: "p.txt", Data: []byte("p")}); err != nil {
		t.Fatal(err)
	}
	stats := work(t, q, func(context.Context, *natsqueue.Job) error { panic("kaputt") })
	dead, _ := q.DeadLetters(context.Background(), 0)
	if stats.Dead.Load() != 1 || len(dead) != 1 || !strings.Contains(dead[0].Error, "kaputt") {
		t.Errorf("dead %d, letters %+v; want the panic as the error", stats.Dead.Load(), dead)
	}
}

// sameJSON reports whether two JSON texts hold the same value.
func sameJSON(a, b []byte) bool {
	var va, vb any
	return json.Unmarshal(a, &va) == nil && json.Unmarshal(b, &vb) == nil && reflect.DeepEqual(va, vb)
}

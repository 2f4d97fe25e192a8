// Package natsqueuetest gives tests a queue of their own on the NATS
// server $HEBEL_TEST_NATS names (by default the local one,
// nats://127.0.0.1:4222): streams with a unique name, deleted when the
// test ends, so that parallel tests and other people's never meet. A
// server that cannot be reached skips the test with one message, or fails
// it under CI (internal/servicetest).
//
// Only tests import it.
package natsqueuetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hebel-project/hebel/internal/servicetest"
	"github.com/hebel-project/hebel/natsqueue"
)

// EnvURL names the environment variable that overrides DefaultURL.
const EnvURL = "HEBEL_TEST_NATS"

// DefaultURL is the server tests use when $HEBEL_TEST_NATS is unset.
const DefaultURL = "nats://127.0.0.1:4222"

// URL returns the test server's URL.
func URL() string {
	if u := os.Getenv(EnvURL); u != "" {
		return u
	}
	return DefaultURL
}

var (
	reachOnce sync.Once
	reachErr  error
)

// reachable checks once per test binary that the server answers with
// JetStream enabled.
func reachable() error {
	reachOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		q, err := natsqueue.Connect(ctx, natsqueue.Config{URL: URL(), Stream: "HEBEL_TEST_PROBE"})
		if err != nil {
			reachErr = err
			return
		}
		reachErr = q.Delete(ctx)
		q.Close()
	})
	return reachErr
}

// NewConfig returns a queue configuration with a new, unique stream name
// on the test server, and deletes its streams when tb ends. It skips or
// fails tb as servicetest says when the server is down.
func NewConfig(tb testing.TB) natsqueue.Config {
	tb.Helper()
	if err := reachable(); err != nil {
		servicetest.Unavailable(tb, "NATS JetStream ($"+EnvURL+" or "+DefaultURL+")", err)
	}
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		tb.Fatal(err)
	}
	cfg := natsqueue.Config{URL: URL(), Stream: "HEBEL_TEST_" + strings.ToUpper(hex.EncodeToString(b[:]))}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		q, err := natsqueue.Connect(ctx, cfg)
		if err != nil {
			tb.Errorf("cleaning up: %v", err)
			return
		}
		defer q.Close()
		if err := q.Delete(ctx); err != nil {
			tb.Errorf("cleaning up: %v", err)
		}
	})
	return cfg
}

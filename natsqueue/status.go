package natsqueue

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Status is the state of the queue as the server sees it.
type Status struct {
	Stream      string
	Queued      uint64 // messages in the work stream: waiting or in flight
	Pending     uint64 // not yet delivered to any worker
	InFlight    int    // delivered and not yet acknowledged
	Redelivered int    // in flight and delivered more than once
	Waiting     int    // pull requests of idle workers
	Dead        uint64 // jobs in the dead letters
	Bytes       uint64 // bytes held by the work stream
}

// Lag is the work not yet done: pending plus in flight.
func (s *Status) Lag() uint64 { return s.Pending + uint64(s.InFlight) }

// Status asks the server for the state of the streams and the consumer.
func (q *Queue) Status(ctx context.Context) (*Status, error) {
	st := &Status{Stream: q.cfg.Stream}
	wi, err := q.work.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("queue status: %w", err)
	}
	st.Queued, st.Bytes = wi.State.Msgs, wi.State.Bytes
	cons, err := q.js.Consumer(ctx, q.cfg.Stream, consumerName)
	if err != nil {
		return nil, fmt.Errorf("queue status: %w", err)
	}
	ci, err := cons.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("queue status: %w", err)
	}
	st.Pending, st.InFlight, st.Redelivered, st.Waiting = ci.NumPending, ci.NumAckPending, ci.NumRedelivered, ci.NumWaiting
	di, err := q.dead.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("queue status: %w", err)
	}
	st.Dead = di.State.Msgs
	return st, nil
}

// DeadLetters returns up to limit dead letters, oldest first, each with
// its error, attempts and time of failure (limit 0: all of them).
func (q *Queue) DeadLetters(ctx context.Context, limit int) ([]*Job, error) {
	info, err := q.dead.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading dead letters: %w", err)
	}
	var jobs []*Job
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && seq > 0; seq++ {
		if limit > 0 && len(jobs) == limit {
			break
		}
		m, err := q.dead.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("reading dead letter %d: %w", seq, err)
		}
		job, _ := decodeJob(m.Header, m.Data)
		job.Sequence = seq
		job.Error = unquoteHeader(m.Header.Get(headerError))
		job.Attempt, _ = strconv.Atoi(m.Header.Get(headerAttempts))
		job.Failed, _ = time.Parse(time.RFC3339, m.Header.Get(headerFailed))
		jobs = append(jobs, job)
	}
	return jobs, nil
}

// unquoteHeader undoes headerText's escapes where it can.
func unquoteHeader(s string) string {
	if u, err := strconv.Unquote(`"` + strings.TrimSuffix(s, "...") + `"`); err == nil {
		if strings.HasSuffix(s, "...") {
			u += "…"
		}
		return u
	}
	return s
}

// Purge removes every job from the work stream and, with dead, the dead
// letters: for starting over.
func (q *Queue) Purge(ctx context.Context, dead bool) error {
	if err := q.work.Purge(ctx); err != nil {
		return fmt.Errorf("purging the queue: %w", err)
	}
	if dead {
		if err := q.dead.Purge(ctx); err != nil {
			return fmt.Errorf("purging the dead letters: %w", err)
		}
	}
	return nil
}

// Delete deletes the queue's streams and everything in them.
func (q *Queue) Delete(ctx context.Context) error {
	if err := q.js.DeleteKeyValue(ctx, q.cfg.Stream+"_TRIES"); err != nil && !errors.Is(err, jetstream.ErrBucketNotFound) {
		return fmt.Errorf("deleting the attempts bucket: %w", err)
	}
	for _, name := range []string{q.cfg.Stream, q.cfg.Stream + "_DEAD"} {
		if err := q.js.DeleteStream(ctx, name); err != nil && !errors.Is(err, jetstream.ErrStreamNotFound) {
			return fmt.Errorf("deleting stream %s: %w", name, err)
		}
	}
	return nil
}

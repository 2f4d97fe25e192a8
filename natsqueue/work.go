package natsqueue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// ErrRelease, wrapped into a handler's error, gives the job back to the
// queue at once without counting an attempt: the worker is stopping, not
// failing.
var ErrRelease = errors.New("released")

// Handler does one job. It returns nil once the job's result is committed
// (then, and only then, the message is acknowledged). An error is a failed
// attempt: the job is delivered again after a backoff, and after
// Config.MaxAttempts failures moved to the dead letters with the error.
// Errors of the infrastructure (a store that is down) should be retried
// inside the handler, so that they do not count as the document's.
type Handler func(ctx context.Context, job *Job) error

// Stats counts what a worker did. The fields are safe to read while Work
// runs.
type Stats struct {
	Done        atomic.Int64 // jobs acknowledged after the handler succeeded
	Failed      atomic.Int64 // attempts that failed (each delivery counts)
	Dead        atomic.Int64 // jobs this worker moved to the dead letters
	Redelivered atomic.Int64 // deliveries that were not a job's first
	Released    atomic.Int64 // jobs given back on shutdown
}

// fetchWait is how long one pull waits for a message; it bounds how late
// a worker notices that it should stop.
const fetchWait = 2 * time.Second

// Work pulls jobs one at a time and runs h on each until ctx ends, then
// returns nil. The job in hand when ctx ends is finished first: h gets a
// context that ctx's end does not cancel. While h runs, the message's ack
// deadline is pushed back every AckWait/3, so a long document is not
// redelivered to another worker. If the server cannot be reached, Work
// waits and tries again (the client reconnects by itself).
func (q *Queue) Work(ctx context.Context, stats *Stats, h Handler) error {
	var cons jetstream.Consumer
	for wait := time.Second; ; wait = min(2*wait, 30*time.Second) {
		var err error
		cons, err = q.js.Consumer(ctx, q.cfg.Stream, consumerName)
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return nil
		}
		if !sleep(ctx, wait) {
			return nil
		}
	}
	idle := time.Duration(0)
	for ctx.Err() == nil {
		batch, err := cons.Fetch(1, jetstream.FetchMaxWait(fetchWait))
		if err != nil {
			idle = min(max(2*idle, time.Second), 30*time.Second)
			if !sleep(ctx, idle) {
				return nil
			}
			continue
		}
		for msg := range batch.Messages() {
			q.handle(ctx, msg, stats, h)
		}
		if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && !errors.Is(err, context.DeadlineExceeded) {
			idle = min(max(2*idle, time.Second), 30*time.Second)
			if !sleep(ctx, idle) {
				return nil
			}
			continue
		}
		idle = 0
	}
	return nil
}

// tries is what the attempts bucket keeps about a job that did not
// succeed at its first delivery.
type tries struct {
	Failed   int    `json:"failed"`   // deliveries whose handler returned an error
	Released int    `json:"released"` // deliveries given back on shutdown
	Last     string `json:"last"`     // the last error
}

// handle runs h on one message and answers the server. Attempts are
// counted apart from deliveries: a delivery either fails (counted in the
// attempts bucket), is released (counted there too, never against the
// job) or gets no answer (the worker died: deliveries less failures less
// releases). A job goes to the dead letters after MaxAttempts failures,
// or after MaxAttempts deliveries without an answer, so that a document
// that kills every worker taking it does not circle forever.
func (q *Queue) handle(ctx context.Context, msg jetstream.Msg, stats *Stats, h Handler) {
	hctx := context.WithoutCancel(ctx)
	job, err := decodeJob(msg.Headers(), msg.Data())
	deliveries := 1
	if meta, merr := msg.Metadata(); merr == nil {
		deliveries = int(meta.NumDelivered)
		job.Sequence = meta.Sequence.Stream
	}
	var t tries
	if deliveries > 1 {
		stats.Redelivered.Add(1)
		t = q.getTries(hctx, job.ID)
	}
	job.Attempt = t.Failed + 1
	if ctx.Err() != nil { // fetched as we were told to stop: give it back
		q.release(hctx, msg, job, &t, stats)
		return
	}
	switch {
	case err != nil:
		// An unreadable message fails the same way every time.
		job.Attempt = max(job.Attempt, q.cfg.MaxAttempts)
	case deliveries-1-t.Failed-t.Released >= q.cfg.MaxAttempts:
		// Earlier deliveries got no answer at all: the workers holding
		// them died or hung. Do not hand it to another one.
		job.Attempt = max(job.Attempt, q.cfg.MaxAttempts)
		err = fmt.Errorf("delivered %d times without an answer: every worker that took it crashed or stalled", deliveries-1-t.Failed-t.Released)
		if t.Last != "" {
			err = fmt.Errorf("%w; the last error was: %s", err, t.Last)
		}
	default:
		stop := q.keepAlive(msg)
		err = runHandler(hctx, h, job)
		stop()
	}
	if err == nil {
		actx, cancel := context.WithTimeout(hctx, 10*time.Second)
		defer cancel()
		// The result is committed; if the ack is lost the job comes back
		// and the handler finds it done.
		_ = msg.DoubleAck(actx)
		stats.Done.Add(1)
		if deliveries > 1 {
			q.deleteTries(hctx, job.ID)
		}
		return
	}
	if errors.Is(err, ErrRelease) {
		q.release(hctx, msg, job, &t, stats)
		return
	}
	stats.Failed.Add(1)
	t.Failed++
	t.Last = err.Error()
	if job.Attempt < q.cfg.MaxAttempts {
		q.putTries(hctx, job.ID, &t)
		_ = msg.NakWithDelay(q.backoff(job.Attempt))
		return
	}
	if derr := q.deadLetter(hctx, job, err); derr != nil {
		q.putTries(hctx, job.ID, &t)
		_ = msg.NakWithDelay(q.backoff(job.Attempt))
		return
	}
	stats.Dead.Add(1)
	actx, cancel := context.WithTimeout(hctx, 10*time.Second)
	defer cancel()
	_ = msg.DoubleAck(actx)
	q.deleteTries(hctx, job.ID)
}

// release gives a job back at once, counting the release.
func (q *Queue) release(ctx context.Context, msg jetstream.Msg, job *Job, t *tries, stats *Stats) {
	t.Released++
	q.putTries(ctx, job.ID, t)
	stats.Released.Add(1)
	_ = msg.Nak()
}

// triesKey is a job's key in the attempts bucket: its hex digits.
func triesKey(id string) string {
	_, hex, _ := strings.Cut(id, ":")
	if hex == "" {
		hex = "none"
	}
	return hex
}

// getTries reads what the bucket knows of a job; nothing when the bucket
// cannot be read (the job then counts as new, which errs on the side of
// trying again).
func (q *Queue) getTries(ctx context.Context, id string) tries {
	var t tries
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if e, err := q.tries.Get(ctx, triesKey(id)); err == nil {
		_ = json.Unmarshal(e.Value(), &t)
	}
	return t
}

func (q *Queue) putTries(ctx context.Context, id string, t *tries) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if buf, err := json.Marshal(t); err == nil {
		_, _ = q.tries.Put(ctx, triesKey(id), buf)
	}
}

func (q *Queue) deleteTries(ctx context.Context, id string) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	_ = q.tries.Delete(ctx, triesKey(id))
}

// runHandler runs h, turning a panic into the job's error.
func runHandler(ctx context.Context, h Handler, job *Job) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return h(ctx, job)
}

// backoff is the delay before delivering a job again after its attempt-th
// failure: Backoff, doubled each time, at most a minute.
func (q *Queue) backoff(attempt int) time.Duration {
	d := q.cfg.Backoff
	for i := 1; i < attempt && d < time.Minute; i++ {
		d *= 2
	}
	return min(d, time.Minute)
}

// keepAlive tells the server every AckWait/3 that msg is still being
// worked on, until the returned function is called.
func (q *Queue) keepAlive(msg jetstream.Msg) (stop func()) {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(q.cfg.AckWait / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				_ = msg.InProgress()
			}
		}
	}()
	return func() { close(done) }
}

// deadLetter publishes the job with its error to the dead-letter stream,
// under the job's id, so that a job dead-lettered twice is kept once.
func (q *Queue) deadLetter(ctx context.Context, job *Job, cause error) error {
	meta, err := encodeHeader(job)
	if err != nil {
		return err
	}
	msg := nats.NewMsg(q.subject("dead"))
	msg.Header.Set(headerJob, meta)
	msg.Header.Set(headerError, headerText(cause.Error()))
	msg.Header.Set(headerAttempts, strconv.Itoa(job.Attempt))
	msg.Header.Set(headerFailed, time.Now().UTC().Format(time.RFC3339))
	msg.Data = job.Data
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := q.js.PublishMsg(pctx, msg, jetstream.WithMsgID(job.ID)); err != nil {
		return fmt.Errorf("dead-lettering %s: %w", job.Name, err)
	}
	return nil
}

// headerText makes s fit in one header value: no line breaks, at most
// 2,000 bytes, non-ASCII escaped as in JSON.
func headerText(s string) string {
	q := strconv.QuoteToASCII(s)
	q = q[1 : len(q)-1]
	if len(q) > 2000 {
		q = q[:2000] + "..."
	}
	return q
}

// sleep waits d or until ctx ends, and reports whether ctx is still live.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

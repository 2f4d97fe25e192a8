package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	nethttp "net/http"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/ingest"
	"github.com/hebel-project/hebel/metrics"
	"github.com/hebel-project/hebel/natsqueue"
)

// Defaults of 'hebel worker'.
const (
	defaultProgress = 10 * time.Second // how often a worker reports
	storeGrace      = 30 * time.Second // how long a stopping worker still retries the store
	maxStoreWait    = 30 * time.Second // the longest pause between retries of the store
)

// workerCounts are a worker's counters beyond the queue's own.
type workerCounts struct {
	stored       int64 // records created
	unchanged    int64 // records found stored already (a redelivery, another worker)
	storeRetries int64 // writes retried because the store failed
	lag          int64 // the queue's lag at the last look, -1 unknown
}

func (m *Main) newWorkerCommand() *cobra.Command {
	var (
		rf          readFlags
		qf          queueFlags
		jobs        int
		metricsAddr string
		progress    time.Duration
	)
	cmd := &cobra.Command{
		Use:   "worker --queue nats://HOST:4222 --db postgres://…",
		Short: "Take documents from the work queue, extract them and store their records",
		Long: `Worker pulls documents that 'hebel ingest --queue' published, extracts each
and writes its record to the store in one transaction, and acknowledges the
message only after the commit: a worker killed at any point loses nothing, the
document is delivered again (after --ack-wait) and stored once. Workers keep no
state: start as many as the machines have cores, on as many machines as you like,
all with the same --queue and --db.

A document that fails (binary, empty, unreadable) is retried after --backoff,
doubling, and after --max-attempts failures moved to the dead letters with its
error ('hebel queue status' lists them). A store that is down is not the
document's fault: the worker retries the write with backoff until the store is
back. SIGINT or SIGTERM: the worker takes no new document, finishes the one in
hand (retrying the store for at most 30 s more) and exits.

Every --progress the worker reports documents done, the rate, failures and the
queue's lag on stderr; --metrics-addr serves the same counters on /metrics in
Prometheus text format.`,
		Example: `  hebel worker --queue nats://127.0.0.1:4222 --db postgres://hebel@db:5432/hebel --metrics-addr :9464
  HEBEL_QUEUE=nats://127.0.0.1:4222 HEBEL_DB=postgres://… hebel worker -j 2`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if jobs < 1 {
				return usagef("-j must be at least 1")
			}
			x, err := rf.extractor(nil)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			db, err := m.openDBRetrying(cmd)
			if err != nil {
				return err
			}
			defer db.Close()
			q, err := m.connectQueue(ctx, &qf)
			if err != nil {
				return err
			}
			defer q.Close()
			w := &worker{m: m, x: x, store: db.Records, q: q, stop: ctx, counts: workerCounts{lag: -1}, start: time.Now()}
			if metricsAddr != "" {
				stopMetrics, err := m.serveMetrics(metricsAddr, w)
				if err != nil {
					return err
				}
				defer stopMetrics()
			}
			fmt.Fprintf(m.Stderr, "%s: worker on %s, storing in %s, %d at a time\n", programName, q, db.Name, jobs)
			reportDone := w.reportEvery(progress)
			var wg sync.WaitGroup
			for range jobs {
				wg.Add(1)
				go func() {
					defer wg.Done()
					q.Work(ctx, &w.stats, w.handle)
				}()
			}
			wg.Wait()
			reportDone()
			fmt.Fprintf(m.Stderr, "%s: worker stopped: %s\n", programName, w.summary())
			return nil
		},
	}
	rf.register(cmd)
	qf.register(cmd)
	qf.registerWork(cmd)
	cmd.Flags().IntVarP(&jobs, "jobs", "j", 1, "documents to work on at once in this process")
	cmd.Flags().StringVar(&metricsAddr, "metrics-addr", "", "serve Prometheus metrics on http://ADDR/metrics (e.g. 127.0.0.1:9464; port 0: any free port)")
	cmd.Flags().DurationVar(&progress, "progress", defaultProgress, "report progress this often on stderr (0: only at the end)")
	return cmd
}

// openDBRetrying opens the store, waiting for a server that is not up yet
// (workers often start with the database): it tries with backoff until
// the command's context ends.
func (m *Main) openDBRetrying(cmd *cobra.Command) (*stores, error) {
	for wait := time.Second; ; wait = min(2*wait, maxStoreWait) {
		db, err := m.openDB(cmd)
		if err == nil || hebel.ErrorCode(err) != hebel.EINTERNAL {
			return db, err
		}
		fmt.Fprintf(m.Stderr, "%s: %v; retrying in %s\n", programName, err, wait)
		select {
		case <-cmd.Context().Done():
			return nil, err
		case <-time.After(wait):
		}
	}
}

// worker is one 'hebel worker' process.
type worker struct {
	m     *Main
	x     *ingest.Extractor
	store hebel.RecordStore
	q     *natsqueue.Queue
	stop  context.Context // ends when the worker is told to stop
	stats natsqueue.Stats
	start time.Time

	mu     sync.Mutex // guards counts
	counts workerCounts
}

// handle extracts one job and stores its record; the queue acknowledges
// the job when handle returns nil.
func (w *worker) handle(ctx context.Context, job *natsqueue.Job) error {
	part, err := partOf(job)
	if err != nil {
		return err
	}
	rec, err := w.x.ExtractPart(part)
	if err != nil {
		return err // the document's fault: counted, retried, dead-lettered
	}
	var stopped time.Time
	for wait := 100 * time.Millisecond; ; wait = min(2*wait, maxStoreWait) {
		created, err := w.store.PutRecord(ctx, rec, false)
		if err == nil {
			w.mu.Lock()
			if created {
				w.counts.stored++
			} else {
				w.counts.unchanged++
			}
			w.mu.Unlock()
			return nil
		}
		if hebel.ErrorCode(err) != hebel.EINTERNAL {
			return err // the store refuses this record: the document's fault
		}
		// The store is down or failing: not the document's fault. Retry
		// until it is back; a stopping worker gives the job back.
		w.mu.Lock()
		w.counts.storeRetries++
		w.mu.Unlock()
		if w.stop.Err() != nil {
			if stopped.IsZero() {
				stopped = time.Now()
			} else if time.Since(stopped) > storeGrace {
				return fmt.Errorf("giving %s back: %w: %v", job.Name, natsqueue.ErrRelease, err)
			}
		}
		fmt.Fprintf(w.m.Stderr, "%s: storing %s: %v; retrying in %s\n", programName, job.Name, err, wait)
		time.Sleep(wait)
	}
}

// reportEvery prints progress every d until the returned function is
// called, which prints nothing more. It also refreshes the queue's lag.
func (w *worker) reportEvery(d time.Duration) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		every := d
		if every <= 0 {
			every = defaultProgress
		}
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				w.refreshLag()
				if d > 0 {
					fmt.Fprintf(w.m.Stderr, "%s: %s\n", programName, w.summary())
				}
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// refreshLag asks the server for the queue's lag.
func (w *worker) refreshLag() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	lag := int64(-1)
	if st, err := w.q.Status(ctx); err == nil {
		lag = int64(st.Lag())
	}
	w.mu.Lock()
	w.counts.lag = lag
	w.mu.Unlock()
}

// summary is one line of progress.
func (w *worker) summary() string {
	done := w.stats.Done.Load()
	elapsed := time.Since(w.start)
	w.mu.Lock()
	c := w.counts
	w.mu.Unlock()
	lag := "?"
	if c.lag >= 0 {
		lag = fmt.Sprint(c.lag)
	}
	return fmt.Sprintf("%d done (%d stored, %d already stored) in %s, %.1f docs/s; %d failed attempts, %d dead-lettered, %d redelivered, %d store retries; queue lag %s",
		done, c.stored, c.unchanged, elapsed.Round(time.Second), float64(done)/max(elapsed.Seconds(), 1e-9),
		w.stats.Failed.Load(), w.stats.Dead.Load(), w.stats.Redelivered.Load(), c.storeRetries, lag)
}

// collect returns the worker's metrics.
func (w *worker) collect() []metrics.Metric {
	w.mu.Lock()
	c := w.counts
	w.mu.Unlock()
	return []metrics.Metric{
		{Name: "hebel_worker_documents_done_total", Help: "Documents acknowledged after their record was committed, by outcome.", Type: metrics.Counter,
			Samples: []metrics.Sample{
				{Labels: map[string]string{"outcome": "stored"}, Value: float64(c.stored)},
				{Labels: map[string]string{"outcome": "unchanged"}, Value: float64(c.unchanged)},
			}},
		metrics.One("hebel_worker_documents_failed_total", "Attempts that failed (each failed delivery counts).", metrics.Counter, float64(w.stats.Failed.Load())),
		metrics.One("hebel_worker_documents_dead_total", "Documents this worker moved to the dead letters.", metrics.Counter, float64(w.stats.Dead.Load())),
		metrics.One("hebel_worker_documents_redelivered_total", "Deliveries that were not a document's first.", metrics.Counter, float64(w.stats.Redelivered.Load())),
		metrics.One("hebel_worker_documents_released_total", "Documents given back to the queue on shutdown.", metrics.Counter, float64(w.stats.Released.Load())),
		metrics.One("hebel_worker_store_retries_total", "Writes retried because the store failed.", metrics.Counter, float64(c.storeRetries)),
		metrics.One("hebel_worker_queue_lag", "Documents waiting or in flight in the queue at the last look (-1: unknown).", metrics.Gauge, float64(c.lag)),
		metrics.One("hebel_worker_uptime_seconds", "Seconds since the worker started.", metrics.Gauge, time.Since(w.start).Seconds()),
	}
}

// serveMetrics serves the worker's metrics on addr until the returned
// function is called.
func (m *Main) serveMetrics(addr string, w *worker) (stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listening on %s: %w", addr, err)
	}
	mux := nethttp.NewServeMux()
	mux.Handle("GET /metrics", metrics.Handler(func() []metrics.Metric {
		w.refreshLag()
		return w.collect()
	}))
	srv := &nethttp.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second,
		ErrorLog: slog.NewLogLogger(slog.NewTextHandler(m.Stderr, nil).WithAttrs(nil), slog.LevelWarn)}
	fmt.Fprintf(m.Stderr, "%s: metrics on http://%s/metrics\n", programName, ln.Addr())
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, nethttp.ErrServerClosed) {
			fmt.Fprintf(m.Stderr, "%s: metrics: %v\n", programName, err)
		}
	}()
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}, nil
}

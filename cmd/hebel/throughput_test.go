package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/hebel-project/hebel/internal/privateserver"
	"github.com/hebel-project/hebel/natsqueue"
	"github.com/hebel-project/hebel/postgres"
)

// envThroughput turns on TestQueueThroughput, a measurement for
// docs/BENCHMARKS.md, not a check: it takes minutes.
const envThroughput = "HEBEL_MEASURE_THROUGHPUT"

// TestQueueThroughput measures documents per second of 1 and 2 worker
// processes through a private NATS server into SQLite and into a private
// PostgreSQL, over the fault test's corpus (N documents from
// $HEBEL_MEASURE_THROUGHPUT, e.g. 1000), and the bytes PostgreSQL uses
// per stored document.
func TestQueueThroughput(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv(envThroughput))
	if n <= 0 {
		t.Skipf("a measurement: set $%s to a number of documents to run it", envThroughput)
	}
	dir := t.TempDir()
	inputs := append([]string{dir}, faultCorpus(t, dir, n, n/8)...)
	nats := privateserver.StartNATS(t, 8<<20)
	pg := privateserver.StartPostgres(t)
	for _, engine := range []string{"sqlite", "postgres"} {
		for _, workers := range []int{1, 2} {
			stream := fmt.Sprintf("T_%s_%d", engine, workers)
			var db string
			if engine == "sqlite" {
				db = filepath.Join(t.TempDir(), "hebel.db")
			} else {
				db, _ = postgres.WithSchema(pg.Conn, "hebel_"+stream)
			}
			q := []string{"--queue", nats.URL, "--stream", stream}
			if code, _, errOut := run(t, "", nil, append(append([]string{"ingest", "-q"}, q...), inputs...)...); code != 0 {
				t.Fatalf("ingest: %s", errOut)
			}
			queue, err := natsqueue.Connect(context.Background(), natsqueue.Config{URL: nats.URL, Stream: stream})
			if err != nil {
				t.Fatal(err)
			}
			// Open the store once, so that no worker's time goes into
			// creating the schema.
			s, err := openStores(context.Background(), db)
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			args := append([]string{"worker", "--db", db, "--max-attempts", "1", "--progress", "0"}, q...)
			start := time.Now()
			var procs []*workerProc
			for i := range workers {
				procs = append(procs, startWorker(t, t.TempDir(), i, args))
			}
			for {
				st, err := queue.Status(context.Background())
				if err != nil {
					t.Fatal(err)
				}
				if st.Lag() == 0 {
					break
				}
				time.Sleep(50 * time.Millisecond)
			}
			elapsed := time.Since(start)
			for _, p := range procs {
				p.cmd.Process.Signal(syscall.SIGTERM)
				p.cmd.Wait()
			}
			queue.Close()
			size := ""
			if engine == "postgres" {
				pdb, err := postgres.Open(context.Background(), db)
				if err != nil {
					t.Fatal(err)
				}
				sizes, err := pdb.TableSizes(context.Background())
				pdb.Close()
				if err != nil {
					t.Fatal(err)
				}
				var total, docs int64
				for _, ts := range sizes {
					total += ts.Bytes
					if ts.Table == "documents" {
						docs = ts.Rows
					}
					t.Logf("  %-18s %8d rows %12d bytes", ts.Table, ts.Rows, ts.Bytes)
				}
				size = fmt.Sprintf("%d bytes in all, %d per document", total, total/max(docs, 1))
			}
			if engine == "sqlite" {
				var total int64
				for _, f := range []string{db, db + "-wal"} {
					if fi, err := os.Stat(f); err == nil {
						total += fi.Size()
					}
				}
				size = fmt.Sprintf("%d bytes (file and WAL)", total)
			}
			t.Logf("%s, %d worker(s): %d documents in %s: %.1f docs/s %s", engine, workers, n, elapsed.Round(time.Millisecond),
				float64(n)/elapsed.Seconds(), size)
		}
	}
}

package main

import (
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hebel-project/hebel/natsqueue/natsqueuetest"
	"github.com/hebel-project/hebel/postgres/postgrestest"
)

var metricsRE = regexp.MustCompile(`metrics on (http://\S+/metrics)`)

// TestQueueWorker publishes a folder (two articles, a copy of one, an
// empty file and a binary one named .txt, which a directory walk takes)
// to a queue of its own, runs 'hebel worker' in-process against a PostgreSQL schema of its own until the queue is
// empty, and checks the store, the dead letters and the metrics.
func TestQueueWorker(t *testing.T) {
	cfg := natsqueuetest.NewConfig(t)
	db := postgrestest.NewSchema(t)
	dir := t.TempDir()
	seed, err := os.ReadFile("../../examples/seed-article.de.txt")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"a.txt":      seed,
		"copy.txt":   seed,
		"b.txt":      []byte("Russland hat nach Angaben aus Kiew rund 500 Soldaten verlegt. Das sagte ein Sprecher am Montag."),
		"empty.txt":  nil,
		"binary.txt": {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0},
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	q := []string{"--queue", cfg.URL, "--stream", cfg.Stream}
	code, out, errOut := run(t, "", nil, append([]string{"ingest"}, append(q, dir)...)...)
	if code != 0 || strings.Count(out, "queued\t") != 4 || strings.Count(out, "duplicate\t") != 1 {
		t.Fatalf("ingest --queue: exit %d, out %q, stderr %q", code, out, errOut)
	}

	var stderr lockedBuffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr, Getenv: func(string) string { return "" }}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int, 1)
	go func() {
		done <- m.Run(ctx, append([]string{"worker", "--db", db, "--max-attempts", "2", "--backoff", "50ms",
			"--metrics-addr", "127.0.0.1:0", "--progress", "0"}, q...))
	}()
	var status string
	for deadline := time.Now().Add(60 * time.Second); ; {
		_, status, _ = run(t, "", nil, append([]string{"queue", "status"}, q...)...)
		if strings.Contains(status, "waiting 0, in flight 0") && strings.Contains(status, "dead letters 2") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("queue not worked off: %s\nworker: %s", status, stderr.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	mm := metricsRE.FindStringSubmatch(stderr.String())
	if mm == nil {
		t.Fatalf("no metrics address: %s", stderr.String())
	}
	resp, err := http.Get(mm[1])
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`hebel_worker_documents_done_total{outcome="stored"} 2`,
		"hebel_worker_documents_dead_total 2",
		"hebel_worker_documents_failed_total 4",
		"hebel_worker_queue_lag 0",
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q:\n%s", want, body)
		}
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("worker exited %d: %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "worker stopped: 2 done") {
		t.Errorf("no final report: %s", stderr.String())
	}
	for _, want := range []string{"empty.txt", "empty input", "binary.txt", "binary input"} {
		if !strings.Contains(status, want) {
			t.Errorf("queue status lacks %q:\n%s", want, status)
		}
	}
	code, out, _ = run(t, "", nil, "--db", db, "docs")
	if code != 0 || strings.Count(out, "sha256:") != 2 {
		t.Errorf("docs after the worker: exit %d\n%s", code, out)
	}
}

func TestQueueUsage(t *testing.T) {
	if code, _, errOut := run(t, "", nil, "queue", "status"); code != exitUsage || !strings.Contains(errOut, "--queue") {
		t.Errorf("queue status without a queue: exit %d, %q", code, errOut)
	}
	if code, _, errOut := run(t, "", nil, "ingest", "--queue", "nats://127.0.0.1:1", "--force", "x"); code != exitUsage {
		t.Errorf("ingest --queue --force: exit %d, %q", code, errOut)
	}
}

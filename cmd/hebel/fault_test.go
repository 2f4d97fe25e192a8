package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/ingest"
	"github.com/hebel-project/hebel/internal/privateserver"
	"github.com/hebel-project/hebel/natsqueue"
	"github.com/hebel-project/hebel/postgres"
)

// envRunMain makes the test binary run hebel itself: the fault test
// starts workers as real processes it can kill.
const envRunMain = "HEBEL_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(envRunMain) == "1" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		code := NewMain().Run(ctx, os.Args[1:])
		stop()
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// faultCorpus writes n documents: into dir pages of trafilatura-eval,
// the texts of news-dev and news-dev2, then copies of the texts with a
// unique sentence added; into a directory of their own three invalid ones
// (two binary files and an empty one), whose names it returns: they are
// to be named on the command line, since a directory walk skips what is
// no document.
func faultCorpus(t *testing.T, dir string, n, pages int) []string {
	t.Helper()
	var texts [][]byte
	for _, set := range []string{"data/eval/news-dev", "data/eval/news-dev2"} {
		files, _ := filepath.Glob(filepath.Join(sharedDir(t, set), "*.txt"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, data)
		}
	}
	gz, _ := filepath.Glob(filepath.Join(sharedDir(t, "data/eval/trafilatura-eval/html"), "*.html.gz"))
	sort.Strings(gz)
	written := 0
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		written++
	}
	for i, f := range gz[:min(pages, len(gz))] {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		page, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		write(fmt.Sprintf("page-%04d.html", i), page)
	}
	for i := 0; written < n-3; i++ {
		text := texts[i%len(texts)]
		if i >= len(texts) {
			text = append(append([]byte{}, text...), fmt.Sprintf("\n\nNachtrag Nr. %d zu dieser Meldung.\n", i)...)
		}
		write(fmt.Sprintf("text-%04d.txt", i), text)
	}
	invalid := map[string][]byte{
		"invalid-elf.bin":   append([]byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, bytes.Repeat([]byte{0, 1, 2, 3}, 64)...),
		"invalid-png.bin":   append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 0xff}, 64)...),
		"invalid-empty.txt": nil,
	}
	bad := t.TempDir()
	var names []string
	for name, data := range invalid {
		path := filepath.Join(bad, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, path)
	}
	sort.Strings(names)
	return names
}

// expectation is what the store and the dead letters must hold at the
// end, from extracting every document once in this process.
type expectation struct {
	ids       map[string]bool // document ids
	claims    int             // claims of those documents
	estimates int             // typed claims of those documents
	failed    map[string]bool // sources that fail extraction
}

func expect(t *testing.T, args []string) *expectation {
	t.Helper()
	x, err := defaultReadFlags().extractor(nil)
	if err != nil {
		t.Fatal(err)
	}
	e := &expectation{ids: map[string]bool{}, failed: map[string]bool{}}
	inputs, errs := ingest.Expand(args)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, in := range inputs {
		x.ExtractAll(context.Background(), in, func(rec *hebel.Record, err error) error {
			if err != nil {
				e.failed[in.Name] = true
				return nil
			}
			if !e.ids[rec.Document.ID] {
				e.ids[rec.Document.ID] = true
				e.claims += len(rec.Claims)
				for _, c := range rec.Claims {
					if c.Measure != "" {
						e.estimates++
					}
				}
			}
			return nil
		})
	}
	return e
}

// workerProc is one 'hebel worker' process.
type workerProc struct {
	cmd    *exec.Cmd
	stderr *os.File
}

func startWorker(t *testing.T, logDir string, n int, args []string) *workerProc {
	t.Helper()
	f, err := os.Create(filepath.Join(logDir, fmt.Sprintf("worker-%02d.log", n)))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), envRunMain+"=1")
	cmd.Stdout, cmd.Stderr = f, f
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return &workerProc{cmd: cmd, stderr: f}
}

// TestFaultTolerance is the acceptance test of the queue: three real
// worker processes over 2,000 documents (300 with -short) on a private
// NATS server and a private PostgreSQL; one worker is killed with
// SIGKILL at several points of the run and replaced, and PostgreSQL is
// restarted in the middle. At the end every document is stored exactly
// once with one set of estimates, the queue is empty and the dead letters
// hold exactly the documents that cannot be read, with their errors.
func TestFaultTolerance(t *testing.T) {
	n, pages := 2000, 120
	if testing.Short() {
		n, pages = 300, 40
	}
	dir := t.TempDir()
	invalid := faultCorpus(t, dir, n, pages)
	inputs := append([]string{dir}, invalid...)
	nats := privateserver.StartNATS(t, 8<<20)
	pg := privateserver.StartPostgres(t)
	db, err := postgres.WithSchema(pg.Conn, "hebel_fault")
	if err != nil {
		t.Fatal(err)
	}
	const stream = "FAULT"
	q := []string{"--queue", nats.URL, "--stream", stream}

	start := time.Now()
	exp := expect(t, inputs)
	t.Logf("expectation: %d documents, %d claims, %d estimates, %d failing inputs, in %s", len(exp.ids), exp.claims, exp.estimates, len(exp.failed), time.Since(start).Round(time.Millisecond))
	for _, name := range invalid {
		if !exp.failed[name] {
			t.Fatalf("%s is read without error: not an invalid document", name)
		}
	}
	code, _, errOut := run(t, "", nil, append(append([]string{"ingest", "-q"}, q...), inputs...)...)
	if code != 0 {
		t.Fatalf("ingest --queue: exit %d: %s", code, errOut)
	}

	ctx := context.Background()
	queue, err := natsqueue.Connect(ctx, natsqueue.Config{URL: nats.URL, Stream: stream})
	if err != nil {
		t.Fatal(err)
	}
	defer queue.Close()
	st, err := queue.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	jobs := int(st.Pending)
	if jobs != n {
		t.Fatalf("%d jobs queued, want %d", jobs, n)
	}

	logDir := t.TempDir()
	args := append([]string{"worker", "--db", db, "--ack-wait", "3s", "--backoff", "100ms", "--max-attempts", "3", "--progress", "5s"}, q...)
	workers := make([]*workerProc, 3)
	started := 0
	for i := range workers {
		workers[i] = startWorker(t, logDir, started, args)
		started++
	}
	defer func() {
		for _, w := range workers {
			if w.cmd.ProcessState == nil {
				w.cmd.Process.Kill()
				w.cmd.Wait()
			}
		}
		if t.Failed() {
			logs, _ := filepath.Glob(filepath.Join(logDir, "*.log"))
			for _, l := range logs {
				data, _ := os.ReadFile(l)
				t.Logf("%s:\n%s", filepath.Base(l), data)
			}
		}
	}()

	// Kill a random worker when these shares of the jobs are done,
	// restart PostgreSQL at half.
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 0))
	t.Logf("seed %d", seed)
	kills := []float64{0.08, 0.2, 0.35, 0.6, 0.8}
	restarted := false
	workStart := time.Now()
	deadline := workStart.Add(12 * time.Minute)
	nKills := 0
	for {
		st, err := queue.Status(ctx)
		if err != nil {
			t.Fatal(err)
		}
		done := 1 - float64(st.Pending)/float64(jobs)
		if nKills < len(kills) && done >= kills[nKills] {
			i := rng.IntN(len(workers))
			workers[i].cmd.Process.Signal(syscall.SIGKILL)
			workers[i].cmd.Wait()
			t.Logf("%.0f%% delivered: killed worker %d (SIGKILL), in flight %d", 100*done, i, st.InFlight)
			workers[i] = startWorker(t, logDir, started, args)
			started++
			nKills++
		}
		if !restarted && done >= 0.5 {
			t.Logf("%.0f%% delivered: restarting PostgreSQL", 100*done)
			if err := pg.Stop(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(2 * time.Second)
			if err := pg.Start(); err != nil {
				t.Fatal(err)
			}
			restarted = true
		}
		if st.Lag() == 0 && int(st.Dead) == len(exp.failed) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("queue not worked off in time: %+v", st)
		}
		time.Sleep(100 * time.Millisecond)
	}
	elapsed := time.Since(workStart)
	for i, w := range workers {
		w.cmd.Process.Signal(syscall.SIGTERM)
		if err := w.cmd.Wait(); err != nil {
			t.Errorf("worker %d after SIGTERM: %v", i, err)
		}
	}
	t.Logf("%d jobs in %s with %d kills and a PostgreSQL restart: %.1f docs/s", jobs, elapsed.Round(time.Millisecond), nKills,
		float64(jobs)/elapsed.Seconds())

	store, err := postgres.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	docs, total, err := postgres.NewRecordStore(store).FindDocuments(ctx, hebel.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	claims := 0
	for _, d := range docs {
		got[d.ID]++
		claims += d.Claims
	}
	if claims != exp.claims {
		t.Errorf("stored documents have %d claims, want %d", claims, exp.claims)
	}
	missing, extra := 0, 0
	for id := range exp.ids {
		if got[id] == 0 {
			missing++
		}
	}
	for id, k := range got {
		if !exp.ids[id] || k > 1 {
			extra++
		}
	}
	if total != len(exp.ids) || missing > 0 || extra > 0 {
		t.Errorf("store holds %d documents, want %d: %d missing, %d unexpected or repeated", total, len(exp.ids), missing, extra)
	}
	ests, err := postgres.NewFigureStore(store).FindEstimates(ctx, hebel.EstimateFilter{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	dups := 0
	for _, e := range ests {
		k := fmt.Sprintf("%s#%d", e.DocumentID, e.ClaimIndex)
		if seen[k] {
			dups++
		}
		seen[k] = true
	}
	if dups > 0 || len(ests) != exp.estimates {
		t.Errorf("%d estimates (%d repeated), want %d", len(ests), dups, exp.estimates)
	}
	dead, err := queue.DeadLetters(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	deadNames := map[string]bool{}
	for _, j := range dead {
		if deadNames[j.Name] {
			t.Errorf("dead letter %s twice", j.Name)
		}
		deadNames[j.Name] = true
		if j.Error == "" || !exp.failed[j.Name] {
			t.Errorf("dead letter %s (error %q) is not a document that fails", j.Name, j.Error)
		}
	}
	for name := range exp.failed {
		if !deadNames[name] {
			t.Errorf("%s fails but is not in the dead letters", name)
		}
	}
	for _, j := range dead {
		switch filepath.Base(j.Name) {
		case "invalid-empty.txt":
			if !strings.Contains(j.Error, "empty") {
				t.Errorf("dead letter %s: error %q does not say it is empty", j.Name, j.Error)
			}
		case "invalid-elf.bin", "invalid-png.bin":
			if !strings.Contains(j.Error, "binary") {
				t.Errorf("dead letter %s: error %q does not say it is binary", j.Name, j.Error)
			}
		}
	}
	t.Logf("stored %d documents, %d estimates; %d dead letters: %v", total, len(ests), len(dead), deadNames)
}

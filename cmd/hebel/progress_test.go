package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// fakeClock is a clock the test moves.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time { return c.t }

func testProgress(terminal, quiet bool) (*progress, *bytes.Buffer, *fakeClock) {
	var b bytes.Buffer
	m := &Main{Stderr: &b, Getenv: func(string) string { return "" },
		Terminal: func(io.Writer) bool { return terminal }}
	clock := &fakeClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	p := m.newProgress(quiet, "ingest", "documents", 10_000_000, 100)
	p.now = clock.now
	p.start, p.shown = clock.t, clock.t
	return p, &b, clock
}

// TestProgressBar: on a terminal the bar is redrawn in place with share,
// files, documents, rates and ETA, other lines are written without
// mixing into it, and finish takes it away.
func TestProgressBar(t *testing.T) {
	p, b, clock := testProgress(true, false)
	clock.t = clock.t.Add(2 * time.Second)
	p.update(2_500_000, 40, 1, 25)
	out := b.String()
	for _, want := range []string{"\ringest ", "█", "░", " 25%", "40 documents (1 failed)", "ETA 6s", "25/100 files", "20/s", "\x1b[K"} {
		if !strings.Contains(out, want) {
			t.Errorf("bar %q lacks %q", out, want)
		}
	}
	if strings.Contains(out, "\n") {
		t.Errorf("bar %q has a line end", out)
	}
	// Too soon to redraw.
	clock.t = clock.t.Add(10 * time.Millisecond)
	p.update(2_600_000, 41, 1, 26)
	if b.String() != out {
		t.Errorf("redrawn after 10 ms: %q", b.String()[len(out):])
	}
	// A line in between clears the bar first.
	p.println(b, "hebel: a.txt: empty input")
	if !strings.HasSuffix(b.String(), "\r\x1b[Khebel: a.txt: empty input\n") {
		t.Errorf("line after the bar: %q", b.String()[len(out):])
	}
	clock.t = clock.t.Add(time.Second)
	p.update(10_000_000, 100, 1, 100)
	p.finish()
	if !strings.Contains(b.String(), "100%") || !strings.HasSuffix(b.String(), "\r\x1b[K") {
		t.Errorf("end: %q", b.String())
	}
}

// TestProgressPlain: not on a terminal, a plain line every plainEvery.
func TestProgressPlain(t *testing.T) {
	p, b, clock := testProgress(false, false)
	for i := 1; i <= 20; i++ {
		clock.t = clock.t.Add(time.Second)
		p.update(int64(i)*500_000, i*5, 0, i*5)
	}
	p.finish()
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d lines in 20 s, want 4: %q", len(lines), b.String())
	}
	if want := "hebel: ingest: 25% of 10.0 MB (25/100 files), 25 documents, 5 documents/s, 500 kB/s, ETA 15s"; lines[0] != want {
		t.Errorf("line\n got %q\nwant %q", lines[0], want)
	}
	if strings.ContainsAny(b.String(), "\r\x1b") {
		t.Errorf("plain lines hold terminal controls: %q", b.String())
	}
}

func TestProgressQuiet(t *testing.T) {
	for _, terminal := range []bool{true, false} {
		p, b, clock := testProgress(terminal, true)
		clock.t = clock.t.Add(time.Minute)
		p.update(1, 1, 0, 1)
		p.println(b, "x")
		p.finish()
		if b.String() != "x\n" {
			t.Errorf("quiet (terminal %v): %q", terminal, b.String())
		}
	}
}

func TestProgressETA(t *testing.T) {
	p := &progress{total: 1000}
	for _, tc := range []struct {
		done    int64
		elapsed float64
		want    string
	}{{0, 1, "?"}, {500, 10, "10s"}, {10, 10, "16m30s"}, {1, 10, "2h46m"}} {
		p.done = tc.done
		if got := p.eta(tc.elapsed); got != tc.want {
			t.Errorf("eta(%d of 1000 in %gs) = %q, want %q", tc.done, tc.elapsed, got, tc.want)
		}
	}
}

// TestIngestProgressTTY runs the real binary on trafilatura-eval pages
// (compressed HTML): under a pseudo-terminal (script(1)) stderr shows a
// bar redrawn in place, through a pipe plain progress lines. The
// acceptance run over all 960 pages is in docs/BENCHMARKS.md; this test
// takes 40 of them and a short plain-line interval.
func TestIngestProgressTTY(t *testing.T) {
	bin := hebelBinary(t)
	script, err := exec.LookPath("script")
	if err != nil {
		t.Skip("script(1) not found")
	}
	pages, _ := filepath.Glob(filepath.Join(sharedDir(t, "data/eval/trafilatura-eval/html"), "*.html.gz"))
	if len(pages) < 40 {
		t.Skipf("%d trafilatura-eval pages", len(pages))
	}
	dir := t.TempDir()
	for _, p := range pages[:40] {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	args := []string{"--db", filepath.Join(t.TempDir(), "a.db"), "ingest", "--workers", "2", dir}

	// On a terminal: stdout and stderr both go to the pty.
	cmd := exec.Command(script, "-qc", shellQuote(append([]string{bin}, args...)), "/dev/null")
	cmd.Env = append(os.Environ(), "COLUMNS=120")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("under script: %v\n%s", err, out)
	}
	if !regexp.MustCompile(`\ringest [█░]+ +\d+%  \d+ documents.*  ETA \d+s  \d+/40 files  \d+/s  \d+ [kM]B/s`).Match(out) {
		t.Errorf("no progress bar on the terminal:\n%q", tail(out, 600))
	}
	if !regexp.MustCompile(`hebel: \d+ stored, 0 unchanged`).Match(out) {
		t.Errorf("no summary: %q", tail(out, 300))
	}

	// Through a pipe: plain lines.
	args[1] = filepath.Join(t.TempDir(), "b.db")
	cmd = exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "HEBEL_PROGRESS_EVERY=100ms")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil && cmd.ProcessState.ExitCode() != exitFailed {
		t.Fatalf("piped: %v\n%s", err, stderr.String())
	}
	if strings.ContainsAny(stderr.String(), "\r█") {
		t.Errorf("terminal output through a pipe: %q", tail(stderr.Bytes(), 300))
	}
	if !regexp.MustCompile(`(?m)^hebel: ingest: \d+% of [\d.]+ [kM]B \(\d+/40 files\), \d+ documents.*ETA`).MatchString(stderr.String()) {
		t.Errorf("no plain progress lines: %q", stderr.String())
	}
}

// shellQuote quotes args for sh -c.
func shellQuote(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return strings.Join(q, " ")
}

func tail(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}

// TestDataLoadProgress: 'hebel data load' reports how much of the file it
// has read, as plain lines when stderr is not a terminal, and nothing with
// -q.
func TestDataLoadProgress(t *testing.T) {
	matches, _ := filepath.Glob(filepath.Join("..", "..", "dataset", "testdata", "baci", "BACI_*.csv"))
	if len(matches) == 0 {
		t.Skip("no BACI fixture in dataset/testdata/baci")
	}
	env := map[string]string{envDB: filepath.Join(t.TempDir(), "w.db"), envProgressEvery: "1ns"}
	_, out, errOut := run(t, "", env, "data", "load", "baci", matches[0])
	if !strings.HasPrefix(out, "loaded") {
		t.Fatalf("data load: %s %s", out, errOut)
	}
	if !regexp.MustCompile(`(?m)^hebel: load baci: 100% of [\d.]+ kB, [\d.]+ [kM]B/s, ETA 0s$`).MatchString(errOut) ||
		!strings.Contains(errOut, "rows of "+matches[0]) {
		t.Errorf("no progress: %q", errOut)
	}
	_, _, errOut = run(t, "", env, "data", "load", "-q", "baci", matches[0])
	if strings.Contains(errOut, "load baci:") || strings.Contains(errOut, "storing") {
		t.Errorf("-q: %q", errOut)
	}
}

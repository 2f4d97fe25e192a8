//go:build linux

package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The hostile corpus (issue 13): inputs made to hang or exhaust a reader,
// generated here rather than checked in (testdata/bad/README.md lists
// them). Each is given to the real hebel binary together with a good
// document, and the run must end within hostileDeadline with a clear error
// or problem naming the hostile input, a peak RSS under hostileRSS, and
// the good document extracted. A second run of each gets SIGTERM while it
// works and must end within termDeadline.
//
// The limits are acceptance checks of a subprocess on a shared machine,
// not micro-timings: the runs use --doc-timeout 2s (the per-document time
// budget) and --lang en (the language models' one-time load, about 3 s of
// CPU, is not what is tested here), so that a run that is not stopped by a
// structural limit is stopped by the budget well inside the deadline.
const (
	hostileDeadline = 10 * time.Second
	hostileRSS      = 1 << 30 // bytes
	termAfter       = 1500 * time.Millisecond
	termDeadline    = time.Second
)

var (
	hebelBinOnce sync.Once
	hebelBinPath string
	hebelBinErr  error
)

// hebelBinary builds the hebel binary once per test run.
func hebelBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the hebel binary on large generated inputs; skipped with -short")
	}
	hebelBinOnce.Do(func() {
		dir, err := os.MkdirTemp("", "hebel-bin-")
		if err != nil {
			hebelBinErr = err
			return
		}
		hebelBinPath = filepath.Join(dir, "hebel")
		out, err := exec.Command("go", "build", "-o", hebelBinPath, ".").CombinedOutput()
		if err != nil {
			hebelBinErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if hebelBinErr != nil {
		t.Fatal(hebelBinErr)
	}
	return hebelBinPath
}

// hostileInput is one input of the corpus: its file name, how to make it,
// extra flags, and what stderr or the record must say about it.
type hostileInput struct {
	name  string
	make  func(path string) error
	flags []string
	says  string // substring of stderr or of the input's record
}

const lede = "<p>Japan and Canada signed a trade agreement on Monday in Ottawa, the ministers said.</p>"

func writeString(path, s string) error { return os.WriteFile(path, []byte(s), 0o644) }

func hostileInputs() []hostileInput {
	return []hostileInput{
		{name: "nested-divs.html", says: "over budget", make: func(p string) error {
			return writeString(p, "<html><body>"+strings.Repeat("<div>", 100_000)+lede+strings.Repeat("</div>", 100_000)+"</body></html>")
		}},
		{name: "nested-tables.html", says: "over budget", make: func(p string) error {
			return writeString(p, "<html><body>"+strings.Repeat("<table><tr><td>", 20_000)+lede+strings.Repeat("</td></tr></table>", 20_000)+"</body></html>")
		}},
		{name: "attributes.html", says: "over budget", make: func(p string) error {
			var b strings.Builder
			b.WriteString("<html><body><div")
			for i := range 1_000_000 {
				fmt.Fprintf(&b, " a%d=x", i)
			}
			b.WriteString(">" + lede + "</div></body></html>")
			return writeString(p, b.String())
		}},
		{name: "formatting.html", says: "over budget", make: func(p string) error {
			var b strings.Builder
			b.WriteString("<html><body><div>")
			for i := range 2000 {
				fmt.Fprintf(&b, "<b id=b%d>", i)
			}
			b.WriteString("</div>" + strings.Repeat(lede, 1000) + "</body></html>")
			return writeString(p, b.String())
		}},
		{name: "line-50mb.txt", flags: []string{"--max-bytes", "67108864"}, says: "budget", make: func(p string) error {
			return writeString(p, strings.Repeat("Japan and Canada signed a trade agreement on Monday in Ottawa, the ministers said, ", 50<<20/84))
		}},
		{name: "dense-15mb.txt", says: "budget", make: func(p string) error {
			return writeString(p, strings.Repeat("Russia, China, Japan, Canada, France and Germany sent 10,000 troops to Ukraine. ", 15<<20/81))
		}},
		{name: "huge-field.atom", says: "budget", make: func(p string) error {
			var b strings.Builder
			b.WriteString(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>Pact</title>` +
				`<link href="https://example.com/a"/><content type="text">`)
			for i := range 250_000 {
				fmt.Fprintf(&b, "Report %d: Japan and Canada signed a pact. ", i)
			}
			b.WriteString(`</content></entry></feed>`)
			return writeString(p, b.String())
		}},
		{name: "lying.warc", says: "more damaged records not reported", make: func(p string) error {
			return os.WriteFile(p, lyingWARC(20_000), 0o644)
		}},
		{name: "lying.warc.gz", says: "more damaged records not reported", make: func(p string) error {
			var b bytes.Buffer
			zw := gzip.NewWriter(&b)
			zw.Write(lyingWARC(20_000))
			zw.Close()
			return os.WriteFile(p, b.Bytes(), 0o644)
		}},
		{name: "pipe", says: "named pipe (FIFO)", make: func(p string) error { return syscall.Mkfifo(p, 0o600) }},
	}
}

// lyingWARC returns n response records whose Content-Length each claims
// 50 bytes more than the record holds.
func lyingWARC(n int) []byte {
	var b bytes.Buffer
	for i := range n {
		body := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Record %d: Japan and Canada signed a pact.</p></body></html>", i)
		body += strings.Repeat(" ", 700-len(body))
		fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/%d\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
			i, len(body)+50, body)
	}
	return b.Bytes()
}

// runResult is what one run of the binary did.
type runResult struct {
	elapsed        time.Duration // from the start, or from SIGTERM when it was sent
	termed         bool          // SIGTERM was sent
	peakRSS        int64         // bytes
	stdout, stderr string
	exit           int
	killed         bool
	state          *os.ProcessState
}

// runHebel runs the binary with args, sends SIGTERM after term when term
// is not zero, and kills it after hostileDeadline+5s.
func runHebel(t *testing.T, bin string, term time.Duration, args ...string) runResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hostileDeadline+5*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = t.TempDir()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	termed := make(chan time.Time, 1)
	if term > 0 {
		timer := time.AfterFunc(term, func() {
			if cmd.Process.Signal(syscall.SIGTERM) == nil {
				termed <- time.Now()
			}
		})
		defer timer.Stop()
	}
	peak := make(chan int64, 1)
	stop := make(chan struct{})
	go func() { peak <- watchPeakRSS(cmd.Process.Pid, stop) }()
	err := cmd.Wait()
	close(stop)
	r := runResult{elapsed: time.Since(start), stdout: stdout.String(), stderr: stderr.String(), killed: ctx.Err() != nil}
	select {
	case at := <-termed:
		r.termed, r.elapsed = true, time.Since(at)
	default:
	}
	r.peakRSS = <-peak
	r.exit = cmd.ProcessState.ExitCode()
	r.state = cmd.ProcessState
	if err != nil && r.exit == -1 && !r.killed {
		t.Logf("wait: %v", err)
	}
	return r
}

// watchPeakRSS reads the peak resident set (VmHWM) of process pid every
// 10 ms until stop is closed and returns the last value read, in bytes.
// (The rusage of wait4 will not do: a child's ru_maxrss starts from its
// parent's resident set, which for a test binary can be large.)
func watchPeakRSS(pid int, stop <-chan struct{}) int64 {
	path := fmt.Sprintf("/proc/%d/status", pid)
	var peak int64
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		if data, err := os.ReadFile(path); err == nil {
			for _, line := range strings.Split(string(data), "\n") {
				var kb int64
				if _, err := fmt.Sscanf(line, "VmHWM: %d kB", &kb); err == nil {
					peak = max(peak, kb<<10)
				}
			}
		}
		select {
		case <-stop:
			return peak
		case <-tick.C:
		}
	}
}

func TestHostileCorpus(t *testing.T) {
	bin := hebelBinary(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := writeString(good, "Japan and Canada signed a trade agreement on Monday in Ottawa, the ministers said."); err != nil {
		t.Fatal(err)
	}
	for _, in := range hostileInputs() {
		t.Run(in.name, func(t *testing.T) {
			path := filepath.Join(dir, in.name)
			if err := in.make(path); err != nil {
				t.Skipf("making %s: %v", in.name, err)
			}
			args := append([]string{"extract", "--lang", "en", "--doc-timeout", "2s"}, in.flags...)
			args = append(args, path, good)
			r := runHebel(t, bin, 0, args...)
			t.Logf("%s: %.1f s, peak RSS %d MB, exit %d", in.name, r.elapsed.Seconds(), r.peakRSS>>20, r.exit)
			if r.killed || r.elapsed > hostileDeadline {
				t.Errorf("took %s (killed %v), want under %s", r.elapsed, r.killed, hostileDeadline)
			}
			if r.peakRSS > hostileRSS {
				t.Errorf("peak RSS %d MB, want under %d MB", r.peakRSS>>20, hostileRSS>>20)
			}
			if !strings.Contains(r.stdout, good) {
				t.Errorf("the good document after it was not extracted; stderr %.500s", r.stderr)
			}
			// On a busy machine any input may reach the time budget first.
			said := r.stderr + r.stdout
			if !strings.Contains(said, in.says) && !strings.Contains(said, "time budget") || !strings.Contains(said, in.name) {
				t.Errorf("nothing says %q (or that the time budget stopped it) about %s; stderr %.500s", in.says, in.name, r.stderr)
			}
			if strings.Count(r.stderr, "\n") > 25 {
				t.Errorf("%d lines on stderr, want a bounded report", strings.Count(r.stderr, "\n"))
			}

			rt := runHebel(t, bin, termAfter, args...)
			if !rt.termed {
				t.Logf("%s: finished in %.2f s, before SIGTERM was due", in.name, rt.elapsed.Seconds())
				return
			}
			t.Logf("%s: SIGTERM after %s: ended %.2f s later, exit %d", in.name, termAfter, rt.elapsed.Seconds(), rt.exit)
			ws, _ := rt.state.Sys().(syscall.WaitStatus)
			switch {
			case ws.Signaled() && ws.Signal() == syscall.SIGTERM && rt.stdout == "" && rt.stderr == "":
				// Killed while the program was still starting (package
				// initialisation, before main installs its handler):
				// nothing was read or written yet.
			case rt.exit == 0 || rt.exit == 1:
				// The run ended on its own as the signal came.
			case rt.exit != 128+int(syscall.SIGTERM) || !strings.Contains(rt.stderr, "interrupted by SIGTERM"):
				t.Errorf("SIGTERM: exit %d, stderr %.300s; want exit %d and a word about it", rt.exit, rt.stderr, 128+int(syscall.SIGTERM))
			}
			if rt.killed || rt.elapsed > termDeadline {
				t.Errorf("SIGTERM: ended %s after the signal (killed %v), want within %s; stderr %.300s", rt.elapsed, rt.killed, termDeadline, rt.stderr)
			}
		})
	}
}

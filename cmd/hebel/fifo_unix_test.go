//go:build unix

package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFIFORefused: a named pipe on the command line is refused at once
// (opening it would block until a writer came) and the other inputs are
// still read; so is a device.
func TestFIFORefused(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	done := make(chan struct{})
	var code int
	var out, errOut string
	go func() {
		code, out, errOut = run(t, "", nil, "extract", fifo, "/dev/zero", "../../examples/seed-article.de.txt")
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatal("extract blocked on a FIFO")
	}
	if code != 1 || len(decodeAll(t, out)) != 1 {
		t.Fatalf("exit %d, %d bytes out, stderr %q", code, len(out), errOut)
	}
	for _, want := range []string{fifo + ": a named pipe (FIFO)", "/dev/zero: a character device"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr %q lacks %q", errOut, want)
		}
	}
}

// Command hebel reads geopolitical news into a sourced model of who
// depends on whom. This package is the only place that reads flags, the
// environment and configuration, and wires concrete types together; the
// work itself lives in the library packages.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	go stopOnSignal(cancel)
	m := NewMain()
	os.Exit(m.Run(ctx, os.Args[1:]))
}

// hardStop is how long after a first SIGINT or SIGTERM the process ends
// even if the command has not returned. Commands return well within it
// (work in progress is abandoned within a quarter of a second and the
// store's last batch commits in milliseconds); this is the safety net.
const hardStop = 3 * time.Second

// interrupted is the cause of the context of a command stopped by a
// signal.
type interrupted struct{ sig os.Signal }

func (e *interrupted) Error() string { return "interrupted by " + signalName(e.sig) }

// exitCode is the shell's code for a process ended by the signal.
func (e *interrupted) exitCode() int {
	if s, ok := e.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 130
}

// stopOnSignal cancels the command's context at the first SIGINT or
// SIGTERM; a second one, or hardStop, ends the process at once.
func stopOnSignal(cancel context.CancelCauseFunc) {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	sig := <-sigs
	cause := &interrupted{sig}
	cancel(cause)
	select {
	case again := <-sigs:
		cause = &interrupted{again}
	case <-time.After(hardStop):
		fmt.Fprintf(os.Stderr, "%s: %s: still not stopped after %s; exiting\n", programName, signalName(sig), hardStop)
	}
	os.Exit(cause.exitCode())
}

func signalName(sig os.Signal) string {
	switch sig {
	case os.Interrupt:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return sig.String()
}

// Exit codes.
const (
	exitOK      = 0 // everything worked
	exitFailed  = 1 // some input failed; the others were processed
	exitUsage   = 2 // the command line is wrong
	envDB       = "HEBEL_DB"
	defaultDB   = "hebel.db"
	programName = "hebel"
)

// Main is the program with its environment made explicit, so that tests
// run it in-process.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string

	// Terminal reports whether a stream is a terminal (progress bars);
	// nil means isTerminal. Tests set it.
	Terminal func(io.Writer) bool

	// SetMemoryLimit sets the process's soft memory limit
	// (runtime/debug.SetMemoryLimit); nil, as in-process tests leave it,
	// leaves the limit alone.
	SetMemoryLimit func(int64) int64
}

// NewMain returns a Main bound to the process's streams and environment.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, SetMemoryLimit: debug.SetMemoryLimit}
}

// Command hebel reads geopolitical news into a sourced model of who
// depends on whom. This package is the only place that reads flags, the
// environment and configuration, and wires concrete types together; the
// work itself lives in the library packages.
package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	m := NewMain()
	code := m.Run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
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
}

// NewMain returns a Main bound to the process's streams and environment.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
}

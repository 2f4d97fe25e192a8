package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// exitError carries an exit code out of a command after the command has
// already told the user what went wrong.
type exitError struct{ code int }

func (e *exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

// usageError marks a wrong command line (exit 2).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// Run runs the command line args and returns the exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	root := m.newRootCommand()
	root.SetArgs(args)
	root.SetIn(m.Stdin)
	root.SetOut(m.Stdout)
	root.SetErr(m.Stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var in *interrupted
	if ctx.Err() != nil && errors.As(context.Cause(ctx), &in) {
		// The command has said what it did before it stopped.
		fmt.Fprintf(m.Stderr, "%s: %v\n", programName, in)
		return in.exitCode()
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	var ue *usageError
	if errors.As(err, &ue) || isCobraUsage(err) {
		fmt.Fprintf(m.Stderr, "%s: %v\nRun '%s --help' for usage.\n", programName, err, programName)
		return exitUsage
	}
	fmt.Fprintf(m.Stderr, "%s: %v\n", programName, err)
	return exitFailed
}

// isCobraUsage recognises cobra's own complaints about the command line,
// which it returns as plain errors.
func isCobraUsage(err error) bool {
	s := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag",
		"flag needs an argument", "invalid argument", "accepts ", "requires at least", "requires at most"} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

func (m *Main) newRootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   programName,
		Short: "Hebel turns news and real datasets into a sourced model of who has leverage over whom",
		Long: `Hebel (German for "lever") reads German and English news, extracts actors,
hedged and attributed claims, quotes and relations with their offsets into the
text, keeps them in a store, and models who depends on whom.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().String("db", "", "database: a SQLite file, or a postgres:// URL for a shared PostgreSQL store (default $"+envDB+" or ./"+defaultDB+")")
	root.AddCommand(
		m.newExtractCommand(),
		m.newIngestCommand(),
		m.newDocsCommand(),
		m.newShowCommand(),
		m.newFiguresCommand(),
		m.newTimelineCommand(),
		m.newEvalCommand(),
		m.newDataCommand(),
		m.newLeverageCommand(),
		m.newWhatIfCommand(),
		m.newReportCommand(),
		m.newServeCommand(),
		m.newWorkerCommand(),
		m.newQueueCommand(),
		m.newMigrateCommand(),
		m.newExportCommand(),
		m.newVersionCommand(),
	)
	return root
}

// dbPath resolves the database path: --db, then $HEBEL_DB, then ./hebel.db.
func (m *Main) dbPath(cmd *cobra.Command) string {
	if p, _ := cmd.Flags().GetString("db"); p != "" {
		return p
	}
	if p := m.Getenv(envDB); p != "" {
		return p
	}
	return defaultDB
}

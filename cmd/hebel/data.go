package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dataset"
)

func (m *Main) newDataCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "data",
		Short: "Load world data (trade, alliances, sanctions …) from files into the store",
		Long: `The world model reads the embedded bundle (a compact extract of the datasets
whose licences allow shipping, see data/SOURCES.md) plus whatever was loaded into
the store with 'hebel data load': larger or restricted sets such as a year of
CEPII BACI product-level trade.`,
	}
	cmd.AddCommand(m.newDataLoadCommand(), m.newDataListCommand())
	return cmd
}

func (m *Main) newDataLoadCommand() *cobra.Command {
	var maxErrors int
	var quiet bool
	cmd := &cobra.Command{
		Use:   "load KIND PATH",
		Short: "Load one dataset file into the store (kinds: " + strings.Join(dataset.Kinds, ", ") + ")",
		Long: `Load reads one dataset file of the given kind, keeps every row's provenance
(dataset, version, file, row), and stores the rows; loading the same file again
replaces it. Malformed rows are reported as file:line errors on stderr and
skipped; the others are loaded. The exit code is 1 when rows were refused.`,
		Example: `  hebel data load baci BACI_HS17_Y2022_V202401.csv
  hebel data load gsdb ../shared/data/world/sanctions-gsdb/GSDB_V3.csv`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			kind, path := args[0], args[1]
			known := false
			for _, k := range dataset.Kinds {
				known = known || k == kind
			}
			if !known {
				return usagef("unknown kind %q; kinds: %s", kind, strings.Join(dataset.Kinds, ", "))
			}
			start := time.Now()
			var size int64
			if fi, err := os.Stat(path); err == nil {
				size = fi.Size()
			}
			prog := m.newProgress(quiet, "load "+kind, "", size, 1)
			w, errs := dataset.LoadKindWatched(kind, path, func(n int64) { prog.update(n, 0, 0, 0) })
			prog.finish()
			for i, err := range errs {
				if i == maxErrors {
					fmt.Fprintf(m.Stderr, "%s: … %d more errors\n", programName, len(errs)-maxErrors)
					break
				}
				fmt.Fprintf(m.Stderr, "%s: %v\n", programName, err)
			}
			n := len(w.Flows) + len(w.Ties) + len(w.Indicators)
			if n == 0 {
				return hebel.Errorf(hebel.EINVALID, "%s: no rows loaded", path)
			}
			db, err := m.openDB(cmd)
			if err != nil {
				return err
			}
			defer db.Close()
			if !quiet {
				fmt.Fprintf(m.Stderr, "%s: read %d rows of %s in %s; storing them\n", programName, n, path, time.Since(start).Round(time.Millisecond))
			}
			if err := db.World.PutWorld(cmd.Context(), w, len(errs)); err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "loaded %s %s: %d flows, %d ties, %d indicators, %d rows refused, in %s\n", kind, path,
				len(w.Flows), len(w.Ties), len(w.Indicators), len(errs), time.Since(start).Round(time.Millisecond))
			if len(errs) > 0 {
				return &exitError{exitFailed}
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&maxErrors, "max-errors", 20, "print at most this many row errors")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "no progress on stderr")
	return cmd
}

func (m *Main) newDataListCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the dataset files loaded into the store",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			db, err := m.openDB(cmd)
			if err != nil {
				return err
			}
			defer db.Close()
			loads, err := db.World.DatasetLoads(cmd.Context())
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "DATASET\tFILE\tFLOWS\tTIES\tINDICATORS\tREFUSED\tLOADED")
			for _, l := range loads {
				fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%s\n", l.Dataset, l.File, l.Flows, l.Ties, l.Indicators, l.Errors, l.Loaded)
			}
			return tw.Flush()
		},
	}
}

package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel/ingest"
)

func (m *Main) newIngestCommand() *cobra.Command {
	var rf readFlags
	var qf queueFlags
	var force, quiet bool
	var batch int
	cmd := &cobra.Command{
		Use:   "ingest [flags] PATH|- ...",
		Short: "Extract documents and keep their records in the store",
		Long: `Ingest extracts each input like 'hebel extract' and stores the document and
its record. The same text ingested again is a no-op (documents are identified by
the hash of their normalised text); --force re-extracts and replaces the record.

Documents are extracted in parallel (--workers, one per CPU by default) and
stored --batch at a time in one transaction each. Prints one line per document
(stored, unchanged, replaced) on stdout, progress on stderr (a bar on a
terminal, else a line every few seconds) and a summary at the end; -q prints
only the summary. Ctrl-C or SIGTERM stops within a second: what was extracted
is stored and the summary says how far the run got.

With --queue (or $HEBEL_QUEUE), ingest extracts nothing: it splits the inputs
into documents (a feed into items, a WARC crawl into responses) and publishes
one message per document to the NATS JetStream work queue, where 'hebel worker'
processes take them. Messages are identified by the SHA-256 of their bytes, so
publishing the same document again within an hour is dropped by the server
("duplicate"); later, the store finds it stored. A document larger than the
server's max_payload (1 MB unless configured) is refused with an error.`,
		Example: `  hebel ingest examples/
  hebel --db team.db ingest --force news/
  hebel ingest -q crawl.warc.gz feeds/
  hebel ingest --queue nats://127.0.0.1:4222 feeds/ crawl.warc.gz`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if batch < 1 {
				return usagef("--batch must be at least 1")
			}
			x, err := rf.extractor(m.Stdin)
			if err != nil {
				return err
			}
			if m.queueURL(&qf) != "" {
				if force {
					return usagef("--force does not go with --queue: workers never replace a stored record")
				}
				return m.publish(cmd, x, &qf, args, quiet)
			}
			store, closeStore, err := m.openStore(cmd)
			if err != nil {
				return err
			}
			defer closeStore()
			m.limitMemory(x)
			g := &ingest.Ingester{Extractor: x, Store: store, Force: force, BatchSize: batch}
			return m.ingest(cmd, g, args, quiet)
		},
	}
	rf.register(cmd)
	rf.registerRun(cmd)
	qf.register(cmd)
	cmd.Flags().BoolVar(&force, "force", false, "re-extract documents stored before and replace their records")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "print only the summary: no line per document, no progress")
	cmd.Flags().IntVar(&batch, "batch", ingest.DefaultBatchSize, "records stored per transaction")
	return cmd
}

// ingest runs g on the inputs args name, reporting each document, the
// progress and a summary.
func (m *Main) ingest(cmd *cobra.Command, g *ingest.Ingester, args []string, quiet bool) error {
	ctx := cmd.Context()
	e := ingest.ExpandArgs(args)
	failed := m.reportErrors(e.Errs)
	m.reportSkipped(e.Skipped)
	prog := m.newProgress(quiet, "ingest", "documents", e.Bytes(), len(e.Inputs))
	start := time.Now()
	counts := map[ingest.Outcome]int{}
	docs, filesDone := 0, 0
	inDocs, inBad := 0, 0 // of the current input
	err := g.Run(ctx, e.Inputs, func(s ingest.Ingested) error {
		defer func() { prog.update(s.Done, docs, failed, filesDone) }()
		switch {
		case s.EndOfInput:
			filesDone++
			if !quiet && inDocs+inBad > 1 {
				prog.println(m.Stderr, "%s: %s: %d documents, %d failed", programName, s.Input.Name, inDocs, inBad)
			}
			inDocs, inBad = 0, 0
			return nil
		case s.Err != nil:
			failed++
			inBad++
			prog.println(m.Stderr, "%s: %v", programName, s.Err)
			return nil
		}
		docs++
		inDocs++
		counts[s.Outcome]++
		if p, ok := ingest.StoppedByBudget(s.Record); ok {
			failed++
			prog.println(m.Stderr, "%s: %s: %s; %s without extractions", programName,
				s.Record.Document.Source, p.Message, s.Outcome)
		}
		if !quiet {
			prog.println(m.Stdout, "%s\t%s\t%s", s.Outcome, s.Record.Document.ID, s.Record.Document.Source)
		}
		return nil
	})
	prog.finish()
	stopped := ""
	if err != nil && ctx.Err() != nil {
		stopped = fmt.Sprintf(" before it was stopped (%d of %d inputs read; every record counted here is stored)", filesDone, len(e.Inputs))
	}
	fmt.Fprintf(m.Stderr, "%s: %d stored, %d unchanged, %d replaced, %d failed in %s%s\n", programName,
		counts[ingest.Stored], counts[ingest.Unchanged], counts[ingest.Replaced], failed,
		time.Since(start).Round(time.Millisecond), stopped)
	if err != nil {
		return err
	}
	if failed > 0 {
		return &exitError{exitFailed}
	}
	return nil
}

package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/ingest"
)

func (m *Main) newIngestCommand() *cobra.Command {
	var rf readFlags
	var qf queueFlags
	var force, quiet bool
	cmd := &cobra.Command{
		Use:   "ingest [flags] PATH|- ...",
		Short: "Extract documents and keep their records in the store",
		Long: `Ingest extracts each input like 'hebel extract' and stores the document and
its record. The same text ingested again is a no-op (documents are identified by
the hash of their normalised text); --force re-extracts and replaces the record.

Prints one line per input (stored, unchanged, replaced) and a summary on stderr.

With --queue (or $HEBEL_QUEUE), ingest extracts nothing: it splits the inputs
into documents (a feed into items, a WARC crawl into responses) and publishes
one message per document to the NATS JetStream work queue, where 'hebel worker'
processes take them. Messages are identified by the SHA-256 of their bytes, so
publishing the same document again within an hour is dropped by the server
("duplicate"); later, the store finds it stored. A document larger than the
server's max_payload (1 MB unless configured) is refused with an error.`,
		Example: `  hebel ingest examples/
  hebel --db team.db ingest --force news/
  hebel ingest --queue nats://127.0.0.1:4222 feeds/ crawl.warc.gz`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
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
			g := &ingest.Ingester{Extractor: x, Store: store, Force: force}
			inputs, errs := ingest.Expand(args)
			failed := m.reportErrors(errs)
			start := time.Now()
			counts := map[ingest.Outcome]int{}
			for _, in := range inputs {
				docs, bad := 0, 0
				err := g.IngestAll(cmd.Context(), in, func(rec *hebel.Record, outcome ingest.Outcome, err error) error {
					if err != nil {
						bad++
						failed += m.reportErrors([]error{err})
						return cmd.Context().Err()
					}
					docs++
					counts[outcome]++
					if !quiet {
						fmt.Fprintf(m.Stdout, "%s\t%s\t%s\n", outcome, rec.Document.ID, rec.Document.Source)
					}
					return nil
				})
				if err != nil {
					return err
				}
				if !quiet && docs+bad > 1 {
					fmt.Fprintf(m.Stderr, "%s: %s: %d documents, %d failed\n", programName, in.Name, docs, bad)
				}
			}
			fmt.Fprintf(m.Stderr, "%s: %d stored, %d unchanged, %d replaced, %d failed in %s\n", programName,
				counts[ingest.Stored], counts[ingest.Unchanged], counts[ingest.Replaced], failed,
				time.Since(start).Round(time.Millisecond))
			if failed > 0 {
				return &exitError{exitFailed}
			}
			return nil
		},
	}
	rf.register(cmd)
	qf.register(cmd)
	cmd.Flags().BoolVar(&force, "force", false, "re-extract documents stored before and replace their records")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "print only the summary")
	return cmd
}

package main

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
)

func (m *Main) newDocsCommand() *cobra.Command {
	var f hebel.DocumentFilter
	var format string
	var stale bool
	cmd := &cobra.Command{
		Use:   "docs [flags]",
		Short: "List the documents in the store",
		Long: `Docs lists the stored documents, most recently ingested first, with their
date ("undated" when unknown) and counts of what was extracted.

--stale lists the documents another build of hebel extracted ('hebel version'
names this one): after an upgrade, 'hebel ingest --force' on their sources
extracts them again.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "text" && format != "json" {
				return usagef("--format must be json or text, not %q", format)
			}
			if stale {
				f.NotVersion = hebel.BuildVersion()
			}
			store, closeStore, err := m.openStore(cmd)
			if err != nil {
				return err
			}
			defer closeStore()
			docs, total, err := store.FindDocuments(cmd.Context(), f)
			if err != nil {
				return err
			}
			if format == "json" {
				enc := json.NewEncoder(m.Stdout)
				for _, d := range docs {
					if err := enc.Encode(d); err != nil {
						return err
					}
				}
				return nil
			}
			tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tLANG\tPUBLISHED\tCHARS\tENTITIES\tCLAIMS\tQUOTES\tRELATIONS\tPROBLEMS\tTITLE")
			for _, d := range docs {
				title := d.Title
				if title == "" {
					title = d.Source
				}
				published := d.DateLabel()
				fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%s\n", shortID(d.ID), d.Lang, published, d.Chars,
					d.Entities, d.Claims, d.Quotes, d.Relations, d.Problems, title)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			fmt.Fprintf(m.Stderr, "%d of %d documents\n", len(docs), total)
			return nil
		},
	}
	cmd.Flags().StringVar(&f.Lang, "lang", "", "only documents in this language")
	cmd.Flags().StringVar(&f.Entity, "actor", "", "only documents that name this actor (an entity id: PRK, org:nis …)")
	cmd.Flags().BoolVar(&stale, "stale", false, "only documents another build of hebel extracted")
	cmd.Flags().IntVar(&f.Limit, "limit", 0, "list at most this many (0: all)")
	cmd.Flags().IntVar(&f.Offset, "offset", 0, "skip this many")
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	return cmd
}

// shortID shortens "sha256:<64 hex>" to "sha256:<12 hex>" for tables; show
// accepts the short form.
func shortID(id string) string {
	const keep = len("sha256:") + 12
	if len(id) > keep {
		return id[:keep]
	}
	return id
}

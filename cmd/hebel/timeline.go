package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/timeline"
)

func (m *Main) newTimelineCommand() *cobra.Command {
	var format string
	var limit, offset int
	cmd := &cobra.Command{
		Use:   "timeline [flags] ACTOR",
		Short: "What the stored news says about an actor, in time order: figures, relations and quotes",
		Long: `Timeline lists, for one actor (a state code such as PRK, or an entity id such
as person:kim-jong-un), the estimates of the figures it is counted in or that
are stated for its territory, the relations it is party to, and what it and its
people are quoted saying, each at the date it is about: the time the text
states, else the document's publication date. Undated items come last, marked
"undated". Near copies of one article count once.`,
		Example: `  hebel timeline PRK
  hebel timeline RUS --format json --limit 50`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usagef("--format must be text or json, not %q", format)
			}
			if limit < 0 || offset < 0 {
				return usagef("--limit and --offset must be ≥ 0")
			}
			actor := strings.TrimSpace(args[0])
			if actor == "" {
				return usagef("timeline needs an actor")
			}
			items, err := m.timeline(cmd, actor)
			if err != nil {
				return err
			}
			t := timeline.Page(actor, items, offset, limit)
			if format == "json" {
				return writeJSON(m.Stdout, t)
			}
			if t.Total == 0 {
				fmt.Fprintf(m.Stdout, "nothing stored about %s\n", actor)
				return nil
			}
			tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
			for _, it := range t.Items {
				date := hebel.Undated
				if it.Date != nil {
					date = hebel.FormatDate(*it.Date, hebel.Precision(it.Precision))
				}
				doc := it.Title
				if doc == "" {
					doc = it.Source
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", date, it.Kind, it.Text, doc)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			fmt.Fprintf(m.Stderr, "%d of %d items (%d undated)\n", len(t.Items), t.Total, t.Undated)
			return nil
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 0, "list at most this many items (0: all)")
	cmd.Flags().IntVar(&offset, "offset", 0, "skip this many items")
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	return cmd
}

// timeline reads what the --db store holds about actor and orders it.
func (m *Main) timeline(cmd *cobra.Command, actor string) ([]timeline.Item, error) {
	db, err := m.openDBIfExists(cmd)
	if err != nil || db == nil {
		return nil, err
	}
	defer db.Close()
	return timeline.Load(cmd.Context(), db.Records, db.Figures, actor)
}

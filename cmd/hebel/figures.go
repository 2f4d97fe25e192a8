package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/figure"
	"github.com/hebel-project/hebel/report"
)

func (m *Main) newFiguresCommand() *cobra.Command {
	var f hebel.EstimateFilter
	var measure, concept, format string
	var minEstimates, limit, offset int
	cmd := &cobra.Command{
		Use:   "figures [flags]",
		Short: "List figures consolidated across the stored documents: each with its estimates by date and claimant",
		Long: `Figures groups the typed claims of every stored document into figures: claims
about the same thing (the same measure of the same concept, belonging to the
same actor, in the same places, in the same unit, and for events in the same
period) are estimates of one figure. Each figure lists every estimate with its
date (what the text says it is about, else the document's publication date,
else "undated"), its hedged value, its claimant and its document. Near copies
of one article (a syndicated copy, a cut or edited version) are marked and
counted once; conflicting estimates stand side by side; nothing is averaged
or summed. The last line of each figure names the estimate a model takes
("latest estimate by date") with the range across claimants of that year.

Measures: deployed, withdrawn, killed, wounded, casualties, captured, missing,
displaced (people); money, volume, share, count. See docs/FIGURES.md.`,
		Example: `  hebel figures --actor PRK
  hebel figures --actor PRK --measure deployed --format json
  hebel figures --min-estimates 2`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "text" && format != "json" {
				return usagef("--format must be text or json, not %q", format)
			}
			if measure != "" && !hebel.Measure(measure).Valid() {
				return usagef("--measure must be one of %s, not %q", measureNames(), measure)
			}
			if limit < 0 || offset < 0 || minEstimates < 0 {
				return usagef("--limit, --offset and --min-estimates must be ≥ 0")
			}
			f.Measure, f.Concept, f.Actor = hebel.Measure(measure), hebel.Concept(concept), strings.TrimSpace(f.Actor)
			res, err := m.consolidate(cmd, f)
			if err != nil {
				return err
			}
			list := figure.NewList(res, minEstimates, offset, limit)
			if format == "json" {
				return writeJSON(m.Stdout, list)
			}
			if len(list.Figures) == 0 {
				_, err := m.Stdout.Write([]byte("no figures\n"))
				return err
			}
			figs := make([]*hebel.Figure, 0, len(list.Figures))
			byID := map[string]*hebel.Figure{}
			for _, x := range res.Figures {
				byID[x.ID] = x
			}
			for _, j := range list.Figures {
				figs = append(figs, byID[j.ID])
			}
			return figure.WriteText(m.Stdout, figs)
		},
	}
	cmd.Flags().StringVar(&f.Actor, "actor", "", "only figures whose actor or place is this (PRK, USA, place:kursk …)")
	cmd.Flags().StringVar(&measure, "measure", "", "only figures of this measure (deployed, killed …)")
	cmd.Flags().StringVar(&concept, "concept", "", "only figures of this concept (troops, people, oil …)")
	cmd.Flags().IntVar(&minEstimates, "min-estimates", 1, "only figures with at least this many estimates")
	cmd.Flags().IntVar(&limit, "limit", 0, "list at most this many figures (0: all)")
	cmd.Flags().IntVar(&offset, "offset", 0, "skip this many figures")
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	return cmd
}

// consolidate reads the estimates the filter selects from the --db store
// and consolidates them. A database that does not exist holds none.
func (m *Main) consolidate(cmd *cobra.Command, f hebel.EstimateFilter) (*figure.Result, error) {
	db, err := m.openDBIfExists(cmd)
	if err != nil {
		return nil, err
	}
	if db == nil {
		return &figure.Result{}, nil
	}
	defer db.Close()
	return figure.Find(cmd.Context(), db.Figures, f)
}

// measureNames lists the measures for usage messages.
func measureNames() string {
	var ns []string
	for _, m := range hebel.Measures {
		ns = append(ns, string(m))
	}
	return strings.Join(ns, ", ")
}

// articleFigures returns the typed claims of rec with the figures they
// estimate across the stored documents (rec among them, stored or not)
// and how the other sources compare (report.Figures).
func (m *Main) articleFigures(cmd *cobra.Command, rec *hebel.Record) ([]report.ArticleFigure, error) {
	ests := figure.EstimatesOf(rec)
	db, err := m.openDBIfExists(cmd)
	if err != nil {
		return nil, err
	}
	if db != nil {
		defer db.Close()
		seen := map[string]bool{}
		for _, e := range figure.EstimatesOf(rec) {
			for _, a := range append([]string{e.Claim.Actor}, e.Claim.Places...) {
				if a == "" || seen[a] {
					continue
				}
				seen[a] = true
				more, err := db.Figures.FindEstimates(cmd.Context(), hebel.EstimateFilter{Actor: a})
				if err != nil {
					return nil, err
				}
				ests = append(ests, more...)
			}
		}
	}
	res := figure.Consolidate(ests, figure.DefaultOptions())
	return report.Figures(rec, res.Figures), nil
}

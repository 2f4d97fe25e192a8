package main

import (
	"time"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/ingest"
	"github.com/hebel-project/hebel/leverage"
	"github.com/hebel-project/hebel/report"
)

func (m *Main) newReportCommand() *cobra.Command {
	var rf readFlags
	var format, bptSource, asOf string
	var headroom, bpt float64
	var noStore bool
	cmd := &cobra.Command{
		Use:   "report [flags] FILE",
		Short: "Extract an article, store it, and answer its question with the leverage model",
		Long: `Report extracts the article like 'hebel extract', keeps its record in the
store (like 'hebel ingest'), finds the pairs of states it discusses (from the
relations between states, else from the sentences that name two states), and
answers with the world model for the main pair: leverage by channel with
figures and sources, trade dependence with year and source, deliveries
against a cap where one is known, a what-if that cuts the supplies the
article names (shortfall before and after substitution, with the
assumptions), and the article's own attributed statements about the pair.

The model answers as of the article's publication date (from its metadata or
a FILE.meta.json sidecar; --as-of sets another): each channel uses its latest
data on or before it and every figure names its year. An undated article is
said to be undated and gets the latest data.

The world is the embedded bundle plus what 'hebel data load' put into the
store. The text ends with the sources of every figure.`,
		Example: `  hebel report examples/seed-article.de.txt
  hebel report --format json article.html`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usagef("--format must be text or json, not %q", format)
			}
			if headroom < 0 || bpt < 0 {
				return usagef("--headroom and --barrels-per-tonne must be ≥ 0")
			}
			if bpt > 0 && bptSource == "" {
				return usagef("--barrels-per-tonne needs --barrels-per-tonne-source: the factor is an assumption and must be cited")
			}
			x, err := rf.extractor(m.Stdin)
			if err != nil {
				return err
			}
			inputs, errs := ingest.Expand(args)
			if len(errs) > 0 {
				return errs[0]
			}
			if len(inputs) != 1 {
				return usagef("report reads one article, got %d inputs", len(inputs))
			}
			rec, err := x.Extract(cmd.Context(), inputs[0])
			if err != nil {
				return err
			}
			var date time.Time
			switch {
			case asOf != "":
				if date, err = leverage.ParseAsOf(asOf); err != nil {
					return usagef("--as-of: %s", hebel.ErrorMessage(err))
				}
			default:
				date = report.ArticleAsOf(&rec.Document)
			}
			if !noStore {
				store, closeStore, err := m.openStore(cmd)
				if err != nil {
					return err
				}
				defer closeStore()
				if _, err := store.PutRecord(cmd.Context(), rec, true); err != nil {
					return err
				}
			}
			var extra []*hebel.Record
			if noStore {
				extra = []*hebel.Record{rec} // the article's own figures and relations still count, as claims
			}
			w, err := m.loadWorldWith(cmd, extra)
			if err != nil {
				return err
			}
			lopts := leverage.DefaultOptions()
			lopts.BarrelsPerTonne, lopts.BarrelsPerTonneSource = bpt, bptSource
			lopts.AsOf = date
			model, err := leverage.New(w, lopts)
			if err != nil {
				return err
			}
			ropts := report.DefaultOptions()
			ropts.Headroom = headroom
			r, err := report.Build(rec, model, ropts)
			if err != nil {
				return err
			}
			if r.Figures, err = m.articleFigures(cmd, rec); err != nil {
				return err
			}
			if format == "json" {
				return writeJSON(m.Stdout, r)
			}
			return r.WriteText(m.Stdout, w)
		},
	}
	rf.register(cmd)
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	cmd.Flags().Float64Var(&headroom, "headroom", leverage.DefaultHeadroom, "what-if: a substitute can add up to this many times its current deliveries")
	cmd.Flags().Float64Var(&bpt, "barrels-per-tonne", 0, "put tonnes beside a cap in barrels with this factor (an assumption; needs --barrels-per-tonne-source)")
	cmd.Flags().StringVar(&bptSource, "barrels-per-tonne-source", "", "where the --barrels-per-tonne factor comes from (printed and cited)")
	cmd.Flags().BoolVar(&noStore, "no-store", false, "do not keep the article's record in the store")
	cmd.Flags().StringVar(&asOf, "as-of", "", "answer as of this date, YYYY-MM-DD (default: the article's date; the latest data when it is undated)")
	registerUndated(cmd)
	return cmd
}

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dataset/bundle"
	"github.com/hebel-project/hebel/leverage"
	"github.com/hebel-project/hebel/report"
)

// loadWorld returns the world the leverage commands read: the embedded
// bundle of shippable datasets, whatever 'hebel data load' put into the
// --db store, and the asserted relations of the stored articles as claims
// (newsWorld). When the database file does not exist the bundle is used
// alone; no database is created for a read.
func (m *Main) loadWorld(cmd *cobra.Command) (*hebel.World, error) {
	w, err := bundle.Load()
	if err != nil {
		return nil, fmt.Errorf("loading the world bundle: %w", err)
	}
	db, err := m.openDBIfExists(cmd)
	if err != nil {
		return nil, err
	}
	if db == nil {
		return w, nil
	}
	defer db.Close()
	user, err := db.World.FindWorld(cmd.Context(), hebel.WorldFilter{})
	if err != nil {
		return nil, fmt.Errorf("reading world data from %s: %w", db.Name, err)
	}
	news, err := newsWorld(cmd.Context(), db.Records)
	if err != nil {
		return nil, err
	}
	return mergeWorlds(mergeWorlds(w, user), news), nil
}

// mergeWorlds returns base with extra's rows appended; extra's dataset
// descriptions are added where base has none.
func mergeWorlds(base, extra *hebel.World) *hebel.World {
	if extra == nil || len(extra.Flows)+len(extra.Ties)+len(extra.Indicators) == 0 {
		return base
	}
	out := &hebel.World{
		Flows:      append(append(make([]hebel.Flow, 0, len(base.Flows)+len(extra.Flows)), base.Flows...), extra.Flows...),
		Ties:       append(append(make([]hebel.Tie, 0, len(base.Ties)+len(extra.Ties)), base.Ties...), extra.Ties...),
		Indicators: append(append(make([]hebel.Indicator, 0, len(base.Indicators)+len(extra.Indicators)), base.Indicators...), extra.Indicators...),
		Sources:    map[string]hebel.DatasetInfo{},
	}
	for k, v := range base.Sources {
		out.Sources[k] = v
	}
	for k, v := range extra.Sources {
		if _, ok := out.Sources[k]; !ok {
			out.Sources[k] = v
		}
	}
	return out
}

func (m *Main) newLeverageCommand() *cobra.Command {
	var from, format string
	var rank bool
	var year, limit int
	var headroom float64
	cmd := &cobra.Command{
		Use:   "leverage A B | leverage --from A --rank",
		Short: "Show A's leverage over B by channel, or rank every state by A's leverage over it",
		Long: `Leverage reads the bundled world data and reports, for the ordered pair A over
B (ISO 3166-1 alpha-3 codes), B's dependence on A per channel (trade, refined
petroleum, food, security …): import share, supplier concentration (HHI),
substitutes with their headroom, A's counter-dependence on B, and the combined
score in [0, 1] (see docs/LEVERAGE.md). Every figure names its sources.

With --rank, every state B is ranked by A's leverage over it.`,
		Example: `  hebel leverage CHN PRK --year 2014
  hebel leverage CHN PRK --format json
  hebel leverage --from CHN --rank --year 2014 --limit 20`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usagef("--format must be text or json, not %q", format)
			}
			if rank {
				if len(args) > 0 || from == "" {
					return usagef("--rank takes --from A and no arguments")
				}
			} else if len(args) != 2 {
				return usagef("leverage needs two states, A and B (or --from A --rank)")
			}
			if headroom < 0 {
				return usagef("--headroom must be ≥ 0")
			}
			w, err := m.loadWorld(cmd)
			if err != nil {
				return err
			}
			opts := leverage.DefaultOptions()
			opts.Headroom = headroom
			model, err := leverage.New(w, opts)
			if err != nil {
				return err
			}
			if rank {
				r, err := model.Rank(strings.ToUpper(from), year, limit)
				if err != nil {
					return err
				}
				if format == "json" {
					return writeJSON(m.Stdout, r)
				}
				return report.WriteRank(m.Stdout, r, w)
			}
			p, err := model.Analyze(strings.ToUpper(args[0]), strings.ToUpper(args[1]), year)
			if err != nil {
				return err
			}
			if format == "json" {
				return writeJSON(m.Stdout, p)
			}
			return report.WritePair(m.Stdout, p, w)
		},
	}
	cmd.Flags().StringVar(&from, "from", "", "the state whose leverage is ranked (with --rank)")
	cmd.Flags().BoolVar(&rank, "rank", false, "rank every state by the leverage of --from over it")
	cmd.Flags().IntVar(&year, "year", 0, "year (default: each channel's latest year with data for the pair; with --rank the latest trade year)")
	cmd.Flags().IntVar(&limit, "limit", 20, "with --rank: show the first N states (0: all)")
	cmd.Flags().Float64Var(&headroom, "headroom", leverage.DefaultHeadroom, "substitutes can add up to this many times their current deliveries")
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	return cmd
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

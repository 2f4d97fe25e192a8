package main

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dataset"
	"github.com/hebel-project/hebel/dataset/bundle"
	"github.com/hebel-project/hebel/leverage"
	"github.com/hebel-project/hebel/report"
)

// loadWorld returns the world the leverage commands read: the embedded
// bundle of shippable datasets, whatever 'hebel data load' put into the
// --db store, and the figures and asserted relations of the stored
// articles as claims (newsWorld; undated ones only with --undated-as).
// When the database file does not exist the bundle is used alone; no
// database is created for a read.
func (m *Main) loadWorld(cmd *cobra.Command) (*hebel.World, error) {
	return m.loadWorldWith(cmd, nil)
}

// loadWorldWith is loadWorld with extra records beside the stored ones
// (an article read but not stored); a stored record with an extra's id
// is replaced by it.
func (m *Main) loadWorldWith(cmd *cobra.Command, extra []*hebel.Record) (*hebel.World, error) {
	w, err := bundle.Load()
	if err != nil {
		return nil, fmt.Errorf("loading the world bundle: %w", err)
	}
	opts, err := newsOptions(cmd)
	if err != nil {
		return nil, err
	}
	db, err := m.openDBIfExists(cmd)
	if err != nil {
		return nil, err
	}
	if db == nil {
		w = mergeWorlds(w, leverage.NewsWorld(extra, opts))
		bundle.Describe(w)
		return w, nil
	}
	defer db.Close()
	user, err := db.World.FindWorld(cmd.Context(), hebel.WorldFilter{})
	if err != nil {
		return nil, fmt.Errorf("reading world data from %s: %w", db.Name, err)
	}
	news, err := newsWorld(cmd.Context(), db.Records, opts, extra)
	if err != nil {
		return nil, err
	}
	w = mergeWorlds(mergeWorlds(w, user), news)
	bundle.Describe(w)
	return w, nil
}

// worldVersion returns a value that changes when the world loadWorld
// reads changes: the dataset files loaded into the store and the stored
// articles (their number and the newest ingest), whose relations enter
// the model as claims.
func worldVersion(ctx context.Context, st *stores) (string, error) {
	h := fnv.New64a()
	if st.World != nil {
		loads, err := st.World.DatasetLoads(ctx)
		if err != nil {
			return "", fmt.Errorf("listing loaded datasets: %w", err)
		}
		for _, l := range loads {
			fmt.Fprintln(h, l.Dataset, l.File, l.Loaded, l.Flows, l.Ties, l.Indicators)
		}
	}
	if st.Records != nil {
		docs, total, err := st.Records.FindDocuments(ctx, hebel.DocumentFilter{Limit: 1})
		if err != nil {
			return "", fmt.Errorf("listing stored documents: %w", err)
		}
		fmt.Fprintln(h, total)
		if len(docs) > 0 {
			fmt.Fprintln(h, docs[0].ID, docs[0].Ingested.UnixNano())
		}
	}
	return fmt.Sprintf("%016x", h.Sum64()), nil
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
	var from, format, asOf string
	var rank bool
	var year, limit int
	var headroom, exportShare float64
	cmd := &cobra.Command{
		Use:   "leverage A B | leverage --from A --rank",
		Short: "Show A's leverage over B by channel, or rank every state by A's leverage over it",
		Long: `Leverage reads the bundled world data and reports, for the ordered pair A over
B (ISO 3166-1 alpha-3 codes), B's dependence on A per channel (total trade, export
market, refined petroleum, crude oil, gas, LNG, cereals, arms, finance, security
…): import share, supplier concentration (HHI), substitutes with their
capacity, A's counter-dependence on B, and the combined score in [0, 1] (see
docs/LEVERAGE.md). Every figure names its year and its sources.

The model answers as of a date (--as-of, default today): each channel uses its
latest data on or before it, nothing dated later counts, and channels whose data
are more than three years older are flagged as stale. --year Y asks for year Y
(each channel falls back to its latest earlier year).

With --rank, every state B is ranked by A's leverage over it.`,
		Example: `  hebel leverage CHN PRK
  hebel leverage RUS DEU --as-of 2021-12-31
  hebel leverage CHN PRK --year 2014 --format json
  hebel leverage --from CHN --rank --year 2014 --limit 20`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usagef("--format must be text or json, not %q", format)
			}
			var states []string
			if rank {
				if len(args) > 0 || from == "" {
					return usagef("--rank takes --from A and no arguments")
				}
				a, err := stateCode(from, "--from")
				if err != nil {
					return err
				}
				states = []string{a}
			} else {
				if len(args) != 2 {
					return usagef("leverage needs two states, A and B (or --from A --rank)")
				}
				for i, arg := range args {
					c, err := stateCode(arg, []string{"A", "B"}[i])
					if err != nil {
						return err
					}
					states = append(states, c)
				}
			}
			if headroom < 0 || exportShare < 0 {
				return usagef("--headroom and --export-share must be ≥ 0")
			}
			date, err := asOfDate(asOf, year)
			if err != nil {
				return err
			}
			w, err := m.loadWorld(cmd)
			if err != nil {
				return err
			}
			opts := leverage.DefaultOptions()
			opts.Headroom, opts.ExportShare, opts.AsOf = headroom, exportShare, date
			model, err := leverage.New(w, opts)
			if err != nil {
				return err
			}
			if rank {
				r, err := model.Rank(states[0], year, limit)
				if err != nil {
					return err
				}
				if format == "json" {
					return writeJSON(m.Stdout, r)
				}
				return report.WriteRank(m.Stdout, r, w)
			}
			p, err := model.Analyze(states[0], states[1], year)
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
	cmd.Flags().StringVar(&asOf, "as-of", "", "answer as of this date, YYYY-MM-DD (default: today): each channel's latest data on or before it")
	cmd.Flags().IntVar(&year, "year", 0, "year (each channel falls back to its latest earlier year; with --rank the default is the latest trade year)")
	cmd.Flags().IntVar(&limit, "limit", 20, "with --rank: show the first N states (0: all)")
	cmd.Flags().Float64Var(&headroom, "headroom", leverage.DefaultHeadroom, "substitutes can add up to this many times their current deliveries")
	cmd.Flags().Float64Var(&exportShare, "export-share", leverage.DefaultExportShare, "in goods channels substitutes can also divert this share of their exports to others")
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	registerUndated(cmd)
	return cmd
}

// stateCode checks a state given on the command line: an ISO 3166-1
// alpha-3 code in any case. Anything else is a usage error that names the
// valid form and, where one fits, the code meant ("Germany" → DEU).
func stateCode(s, what string) (string, error) {
	up := strings.ToUpper(strings.TrimSpace(s))
	if dataset.IsISO3(up) {
		return up, nil
	}
	if code, name, ok := dataset.SuggestISO3(s); ok {
		return "", usagef("%s: %q is not an ISO 3166-1 alpha-3 country code; did you mean %s (%s)?", what, s, code, name)
	}
	return "", usagef("%s: %q is not an ISO 3166-1 alpha-3 country code (three letters, e.g. DEU for Germany, PRK for North Korea)", what, s)
}

// asOfDate returns the date a leverage command answers for: --as-of, else
// the end of --year, else today (the model is asked about the present;
// the clock dates no text).
func asOfDate(asOf string, year int) (time.Time, error) {
	if year < 0 {
		return time.Time{}, usagef("--year must be a year, not %d", year)
	}
	if asOf != "" {
		if year != 0 {
			return time.Time{}, usagef("give --as-of or --year, not both")
		}
		t, err := leverage.ParseAsOf(asOf)
		if err != nil {
			return time.Time{}, usagef("--as-of: %s", hebel.ErrorMessage(err))
		}
		return t, nil
	}
	if year > 0 {
		return time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC), nil
	}
	now := time.Now().UTC()
	return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC), nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/leverage"
	"github.com/hebel-project/hebel/report"
)

func (m *Main) newWhatIfCommand() *cobra.Command {
	var cuts []string
	var substitutes, format, asOf string
	var enforce bool
	var headroom, exportShare float64
	var year int
	cmd := &cobra.Command{
		Use:   "whatif --cut A:B:CHANNELS [flags]",
		Short: "Show B's shortfall when A cuts deliveries, before and after substitution",
		Long: `Whatif cuts A's deliveries to B in the named channels (oil = refined petroleum
and crude oil, food, fertilizer, trade, arms, security, all) and reports B's
shortfall per channel before and after other suppliers step in, in the
channel's unit and as a share of B's imports, with the assumptions, the
cutter's own lost exports and the third states that trade most with B.

--enforce-sanctions also withholds what B receives above a known cap (the UN
cap on refined petroleum for the DPRK) and channels that sanctions in force
name. --substitute limits who may step in (a state named there that delivers
nothing to B today can still step in with part of its exports to others);
--headroom h lets each add up to h times its current deliveries, and
--export-share e lets it divert e of its exports in the channel to others.
--as-of (default today) and --year choose the data as for 'hebel leverage'.`,
		Example: `  hebel whatif --cut CHN:PRK:oil,food
  hebel whatif --cut CHN:PRK:oil,food --enforce-sanctions --substitute RUS,BLR --headroom 2`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usagef("--format must be text or json, not %q", format)
			}
			if len(cuts) == 0 {
				return usagef("whatif needs at least one --cut A:B[:CHANNELS]")
			}
			if headroom < 0 || exportShare < 0 {
				return usagef("--headroom and --export-share must be ≥ 0")
			}
			date, err := asOfDate(asOf, year)
			if err != nil {
				return err
			}
			s := leverage.Scenario{Year: year, EnforceSanctions: enforce, Headroom: headroom, ExportShare: exportShare}
			for _, c := range cuts {
				cut, err := parseCut(c)
				if err != nil {
					return err
				}
				s.Cuts = append(s.Cuts, cut)
			}
			if substitutes != "" {
				for _, x := range strings.Split(substitutes, ",") {
					if strings.TrimSpace(x) == "" {
						continue
					}
					c, err := stateCode(x, "--substitute")
					if err != nil {
						return err
					}
					s.Substitutes = append(s.Substitutes, c)
				}
			}
			w, err := m.loadWorld(cmd)
			if err != nil {
				return err
			}
			opts := leverage.DefaultOptions()
			opts.AsOf = date
			model, err := leverage.New(w, opts)
			if err != nil {
				return err
			}
			o, err := model.WhatIf(s)
			if err != nil {
				return err
			}
			if format == "json" {
				return writeJSON(m.Stdout, o)
			}
			return report.WriteWhatIf(m.Stdout, o, w)
		},
	}
	cmd.Flags().StringArrayVar(&cuts, "cut", nil, "A:B[:CHANNELS]: A stops delivering to B (channels comma-separated; default all)")
	cmd.Flags().BoolVar(&enforce, "enforce-sanctions", false, "the cutting state also enforces caps and sanctions in force against B")
	cmd.Flags().StringVar(&substitutes, "substitute", "", "comma-separated states that may replace lost deliveries (default: every other supplier)")
	cmd.Flags().Float64Var(&headroom, "headroom", leverage.DefaultHeadroom, "a substitute can add up to this many times its current deliveries")
	cmd.Flags().Float64Var(&exportShare, "export-share", leverage.DefaultExportShare, "a substitute can also divert this share of its exports to others")
	cmd.Flags().StringVar(&asOf, "as-of", "", "answer as of this date, YYYY-MM-DD (default: today)")
	cmd.Flags().IntVar(&year, "year", 0, "year (each channel falls back to its latest earlier year)")
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	registerUndated(cmd)
	return cmd
}

// parseCut reads "CHN:PRK:oil,food".
func parseCut(s string) (leverage.Cut, error) {
	parts := strings.SplitN(s, ":", 3)
	if len(parts) < 2 || parts[0] == "" || parts[1] == "" {
		return leverage.Cut{}, usagef("--cut %q: want A:B[:CHANNELS], e.g. CHN:PRK:oil,food", s)
	}
	from, err := stateCode(parts[0], "--cut "+s)
	if err != nil {
		return leverage.Cut{}, err
	}
	to, err := stateCode(parts[1], "--cut "+s)
	if err != nil {
		return leverage.Cut{}, err
	}
	c := leverage.Cut{From: from, To: to}
	if c.From == c.To {
		return leverage.Cut{}, usagef("--cut %q: A and B must differ", s)
	}
	if len(parts) == 3 {
		chs, err := leverage.ParseChannels(parts[2])
		if err != nil {
			return leverage.Cut{}, usagef("--cut %q: %s", s, hebel.ErrorMessage(err))
		}
		c.Channels = chs
	}
	return c, nil
}

package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/leverage"
)

func (m *Main) newWhatIfCommand() *cobra.Command {
	var cuts []string
	var substitutes, format string
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
name. --substitute limits who may step in; --headroom h lets each add up to
h times its current deliveries.`,
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
					if x = strings.ToUpper(strings.TrimSpace(x)); x != "" {
						s.Substitutes = append(s.Substitutes, x)
					}
				}
			}
			w, err := loadWorld()
			if err != nil {
				return err
			}
			model, err := leverage.New(w, leverage.DefaultOptions())
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
			return writeWhatIfText(m.Stdout, o, w)
		},
	}
	cmd.Flags().StringArrayVar(&cuts, "cut", nil, "A:B[:CHANNELS]: A stops delivering to B (channels comma-separated; default all)")
	cmd.Flags().BoolVar(&enforce, "enforce-sanctions", false, "the cutting state also enforces caps and sanctions in force against B")
	cmd.Flags().StringVar(&substitutes, "substitute", "", "comma-separated states that may replace lost deliveries (default: every other supplier)")
	cmd.Flags().Float64Var(&headroom, "headroom", leverage.DefaultHeadroom, "a substitute can add up to this many times its current deliveries")
	cmd.Flags().Float64Var(&exportShare, "export-share", leverage.DefaultExportShare, "a substitute can also divert this share of its exports to others")
	cmd.Flags().IntVar(&year, "year", 0, "year (default: the latest year of the data; channels fall back to their latest data)")
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	return cmd
}

// parseCut reads "CHN:PRK:oil,food".
func parseCut(s string) (leverage.Cut, error) {
	parts := strings.SplitN(s, ":", 3)
	if len(parts) < 2 || parts[0] == "" || parts[1] == "" {
		return leverage.Cut{}, usagef("--cut %q: want A:B[:CHANNELS], e.g. CHN:PRK:oil,food", s)
	}
	c := leverage.Cut{From: strings.ToUpper(parts[0]), To: strings.ToUpper(parts[1])}
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

func writeWhatIfText(w io.Writer, o *leverage.Outcome, world *hebel.World) error {
	n := newNotes(o.Sources, world)
	var desc []string
	for _, c := range o.Scenario.Cuts {
		chs := "all channels"
		if c.Channels != nil {
			var names []string
			for _, ch := range c.Channels {
				names = append(names, string(ch))
			}
			chs = strings.Join(names, ", ")
		}
		desc = append(desc, fmt.Sprintf("%s cuts %s to %s", c.From, chs, c.To))
	}
	fmt.Fprintf(w, "What if %s (%d)", strings.Join(desc, "; "), o.Year)
	if o.Scenario.EnforceSanctions {
		fmt.Fprint(w, ", enforcing sanctions")
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "\nAssumptions:")
	for _, a := range o.Assumptions {
		fmt.Fprintf(w, "  - %s\n", a)
	}
	if len(o.Effects) == 0 {
		fmt.Fprintln(w, "\nNothing is cut: the data records no deliveries in the channels named.")
	}
	for _, e := range o.Effects {
		fmt.Fprintf(w, "\n%s to %s (%d, %s; %s): %s lose %s %s, %s of %s's imports of %s %s.",
			e.Channel, e.To, e.Year, e.Unit, e.Reason, e.To, amount(e.Lost), n.cite(e.Lost), pct(e.LostShare), e.To, amount(e.Supply), n.cite(e.LostShare))
		if len(e.Substitutes) == 0 {
			fmt.Fprint(w, " No allowed substitute is recorded.")
		} else {
			var subs []string
			for i, s := range e.Substitutes {
				if i == 5 {
					subs = append(subs, fmt.Sprintf("%d more", len(e.Substitutes)-5))
					break
				}
				subs = append(subs, fmt.Sprintf("%s (now %s %s, could add %s %s)", s.Country, amount(s.Current), n.cite(s.Current), amount(s.Capacity), n.cite(s.Capacity)))
			}
			fmt.Fprintf(w, " Substitutes: %s.", strings.Join(subs, ", "))
		}
		fmt.Fprintf(w, " They replace %s %s; the shortfall after substitution is %s %s, %s of imports %s.\n",
			amount(e.Replaced), n.cite(e.Replaced), amount(e.Shortfall), n.cite(e.Shortfall), pct(e.ShortfallShare), n.cite(e.ShortfallShare))
		for _, x := range e.ExporterLoss {
			fmt.Fprintf(w, "  %s gives up %s %s, %s of its %s exports %s.\n", x.Country, amount(x.Volume), n.cite(x.Volume), pct(x.Share), e.Channel, n.cite(x.Share))
		}
	}
	if len(o.SecondHand) > 0 {
		fmt.Fprintln(w, "\nAffected second-hand (trade with the target as a share of their own trade):")
		for _, x := range o.SecondHand {
			fmt.Fprintf(w, "  - %s %s %s %s %s: %s of its %s %s\n", x.Country, x.Kind, x.Via, amount(x.Volume), n.cite(x.Volume),
				pct(x.Share), map[string]string{"sells to": "exports", "buys from": "imports"}[x.Kind], n.cite(x.Share))
		}
	}
	for _, note := range o.Notes {
		fmt.Fprintf(w, "Note: %s\n", note)
	}
	n.write(w)
	return nil
}

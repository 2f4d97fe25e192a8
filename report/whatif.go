package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/leverage"
)

// WriteWhatIf writes a what-if's outcome as an analyst's note ending with
// the sources of every figure.
func WriteWhatIf(w io.Writer, o *leverage.Outcome, world *hebel.World) error {
	n := NewNotes(o.Sources, world)
	when := "latest data per channel"
	switch {
	case o.Year > 0:
		when = fmt.Sprint(o.Year)
	case o.AsOf != "":
		when = "as of " + o.AsOf + ", each channel's latest data on or before it"
	}
	fmt.Fprintf(w, "What if %s (%s)", describeCuts(o.Scenario), when)
	if o.Scenario.EnforceSanctions {
		fmt.Fprint(w, ", enforcing sanctions")
	}
	fmt.Fprintln(w)
	writeWhatIfBody(w, o, n)
	n.Write(w)
	return nil
}

func describeCuts(s leverage.Scenario) string {
	var desc []string
	for _, c := range s.Cuts {
		chs := "all channels"
		if c.Channels != nil {
			var names []string
			for _, ch := range c.Channels {
				names = append(names, ChannelName(ch))
			}
			chs = strings.Join(names, ", ")
		}
		desc = append(desc, fmt.Sprintf("%s cuts %s to %s", c.From, chs, c.To))
	}
	return strings.Join(desc, "; ")
}

func writeWhatIfBody(w io.Writer, o *leverage.Outcome, n *Notes) {
	fmt.Fprintln(w, "\nAssumptions:")
	for _, a := range o.Assumptions {
		fmt.Fprintf(w, "  - %s\n", a)
	}
	if len(o.Effects) == 0 {
		fmt.Fprintln(w, "\nNothing is cut: the data records no deliveries in the channels named.")
	}
	for _, e := range o.Effects {
		of := "its imports of " + Amount(e.Supply)
		if e.SupplyLowerBound {
			// Not all of B's imports: the data lack partners.
			of = "the " + Amount(e.Supply) + " of imports the data list"
		}
		fmt.Fprintf(w, "\n%s to %s (%d, %s; %s): %s loses %s %s, %s of %s %s — the shortfall before substitution.",
			ChannelName(e.Channel), e.To, e.Year, e.Unit, e.Reason, e.To, Amount(e.Lost), n.Cite(e.Lost), Pct(&e.LostShare), of, n.Cite(e.LostShare))
		if len(e.Substitutes) == 0 {
			fmt.Fprint(w, " No allowed substitute is recorded.")
		} else {
			var subs []string
			for i, s := range e.Substitutes {
				if i == 5 {
					subs = append(subs, fmt.Sprintf("%d more", len(e.Substitutes)-5))
					break
				}
				year := ""
				if s.Year != 0 {
					year = fmt.Sprintf(" in %d", s.Year)
				}
				subs = append(subs, fmt.Sprintf("%s (now %s%s %s, could add %s %s)", s.Country, Amount(s.Current), year, n.Cite(s.Current), Amount(s.Capacity), n.Cite(s.Capacity)))
			}
			fmt.Fprintf(w, " Substitutes: %s.", strings.Join(subs, ", "))
		}
		fmt.Fprintf(w, " They replace %s %s; the shortfall after substitution is %s %s, %s of imports %s.\n",
			Amount(e.Replaced), n.Cite(e.Replaced), Amount(e.Shortfall), n.Cite(e.Shortfall), Pct(&e.ShortfallShare), n.Cite(e.ShortfallShare))
		for _, x := range e.ExporterLoss {
			if x.Share != nil {
				fmt.Fprintf(w, "  %s gives up %s %s, %s of its %s exports %s.\n", x.Country, Amount(x.Volume), n.Cite(x.Volume), Pct(x.Share), ChannelName(e.Channel), n.Cite(*x.Share))
			} else {
				fmt.Fprintf(w, "  %s gives up %s %s; %s\n", x.Country, Amount(x.Volume), n.Cite(x.Volume), x.Note)
			}
		}
	}
	if len(o.SecondHand) > 0 {
		fmt.Fprintln(w, "\nAffected second-hand (in the channel cut, as a share of their own trade in it):")
		for _, x := range o.SecondHand {
			fmt.Fprintf(w, "  - %s %s %s %s %s of %s: %s of its %s %s\n", x.Country, x.Kind, x.Via, Amount(x.Volume), n.Cite(x.Volume), ChannelName(x.Channel),
				Pct(x.Share), map[string]string{"sells to": "exports", "buys from": "imports"}[x.Kind], n.CiteOf(x.Share))
		}
	}
	for _, note := range o.Notes {
		fmt.Fprintf(w, "Note: %s\n", note)
	}
}

// WriteDeliveries writes deliveries by supplier against the cap, year by
// year, ending with the sources.
func WriteDeliveries(w io.Writer, d *leverage.Deliveries, world *hebel.World) error {
	n := NewNotes(d.Sources, world)
	writeDeliveriesBody(w, d, n)
	n.Write(w)
	return nil
}

func writeDeliveriesBody(w io.Writer, d *leverage.Deliveries, n *Notes) {
	fmt.Fprintf(w, "%s delivered to %s, by supplier", d.Channel, d.To)
	if d.Cap != nil {
		fmt.Fprintf(w, ", against the cap of %s a year from %d %s", Amount(d.Cap.Value), d.Cap.Since, n.Cite(d.Cap.Value))
	}
	fmt.Fprintln(w, " (units as reported; barrels and tonnes are never added):")
	for _, a := range d.Assumptions {
		fmt.Fprintf(w, "  assumption: %s\n", a)
	}
	if len(d.Years) == 0 {
		fmt.Fprintln(w, "  no deliveries recorded.")
	}
	for _, y := range d.Years {
		whole := map[string]bool{}
		for _, dl := range y.Deliveries {
			if !dl.Partial && !dl.Claim {
				whole[dl.From] = true
			}
		}
		var parts []string
		for _, dl := range y.Deliveries {
			if dl.Partial && whole[dl.From] {
				continue // the whole year's figure is there (JSON keeps the parts)
			}
			parts = append(parts, deliveryText(dl, n))
		}
		for _, dl := range y.Totals {
			parts = append(parts, deliveryText(dl, n))
		}
		fmt.Fprintf(w, "  %d: %s\n", y.Year, strings.Join(parts, "; "))
	}
}

func deliveryText(dl leverage.Delivery, n *Notes) string {
	who := dl.From
	if who == "" {
		who = "all suppliers (reported total)"
	}
	s := fmt.Sprintf("%s %s %s", who, Amount(dl.Value), n.Cite(dl.Value))
	if dl.Converted != nil {
		s += fmt.Sprintf(" (≈ %s by the stated factor %s)", Amount(*dl.Converted), n.Cite(*dl.Converted))
	}
	if dl.CapShare != nil {
		s += fmt.Sprintf(", %s of the cap %s", Pct(dl.CapShare), n.Cite(*dl.CapShare))
	}
	switch {
	case dl.Claim:
		c := "claim"
		if dl.Claimant != "" {
			c += " by " + dl.Claimant
		}
		if dl.Period != "" {
			c += ", " + dl.Period
		}
		s += " (" + c + ")"
	case dl.Partial && dl.Period != "":
		s += " (part of the year: " + dl.Period + ")"
	}
	return s
}

package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/leverage"
)

// WritePair writes A's leverage over B as an analyst's note ending with
// the sources of every figure.
func WritePair(w io.Writer, p *leverage.Pair, world *hebel.World) error {
	n := NewNotes(p.Sources, world)
	title := fmt.Sprintf("Leverage of %s over %s (%s)", p.From, p.To, yearText(p.Year))
	fmt.Fprintf(w, "%s\n\n", title)
	writePairBody(w, p, n)
	n.Write(w)
	return nil
}

func yearText(y int) string {
	if y == 0 {
		return "latest data per channel"
	}
	return fmt.Sprint(y)
}

// writePairBody writes the score and one paragraph per channel.
func writePairBody(w io.Writer, p *leverage.Pair, n *Notes) {
	fmt.Fprintf(w, "Combined score %.2f on a scale of 0 to 1 %s, after discounting %s's counter-dependence: %s of %s's exports go to %s %s.\n",
		p.Score.Value, n.Cite(p.Score), p.From, Pct(p.CounterDependence), p.From, p.To, n.Cite(p.CounterDependence))
	for _, c := range p.Channels {
		fmt.Fprintln(w)
		if c.Channel == hebel.ChannelSecurity {
			writeSecurity(w, p, &c, n)
			continue
		}
		fmt.Fprintf(w, "%s (%d, %s): %s imports %s in all %s; %s supplies %s %s, %s of the total %s.",
			c.Channel, c.Year, c.Unit, p.To, Amount(c.Imports), n.Cite(c.Imports), p.From, Amount(c.FromA), n.Cite(c.FromA), Pct(c.ImportShare), n.Cite(c.ImportShare))
		if c.FromClaims {
			fmt.Fprintf(w, " (%s's deliveries rest on news claims, not on a dataset.)", p.From)
		}
		fmt.Fprintf(w, " Supplier concentration HHI %.2f %s.", c.HHI.Value, n.Cite(c.HHI))
		writeSubstitutes(w, &c, n, "could add")
		if c.Cap != nil {
			fmt.Fprintf(w, " A cap of %s applies %s; recorded imports are %.0f%% of it.", Amount(*c.Cap), n.Cite(*c.Cap), 100*c.Imports.Value/c.Cap.Value)
		}
		fmt.Fprintf(w, " %s sends %s of its %s exports to %s %s. Channel leverage %.2f %s.\n",
			p.From, Pct(c.CounterDependence), c.Channel, p.To, n.Cite(c.CounterDependence), c.Score.Value, n.Cite(c.Score))
	}
	if len(p.Sanctions) > 0 {
		fmt.Fprintf(w, "\nSanctions in force against %s:", p.To)
		for _, s := range p.Sanctions {
			fmt.Fprintf(w, " %s since %d %s;", s.Sender, s.Start, n.Cite(leverage.Figure{Sources: s.Sources}))
		}
		fmt.Fprintln(w)
	}
	if len(p.Evidence) > 0 {
		fmt.Fprintf(w, "\nFurther evidence (claims and rows not summed):\n")
		for _, e := range p.Evidence {
			who := ""
			if e.Claimant != "" {
				who = " according to " + e.Claimant
			}
			fmt.Fprintf(w, "  - %s %s→%s %d: %s%s %s (%s)\n", e.Channel, e.From, e.To, e.Year, Amount(e.Value), who, n.Cite(e.Value), e.Note)
		}
	}
	for _, note := range p.Notes {
		fmt.Fprintf(w, "Note: %s\n", note)
	}
}

func writeSubstitutes(w io.Writer, c *leverage.ChannelLeverage, n *Notes, verb string) {
	if len(c.Substitutes) == 0 {
		fmt.Fprintf(w, " No other supplier is recorded.")
		return
	}
	var subs []string
	for i, s := range c.Substitutes {
		if i == 4 {
			subs = append(subs, fmt.Sprintf("%d more", len(c.Substitutes)-4))
			break
		}
		subs = append(subs, fmt.Sprintf("%s %s %s (%s %s)", s.Country, Amount(s.Current), n.Cite(s.Current), verb, Amount(s.Capacity)))
	}
	fmt.Fprintf(w, " Other suppliers: %s; together they could add %s %s, a substitutability of %s %s.",
		strings.Join(subs, ", "), Amount(c.Capacity), n.Cite(c.Capacity), Pct(c.Substitutability), n.Cite(c.Substitutability))
}

// writeSecurity phrases the security channel as guarantees: defence pacts
// weighted by the guarantor's capability share, or troops stationed.
func writeSecurity(w io.Writer, p *leverage.Pair, c *leverage.ChannelLeverage, n *Notes) {
	var others []string
	for i, s := range c.Substitutes {
		if i == 5 {
			others = append(others, fmt.Sprintf("%d more", len(c.Substitutes)-5))
			break
		}
		switch c.Unit {
		case "cinc":
			others = append(others, fmt.Sprintf("%s (capability share %.3f %s)", s.Country, s.Current.Value, n.Cite(s.Current)))
		default:
			others = append(others, fmt.Sprintf("%s %s %s", s.Country, Amount(s.Current), n.Cite(s.Current)))
		}
	}
	switch c.Unit {
	case "persons":
		fmt.Fprintf(w, "security, troops stationed (%d): ", c.Year)
		if c.FromA.Value > 0 {
			fmt.Fprintf(w, "%s keeps %s in %s %s, %s of the foreign troops recorded there %s.", p.From, Amount(c.FromA), p.To, n.Cite(c.FromA), Pct(c.ImportShare), n.Cite(c.ImportShare))
		} else {
			fmt.Fprintf(w, "%s has no troops recorded in %s %s.", p.From, p.To, n.Cite(c.FromA))
		}
		if len(others) > 0 {
			fmt.Fprintf(w, " Others stationed there: %s.", strings.Join(others, ", "))
		}
	default:
		fmt.Fprintf(w, "security guarantees (%d): ", c.Year)
		if c.FromA.Value > 0 {
			fmt.Fprintf(w, "%s and %s are bound by a defence pact %s.", p.From, p.To, n.Cite(c.FromA))
			if c.Unit == "cinc" {
				fmt.Fprintf(w, " Weighted by military capability (COW CINC, share of world capabilities), %s holds %.3f, %s of the capability of all of %s's defence allies %s.",
					p.From, c.FromA.Value, Pct(c.ImportShare), p.To, n.Cite(c.ImportShare))
			} else {
				fmt.Fprintf(w, " %s is one of %s's %s %s.", p.From, p.To, Amount(c.Imports), n.Cite(c.Imports))
			}
		} else {
			fmt.Fprintf(w, "%s has no defence pact with %s in force %s.", p.From, p.To, n.Cite(c.FromA))
		}
		if len(others) > 0 {
			fmt.Fprintf(w, " %s's other defence allies: %s; if they stood in, substitutability would be %s %s.", p.To, strings.Join(others, ", "), Pct(c.Substitutability), n.Cite(c.Substitutability))
		} else {
			fmt.Fprintf(w, " %s has no other defence ally.", p.To)
		}
	}
	fmt.Fprintf(w, " Channel leverage %.2f %s.\n", c.Score.Value, n.Cite(c.Score))
}

// WriteRank writes a ranking as a numbered list ending with the sources.
func WriteRank(w io.Writer, r *leverage.Ranking, world *hebel.World) error {
	n := NewNotes(r.Sources, world)
	fmt.Fprintf(w, "States ranked by %s's leverage over them (%d)\n\n", r.From, r.Year)
	for i, p := range r.Pairs {
		best, bestScore := "", -1.0
		for _, c := range p.Channels {
			if c.Score.Value > bestScore {
				what := "of imports from"
				if c.Channel == hebel.ChannelSecurity {
					what = "of allied capability held by"
				}
				best, bestScore = fmt.Sprintf("%s: %s %s %s %s", c.Channel, Pct(c.ImportShare), what, r.From, n.Cite(c.ImportShare)), c.Score.Value
			}
		}
		fmt.Fprintf(w, "%3d. %s  %.3f %s  %s\n", i+1, p.To, p.Score.Value, n.Cite(p.Score), best)
	}
	n.Write(w)
	return nil
}

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dataset/bundle"
	"github.com/hebel-project/hebel/leverage"
)

// loadWorld returns the world the leverage commands read: the embedded
// bundle of shippable datasets.
func loadWorld() (*hebel.World, error) {
	w, err := bundle.Load()
	if err != nil {
		return nil, fmt.Errorf("loading the world bundle: %w", err)
	}
	return w, nil
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
			w, err := loadWorld()
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
				return writeRankText(m.Stdout, r, w)
			}
			p, err := model.Analyze(strings.ToUpper(args[0]), strings.ToUpper(args[1]), year)
			if err != nil {
				return err
			}
			if format == "json" {
				return writeJSON(m.Stdout, p)
			}
			return writePairText(m.Stdout, p, w)
		},
	}
	cmd.Flags().StringVar(&from, "from", "", "the state whose leverage is ranked (with --rank)")
	cmd.Flags().BoolVar(&rank, "rank", false, "rank every state by the leverage of --from over it")
	cmd.Flags().IntVar(&year, "year", 0, "year (default: the latest year of the data; channels fall back to their latest data)")
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

// notes numbers the distinct source lists of a text report, so each
// figure cites one footnote and the footnotes list the rows at the end.
type notes struct {
	byKey map[string]int
	lists [][]int
	src   map[int]leverage.Source
	world *hebel.World
}

func newNotes(srcs []leverage.Source, w *hebel.World) *notes {
	n := &notes{byKey: map[string]int{}, src: map[int]leverage.Source{}, world: w}
	for _, s := range srcs {
		n.src[s.ID] = s
	}
	return n
}

// cite returns "[n]" for the figure's sources.
func (n *notes) cite(f leverage.Figure) string {
	ids := append([]int(nil), f.Sources...)
	sort.Ints(ids)
	key := fmt.Sprint(ids)
	i, ok := n.byKey[key]
	if !ok {
		n.lists = append(n.lists, ids)
		i = len(n.lists)
		n.byKey[key] = i
	}
	return fmt.Sprintf("[%d]", i)
}

// write prints the footnotes: per dataset and file the rows, then claims
// and assumptions.
func (n *notes) write(w io.Writer) {
	fmt.Fprintln(w, "\nSources:")
	for i, ids := range n.lists {
		rows := map[string][]string{}
		var order, other []string
		for _, id := range ids {
			s := n.src[id]
			switch s.Kind {
			case leverage.KindDataset:
				key := s.Prov.Dataset
				if s.Prov.Version != "" {
					key += " " + s.Prov.Version
				}
				if s.Prov.File != "" {
					key += ", " + s.Prov.File
				}
				if _, ok := rows[key]; !ok {
					order = append(order, key)
				}
				r := strconv.Itoa(s.Prov.Row)
				if s.Prov.URL != "" {
					r += " <" + s.Prov.URL + ">"
				}
				rows[key] = append(rows[key], r)
			case leverage.KindClaim:
				c := "claim"
				if s.ClaimID != "" {
					c += " " + s.ClaimID
				}
				if s.Claimant != "" {
					c += " by " + s.Claimant
				}
				if s.Prov.URL != "" {
					c += " <" + s.Prov.URL + ">"
				}
				other = append(other, c+": "+s.Text)
			default:
				other = append(other, "assumption: "+s.Text)
			}
		}
		var parts []string
		for _, k := range order {
			r := rows[k]
			if len(r) > 6 {
				parts = append(parts, fmt.Sprintf("%s rows %s … %s (%d rows)", k, strings.Join(r[:3], ", "), r[len(r)-1], len(r)))
			} else {
				parts = append(parts, fmt.Sprintf("%s row %s", k, strings.Join(r, ", ")))
			}
		}
		parts = append(parts, other...)
		fmt.Fprintf(w, "  [%d] %s\n", i+1, strings.Join(parts, "; "))
	}
	var ds []string
	for k := range n.world.Sources {
		ds = append(ds, k)
	}
	sort.Strings(ds)
	used := map[string]bool{}
	for _, s := range n.src {
		used[s.Prov.Dataset] = true
	}
	for _, k := range ds {
		if used[k] {
			info := n.world.Sources[k]
			fmt.Fprintf(w, "  %s: %s %s. %s %s\n", k, info.Name, info.Version, info.Citation, info.URL)
		}
	}
}

func pct(f leverage.Figure) string { return fmt.Sprintf("%.1f%%", 100*f.Value) }

func amount(f leverage.Figure) string {
	v := f.Value
	s := strconv.FormatFloat(v, 'f', 0, 64)
	if v != 0 && v < 10 {
		s = strconv.FormatFloat(v, 'f', 3, 64)
	}
	return groupDigits(s) + " " + f.Unit
}

// groupDigits writes 1234567 as 1,234,567.
func groupDigits(s string) string {
	intPart, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := b.String()
	if neg {
		out = "-" + out
	}
	if frac != "" {
		out += "." + frac
	}
	return out
}

func writePairText(w io.Writer, p *leverage.Pair, world *hebel.World) error {
	n := newNotes(p.Sources, world)
	fmt.Fprintf(w, "Leverage of %s over %s (%d)\n\n", p.From, p.To, p.Year)
	fmt.Fprintf(w, "Combined score %.2f on a scale of 0 to 1 %s, after discounting %s's counter-dependence: %s of %s's exports go to %s %s.\n",
		p.Score.Value, n.cite(p.Score), p.From, pct(p.CounterDependence), p.From, p.To, n.cite(p.CounterDependence))
	for _, c := range p.Channels {
		fmt.Fprintf(w, "\n%s (%d, %s): %s imports %s in all %s; %s supplies %s %s, %s of the total %s.",
			c.Channel, c.Year, c.Unit, p.To, amount(c.Imports), n.cite(c.Imports), p.From, amount(c.FromA), n.cite(c.FromA), pct(c.ImportShare), n.cite(c.ImportShare))
		if c.FromClaims {
			fmt.Fprintf(w, " (%s's deliveries rest on news claims, not on a dataset.)", p.From)
		}
		fmt.Fprintf(w, " Supplier concentration HHI %.2f %s.", c.HHI.Value, n.cite(c.HHI))
		if len(c.Substitutes) > 0 {
			var subs []string
			for i, s := range c.Substitutes {
				if i == 4 {
					subs = append(subs, fmt.Sprintf("%d more", len(c.Substitutes)-4))
					break
				}
				subs = append(subs, fmt.Sprintf("%s %s %s (could add %s)", s.Country, amount(s.Current), n.cite(s.Current), amount(s.Capacity)))
			}
			fmt.Fprintf(w, " Other suppliers: %s; together they could add %s %s, a substitutability of %s %s.",
				strings.Join(subs, ", "), amount(c.Capacity), n.cite(c.Capacity), pct(c.Substitutability), n.cite(c.Substitutability))
		} else {
			fmt.Fprintf(w, " No other supplier is recorded.")
		}
		if c.Cap != nil {
			fmt.Fprintf(w, " A cap of %s applies %s; recorded imports are %.0f%% of it.", amount(*c.Cap), n.cite(*c.Cap), 100*c.Imports.Value/c.Cap.Value)
		}
		fmt.Fprintf(w, " %s sends %s of its %s exports to %s %s. Channel leverage %.2f %s.\n",
			p.From, pct(c.CounterDependence), c.Channel, p.To, n.cite(c.CounterDependence), c.Score.Value, n.cite(c.Score))
	}
	if len(p.Sanctions) > 0 {
		fmt.Fprintf(w, "\nSanctions in force against %s:", p.To)
		for _, s := range p.Sanctions {
			fmt.Fprintf(w, " %s since %d %s;", s.Sender, s.Start, n.cite(leverage.Figure{Sources: s.Sources}))
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
			fmt.Fprintf(w, "  - %s %s→%s %d: %s%s %s (%s)\n", e.Channel, e.From, e.To, e.Year, amount(e.Value), who, n.cite(e.Value), e.Note)
		}
	}
	for _, note := range p.Notes {
		fmt.Fprintf(w, "Note: %s\n", note)
	}
	n.write(w)
	return nil
}

func writeRankText(w io.Writer, r *leverage.Ranking, world *hebel.World) error {
	n := newNotes(r.Sources, world)
	fmt.Fprintf(w, "States ranked by %s's leverage over them (%d)\n\n", r.From, r.Year)
	for i, p := range r.Pairs {
		best, bestScore := "", -1.0
		for _, c := range p.Channels {
			if c.Score.Value > bestScore {
				best, bestScore = fmt.Sprintf("%s: %s of imports from %s %s", c.Channel, pct(c.ImportShare), r.From, n.cite(c.ImportShare)), c.Score.Value
			}
		}
		fmt.Fprintf(w, "%3d. %s  %.3f %s  %s\n", i+1, p.To, p.Score.Value, n.cite(p.Score), best)
	}
	n.write(w)
	return nil
}

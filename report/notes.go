package report

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/leverage"
)

// Notes numbers the distinct source lists of a text, so that each figure
// cites one footnote and the footnotes at the end list the rows, claims
// and assumptions behind it.
type Notes struct {
	byKey map[string]int
	lists [][]int
	src   map[int]leverage.Source
	world *hebel.World
}

// NewNotes returns footnotes over the given sources; world cites the
// datasets (its Sources) at the end.
func NewNotes(srcs []leverage.Source, world *hebel.World) *Notes {
	n := &Notes{byKey: map[string]int{}, src: map[int]leverage.Source{}, world: world}
	n.Add(srcs)
	return n
}

// Add makes more sources known to the footnotes.
func (n *Notes) Add(srcs []leverage.Source) {
	for _, s := range srcs {
		n.src[s.ID] = s
	}
}

// Cite returns "[n]" for the figure's sources.
func (n *Notes) Cite(f leverage.Figure) string {
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

// Write prints the footnotes: per dataset and file the rows, then claims
// and assumptions, then the citation of every dataset used.
func (n *Notes) Write(w io.Writer) {
	fmt.Fprintln(w, "\nSources:")
	used := map[string]bool{}
	for i, ids := range n.lists {
		rows := map[string][]string{}
		var order, other []string
		for _, id := range ids {
			s := n.src[id]
			switch s.Kind {
			case leverage.KindDataset:
				used[s.Prov.Dataset] = true
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
				used[s.Prov.Dataset] = true
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
	if n.world == nil {
		return
	}
	var ds []string
	for k := range n.world.Sources {
		if used[k] {
			ds = append(ds, k)
		}
	}
	sort.Strings(ds)
	for _, k := range ds {
		info := n.world.Sources[k]
		fmt.Fprintf(w, "  %s: %s %s. %s %s\n", k, info.Name, info.Version, info.Citation, info.URL)
	}
}

// Pct writes a share as a percentage.
func Pct(f leverage.Figure) string { return fmt.Sprintf("%.1f%%", 100*f.Value) }

// Amount writes a figure with its unit and thousands separators.
func Amount(f leverage.Figure) string {
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

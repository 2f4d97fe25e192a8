package report

import (
	"fmt"
	"io"
	"math"
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

// CiteOf returns "[n]" for a figure that may be unknown ("" for nil).
func (n *Notes) CiteOf(f *leverage.Figure) string {
	if f == nil {
		return ""
	}
	return n.Cite(*f)
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
				if l := rows[key]; len(l) == 0 || l[len(l)-1] != r {
					rows[key] = append(rows[key], r) // one row may give several figures
				}
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

// Pct writes a share as a percentage ("62.5%", "0.03%"), "unknown" for
// nil: small shares keep two significant digits, so that only a zero
// reads 0%.
func Pct(f *leverage.Figure) string {
	if f == nil {
		return "unknown"
	}
	v := 100 * f.Value
	dec := 1
	if a := math.Abs(v); a > 0 && a < 1 {
		dec = min(6, 1-int(math.Floor(math.Log10(a))))
	}
	return Number(v, dec) + "%"
}

// Claimants returns who made the claims a figure rests on.
func (n *Notes) Claimants(f leverage.Figure) []string {
	var out []string
	for _, id := range f.Sources {
		if s, ok := n.src[id]; ok && s.Kind == leverage.KindClaim && s.Claimant != "" {
			dup := false
			for _, c := range out {
				dup = dup || c == s.Claimant
			}
			if !dup {
				out = append(out, s.Claimant)
			}
		}
	}
	return out
}

// Amount writes a figure with its unit in the reader's convention:
// thousands grouped with commas, no more decimals than the value needs
// (4, not 4.000; 0.226; 1,948,982).
func Amount(f leverage.Figure) string {
	return Number(f.Value, 3) + " " + f.Unit
}

// AmountOf writes a figure that may be unknown.
func AmountOf(f *leverage.Figure) string {
	if f == nil {
		return "unknown"
	}
	return Amount(*f)
}

// Number writes v with thousands grouped by commas: at least 1,000
// without decimals, smaller values with at most maxDecimals decimals and
// no trailing zeros.
func Number(v float64, maxDecimals int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	dec := maxDecimals
	switch a := math.Abs(v); {
	case a >= 1000:
		dec = 0
	case a >= 100:
		dec = min(dec, 1)
	}
	s := strconv.FormatFloat(v, 'f', dec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return groupDigits(s)
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

package record

import (
	"fmt"

	"github.com/hebel-project/hebel"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// WriteText writes a readable summary of r for people: the document line,
// entities with their mentions, claims with their sources, quotes with
// their speakers, relations, problems.
func WriteText(w io.Writer, r *Record) error {
	var b strings.Builder
	d := r.Document
	fmt.Fprintf(&b, "== %s\n", orDash(d.Source))
	fmt.Fprintf(&b, "id %s  lang %s  %d chars", d.ID, orDash(d.Lang), utf8.RuneCountInString(d.Text))
	if d.Title != nil {
		fmt.Fprintf(&b, "  title %q", *d.Title)
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "published %s\n", d.DateLabel())
	if d.URL != nil {
		fmt.Fprintf(&b, "url %s\n", *d.URL)
	}
	if len(r.Entities) > 0 {
		fmt.Fprintf(&b, "\nentities (%d)\n", len(r.Entities))
		for _, e := range r.Entities {
			fmt.Fprintf(&b, "  %-22s %-12s %-24s ×%d  %s\n", e.ID, e.Type, e.Name, len(e.Mentions), mentionForms(e.Mentions))
		}
	}
	if len(r.Claims) > 0 {
		fmt.Fprintf(&b, "\nclaims (%d)\n", len(r.Claims))
		for _, c := range r.Claims {
			fmt.Fprintf(&b, "  %s %s", formatClaimQuantity(c), c.Counted)
			if c.Source != nil {
				fmt.Fprintf(&b, " — source: %s", sourceLabel(c.Source))
			}
			if c.Valid != nil {
				fmt.Fprintf(&b, " — time: %s", c.Valid.Label())
			}
			b.WriteString("\n")
		}
	}
	if len(r.Quotes) > 0 {
		fmt.Fprintf(&b, "\nquotes (%d)\n", len(r.Quotes))
		for _, q := range r.Quotes {
			speaker := "(no speaker)"
			if q.Speaker != nil {
				speaker = sourceLabel(q.Speaker)
			}
			if q.Cue != "" {
				speaker += " (" + q.Cue + ")"
			}
			fmt.Fprintf(&b, "  %s: «%s» [%s]\n", speaker, q.Content, q.Kind)
		}
	}
	if len(r.Relations) > 0 {
		fmt.Fprintf(&b, "\nrelations (%d)\n", len(r.Relations))
		for _, rel := range r.Relations {
			fmt.Fprintf(&b, "  %s %s → %s", rel.Type, rel.From, rel.To)
			if len(rel.Attributes) > 0 {
				keys := make([]string, 0, len(rel.Attributes))
				for k := range rel.Attributes {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				for _, k := range keys {
					fmt.Fprintf(&b, " %s=%v", k, rel.Attributes[k])
				}
			}
			if rel.Source != nil {
				fmt.Fprintf(&b, " — source: %s", sourceLabel(rel.Source))
			}
			if rel.Valid != nil {
				fmt.Fprintf(&b, " — time: %s", rel.Valid.Label())
			}
			b.WriteString("\n")
		}
	}
	if len(r.Problems) > 0 {
		fmt.Fprintf(&b, "\nproblems (%d)\n", len(r.Problems))
		for _, p := range r.Problems {
			fmt.Fprintf(&b, "  %s: %s\n", p.Code, p.Message)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// DateLabel shows when d was published: "2024-12 (month; sidecar: dated
// by …)", "≤2024-05-10 (day; warc: crawled …)", or "undated".
func (d Document) DateLabel() string {
	if d.Published == nil {
		return hebel.Undated
	}
	var dt Dating
	if d.Dating != nil {
		dt = *d.Dating
	}
	doc := hebel.Document{Published: *d.Published, Dating: hebel.Dating{Precision: hebel.Precision(dt.Precision), UpperBound: dt.UpperBound}}
	s := doc.DateLabel()
	var how []string
	if dt.Precision != "" {
		how = append(how, dt.Precision)
	}
	if src := dt.Source; src != "" {
		if dt.Note != "" {
			src += ": " + dt.Note
		}
		how = append(how, src)
	}
	if len(how) > 0 {
		s += " (" + strings.Join(how, "; ") + ")"
	}
	return s
}

// Label shows a valid time for people: "2024-06-19", "2024-06–2024-08"
// (ends inclusive), "since 2022-03", "until 2024-12", with the words it
// came from («im Sommer») or "(publication date)".
func (v *ValidTime) Label() string {
	p := hebel.Precision(v.Precision)
	if p == "" {
		p = hebel.PrecisionDay
	}
	last := func(t time.Time) string { return hebel.FormatDate(hebel.AddUnit(t, p, -1), p) }
	var s string
	switch {
	case v.Start != nil && v.End != nil && v.Start.Equal(*v.End):
		s = hebel.FormatDate(*v.Start, p)
	case v.Start != nil && v.End != nil:
		s = hebel.FormatDate(*v.Start, p) + "–" + last(*v.End)
		if a, b, ok := strings.Cut(s, "–"); ok && a == b {
			s = a
		}
	case v.Start != nil:
		s = "since " + hebel.FormatDate(*v.Start, p)
	case v.End != nil:
		s = "until " + last(*v.End)
	default:
		s = "unknown"
	}
	if v.Text != "" {
		s += " «" + v.Text + "»"
	} else if v.Basis == hebel.BasisPublished {
		s += " (publication date)"
	}
	return s
}

// FormatQuantity renders a quantity for people: "≈10,000", "≥100",
// "≤1,000", ">80,000", "10,000–12,000", with its unit.
func FormatQuantity(q Quantity) string {
	var s string
	switch q.Qualifier {
	case "approx":
		s = "≈" + formatNumber(q.Value)
	case "at_least":
		s = "≥" + formatNumber(q.Value)
	case "more_than":
		s = ">" + formatNumber(q.Value)
	case "at_most":
		s = "≤" + formatNumber(q.Value)
	case "less_than":
		s = "<" + formatNumber(q.Value)
	case "range":
		lo, hi := q.Value, q.Value
		if q.Low != nil {
			lo = *q.Low
		}
		if q.High != nil {
			hi = *q.High
		}
		s = formatNumber(lo) + "–" + formatNumber(hi)
	default:
		s = formatNumber(q.Value)
	}
	if q.Unit != nil && *q.Unit != "" {
		s += " " + *q.Unit
	}
	return s
}

// formatNumber writes v with thousands separators and at most two
// decimals: 10000 → "10,000", 3.5 → "3.5".
func formatNumber(v float64) string {
	neg := v < 0
	if neg {
		v = -v
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if strings.Contains(s, "e") || v >= 1e15 {
		s = strconv.FormatFloat(v, 'g', 6, 64)
	} else if i := strings.IndexByte(s, '.'); i >= 0 && len(s)-i > 3 {
		s = strconv.FormatFloat(v, 'f', 2, 64)
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// mentionForms lists the distinct surface forms of mentions, in order.
func mentionForms(ms []Mention) string {
	seen := map[string]bool{}
	var forms []string
	for _, m := range ms {
		if !seen[m.Text] {
			seen[m.Text] = true
			forms = append(forms, m.Text)
		}
	}
	return strings.Join(forms, ", ")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// formatClaimQuantity renders a claim's quantity, leaving the unit out when
// what is counted starts with the unit word as written ("55 Prozent des
// Gases", "1 million barrels of oil"), so that it is not said twice.
func formatClaimQuantity(c Claim) string {
	q := c.Quantity
	if q.Unit != nil && *q.Unit != "" {
		fields := strings.Fields(c.Counted)
		qf := strings.Fields(q.Text)
		if len(fields) > 0 && len(qf) > 0 && strings.EqualFold(fields[0], qf[len(qf)-1]) {
			q.Unit = nil
		} else if len(fields) > 0 && !strings.ContainsAny(fields[0][:1], "0123456789") && isUnitWord(fields[0]) {
			q.Unit = nil
		}
	}
	return FormatQuantity(q)
}

// isUnitWord reports whether w names a unit the quantity already carries.
func isUnitWord(w string) bool {
	switch strings.ToLower(strings.Trim(w, ".,")) {
	case "prozent", "percent", "per", "prozentpunkte", "barrel", "barrels", "tonnen", "tonnes", "tons",
		"euro", "dollar", "dollars", "us-dollar", "yuan", "won", "rubel", "roubles", "rubles",
		"kilometer", "kilometres", "kilometers", "meilen", "miles", "kilogramm", "kilograms":
		return true
	}
	return false
}

// sourceLabel names a source as written, with the person or organisation
// it resolves to when the words differ ("Ihrer [Rachel Minyoung Lee]",
// "eine Expertin [Rachel Minyoung Lee]"). A country the words merely
// mention ("the Japanese defence minister" → Japan) is not shown: it would
// read as if the country had spoken.
func sourceLabel(s *Source) string {
	if s.Name == "" || s.Name == s.Text || s.Entity == nil || hebel.IsStateID(*s.Entity) {
		return s.Text
	}
	return s.Text + " [" + s.Name + "]"
}

package quantity

import (
	"math"
	"testing"

	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Rund 10.000 Soldaten", "Bis zu tausend Verletzte", "zwischen 5 und 8 Prozent",
		"$1.5 billion", "tens of thousands", "10,000-12,000", "3.10.2024 14:30", "\xff\xfe12",
		"eine halbe Million", "1 234 567,89", "-5", "+49 30 1234", "½", "2,5 Mio. €",
		"einhundertdreiundzwanzigtausend", "one hundred and three and two thirds", "5/17/2018",
		"über 1.000.000.000.000.000.000.000.000", "1.", "9999999999999999999999999999",
		"one hundred thirty fifths", "a twenty-first", "1 in 4", "one out of three", "1.1^23", "6.23x10^-4",
		"-1.1^--23", ".08", "12,34,567.89", "three lakh crore", "more than 10 and less than 20",
		"equal to 5000 or less", "percent of 10", "- 10  k", "192.168.1.2", "1e300 trillion",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range []*lang.Profile{de.Profile, en.Profile} {
			for _, keep := range []bool{false, true} {
				for _, m := range FindAll(s, p, Options{KeepAll: keep, Articles: keep}) {
					if !m.Span.Valid(len(s)) || m.Start >= m.End {
						t.Fatalf("%q: bad span %v", s, m.Span)
					}
					if m.Text != s[m.Start:m.End] {
						t.Fatalf("%q: text %q is not the span %v", s, m.Text, m.Span)
					}
					if math.IsInf(m.Value, 0) || math.IsNaN(m.Value) {
						t.Fatalf("%q: value %v", s, m.Value)
					}
					if m.Low != nil && m.Value < *m.Low {
						t.Fatalf("%q: value %v below low %v", s, m.Value, *m.Low)
					}
					if m.High != nil && m.Value > *m.High {
						t.Fatalf("%q: value %v above high %v", s, m.Value, *m.High)
					}
					for _, n := range m.Numbers {
						if !m.Span.Contains(n.Span) {
							t.Fatalf("%q: number %v outside %v", s, n.Span, m.Span)
						}
					}
				}
			}
			Parse(s, p)
		}
	})
}

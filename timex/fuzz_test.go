package timex

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
	"github.com/hebel-project/hebel/segment"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Am 3. März 2024 und seit März, bis Ende 2024, vom 3. bis 12. September, am 31. Februar.",
		"BERLIN, 3. März 2024 (dpa) – Vor drei Jahren, Anfang Oktober, im Sommer 2023, Q3 2016.",
		"WASHINGTON, March 3, 2024 (Reuters) - since 2022, the past 3 weeks, 2014-2018, the 1970s.",
		"15.1.2011 21/04/2016 2015-08-12 3-7-27 05.2016 2016 - 05 Oct-2 2019-sep-1 mid-2023 '40s",
		"zwischen dem 2. und dem 22. Oktober; from 4 to 22 this month; 20th of next month",
	} {
		f.Add(s, int64(0))
		f.Add(s, int64(1733788800))
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var ref Reference
		if unix != 0 {
			ref = Reference{Date: time.Unix(unix%(4e9), 0).UTC(), Precision: hebel.PrecisionDay}
		}
		for _, p := range []*lang.Profile{de.Profile, en.Profile} {
			sents := segment.Split(text, p)
			es, probs := Find(text, sents, p, ref)
			for _, e := range es {
				if !e.Span.Valid(len(text)) || e.Text != text[e.Start:e.End] {
					t.Fatalf("expression %q at %v does not slice the text", e.Text, e.Span)
				}
				v := e.Valid
				if v.Basis != hebel.BasisText || v.Span == nil {
					t.Fatalf("expression %q without its words", e.Text)
				}
				if !v.Start.IsZero() && !v.End.IsZero() && v.End.Before(v.Start) {
					t.Fatalf("%q: end %v before start %v", e.Text, v.End, v.Start)
				}
				if ref.Date.IsZero() && e.Relative {
					t.Fatalf("%q resolved without a reference", e.Text)
				}
			}
			for _, pr := range probs {
				if pr.Span == nil || !pr.Span.Valid(len(text)) {
					t.Fatalf("problem %v without a span in the text", pr)
				}
			}
			if d, _, ok := Dateline(text, p); ok {
				if !d.Span.Valid(len(text)) || d.Date.IsZero() || !utf8.ValidString(d.Text) && utf8.ValidString(text) {
					t.Fatalf("dateline %+v", d)
				}
			}
		}
	})
}

package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/hebel-project/hebel"
)

func orUndated(s string) string {
	if s == "" {
		return hebel.Undated
	}
	return s
}

// WriteText writes the report as an analyst's note that ends with the
// sources of every figure; world cites the datasets.
func (r *Report) WriteText(w io.Writer, world *hebel.World) error {
	n := NewNotes(r.Sources, world)
	title := r.Document.Title
	if title == "" {
		title = r.Document.Source
	}
	fmt.Fprintf(w, "Report on %q (%s, %s, published %s)\n", title, r.Document.Lang, shortID(r.Document.ID), orUndated(r.Document.Published))
	switch {
	case r.AsOf != "" && r.AsOfBasis != "":
		fmt.Fprintf(w, "As of %s, %s: each figure is the latest its source has on or before that date, and names its year.\n", r.AsOf, r.AsOfBasis)
	case r.AsOf != "":
		fmt.Fprintf(w, "As of %s: each figure is the latest its source has on or before that date, and names its year.\n", r.AsOf)
	case r.Document.Published == hebel.Undated || r.Document.Published == "":
		fmt.Fprintln(w, "The article is undated: the figures are the latest data, each with its year.")
	default:
		fmt.Fprintln(w, "The figures are the latest data, each with its year.")
	}
	if len(r.Pairs) > 0 {
		var ps []string
		for i, p := range r.Pairs {
			if i == 5 {
				break
			}
			ps = append(ps, fmt.Sprintf("%s–%s (%s, %s)", p.A, p.B, countOf(p.Sentences, "sentence"), countOf(p.Relations, "relation")))
		}
		fmt.Fprintf(w, "\nThe article discusses these pairs of states most: %s.\n", strings.Join(ps, ", "))
	}
	for _, note := range r.Notes {
		fmt.Fprintf(w, "Note: %s\n", note)
	}
	if r.Leverage == nil {
		fmt.Fprintln(w, "\nThe model has no data on the pairs the article discusses.")
		r.writeFigures(w)
		r.writeStatements(w)
		n.Write(w)
		return nil
	}
	p := r.Leverage
	fmt.Fprintf(w, "\nWhat leverage does %s (%s) have over %s (%s)?\n", r.FromName, r.From, r.ToName, r.To)
	if p.Score != nil {
		fmt.Fprintf(w, "\nIn short: combined leverage %s on a scale of 0 to 1 %s", Number(p.Score.Value, 2), n.Cite(*p.Score))
	} else {
		fmt.Fprint(w, "\nIn short: combined leverage unknown")
	}
	if r.Reverse != nil {
		fmt.Fprintf(w, "; the other way round, %s over %s, %s %s", r.To, r.From, Number(r.Reverse.Value, 2), n.Cite(*r.Reverse))
	}
	fmt.Fprintln(w, ".")
	if p.Score != nil {
		fmt.Fprintf(w, "The score rests on %s.\n", yearsText(p, p.Coverage.Scored))
	}
	if len(p.Coverage.Stale) > 0 {
		fmt.Fprintf(w, "Stale: %s — data more than %d years older than %d.\n", channelList(p.Coverage.Stale), p.Coverage.StaleAfter, p.Coverage.Reference)
	}
	if len(p.Coverage.Unknown) > 0 {
		fmt.Fprintf(w, "Not scored, %s's figure unknown (not zero): %s.\n", p.From, yearsText(p, p.Coverage.Unknown))
	}
	writeTooOld(w, p)
	for _, c := range p.Channels {
		if c.Channel != hebel.ChannelTrade || c.FromA == nil {
			continue
		}
		fmt.Fprintf(w, "\nTrade dependence: in %d, %s took %s of its imports from %s %s (%s of %s %s).",
			c.Year, r.To, Pct(c.ImportShare), r.From, n.CiteOf(c.ImportShare), Amount(*c.FromA), Amount(c.Imports), n.Cite(c.Imports))
		if len(c.Substitutes) > 0 {
			s := c.Substitutes[0]
			fmt.Fprintf(w, " The next supplier, %s, delivered %s %s.", s.Country, Amount(s.Current), n.Cite(s.Current))
		}
		fmt.Fprintln(w)
		break
	}
	if len(r.TradeShares) > 0 {
		var parts []string
		for _, s := range r.TradeShares {
			v := s.Value
			parts = append(parts, fmt.Sprintf("%s %s in %d %s", Number(v.Value, 1), v.Unit, s.Year, n.Cite(v)))
		}
		fmt.Fprintf(w, "Later figures: %s's share of %s's total trade is reported as %s.\n", r.From, r.To, strings.Join(parts, "; "))
	}
	fmt.Fprintf(w, "\nBy channel:\n")
	writePairBody(w, p, n)
	for _, d := range r.Deliveries {
		fmt.Fprintln(w)
		writeDeliveriesBody(w, d, n)
	}
	if r.WhatIf != nil {
		fmt.Fprintf(w, "\nWhat if %s", describeCuts(r.WhatIf.Scenario))
		if r.WhatIf.Scenario.EnforceSanctions {
			fmt.Fprint(w, ", enforcing the sanctions in force")
		}
		fmt.Fprintln(w, "? (the channels the article names; each at its latest year with data, named below)")
		writeWhatIfBody(w, r.WhatIf, n)
	}
	r.writeFigures(w)
	r.writeStatements(w)
	n.Write(w)
	return nil
}

func (r *Report) writeStatements(w io.Writer) {
	fmt.Fprintf(w, "\nWhat the article's own sources say about %s and %s:\n", r.FromName, r.ToName)
	if len(r.Statements) == 0 {
		fmt.Fprintln(w, "  no attributed statements extracted.")
		return
	}
	for _, s := range r.Statements {
		cue := ""
		if s.Cue != "" {
			cue = " (" + s.Cue + ")"
		}
		fmt.Fprintf(w, "  - %s%s, %s: „%s“ [chars %d–%d]\n", s.Speaker, cue, s.Kind, s.Text, s.Start, s.End)
	}
}

func shortID(id string) string {
	if len(id) > 19 {
		return id[:19]
	}
	return id
}

// countOf writes n and the noun, in the plural unless n is 1.
func countOf(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

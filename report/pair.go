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
	fmt.Fprintf(w, "Leverage of %s over %s (%s)\n\n", p.From, p.To, whenText(p))
	writeHeadline(w, p, n)
	writePairBody(w, p, n)
	n.Write(w)
	return nil
}

// whenText says what the figures are as of.
func whenText(p *leverage.Pair) string {
	switch {
	case p.Year > 0:
		return fmt.Sprintf("%d, or each channel's latest data before", p.Year)
	case p.AsOf != "":
		return "as of " + p.AsOf + ": each channel's latest data on or before that date"
	}
	return "latest data per channel"
}

// ChannelName is how a channel is named in text.
func ChannelName(c hebel.Channel) string {
	switch c {
	case hebel.ChannelTrade:
		return "total trade"
	case hebel.ChannelExportMarket:
		return "export market"
	case hebel.ChannelRefined:
		return "refined petroleum"
	case hebel.ChannelCrude:
		return "crude oil"
	case hebel.ChannelGas:
		return "natural gas"
	case hebel.ChannelLNG:
		return "LNG"
	case hebel.ChannelFinance:
		return "development finance"
	case hebel.ChannelSanctions:
		return "sanctions exposure"
	}
	return strings.ReplaceAll(strings.TrimPrefix(string(c), "hs:"), "_", " ")
}

// yearsText lists each channel with the year of its data, flagging stale
// ones: "total trade 2014 (stale), refined petroleum 2023".
func yearsText(p *leverage.Pair, only []hebel.Channel) string {
	var parts []string
	for _, cy := range p.Coverage.Years {
		if only != nil && !containsChannel(only, cy.Channel) {
			continue
		}
		s := fmt.Sprintf("%s %d", ChannelName(cy.Channel), cy.Year)
		if containsChannel(p.Coverage.Stale, cy.Channel) {
			s += " (stale)"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

func containsChannel(list []hebel.Channel, c hebel.Channel) bool {
	for _, x := range list {
		if x == c {
			return true
		}
	}
	return false
}

func channelList(cs []hebel.Channel) string {
	var names []string
	for _, c := range cs {
		names = append(names, ChannelName(c))
	}
	return strings.Join(names, ", ")
}

// writeHeadline writes the score with the years it rests on.
func writeHeadline(w io.Writer, p *leverage.Pair, n *Notes) {
	if p.Score == nil {
		fmt.Fprintf(w, "Combined score unknown: %s's deliveries to %s are not in the data in any channel where %s's imports are known.\n", p.From, p.To, p.To)
	} else {
		fmt.Fprintf(w, "Combined score %s on a scale of 0 to 1 %s", Number(p.Score.Value, 2), n.Cite(*p.Score))
		if p.CounterDependence != nil {
			fmt.Fprintf(w, ", after discounting %s's counter-dependence (%s of its exports go to %s %s)", p.From, Pct(p.CounterDependence), p.To, n.Cite(*p.CounterDependence))
		}
		fmt.Fprintf(w, ". It rests on %s.\n", yearsText(p, p.Coverage.Scored))
	}
	if len(p.Coverage.Stale) > 0 {
		fmt.Fprintf(w, "Stale: %s — data more than %d years older than %d.\n", channelList(p.Coverage.Stale), p.Coverage.StaleAfter, p.Coverage.Reference)
	}
	if len(p.Coverage.Unknown) > 0 {
		fmt.Fprintf(w, "Not scored, %s's figure unknown (not zero): %s.\n", p.From, yearsText(p, p.Coverage.Unknown))
	}
	if len(p.Coverage.Unweighted) > 0 {
		fmt.Fprintf(w, "Shown, weight 0: %s.\n", yearsText(p, p.Coverage.Unweighted))
	}
	writeTooOld(w, p)
}

// writeTooOld names the channels whose latest data are too old to use.
func writeTooOld(w io.Writer, p *leverage.Pair) {
	if len(p.Coverage.TooOld) == 0 {
		return
	}
	var parts []string
	for _, cy := range p.Coverage.TooOld {
		parts = append(parts, fmt.Sprintf("%s (latest %d)", ChannelName(cy.Channel), cy.Year))
	}
	fmt.Fprintf(w, "Not used, data too old: %s.\n", strings.Join(parts, ", "))
}

// writePairBody writes one paragraph per channel, sanctions and evidence.
func writePairBody(w io.Writer, p *leverage.Pair, n *Notes) {
	for i := range p.Channels {
		c := &p.Channels[i]
		fmt.Fprintln(w)
		switch c.Channel {
		case hebel.ChannelSecurity:
			writeSecurity(w, p, c, n)
		case hebel.ChannelExportMarket:
			writeExportMarket(w, p, c, n)
		default:
			writeGoods(w, p, c, n)
		}
	}
	if p.SanctionsExposure != nil {
		fmt.Fprintln(w)
		writeSanctionsExposure(w, p, p.SanctionsExposure, n)
	}
	if len(p.Sanctions) > 0 && p.SanctionsExposure == nil {
		fmt.Fprintf(w, "\nSanctions in force against %s:", p.To)
		for _, s := range p.Sanctions {
			fmt.Fprintf(w, " %s since %d %s;", s.Sender, s.Start, n.Cite(leverage.Figure{Sources: s.Sources}))
		}
		fmt.Fprintln(w)
	}
	writeEvidence(w, p, n)
	for _, note := range p.Notes {
		fmt.Fprintf(w, "Note: %s\n", note)
	}
}

func writeEvidence(w io.Writer, p *leverage.Pair, n *Notes) {
	var outliers, other []leverage.Evidence
	for _, e := range p.Evidence {
		if e.Outlier {
			outliers = append(outliers, e)
		} else if e.From == p.From || e.Kind == leverage.KindClaim {
			other = append(other, e)
		}
	}
	if len(outliers) > 0 {
		fmt.Fprintf(w, "\nOutliers set aside (mirror-data artefacts, not facts):\n")
		for _, e := range outliers {
			fmt.Fprintf(w, "  - %s %s→%s %d: %s %s — %s\n", ChannelName(e.Channel), e.From, e.To, e.Year, Amount(e.Value), n.Cite(e.Value), e.Note)
		}
	}
	if len(other) > 0 {
		fmt.Fprintf(w, "\nFurther evidence (claims and rows not summed):\n")
		for i, e := range other {
			if i == 12 {
				fmt.Fprintf(w, "  … %d more (JSON lists them)\n", len(other)-12)
				break
			}
			who := ""
			if e.Claimant != "" {
				who = " according to " + e.Claimant
			}
			fmt.Fprintf(w, "  - %s %s→%s %d: %s%s %s (%s)\n", ChannelName(e.Channel), e.From, e.To, e.Year, Amount(e.Value), who, n.Cite(e.Value), e.Note)
		}
	}
}

// writeGoods writes a supply channel: B's imports, A's share, the
// substitutes, a cap, the counter-dependence and what the data lack.
func writeGoods(w io.Writer, p *leverage.Pair, c *leverage.ChannelLeverage, n *Notes) {
	stale := ""
	if c.Stale {
		stale = ", stale"
	}
	fmt.Fprintf(w, "%s (%d, %s%s): %s imports %s %s", ChannelName(c.Channel), c.Year, c.Unit, stale, p.To, Amount(c.Imports), n.Cite(c.Imports))
	if c.Coverage.LowerBound {
		if c.Coverage.Partners == 1 {
			fmt.Fprint(w, " from the one supplier with figures")
		} else {
			fmt.Fprintf(w, " from the %d suppliers with figures", c.Coverage.Partners)
		}
	}
	if c.FromA == nil {
		fmt.Fprintf(w, "; %s's deliveries are unknown (%s), so the channel is not scored.", p.From, c.Coverage.Unknown)
	} else {
		of := "of them"
		if c.Coverage.LowerBound {
			of = "of the deliveries the data list" // not of all B's imports: say so, even at 100%
		}
		fmt.Fprintf(w, "; %s supplies %s %s, %s %s %s.", p.From, Amount(*c.FromA), n.Cite(*c.FromA), Pct(c.ImportShare), of, n.CiteOf(c.ImportShare))
	}
	if c.FromClaims {
		fmt.Fprintf(w, " (%s's deliveries rest on news claims, not on a dataset.)", p.From)
	}
	if c.Coverage.Lacks != "" {
		fmt.Fprintf(w, " The data lack: %s", c.Coverage.Lacks)
		if c.Coverage.LowerBound && c.ImportShare != nil {
			fmt.Fprintf(w, " — the share is of the deliveries the data list, an upper bound of %s's share of all %s's imports", p.From, p.To)
		}
		fmt.Fprint(w, ".")
	}
	for _, cf := range c.Coverage.Carried {
		fmt.Fprintf(w, " %s: %s.", cf.Country, cf.Note)
	}
	fmt.Fprintf(w, " Supplier concentration HHI %s %s.", Number(c.HHI.Value, 2), n.Cite(c.HHI))
	writeSubstitutes(w, c, n, "could add")
	if c.Cap != nil {
		fmt.Fprintf(w, " A cap of %s applies %s; recorded imports are %s%% of it.", Amount(*c.Cap), n.Cite(*c.Cap), Number(100*c.Imports.Value/c.Cap.Value, 0))
	}
	if c.CounterDependence != nil {
		fmt.Fprintf(w, " %s sends %s of its %s exports to %s %s.", p.From, Pct(c.CounterDependence), ChannelName(c.Channel), p.To, n.Cite(*c.CounterDependence))
	} else if c.FromA != nil {
		if y := carriedYear(c, p.From); y != 0 {
			fmt.Fprintf(w, " %s's deliveries are a figure of %d carried forward, so no share of its %s exports in %d is formed.", p.From, y, ChannelName(c.Channel), c.Year)
		} else {
			fmt.Fprintf(w, " %s's total %s exports are not in the data.", p.From, ChannelName(c.Channel))
		}
	}
	writeChannelScore(w, c, n)
}

func writeChannelScore(w io.Writer, c *leverage.ChannelLeverage, n *Notes) {
	switch {
	case c.Score == nil:
		fmt.Fprintln(w)
	case c.Weight.Value == 0:
		fmt.Fprintf(w, " Channel leverage %s %s, weight 0 in the score %s.\n", Number(c.Score.Value, 2), n.Cite(*c.Score), n.Cite(c.Weight))
	default:
		fmt.Fprintf(w, " Channel leverage %s %s.\n", Number(c.Score.Value, 2), n.Cite(*c.Score))
	}
}

// writeExportMarket writes A as the buyer of B's exports.
func writeExportMarket(w io.Writer, p *leverage.Pair, c *leverage.ChannelLeverage, n *Notes) {
	stale := ""
	if c.Stale {
		stale = ", stale"
	}
	fmt.Fprintf(w, "export market (%d, %s%s): %s exports %s %s", c.Year, c.Unit, stale, p.To, Amount(c.Imports), n.Cite(c.Imports))
	if c.FromA == nil {
		fmt.Fprintf(w, "; what %s buys from it is unknown (%s).", p.From, c.Coverage.Unknown)
	} else {
		fmt.Fprintf(w, "; %s buys %s %s, %s of them %s.", p.From, Amount(*c.FromA), n.Cite(*c.FromA), Pct(c.ImportShare), n.CiteOf(c.ImportShare))
	}
	fmt.Fprintf(w, " Buyer concentration HHI %s %s.", Number(c.HHI.Value, 2), n.Cite(c.HHI))
	if len(c.Substitutes) > 0 {
		var subs []string
		for i, s := range c.Substitutes {
			if i == 4 {
				subs = append(subs, fmt.Sprintf("%d more", len(c.Substitutes)-4+c.MoreSubstitutes))
				break
			}
			subs = append(subs, fmt.Sprintf("%s %s %s", s.Country, Amount(s.Current), n.Cite(s.Current)))
		}
		fmt.Fprintf(w, " Other buyers: %s; they could take %s more %s, a substitutability of %s %s.",
			strings.Join(subs, ", "), Amount(c.Capacity), n.Cite(c.Capacity), Pct(c.Substitutability), n.CiteOf(c.Substitutability))
	}
	if c.CounterDependence != nil {
		fmt.Fprintf(w, " %s takes %s of its own imports from %s %s.", p.From, Pct(c.CounterDependence), p.To, n.Cite(*c.CounterDependence))
	}
	writeChannelScore(w, c, n)
}

func writeSubstitutes(w io.Writer, c *leverage.ChannelLeverage, n *Notes, verb string) {
	if len(c.Substitutes) == 0 {
		fmt.Fprintf(w, " No other supplier is recorded.")
		return
	}
	var subs []string
	for i, s := range c.Substitutes {
		if i == 4 {
			subs = append(subs, fmt.Sprintf("%d more", len(c.Substitutes)-4+c.MoreSubstitutes))
			break
		}
		year := ""
		if s.Year != 0 {
			year = fmt.Sprintf(" in %d", s.Year)
		}
		subs = append(subs, fmt.Sprintf("%s %s%s %s (%s %s)", s.Country, Amount(s.Current), year, n.Cite(s.Current), verb, Amount(s.Capacity)))
	}
	fmt.Fprintf(w, " Other suppliers: %s; together they could add %s %s, a substitutability of %s %s.",
		strings.Join(subs, ", "), Amount(c.Capacity), n.Cite(c.Capacity), Pct(c.Substitutability), n.CiteOf(c.Substitutability))
}

// writeSecurity phrases the security channel as guarantees: defence pacts
// weighted by the guarantor's capability share, or troops stationed.
func writeSecurity(w io.Writer, p *leverage.Pair, c *leverage.ChannelLeverage, n *Notes) {
	var others []string
	for i, s := range c.Substitutes {
		if i == 5 {
			others = append(others, fmt.Sprintf("%d more", len(c.Substitutes)-5+c.MoreSubstitutes))
			break
		}
		claim := ""
		if s.FromClaims {
			claim = ", a pact only the news reports"
			if who := n.Claimants(s.Current); len(who) > 0 {
				claim += ", according to " + strings.Join(who, "; ")
			}
		}
		switch c.Unit {
		case "cinc":
			others = append(others, fmt.Sprintf("%s (capability share %s %s%s)", s.Country, Number(s.Current.Value, 3), n.Cite(s.Current), claim))
		default:
			others = append(others, fmt.Sprintf("%s %s %s%s", s.Country, Amount(s.Current), n.Cite(s.Current), claim))
		}
	}
	switch c.Unit {
	case "persons":
		fmt.Fprintf(w, "security, troops stationed (%d): ", c.Year)
		switch {
		case c.FromA == nil:
			fmt.Fprintf(w, "whether %s keeps troops in %s is not in the data (%s).", p.From, p.To, c.Coverage.Unknown)
		case c.FromA.Value > 0:
			fmt.Fprintf(w, "%s keeps %s in %s %s, %s of the foreign troops recorded there %s.", p.From, Amount(*c.FromA), p.To, n.Cite(*c.FromA), Pct(c.ImportShare), n.CiteOf(c.ImportShare))
		default:
			fmt.Fprintf(w, "%s has no troops recorded in %s %s.", p.From, p.To, n.Cite(*c.FromA))
		}
		if len(others) > 0 {
			fmt.Fprintf(w, " Others stationed there: %s.", strings.Join(others, ", "))
		}
	default:
		fmt.Fprintf(w, "security guarantees (%d): ", c.Year)
		switch {
		case c.FromA == nil:
			fmt.Fprintf(w, "whether %s and %s are allied is not in the data.", p.From, p.To)
		case c.FromA.Value > 0:
			fmt.Fprintf(w, "%s and %s are bound by a defence pact %s.", p.From, p.To, n.Cite(*c.FromA))
			if c.Unit == "cinc" {
				fmt.Fprintf(w, " Weighted by military capability (COW CINC, share of world capabilities), %s holds %s, %s of the capability of all of %s's defence allies %s.",
					p.From, Number(c.FromA.Value, 3), Pct(c.ImportShare), p.To, n.CiteOf(c.ImportShare))
			} else {
				fmt.Fprintf(w, " %s is one of %s's %s %s.", p.From, p.To, Amount(c.Imports), n.Cite(c.Imports))
			}
		default:
			fmt.Fprintf(w, "%s has no defence pact with %s in force %s.", p.From, p.To, n.Cite(*c.FromA))
		}
		if len(others) > 0 {
			fmt.Fprintf(w, " %s's other defence allies: %s; if they stood in, substitutability would be %s %s.", p.To, strings.Join(others, ", "), Pct(c.Substitutability), n.CiteOf(c.Substitutability))
		} else {
			fmt.Fprintf(w, " %s has no other defence ally.", p.To)
		}
		for _, cf := range c.Coverage.Carried {
			fmt.Fprintf(w, " %s: %s.", cf.Country, cf.Note)
		}
	}
	writeChannelScore(w, c, n)
}

// WriteRank writes a ranking as a numbered list ending with the sources.
func WriteRank(w io.Writer, r *leverage.Ranking, world *hebel.World) error {
	n := NewNotes(r.Sources, world)
	when := fmt.Sprint(r.Year)
	if r.AsOf != "" {
		when = fmt.Sprintf("%d, as of %s", r.Year, r.AsOf)
	}
	fmt.Fprintf(w, "States ranked by %s's leverage over them (%s; each channel its latest data up to then)\n\n", r.From, when)
	for i, p := range r.Pairs {
		best, bestScore := "", -1.0
		for _, c := range p.Channels {
			if c.Score == nil || c.Weight.Value == 0 || c.Score.Value <= bestScore {
				continue
			}
			what := "of imports from"
			switch c.Channel {
			case hebel.ChannelSecurity:
				what = "of allied capability held by"
			case hebel.ChannelExportMarket:
				what = "of exports bought by"
			}
			best, bestScore = fmt.Sprintf("%s %d: %s %s %s %s", ChannelName(c.Channel), c.Year, Pct(c.ImportShare), what, r.From, n.CiteOf(c.ImportShare)), c.Score.Value
		}
		score := "unknown"
		if p.Score != nil {
			score = Number(p.Score.Value, 3) + " " + n.Cite(*p.Score)
		}
		fmt.Fprintf(w, "%3d. %s  %s  %s\n", i+1, p.To, score, best)
	}
	n.Write(w)
	return nil
}

// writeSanctionsExposure writes the sanctions channel: the regimes in
// force against B, A's vote over a UN regime and A's share of what the
// regimes restrict.
func writeSanctionsExposure(w io.Writer, p *leverage.Pair, se *leverage.SanctionsExposure, n *Notes) {
	stale := ""
	if se.Stale {
		stale = ", stale"
	}
	fmt.Fprintf(w, "sanctions exposure (%d%s, counted on %s): ", se.Year, stale, se.Date)
	var regimes []string
	if se.UNDesignations != nil {
		regimes = append(regimes, fmt.Sprintf("the UN Security Council's (%s designations in force %s, the earliest listed on %s)",
			Number(se.UNDesignations.Value, 0), n.Cite(*se.UNDesignations), se.UNSince))
	}
	for _, r := range se.Regimes {
		end := ""
		if r.End != 0 {
			end = fmt.Sprintf(" to %d", r.End)
		}
		what := ""
		if t := r.Attributes["types"]; t != "" {
			what = ": " + strings.ReplaceAll(t, ",", ", ")
		}
		regimes = append(regimes, fmt.Sprintf("%s's since %d%s%s %s", r.Sender, r.Start, end, what, n.Cite(leverage.Figure{Sources: r.Sources})))
	}
	fmt.Fprintf(w, "%s is under sanctions in force: %s.", p.To, strings.Join(regimes, "; "))
	switch {
	case se.UNRegime && se.Permanent:
		fmt.Fprintf(w, " %s holds a permanent seat on the Security Council: no UN measure against %s can be tightened or lifted without it (voting power %s %s).", p.From, p.To, Number(se.Vote.Value, 3), n.Cite(se.Vote))
	case se.UNRegime:
		fmt.Fprintf(w, " %s holds no permanent seat on the Security Council (voting power 0 %s).", p.From, n.Cite(se.Vote))
	}
	var parts []string
	for _, r := range se.Restricted {
		share := "unknown"
		if r.Share != nil {
			share = Pct(r.Share) + " " + n.CiteOf(r.Share)
		}
		parts = append(parts, fmt.Sprintf("%s %d: %s (%s)", ChannelName(r.Channel), r.Year, share, r.Why))
	}
	if se.Enforcement != nil {
		fmt.Fprintf(w, " Of what the sanctions restrict, %s supplies %s of %s's imports on average %s: %s.", p.From, Pct(se.Enforcement), p.To, n.CiteOf(se.Enforcement), strings.Join(parts, "; "))
	} else {
		fmt.Fprintf(w, " %s's share of what the sanctions restrict is not in the data: %s.", p.From, strings.Join(parts, "; "))
	}
	if se.Coverage.Lacks != "" {
		fmt.Fprintf(w, " The data lack: %s.", se.Coverage.Lacks)
	}
	if se.Score != nil {
		fmt.Fprintf(w, " Channel leverage 1 − (1 − enforcement share)(1 − vote) = %s %s.\n", Number(se.Score.Value, 2), n.Cite(*se.Score))
	} else {
		fmt.Fprintf(w, " Channel leverage unknown: %s.\n", se.Coverage.Unknown)
	}
}

// carriedYear is the year of cty's figure in channel c when it is carried
// forward from an earlier year, else 0.
func carriedYear(c *leverage.ChannelLeverage, cty string) int {
	for _, cf := range c.Coverage.Carried {
		if cf.Country == cty && cf.Year != c.Year {
			return cf.Year
		}
	}
	return 0
}

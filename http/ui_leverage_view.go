package http

import (
	"fmt"
	"html/template"
	"strconv"
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/chart"
	"github.com/hebel-project/hebel/leverage"
)

// leverageView is what html/leverage.html reads.
type leverageView struct {
	Form        leverageForm
	Pair        *leverage.Pair // nil: the form alone
	Score       figCell
	CounterDep  figCell
	Overview    template.HTML
	Channels    []channelView
	Choices     []channelChoice
	Sanctions   []sanctionRow
	Sources     []sourceRow
	WhatIf      *whatIfView
	MaxHeadroom float64
}

// Headroom, ExportShare and AsOf are the form's values as the inputs show them.
func (v *leverageView) Headroom() string    { return formNumber(v.Form.Headroom) }
func (v *leverageView) ExportShare() string { return formNumber(v.Form.ExportShare) }
func (v *leverageView) AsOf() string        { return v.Form.AsOfText }

// figCell is one number of the model with links to its sources.
type figCell struct {
	Text  string
	Known bool
	Refs  []srcRef
	More  int    // sources beyond the linked ones
	All   string // the anchor of the whole sources table
}

// srcRef links a number to a row of the sources table.
type srcRef struct {
	N      int
	Anchor string
}

// maxRefs is how many sources a number links to; the rest are counted.
const maxRefs = 4

// sourceIndex numbers sources 1, 2, … in table order, with anchors
// prefix-N.
type sourceIndex struct {
	prefix string
	n      map[int]int
}

func newSourceIndex(prefix string, srcs []leverage.Source) sourceIndex {
	ix := sourceIndex{prefix: prefix, n: map[int]int{}}
	for i, s := range srcs {
		ix.n[s.ID] = i + 1
	}
	return ix
}

// cell formats a figure (nil: unknown) with its source links.
func (ix sourceIndex) cell(f *leverage.Figure) figCell {
	if f == nil {
		return figCell{Text: "unknown"}
	}
	c := figCell{Text: figureText(*f), Known: true, All: ix.prefix + "-all"}
	for _, id := range f.Sources {
		n, ok := ix.n[id]
		if !ok {
			continue
		}
		if len(c.Refs) == maxRefs {
			c.More++
			continue
		}
		c.Refs = append(c.Refs, srcRef{n, fmt.Sprintf("%s-%d", ix.prefix, n)})
	}
	return c
}

// figureText formats a model figure: a share as a percentage, else the
// number and its unit.
func figureText(f leverage.Figure) string {
	if f.Unit == leverage.UnitShare {
		return chart.Percent(f.Value)
	}
	return strings.TrimSpace(chart.Number(f.Value) + " " + f.Unit)
}

// channelView is one channel of the pair.
type channelView struct {
	Name, Unit, Anchor                                     string
	Year                                                   int
	Bars                                                   template.HTML
	Imports, FromA, ImportShare, Reliance, Dependence, HHI figCell
	Capacity, Substitutability, CounterDep, Weight, Score  figCell
	Substitutes                                            []substituteRow
	MoreSubstitutes                                        int
	Coverage                                               []string
	Stale, FromClaims                                      bool
}

type substituteRow struct {
	Country           string
	Year              int
	Current, Capacity figCell
}

// channelChoice is a checkbox of the what-if form.
type channelChoice struct {
	Name    string
	Checked bool
}

type sanctionRow struct {
	Sender, Target, Years string
	Refs                  []srcRef
}

// sourceRow is one row, claim or assumption in a sources table.
type sourceRow struct {
	N                                   int
	Anchor, Kind, Where, Href, Claimant string
	Text                                string
}

func newLeverageView(f leverageForm, p *leverage.Pair) *leverageView {
	ix := newSourceIndex("src", p.Sources)
	v := &leverageView{Form: f, Pair: p, Score: ix.cell(p.Score), CounterDep: ix.cell(p.CounterDependence),
		Sources: sourceRows(ix, p.Sources), MaxHeadroom: MaxHeadroom}
	var overview []chart.Bar
	seen := map[hebel.Channel]bool{}
	for i, c := range p.Channels {
		cv := newChannelView(ix, c, i)
		v.Channels = append(v.Channels, cv)
		overview = append(overview, chart.Bar{Label: cv.Name, Value: value(c.Score), Note: fmt.Sprint(c.Year), Href: "#" + cv.Anchor})
		if !seen[c.Channel] {
			seen[c.Channel] = true
			v.Choices = append(v.Choices, channelChoice{string(c.Channel), containsChannel(f.Channels, c.Channel)})
		}
	}
	v.Overview = template.HTML(chart.Bars{ID: "overview", Title: "Leverage score by channel",
		Desc: fmt.Sprintf("%s's leverage over %s in each channel, 0 to 100%%, with the year of its data.", p.From, p.To), Bars: overview}.SVG())
	for _, sn := range p.Sanctions {
		v.Sanctions = append(v.Sanctions, newSanctionRow(ix, sn))
	}
	return v
}

func containsChannel(list []hebel.Channel, c hebel.Channel) bool {
	for _, x := range list {
		if x == c {
			return true
		}
	}
	return false
}

func value(f *leverage.Figure) *float64 {
	if f == nil {
		return nil
	}
	v := f.Value
	return &v
}

func newChannelView(ix sourceIndex, c leverage.ChannelLeverage, i int) channelView {
	cv := channelView{Name: string(c.Channel), Unit: c.Unit, Year: c.Year, Anchor: fmt.Sprintf("channel-%d", i),
		Imports: ix.cell(&c.Imports), FromA: ix.cell(c.FromA), ImportShare: ix.cell(c.ImportShare), Reliance: ix.cell(&c.Reliance),
		Dependence: ix.cell(c.Dependence), HHI: ix.cell(&c.HHI), Capacity: ix.cell(&c.Capacity),
		Substitutability: ix.cell(c.Substitutability), CounterDep: ix.cell(c.CounterDependence), Weight: ix.cell(&c.Weight),
		Score: ix.cell(c.Score), MoreSubstitutes: c.MoreSubstitutes, Stale: c.Stale, FromClaims: c.FromClaims,
		Coverage: coverageLines(c.Coverage)}
	if c.Unit != "" && c.Unit != leverage.UnitShare {
		cv.Name += " (" + c.Unit + ")"
	}
	year := fmt.Sprint(c.Year)
	cv.Bars = template.HTML(chart.Bars{ID: cv.Anchor + "-bars", Title: cv.Name + ": the terms of the score",
		Desc: fmt.Sprintf("Data of %d.", c.Year), Bars: []chart.Bar{
			{Label: "dependence D", Value: value(c.Dependence), Note: year},
			{Label: "concentration HHI", Value: value(&c.HHI), Note: year},
			{Label: "substitutability S", Value: value(c.Substitutability), Note: year},
			{Label: "score L", Value: value(c.Score), Note: year},
		}}.SVG())
	for _, sub := range c.Substitutes {
		cv.Substitutes = append(cv.Substitutes, substituteRow{sub.Country, sub.Year, ix.cell(&sub.Current), ix.cell(&sub.Capacity)})
	}
	return cv
}

// coverageLines says what a channel's figures rest on.
func coverageLines(c leverage.Coverage) []string {
	out := []string{fmt.Sprintf("%d partners with figures; datasets: %s", c.Partners, strings.Join(c.Datasets, ", "))}
	if c.Complete {
		out = append(out, "the data list every partner: one without a figure delivered nothing recorded")
	}
	if c.LowerBound {
		out = append(out, "imports sum only the partners with figures: the shares are upper bounds")
	}
	for _, cr := range c.Carried {
		out = append(out, fmt.Sprintf("%s carried forward from %d: %s", cr.Country, cr.Year, cr.Note))
	}
	for _, s := range []string{c.Lacks, c.Unknown} {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func newSanctionRow(ix sourceIndex, sn leverage.Sanction) sanctionRow {
	years := fmt.Sprintf("since %d", sn.Start)
	if sn.End != 0 {
		years = fmt.Sprintf("%d–%d", sn.Start, sn.End)
	}
	c := ix.cell(&leverage.Figure{Sources: sn.Sources})
	return sanctionRow{Sender: sn.Sender, Target: sn.Target, Years: years, Refs: c.Refs}
}

// sourceRows lists sources with what they are and a link to them: a
// claim's document and claim, a dataset row's URL.
func sourceRows(ix sourceIndex, srcs []leverage.Source) []sourceRow {
	rows := make([]sourceRow, 0, len(srcs))
	for _, s := range srcs {
		n := ix.n[s.ID]
		row := sourceRow{N: n, Anchor: fmt.Sprintf("%s-%d", ix.prefix, n), Kind: s.Kind, Text: s.Text, Claimant: s.Claimant}
		if s.Kind != leverage.KindAssumption {
			row.Where = provenanceLabel(s.Prov)
			row.Href = provenanceHref(s)
		}
		rows = append(rows, row)
	}
	return rows
}

// provenanceLabel names a dataset row: dataset, version, file and row.
func provenanceLabel(p hebel.Provenance) string {
	parts := []string{p.Dataset}
	if p.Version != "" {
		parts = append(parts, p.Version)
	}
	if p.File != "" {
		parts = append(parts, p.File)
	}
	if p.Row > 0 {
		parts = append(parts, fmt.Sprintf("row %d", p.Row))
	}
	return strings.Join(parts, ", ")
}

// provenanceHref links a source: a claim to its document and claim, a
// row to its dataset's page when it names one.
func provenanceHref(s leverage.Source) string {
	if doc, frag, ok := strings.Cut(s.ClaimID, "#"); ok && doc != "" {
		// the claim id counts items from 1, the page from 0
		kind, n, _ := strings.Cut(frag, "-")
		if i, err := strconv.Atoi(n); err == nil && i > 0 && (kind == "claim" || kind == "relation") {
			return itemPath(doc, kind, i-1)
		}
		return docPagePath(doc)
	}
	if s.Prov.Dataset == leverage.NewsDataset && s.Prov.File != "" {
		return docPagePath(s.Prov.File)
	}
	if strings.HasPrefix(s.Prov.URL, "https://") || strings.HasPrefix(s.Prov.URL, "http://") {
		return s.Prov.URL
	}
	return ""
}

package chart

import (
	"math"
	"time"

	"github.com/hebel-project/hebel"
)

// TimeChart is a figure's estimates on a time axis: value up, time
// across, one colour per claimant, the hedge as the marker's shape and
// the sign before its label, ranges as vertical bars, valid-time
// intervals as horizontal lines, conflicting estimates joined by a red
// dashed line marked ≠. Undated estimates are listed below the axis.
type TimeChart struct {
	ID    string // prefix of the ids inside the SVG, unique on its page; "" gives "time"
	Title string
	Desc  string // said before the chart's own description
	Unit  string // the numbers' unit, "" for counts
	// Estimates are drawn in this order; conflicts refer to it.
	Estimates []Estimate
}

// Geometry of a TimeChart.
const (
	timeWidth   = 760.0
	plotLeft    = 70.0
	plotRight   = 540.0
	plotTop     = 30.0
	plotHeight  = 220.0
	legendLeft  = 560.0
	lineHeight  = 18.0
	maxLegend   = 12
	conflictRed = "#CC0000"
)

// plot holds the scales of a drawn time chart.
type plot struct {
	x timeScale
	y linear
}

// SVG draws the chart. With no dated estimate it says so in one line
// above the list of undated ones, with neither axes nor legend.
func (c TimeChart) SVG() []byte {
	id := c.ID
	if id == "" {
		id = "time"
	}
	names, idx := claimantIndex(c.Estimates)
	undated, links := 0, false
	for _, e := range c.Estimates {
		if !e.Dated() {
			undated++
		}
		links = links || safeHref(e.Href) != ""
	}
	conflicts := Conflicts(c.Estimates)
	p, dated := c.scales()
	var s svg
	if !dated {
		s.open(id, timeWidth, plotTop+float64(undated+2)*lineHeight, c.Title, c.describe(conflicts), links)
		s.text(plotLeft, plotTop, "start", "#555", "No dated estimate: nothing to place on a time axis.")
		c.undatedList(&s, plotTop+lineHeight*1.5, idx)
		return s.close()
	}
	bottom := plotTop + plotHeight + 40
	legendRows := float64(min(len(names), maxLegend)+7) * lineHeight
	h := math.Max(bottom+float64(undated+1)*lineHeight, plotTop+legendRows) + 10
	s.open(id, timeWidth, h, c.Title, c.describe(conflicts), links)
	c.axes(&s, p)
	c.conflictLines(&s, p, conflicts)
	for _, e := range c.Estimates {
		if e.Dated() {
			c.mark(&s, p, e, idx[e.Claimant])
		}
	}
	c.legend(&s, names)
	c.undatedList(&s, bottom, idx)
	return s.close()
}

// scales fits the axes to the dated estimates; false when there are none.
func (c TimeChart) scales() (plot, bool) {
	lo, hi, ok := timeBounds(c.Estimates)
	if !ok {
		return plot{}, false
	}
	pad := hi.Sub(lo) / 20
	if pad < 24*time.Hour {
		pad = 30 * 24 * time.Hour
	}
	lo, hi = lo.Add(-pad), hi.Add(pad)
	vlo, vhi := valueBounds(c.Estimates)
	vlo, vhi, _ = valueTicks(vlo, vhi*1.05)
	return plot{x: timeScale{lo, hi, plotLeft, plotRight}, y: linear{vlo, vhi, plotTop + plotHeight, plotTop}}, true
}

// timeBounds returns the first and last time of the dated estimates;
// false when none is dated.
func timeBounds(es []Estimate) (lo, hi time.Time, ok bool) {
	for _, e := range es {
		if !e.Dated() {
			continue
		}
		end := e.Start
		if e.End.After(e.Start) {
			end = e.End
		}
		if !ok || e.Start.Before(lo) {
			lo = e.Start
		}
		if !ok || end.After(hi) {
			hi = end
		}
		ok = true
	}
	return lo, hi, ok
}

// valueBounds returns the least and greatest finite value, bound or 0 of
// the dated estimates.
func valueBounds(es []Estimate) (lo, hi float64) {
	for _, e := range es {
		if !e.Dated() {
			continue
		}
		for _, v := range []*float64{&e.Value, e.Low, e.High} {
			if v != nil && !math.IsNaN(*v) && !math.IsInf(*v, 0) {
				lo, hi = math.Min(lo, *v), math.Max(hi, *v)
			}
		}
	}
	return lo, hi
}

// axes draws the value and time axes with their ticks and grid.
func (c TimeChart) axes(s *svg, p plot) {
	base := plotTop + plotHeight
	_, _, vt := valueTicks(p.y.lo, p.y.hi)
	for _, v := range vt {
		y := p.y.at(v)
		s.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#ddd"/>`+"\n", num(plotLeft), num(y), num(plotRight), num(y))
		s.text(plotLeft-6, y+4, "end", "#333", Number(v))
	}
	for _, t := range timeTicks(p.x.lo, p.x.hi) {
		x := p.x.at(t.t)
		s.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#999"/>`+"\n", num(x), num(base), num(x), num(base+5))
		s.text(x, base+18, "middle", "#333", t.label)
	}
	s.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#333"/>`+"\n", num(plotLeft), num(base), num(plotRight), num(base))
	s.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#333"/>`+"\n", num(plotLeft), num(plotTop), num(plotLeft), num(base))
	if c.Unit != "" {
		s.text(plotLeft, plotTop-16, "start", "#333", c.Unit)
	}
}

// conflictLines joins conflicting estimates.
func (c TimeChart) conflictLines(s *svg, p plot, cs []Conflict) {
	for _, k := range cs {
		a, b := c.Estimates[k.A], c.Estimates[k.B]
		x1, y1 := p.x.at(a.Start), p.y.at(a.Value)
		x2, y2 := p.x.at(b.Start), p.y.at(b.Value)
		s.printf(`<g><title>%s</title>`, esc("conflict: "+a.sentence(c.Unit)+"; "+b.sentence(c.Unit)))
		s.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1.5" stroke-dasharray="4 3"/>`,
			num(x1), num(y1), num(x2), num(y2), conflictRed)
		s.printf(`<text x="%s" y="%s" text-anchor="end" fill="%s" font-weight="bold">≠</text></g>`+"\n",
			num((x1+x2)/2-4), num((y1+y2)/2), conflictRed)
	}
}

// mark draws one dated estimate: its interval, its range, its marker
// and its label.
func (c TimeChart) mark(s *svg, p plot, e Estimate, series int) {
	col := colour(series)
	x, y := p.x.at(e.Start), p.y.at(e.Value)
	closeLink := s.link(e.Href)
	s.printf(`<g><title>%s</title>`+"\n", esc(e.sentence(c.Unit)))
	if e.End.After(e.Start) {
		s.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="3" stroke-opacity="0.5"%s/>`+"\n",
			num(x), num(y), num(p.x.at(e.End)), num(y), col, dash(series))
	}
	if e.Low != nil && e.High != nil {
		y1, y2 := p.y.at(*e.Low), p.y.at(*e.High)
		s.printf(`<path d="M%s %sH%sM%s %sV%sM%s %sH%s" stroke="%s" fill="none"/>`+"\n",
			num(x-4), num(y1), num(x+4), num(x), num(y1), num(y2), num(x-4), num(y2), num(x+4), col)
	}
	marker(s, e.Qualifier, x, y, col)
	lx, anchor := x+7, "start"
	if x > plotRight-90 {
		lx, anchor = x-7, "end" // keep the label off the legend
	}
	s.printf(`<text x="%s" y="%s" text-anchor="%s" fill="%s" font-size="11">%s</text>`+"\n", num(lx), num(y-6), anchor, col, esc(e.label()))
	s.printf("</g>%s\n", closeLink)
}

// marker draws the shape of a hedge at (x, y): a dot for an exact
// number, a ring for an approximate one, a triangle up for a floor, down
// for a ceiling, a square for a range.
func marker(s *svg, q hebel.Qualifier, x, y float64, col string) {
	switch q {
	case hebel.Approx:
		s.printf(`<circle cx="%s" cy="%s" r="5" fill="#fff" stroke="%s" stroke-width="2"/>`+"\n", num(x), num(y), col)
	case hebel.AtLeast, hebel.MoreThan:
		s.printf(`<path d="M%s %sL%s %sL%s %sZ" fill="%s"/>`+"\n", num(x), num(y-6), num(x+5), num(y+3), num(x-5), num(y+3), col)
	case hebel.AtMost, hebel.LessThan:
		s.printf(`<path d="M%s %sL%s %sL%s %sZ" fill="%s"/>`+"\n", num(x), num(y+6), num(x+5), num(y-3), num(x-5), num(y-3), col)
	case hebel.Range:
		s.printf(`<rect x="%s" y="%s" width="8" height="8" fill="%s"/>`+"\n", num(x-4), num(y-4), col)
	default:
		s.printf(`<circle cx="%s" cy="%s" r="4" fill="%s"/>`+"\n", num(x), num(y), col)
	}
}

// legend names the claimants' colours and the hedges' shapes.
func (c TimeChart) legend(s *svg, names []string) {
	y := plotTop + 4
	for i, n := range names {
		if i == maxLegend {
			s.text(legendLeft, y+4, "start", "#333", "… and more claimants")
			y += lineHeight
			break
		}
		s.printf(`<rect x="%s" y="%s" width="10" height="10" fill="%s"/>`+"\n", num(legendLeft), num(y-5), colour(i))
		s.text(legendLeft+16, y+4, "start", "#333", clip(claimantName(n), 28))
		y += lineHeight
	}
	y += lineHeight / 2
	for _, k := range []struct {
		q    hebel.Qualifier
		text string
	}{{hebel.Exact, "exact"}, {hebel.Approx, "≈ about"}, {hebel.AtLeast, "≥ at least"}, {hebel.AtMost, "≤ at most"}, {hebel.Range, "range"}} {
		marker(s, k.q, legendLeft+5, y, "#555")
		s.text(legendLeft+16, y+4, "start", "#333", k.text)
		y += lineHeight
	}
	s.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-dasharray="4 3"/>`+"\n", num(legendLeft), num(y), num(legendLeft+10), num(y), conflictRed)
	s.text(legendLeft+16, y+4, "start", "#333", "≠ conflict")
}

// undatedList lists the undated estimates below the axis.
func (c TimeChart) undatedList(s *svg, y float64, idx map[string]int) {
	first := true
	for _, e := range c.Estimates {
		if e.Dated() {
			continue
		}
		if first {
			s.text(plotLeft, y, "start", "#333", "Undated (not on the time axis):")
			first = false
		}
		y += lineHeight
		closeLink := s.link(e.Href)
		s.text(plotLeft+12, y, "start", colour(idx[e.Claimant]), clip(e.sentence(c.Unit), 100))
		s.printf("%s", closeLink)
	}
}

package chart

import (
	"fmt"
	"math"
	"strings"
)

// Bar is one horizontal bar: a share in [0, 1], or unknown.
type Bar struct {
	Label string
	// Value is the share, clamped to [0, 1]; nil (or NaN) when unknown,
	// drawn hatched across the whole width and labelled "unknown".
	Value *float64
	Note  string // said after the value, e.g. the year of the data
	Href  string // where the value comes from; "" for none
	Title string // the tooltip; "" says the label, value and note
}

// Bars is a set of horizontal bars, such as a pair's leverage channels.
type Bars struct {
	ID    string // prefix of the ids inside the SVG, unique on its page; "" gives "bars"
	Title string
	Desc  string
	Bars  []Bar
}

// Geometry of Bars.
const (
	barsWidth = 640.0
	barLeft   = 190.0
	barWidth  = 300.0
	barRow    = 26.0
)

// known returns the bar's value and whether it is known.
func (b Bar) known() (float64, bool) {
	if b.Value == nil || math.IsNaN(*b.Value) {
		return 0, false
	}
	return math.Min(1, math.Max(0, *b.Value)), true
}

// valueText says the bar's value: a percentage, or "unknown".
func (b Bar) valueText() string {
	v, ok := b.known()
	if !ok {
		return "unknown"
	}
	return Percent(v)
}

// Percent formats a share as a percentage with up to one decimal.
func Percent(v float64) string {
	p := v * 100
	if p != 0 && math.Abs(p) < 0.1 {
		return "<0.1%"
	}
	return strings.TrimSuffix(fmt.Sprintf("%.1f", p), ".0") + "%"
}

// sentence says the bar in words.
func (b Bar) sentence() string {
	if b.Title != "" {
		return b.Title
	}
	s := b.Label + ": " + b.valueText()
	if b.Note != "" {
		s += " (" + b.Note + ")"
	}
	return s
}

// SVG draws the bars.
func (bs Bars) SVG() []byte {
	id := bs.ID
	if id == "" {
		id = "bars"
	}
	var s svg
	h := float64(len(bs.Bars))*barRow + 30
	links := false
	for _, b := range bs.Bars {
		links = links || safeHref(b.Href) != ""
	}
	s.open(id, barsWidth, h, bs.Title, bs.describe(), links)
	s.printf(`<defs><pattern id="%s-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4f4f4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#999" stroke-width="2"/></pattern></defs>`+"\n", esc(id))
	for i, b := range bs.Bars {
		bs.bar(&s, id, b, 10+float64(i)*barRow)
	}
	axis := 10 + float64(len(bs.Bars))*barRow
	for _, t := range []float64{0, 0.5, 1} {
		x := barLeft + t*barWidth
		s.printf(`<line x1="%s" y1="6" x2="%s" y2="%s" stroke="#ccc"/>`+"\n", num(x), num(x), num(axis))
		s.text(x, axis+14, "middle", "#333", Percent(t))
	}
	return s.close()
}

// bar draws one bar with its label, value and note.
func (bs Bars) bar(s *svg, id string, b Bar, y float64) {
	closeLink := s.link(b.Href)
	s.printf(`<g><title>%s</title>`+"\n", esc(b.sentence()))
	s.text(barLeft-8, y+15, "end", "#111", clip(b.Label, 28))
	v, ok := b.known()
	if ok {
		// at least 2 px: a known 0 is a visible stub, unlike an unknown
		s.printf(`<rect x="%s" y="%s" width="%s" height="18" fill="%s"/>`+"\n", num(barLeft), num(y+2), num(math.Max(2, v*barWidth)), palette[0])
	} else {
		s.printf(`<rect x="%s" y="%s" width="%s" height="18" fill="url(#%s-hatch)" stroke="#999"/>`+"\n", num(barLeft), num(y+2), num(barWidth), esc(id))
	}
	label := b.valueText()
	if b.Note != "" {
		label += "  " + b.Note
	}
	s.text(barLeft+barWidth+8, y+15, "start", "#111", clip(label, 24))
	s.printf("</g>%s\n", closeLink)
}

// describe is the bars' <desc>.
func (bs Bars) describe() string {
	parts := make([]string, 0, len(bs.Bars)+1)
	if bs.Desc != "" {
		parts = append(parts, bs.Desc)
	}
	for _, b := range bs.Bars {
		parts = append(parts, b.sentence()+".")
	}
	return strings.Join(parts, " ")
}

package chart

import (
	"encoding/xml"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// svg builds one SVG document.
type svg struct {
	b strings.Builder
}

// esc escapes s for XML text and attribute values (and so for HTML):
// <, >, &, quotes, and characters XML cannot hold become U+FFFD.
func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder never fails
	return b.String()
}

// safeHref returns href when it is a path, a fragment or an http(s) URL,
// else "" (no javascript: or data: links).
func safeHref(href string) string {
	switch {
	case strings.HasPrefix(href, "/") && !strings.HasPrefix(href, "//"),
		strings.HasPrefix(href, "#"),
		strings.HasPrefix(href, "https://"),
		strings.HasPrefix(href, "http://"):
		return href
	}
	return ""
}

// num formats a coordinate.
func num(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "0"
	}
	return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
}

// printf writes raw markup; every text argument must be escaped already.
func (s *svg) printf(format string, args ...any) {
	fmt.Fprintf(&s.b, format, args...)
}

// open starts the document with its title and description. A drawing
// without links is one image to assistive technology (role img); one
// with links is a group, so that its links stay reachable.
func (s *svg) open(id string, w, h float64, title, desc string, links bool) {
	role := "img"
	if links {
		role = "group"
	}
	s.printf(`<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" role="%s" aria-labelledby="%s-title" aria-describedby="%s-desc" font-family="sans-serif" font-size="12">`+"\n",
		num(w), num(h), num(w), num(h), role, esc(id), esc(id))
	s.printf(`<title id="%s-title">%s</title>`+"\n", esc(id), esc(title))
	s.printf(`<desc id="%s-desc">%s</desc>`+"\n", esc(id), esc(desc))
}

// close ends the document and returns it.
func (s *svg) close() []byte {
	s.printf("</svg>\n")
	return []byte(s.b.String())
}

// text writes a text label; anchor is start, middle or end.
func (s *svg) text(x, y float64, anchor, fill, txt string) {
	s.printf(`<text x="%s" y="%s" text-anchor="%s" fill="%s">%s</text>`+"\n", num(x), num(y), anchor, fill, esc(txt))
}

// link opens an <a> when href is safe and returns the markup that closes
// it ("" when there is no link).
func (s *svg) link(href string) string {
	href = safeHref(href)
	if href == "" {
		return ""
	}
	s.printf(`<a href="%s">`, esc(href))
	return "</a>\n"
}

// palette is the Okabe–Ito colour-blind-safe palette, black last.
var palette = []string{"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"}

// dashes are dash patterns; with colours they tell up to
// len(palette)×len(dashes) series apart.
var dashes = []string{"", "6 3", "2 3", "8 3 2 3"}

// colour returns the i-th series colour.
func colour(i int) string { return palette[i%len(palette)] }

// dash returns the i-th series dash pattern attribute ("" for solid).
func dash(i int) string {
	d := dashes[(i/len(palette))%len(dashes)]
	if d == "" {
		return ""
	}
	return ` stroke-dasharray="` + d + `"`
}

// Number formats v for a label: thousands separated by commas for
// magnitudes of 1000 and more, else up to four significant digits.
func Number(v float64) string {
	switch {
	case math.IsNaN(v):
		return "unknown"
	case math.IsInf(v, 1):
		return "∞"
	case math.IsInf(v, -1):
		return "−∞"
	case math.Abs(v) >= 1000 && math.Abs(v) < 1e15:
		return group(strconv.FormatFloat(math.Round(v), 'f', 0, 64))
	}
	return strconv.FormatFloat(v, 'g', 4, 64)
}

// group puts commas between groups of three digits of an integer.
func group(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return sign + b.String()
}

// clip shortens a label to at most n runes.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

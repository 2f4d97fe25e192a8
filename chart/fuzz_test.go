package chart

import (
	"testing"
	"time"

	"github.com/hebel-project/hebel"
)

// FuzzLabels: whatever the labels, claimants, types and links, every
// drawing is one well-formed XML document.
func FuzzLabels(f *testing.F) {
	f.Add("North Korea", "deploy", "/actors/PRK", 1.5, int64(0))
	f.Add("<script>&\"'", "]]><!--", "javascript:x", -3.0, int64(1700000000))
	f.Add("\x00\x1b\ufffe\xff", "\u202e", "#a\"b", 1e308, int64(-1))
	f.Fuzz(func(t *testing.T, label, typ, href string, v float64, sec int64) {
		start := time.Time{}
		if sec > 0 {
			start = time.Unix(sec%4e9, 0).UTC()
		}
		checkXML(t, TimeChart{ID: label, Title: label, Desc: typ, Unit: typ, Estimates: []Estimate{
			{Claimant: label, Value: v, Qualifier: hebel.Qualifier(typ), Text: label, Start: start, Href: href},
			{Claimant: typ, Value: v / 2, Low: &v, High: &v, Qualifier: hebel.Range, Start: start.AddDate(0, 1, 0), Href: href},
		}}.SVG())
		checkXML(t, Graph{ID: typ, Title: label, Desc: label, Nodes: []Node{{ID: label, Label: label, Group: typ, Href: href}, {ID: typ, Href: href}},
			Edges: []Edge{{From: label, To: typ, Type: typ, Count: int(sec % 100), Directed: true, Title: label}}}.SVG())
		checkXML(t, Bars{ID: label, Title: label, Desc: typ, Bars: []Bar{{Label: label, Value: &v, Note: typ, Href: href, Title: label}, {Label: typ}}}.SVG())
	})
}

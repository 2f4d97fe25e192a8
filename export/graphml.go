package export

import "io"

// graphKey is one attribute of nodes or edges in GraphML and GEXF.
type graphKey struct {
	id, name, typ string // typ: string, int
}

var nodeKeys = []graphKey{
	{"n0", "label", "string"}, {"n1", "type", "string"}, {"n2", "country", "string"}, {"n3", "role", "string"},
	{"n4", "wikidata", "string"}, {"n5", "documents", "int"}, {"n6", "mentions", "int"},
	{"n7", "first", "string"}, {"n8", "last", "string"},
}

var edgeKeys = []graphKey{
	{"e0", "label", "string"}, {"e1", "type", "string"}, {"e2", "document", "string"}, {"e3", "position", "int"},
	{"e4", "published", "string"}, {"e5", "modality", "string"}, {"e6", "claimant", "string"},
	{"e7", "claimant_id", "string"}, {"e8", "attributes", "string"}, {"e9", "title", "string"}, {"e10", "url", "string"},
}

// nodeValues returns the values of nodeKeys for a; "" values are left out.
func nodeValues(a *Actor) []string {
	return []string{a.Name, a.Type, a.Country, a.Role, a.Wikidata, itoa(a.Documents), itoa(a.Mentions), day(a.First), day(a.Last)}
}

func edgeValues(r *Relation) []string {
	return []string{string(r.Type), string(r.Type), r.Doc.ID, itoa(r.Pos), day(r.Doc.Published), r.Modality, r.Claimant, r.ClaimantID,
		attributesJSON(r.Attributes), r.Doc.Title, r.Doc.URL}
}

// WriteGraphML writes g as GraphML (graphdrawing.org, 1.0): one node per
// actor, one directed edge per relation, parallel edges kept; dates as
// YYYY-MM-DD strings (first and last of an actor, published of an edge),
// absent when unknown.
func WriteGraphML(w io.Writer, g *Graph) error {
	x := newXMLWriter(w)
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range nodeKeys {
		x.raw(`  <key for="node"`)
		x.attr("id", k.id)
		x.attr("attr.name", k.name)
		x.attr("attr.type", k.typ)
		x.raw("/>\n")
	}
	for _, k := range edgeKeys {
		x.raw(`  <key for="edge"`)
		x.attr("id", k.id)
		x.attr("attr.name", k.name)
		x.attr("attr.type", k.typ)
		x.raw("/>\n")
	}
	x.raw(`  <graph id="hebel" edgedefault="directed">` + "\n")
	for _, a := range g.Actors {
		x.raw("    <node")
		x.attr("id", a.ID)
		x.raw(">")
		graphMLData(x, nodeKeys, nodeValues(a))
		x.raw("</node>\n")
	}
	for _, r := range g.Relations {
		x.raw("    <edge")
		x.attr("id", r.ID)
		x.attr("source", r.From)
		x.attr("target", r.To)
		x.raw(">")
		graphMLData(x, edgeKeys, edgeValues(r))
		x.raw("</edge>\n")
	}
	x.raw("  </graph>\n</graphml>\n")
	return x.flush()
}

func graphMLData(x *xmlWriter, keys []graphKey, values []string) {
	for i, v := range values {
		if v == "" {
			continue
		}
		x.raw(`<data key="` + keys[i].id + `">`)
		x.text(v)
		x.raw("</data>")
	}
}

// WriteGEXF writes g as GEXF 1.2 (the version Gephi and networkx both
// read) in dynamic mode: an actor lives from the first to the last
// publication date of the documents naming it, a relation on the date of
// its document; undated ones have no time bounds.
func WriteGEXF(w io.Writer, g *Graph) error {
	x := newXMLWriter(w)
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">` + "\n")
	x.raw("  <meta><creator>Hebel</creator><description>Actors and the relations news documents state between them</description></meta>\n")
	x.raw(`  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">` + "\n")
	gexfAttributes(x, "node", nodeKeys[1:])
	gexfAttributes(x, "edge", edgeKeys[1:])
	x.raw("    <nodes>\n")
	for _, a := range g.Actors {
		x.raw("      <node")
		x.attr("id", a.ID)
		x.attr("label", a.Name)
		if !a.First.IsZero() {
			x.attr("start", day(a.First))
			x.attr("end", day(a.Last))
		}
		x.raw(">")
		gexfValues(x, nodeKeys[1:], nodeValues(a)[1:])
		x.raw("</node>\n")
	}
	x.raw("    </nodes>\n    <edges>\n")
	for _, r := range g.Relations {
		x.raw("      <edge")
		x.attr("id", r.ID)
		x.attr("source", r.From)
		x.attr("target", r.To)
		x.attr("label", string(r.Type))
		if p := day(r.Doc.Published); p != "" {
			x.attr("start", p)
			x.attr("end", p)
		}
		x.raw(">")
		gexfValues(x, edgeKeys[1:], edgeValues(r)[1:])
		x.raw("</edge>\n")
	}
	x.raw("    </edges>\n  </graph>\n</gexf>\n")
	return x.flush()
}

func gexfAttributes(x *xmlWriter, class string, keys []graphKey) {
	x.raw(`    <attributes class="` + class + `" mode="static">` + "\n")
	for _, k := range keys {
		typ := k.typ
		if typ == "int" {
			typ = "integer"
		}
		x.raw("      <attribute")
		x.attr("id", k.id)
		x.attr("title", k.name)
		x.attr("type", typ)
		x.raw("/>\n")
	}
	x.raw("    </attributes>\n")
}

func gexfValues(x *xmlWriter, keys []graphKey, values []string) {
	x.raw("<attvalues>")
	for i, v := range values {
		if v == "" {
			continue
		}
		x.raw("<attvalue")
		x.attr("for", keys[i].id)
		x.attr("value", v)
		x.raw("/>")
	}
	x.raw("</attvalues>")
}

package http

import (
	"fmt"
	"html/template"
	nethttp "net/http"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/chart"
)

// The graph page: GET /graph?type=&actor=&from=&to=&max_nodes=, the actor
// graph of GET /api/graph drawn as SVG, each node linking to its actor's
// page, with the same edges as a table.

// graphView is what html/graph.html reads.
type graphView struct {
	Type, Actor, From, To string
	MaxNodes              int
	Types                 []string
	Chart                 template.HTML
	Graph                 *Graph
	Edges                 []graphEdgeRow
}

// graphEdgeRow is one edge in the table.
type graphEdgeRow struct {
	From, FromHref, To, ToHref, Type string
	Count                            int
	First, Last                      string
}

// GET /graph
func (s *Server) graphPage(w nethttp.ResponseWriter, r *nethttp.Request) error {
	q := r.URL.Query()
	f, maxNodes, err := graphParams(q, min(MaxGraphNodes, chart.MaxNodes))
	if err != nil {
		return err
	}
	v := graphView{Type: string(f.Type), Actor: f.Actor, From: q.Get("from"), To: q.Get("to"), MaxNodes: maxNodes}
	for _, t := range hebel.RelationTypes() {
		v.Types = append(v.Types, string(t))
	}
	if v.Graph, err = s.buildGraph(r.Context(), f, v.MaxNodes); err != nil {
		return err
	}
	v.Chart = template.HTML(graphChart(v.Graph).SVG()) // chart escapes every text
	v.Edges = graphEdgeRows(v.Graph)
	return s.renderPage(w, r, "graph", "Actor graph", v)
}

// graphChart converts a graph for drawing.
func graphChart(g *Graph) chart.Graph {
	c := chart.Graph{ID: "actors", Title: "Actors and their relations",
		Desc: fmt.Sprintf("Built from %d relations in the stored documents.", g.Relations)}
	for _, n := range g.Nodes {
		c.Nodes = append(c.Nodes, chart.Node{ID: n.ID, Label: n.Name, Group: n.Type, Href: actorPagePath(n.ID)})
	}
	for _, e := range g.Edges {
		c.Edges = append(c.Edges, chart.Edge{From: e.From, To: e.To, Type: e.Type, Count: e.Count,
			Directed: !hebel.RelationType(e.Type).Symmetric(), Title: spanLabel(e.First, e.Last)})
	}
	return c
}

func graphEdgeRows(g *Graph) []graphEdgeRow {
	names := map[string]string{}
	for _, n := range g.Nodes {
		names[n.ID] = n.Name
	}
	rows := make([]graphEdgeRow, 0, len(g.Edges))
	for _, e := range g.Edges {
		row := graphEdgeRow{From: names[e.From], FromHref: actorPagePath(e.From), To: names[e.To], ToHref: actorPagePath(e.To),
			Type: e.Type, Count: e.Count, First: "undated", Last: "undated"}
		if e.First != nil {
			row.First, row.Last = dateLabel(*e.First), dateLabel(*e.Last)
		}
		rows = append(rows, row)
	}
	return rows
}

// spanLabel says when an edge was reported: "published 2024-10-01 to
// 2025-01-02", or "undated".
func spanLabel(first, last *time.Time) string {
	if first == nil || last == nil {
		return "undated"
	}
	if first.Equal(*last) {
		return "published " + dateLabel(*first)
	}
	return "published " + dateLabel(*first) + " to " + dateLabel(*last)
}

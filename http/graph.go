package http

import (
	"context"
	nethttp "net/http"
	"net/url"
	"sort"
	"time"

	"github.com/hebel-project/hebel"
)

// Graph is the answer of GET /api/graph: actors as nodes and relations
// aggregated per (from, to, type) as edges, with the first and last
// publication date of the documents stating them.
type Graph struct {
	Nodes     []GraphNode `json:"nodes"`
	Edges     []GraphEdge `json:"edges"`
	Relations int         `json:"relations"` // relations read
	Truncated bool        `json:"truncated"` // more relations matched than MaxGraphRelations, or nodes were left out
	Types     []Facet     `json:"types"`     // relation types among the relations read
}

// GraphNode is an actor; Degree counts the relations it is a side of.
type GraphNode struct {
	ID     string  `json:"id"`
	Name   string  `json:"name"`
	Type   string  `json:"type"`
	Degree int     `json:"degree"`
	X      float64 `json:"-"` // layout, for the UI
	Y      float64 `json:"-"`
}

// GraphEdge is every relation of one type from one actor to another.
type GraphEdge struct {
	From      string     `json:"from"`
	To        string     `json:"to"`
	Type      string     `json:"type"`
	Count     int        `json:"count"`
	First     *time.Time `json:"first"` // nil when every stating document is undated
	Last      *time.Time `json:"last"`
	Documents []string   `json:"documents"` // up to five documents stating it
}

// graphParams reads the graph's query (relation type, actor, time,
// max_nodes up to most), for the API and the page alike.
func graphParams(q url.Values, most int) (hebel.RelationFilter, int, error) {
	if err := checkParams(q, "type", "actor", "from", "to", "max_nodes"); err != nil {
		return hebel.RelationFilter{}, 0, err
	}
	f, err := relationFilter(q)
	if err != nil {
		return hebel.RelationFilter{}, 0, err
	}
	maxNodes, err := intParam(q.Get("max_nodes"), "max_nodes", DefaultGraphNodes, 1, most)
	return f, maxNodes, err
}

func (s *Server) graph(w nethttp.ResponseWriter, r *nethttp.Request) error {
	f, maxNodes, err := graphParams(r.URL.Query(), MaxGraphNodes)
	if err != nil {
		return err
	}
	return s.answer(w, r, func() (any, error) { return s.buildGraph(r.Context(), f, maxNodes) })
}

// buildGraph reads up to MaxGraphRelations relations matching f and
// aggregates them; only the maxNodes actors of highest degree are kept.
func (s *Server) buildGraph(ctx context.Context, f hebel.RelationFilter, maxNodes int) (*Graph, error) {
	if s.ActorStore == nil {
		return nil, notImplemented("actors and relations")
	}
	g := &Graph{Nodes: []GraphNode{}, Edges: []GraphEdge{}, Types: []Facet{}}
	nodes := map[string]*GraphNode{}
	type ekey struct{ from, to, typ string }
	edges := map[ekey]*GraphEdge{}
	types := map[string]int{}
	node := func(a hebel.ActorRef) *GraphNode {
		n := nodes[a.ID]
		if n == nil {
			n = &GraphNode{ID: a.ID, Name: a.Name, Type: string(a.Type)}
			nodes[a.ID] = n
		}
		if n.Name == "" {
			n.Name, n.Type = a.Name, string(a.Type)
		}
		n.Degree++
		return n
	}
	const page = 1000
	f.Limit = page
	for f.Offset = 0; f.Offset < MaxGraphRelations; f.Offset += page {
		rows, total, err := s.ActorStore.FindRelations(ctx, f)
		if err != nil {
			return nil, err
		}
		if total > MaxGraphRelations {
			g.Truncated = true
		}
		for _, r := range rows {
			g.Relations++
			types[string(r.Type)]++
			node(r.From)
			node(r.To)
			k := ekey{r.From.ID, r.To.ID, string(r.Type)}
			e := edges[k]
			if e == nil {
				e = &GraphEdge{From: k.from, To: k.to, Type: k.typ, Documents: []string{}}
				edges[k] = e
			}
			e.Count++
			if !r.Published.IsZero() {
				t := r.Published.UTC()
				if e.First == nil || t.Before(*e.First) {
					e.First = &t
				}
				if e.Last == nil || t.After(*e.Last) {
					tl := t
					e.Last = &tl
				}
			}
			if len(e.Documents) < 5 && !containsString(e.Documents, r.DocumentID) {
				e.Documents = append(e.Documents, r.DocumentID)
			}
		}
		if len(rows) < page {
			break
		}
	}
	all := make([]*GraphNode, 0, len(nodes))
	for _, n := range nodes {
		if n.Name == "" {
			n.Name = n.ID
		}
		all = append(all, n)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Degree != all[j].Degree {
			return all[i].Degree > all[j].Degree
		}
		return all[i].ID < all[j].ID
	})
	if len(all) > maxNodes {
		all, g.Truncated = all[:maxNodes], true
	}
	kept := map[string]bool{}
	for _, n := range all {
		kept[n.ID] = true
		g.Nodes = append(g.Nodes, *n)
	}
	for _, e := range edges {
		if kept[e.From] && kept[e.To] {
			g.Edges = append(g.Edges, *e)
		}
	}
	sort.Slice(g.Edges, func(i, j int) bool {
		a, b := g.Edges[i], g.Edges[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.To != b.To {
			return a.To < b.To
		}
		return a.Type < b.Type
	})
	for t, n := range types {
		g.Types = append(g.Types, Facet{Value: t, Label: t, Count: n})
	}
	sort.Slice(g.Types, func(i, j int) bool {
		if g.Types[i].Count != g.Types[j].Count {
			return g.Types[i].Count > g.Types[j].Count
		}
		return g.Types[i].Value < g.Types[j].Value
	})
	return g, nil
}

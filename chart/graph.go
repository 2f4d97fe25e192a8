package chart

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// maxEdgeLabels is the most edges whose type is written beside them;
// beyond it the legend, the tooltips and the description say it.
const maxEdgeLabels = 16

// Node is an actor of a Graph.
type Node struct {
	ID    string
	Label string // "" shows the ID
	Group string // the actor's type (country, organisation …): the node's colour
	Href  string // the actor's page; "" for none
}

// Edge is every relation of one type from one actor to another.
type Edge struct {
	From, To string // node IDs
	Type     string // the relation type: the edge's colour, dash and label
	Count    int    // relations it stands for; the line's width
	Directed bool   // drawn with an arrow head at To
	Title    string // said in the edge's tooltip after its endpoints and type
}

// Graph is a node-link drawing of actors and their relations, laid out
// deterministically (see layout). At most MaxNodes nodes are drawn, the
// first ones given; edges to nodes left out are left out too, and the
// description counts both.
type Graph struct {
	ID     string // prefix of the ids inside the SVG, unique on its page; "" gives "graph"
	Title  string
	Desc   string
	Nodes  []Node
	Edges  []Edge
	Width  float64 // 0: 760
	Height float64 // 0: 560
}

// drawn is a graph reduced to what is drawn, with its layout.
type drawn struct {
	nodes    []Node
	index    map[string]int
	edges    []Edge
	types    []string
	groups   []string
	pos      []vec
	leftOut  int
	edgesOut int
}

// prepare keeps the first MaxNodes distinct nodes and the edges between
// them, and lays them out.
func (g Graph) prepare() drawn {
	d := drawn{index: map[string]int{}}
	for _, n := range g.Nodes {
		if _, dup := d.index[n.ID]; dup {
			continue
		}
		if len(d.nodes) == MaxNodes {
			d.leftOut++
			continue
		}
		d.index[n.ID] = len(d.nodes)
		d.nodes = append(d.nodes, n)
	}
	types, groups := map[string]bool{}, map[string]bool{}
	pairs := map[[2]int]bool{}
	var links [][2]int
	for _, e := range g.Edges {
		a, okA := d.index[e.From]
		b, okB := d.index[e.To]
		if !okA || !okB || a == b {
			d.edgesOut++
			continue
		}
		d.edges = append(d.edges, e)
		types[e.Type] = true
		p := [2]int{min(a, b), max(a, b)}
		if !pairs[p] {
			pairs[p] = true
			links = append(links, p)
		}
	}
	for _, n := range d.nodes {
		groups[n.Group] = true
	}
	d.types, d.groups = sortedKeys(types), sortedKeys(groups)
	d.pos = layoutComponents(len(d.nodes), links)
	return d
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// name is how the drawing names a node.
func (n Node) name() string {
	if n.Label != "" {
		return n.Label
	}
	return n.ID
}

// describe is the graph's <desc>.
func (g Graph) describe(d drawn) string {
	var b strings.Builder
	if g.Desc != "" {
		b.WriteString(g.Desc + " ")
	}
	fmt.Fprintf(&b, "%d actors and %d links of %d relation types.", len(d.nodes), len(d.edges), len(d.types))
	if d.leftOut > 0 {
		fmt.Fprintf(&b, " %d further actors and their links are left out.", d.leftOut)
	}
	for i, e := range d.edges {
		if i == 40 {
			fmt.Fprintf(&b, " … %d more links.", len(d.edges)-i)
			break
		}
		b.WriteString(" " + d.edgeText(e) + ".")
	}
	return b.String()
}

// edgeText says an edge in words.
func (d drawn) edgeText(e Edge) string {
	arrow := "–"
	if e.Directed {
		arrow = "→"
	}
	s := fmt.Sprintf("%s %s %s: %s", d.nodes[d.index[e.From]].name(), arrow, d.nodes[d.index[e.To]].name(), e.Type)
	if e.Count > 1 {
		s += fmt.Sprintf(" ×%d", e.Count)
	}
	if e.Title != "" {
		s += ", " + e.Title
	}
	return s
}

// SVG draws the graph.
func (g Graph) SVG() []byte {
	id := g.ID
	if id == "" {
		id = "graph"
	}
	w, h := g.Width, g.Height
	if w <= 0 {
		w = 760
	}
	if h <= 0 {
		h = 560
	}
	d := g.prepare()
	legendH := float64(len(d.types)+len(d.groups)+2) * lineHeight
	var s svg
	links := false
	for _, n := range d.nodes {
		links = links || safeHref(n.Href) != ""
	}
	s.open(id, w, h+legendH, g.Title, g.describe(d), links)
	if len(d.nodes) == 0 {
		s.text(w/2, h/2, "middle", "#555", "No relation matches.")
	}
	d.defs(&s, id)
	at := func(i int) vec { return vec{60 + d.pos[i].x*(w-120), 40 + d.pos[i].y*(h-80)} }
	d.drawEdges(&s, id, at)
	d.drawNodes(&s, at)
	d.legend(&s, h)
	return s.close()
}

// defs writes one arrow head per relation type.
func (d drawn) defs(s *svg, id string) {
	s.printf("<defs>\n")
	for i := range d.types {
		s.printf(`<marker id="%s-arrow-%d" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="%s"/></marker>`+"\n",
			esc(id), i, colour(i))
	}
	s.printf("</defs>\n")
}

// degree counts the relations of each drawn node.
func (d drawn) degree() []int {
	deg := make([]int, len(d.nodes))
	for _, e := range d.edges {
		deg[d.index[e.From]] += max(e.Count, 1)
		deg[d.index[e.To]] += max(e.Count, 1)
	}
	return deg
}

func radius(deg int) float64 { return 5 + math.Min(7, 1.5*math.Log2(1+float64(deg))) }

// drawEdges draws every edge as a curve; edges between the same two
// nodes bend apart so that each stays visible.
func (d drawn) drawEdges(s *svg, id string, at func(int) vec) {
	deg := d.degree()
	seen := map[[2]int]int{}
	total := map[[2]int]int{}
	for _, e := range d.edges {
		a, b := d.index[e.From], d.index[e.To]
		total[[2]int{min(a, b), max(a, b)}]++
	}
	for _, e := range d.edges {
		a, b := d.index[e.From], d.index[e.To]
		key := [2]int{min(a, b), max(a, b)}
		k := seen[key]
		seen[key]++
		bend := (float64(k) - float64(total[key]-1)/2) * 28
		if a > b {
			bend = -bend // the same side whichever way the edge runs
		}
		d.drawEdge(s, id, e, at(a), at(b), bend, radius(deg[b]))
	}
}

// drawEdge draws one edge from p to q bent by bend pixels, stopping short
// of q's circle of radius r.
func (d drawn) drawEdge(s *svg, id string, e Edge, p, q vec, bend, r float64) {
	ti := indexOf(d.types, e.Type)
	dx, dy := q.x-p.x, q.y-p.y
	l := math.Max(math.Hypot(dx, dy), 1e-9)
	nx, ny := -dy/l, dx/l
	c := vec{(p.x+q.x)/2 + nx*bend, (p.y+q.y)/2 + ny*bend}
	// end short of the target along the tangent at q
	tx, ty := q.x-c.x, q.y-c.y
	tl := math.Max(math.Hypot(tx, ty), 1e-9)
	end := vec{q.x - tx/tl*(r+2), q.y - ty/tl*(r+2)}
	arrow := ""
	if e.Directed {
		arrow = fmt.Sprintf(` marker-end="url(#%s-arrow-%d)"`, esc(id), ti)
	}
	width := 1 + math.Min(4, math.Log2(float64(max(e.Count, 1))))
	s.printf(`<g><title>%s</title><path d="M%s %sQ%s %s %s %s" fill="none" stroke="%s" stroke-width="%s"%s%s/>`,
		esc(d.edgeText(e)), num(p.x), num(p.y), num(c.x), num(c.y), num(end.x), num(end.y), colour(ti), num(width), dash(ti), arrow)
	if len(d.edges) <= maxEdgeLabels {
		m := vec{0.25*p.x + 0.5*c.x + 0.25*q.x, 0.25*p.y + 0.5*c.y + 0.25*q.y}
		s.printf(`<text x="%s" y="%s" text-anchor="middle" font-size="10" fill="%s">%s</text>`, num(m.x), num(m.y-3), colour(ti), esc(clip(e.Type, 24)))
	}
	s.printf("</g>\n")
}

// groupColours are the fills of node groups, apart from the edge palette.
var groupColours = []string{"#4D4D4D", "#7A5195", "#2F6F4F", "#8C564B", "#1F4E79", "#B8860B"}

// drawNodes draws every node as a labelled circle linking to its page.
func (d drawn) drawNodes(s *svg, at func(int) vec) {
	deg := d.degree()
	for i, n := range d.nodes {
		p := at(i)
		closeLink := s.link(n.Href)
		fill := groupColours[indexOf(d.groups, n.Group)%len(groupColours)]
		s.printf(`<g><title>%s</title><circle cx="%s" cy="%s" r="%s" fill="%s" stroke="#fff" stroke-width="1.5"/>`,
			esc(nodeTitle(n, deg[i])), num(p.x), num(p.y), num(radius(deg[i])), fill)
		s.printf(`<text x="%s" y="%s" text-anchor="middle" fill="#111" stroke="#fff" stroke-width="3" paint-order="stroke">%s</text></g>%s`+"\n",
			num(p.x), num(p.y+radius(deg[i])+12), esc(clip(n.name(), 24)), closeLink)
	}
}

func nodeTitle(n Node, deg int) string {
	s := n.name()
	if n.Group != "" {
		s += " (" + n.Group + ")"
	}
	return fmt.Sprintf("%s: %d relations", s, deg)
}

// legend names the relation types' lines and the groups' colours.
func (d drawn) legend(s *svg, top float64) {
	y := top + 4
	if len(d.types) > 0 {
		s.text(20, y, "start", "#333", "Relation types:")
	}
	for i, t := range d.types {
		y += lineHeight
		s.printf(`<line x1="20" y1="%s" x2="50" y2="%s" stroke="%s" stroke-width="2"%s/>`+"\n", num(y-4), num(y-4), colour(i), dash(i))
		s.text(58, y, "start", "#333", t)
	}
	for i, gname := range d.groups {
		y += lineHeight
		s.printf(`<circle cx="35" cy="%s" r="5" fill="%s"/>`+"\n", num(y-4), groupColours[i%len(groupColours)])
		if gname == "" {
			gname = "actor"
		}
		s.text(58, y, "start", "#333", gname)
	}
}

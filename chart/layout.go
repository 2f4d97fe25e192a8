package chart

import (
	"math"
	"sort"
)

// Layout bounds.
const (
	MaxNodes         = 150 // nodes a Graph draws at most; the rest are left out and counted
	layoutIterations = 300
)

// vec is a point or displacement.
type vec struct{ x, y float64 }

// layout places n nodes joined by links (pairs of indexes) in the unit
// square by Fruchterman–Reingold's force-directed method, started from a
// circle in the given order with a fixed cooling schedule: the same
// input always gives the same drawing.
func layout(n int, links [][2]int) []vec {
	pos := make([]vec, n)
	for i := range pos {
		a := 2 * math.Pi * float64(i) / float64(max(n, 1))
		pos[i] = vec{0.5 + 0.4*math.Cos(a), 0.5 + 0.4*math.Sin(a)}
	}
	if n < 3 {
		return pos
	}
	k := math.Sqrt(1 / float64(n))
	disp := make([]vec, n)
	for it := range layoutIterations {
		temp := 0.1 * (1 - float64(it)/layoutIterations)
		repel(pos, disp, k)
		attract(pos, disp, links, k)
		for i := range pos {
			d := math.Hypot(disp[i].x, disp[i].y)
			if d > 0 {
				step := math.Min(d, temp)
				pos[i].x += disp[i].x / d * step
				pos[i].y += disp[i].y / d * step
			}
			// gravity keeps unlinked parts on the page
			pos[i].x += (0.5 - pos[i].x) * 0.01
			pos[i].y += (0.5 - pos[i].y) * 0.01
		}
	}
	return fit(pos)
}

// repel sets disp to the repulsion every pair of nodes feels.
func repel(pos, disp []vec, k float64) {
	for i := range pos {
		disp[i] = vec{}
		for j := range pos {
			if i == j {
				continue
			}
			dx, dy := pos[i].x-pos[j].x, pos[i].y-pos[j].y
			d := math.Hypot(dx, dy)
			if d < 1e-6 {
				// coincident nodes: push apart along a direction fixed by their indexes
				dx, dy, d = float64(i-j)*1e-3, 1e-3, math.Hypot(float64(i-j)*1e-3, 1e-3)
			}
			f := k * k / d
			disp[i].x += dx / d * f
			disp[i].y += dy / d * f
		}
	}
}

// attract adds the pull along every link to disp.
func attract(pos, disp []vec, links [][2]int, k float64) {
	for _, l := range links {
		a, b := l[0], l[1]
		dx, dy := pos[a].x-pos[b].x, pos[a].y-pos[b].y
		d := math.Hypot(dx, dy)
		if d < 1e-9 {
			continue
		}
		f := d * d / k
		disp[a].x -= dx / d * f
		disp[a].y -= dy / d * f
		disp[b].x += dx / d * f
		disp[b].y += dy / d * f
	}
}

// fit scales the positions into the unit square; a dimension in which
// every node has the same coordinate is centred.
func fit(pos []vec) []vec {
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pos {
		minX, maxX = math.Min(minX, p.x), math.Max(maxX, p.x)
		minY, maxY = math.Min(minY, p.y), math.Max(maxY, p.y)
	}
	scale := func(v, lo, hi float64) float64 {
		if hi-lo < 1e-9 {
			return 0.5
		}
		return (v - lo) / (hi - lo)
	}
	for i := range pos {
		pos[i] = vec{scale(pos[i].x, minX, maxX), scale(pos[i].y, minY, maxY)}
	}
	return pos
}

// layoutComponents lays out each connected part of the graph on its own
// and packs the parts into rows, the largest first, each in a square
// whose side grows with the root of its node count: parts that share no
// link are not pushed to the corners of the page.
func layoutComponents(n int, links [][2]int) []vec {
	comps := components(n, links)
	pos := make([]vec, n)
	x, y, rowH := 0.0, 0.0, 0.0
	for _, c := range comps {
		side := math.Sqrt(float64(len(c)))
		if x > 0 && x+side > math.Sqrt(float64(n))*1.4 {
			x, y, rowH = 0, y+rowH, 0
		}
		local := layout(len(c), subLinks(c, links))
		for i, node := range c {
			pos[node] = vec{x + (0.1+0.8*local[i].x)*side, y + (0.1+0.8*local[i].y)*side}
		}
		x += side
		rowH = math.Max(rowH, side)
	}
	return fit(pos)
}

// components returns the connected parts of the graph, each a list of
// node indexes in increasing order, the largest part first (ties: the
// one with the lowest node first).
func components(n int, links [][2]int) [][]int {
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, l := range links {
		a, b := find(l[0]), find(l[1])
		if a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	byRoot := map[int][]int{}
	var roots []int
	for i := range n {
		r := find(i)
		if byRoot[r] == nil {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], i)
	}
	out := make([][]int, 0, len(roots))
	for _, r := range roots {
		out = append(out, byRoot[r])
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// subLinks renumbers the links among the nodes of one part.
func subLinks(nodes []int, links [][2]int) [][2]int {
	local := make(map[int]int, len(nodes))
	for i, n := range nodes {
		local[n] = i
	}
	var out [][2]int
	for _, l := range links {
		a, okA := local[l[0]]
		b, okB := local[l[1]]
		if okA && okB {
			out = append(out, [2]int{a, b})
		}
	}
	return out
}

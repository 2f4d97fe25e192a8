package chart

import "math"

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

// fit scales the positions into the unit square.
func fit(pos []vec) []vec {
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pos {
		minX, maxX = math.Min(minX, p.x), math.Max(maxX, p.x)
		minY, maxY = math.Min(minY, p.y), math.Max(maxY, p.y)
	}
	w, h := math.Max(maxX-minX, 1e-9), math.Max(maxY-minY, 1e-9)
	for i := range pos {
		pos[i] = vec{(pos[i].x - minX) / w, (pos[i].y - minY) / h}
	}
	return pos
}

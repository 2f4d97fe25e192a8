package entity

// coverage marks the bytes of a text that mentions cover, so that "does
// [start, end) overlap a mention?" costs the length of the span, not the
// number of mentions. A mention of no bytes is kept as a point: it
// overlaps a span that holds it strictly inside.
type coverage struct {
	bytes, points []uint64
}

func newCoverage(n int) coverage {
	w := n/64 + 1
	return coverage{bytes: make([]uint64, w), points: make([]uint64, w)}
}

// mark records the mention [start, end).
func (c *coverage) mark(start, end int) {
	if start >= end {
		if start >= 0 && start/64 < len(c.points) {
			c.points[start/64] |= 1 << (start % 64)
		}
		return
	}
	setRange(c.bytes, start, end)
}

// any reports whether a mention shares a byte with [start, end) or lies
// strictly inside it; start < end.
func (c *coverage) any(start, end int) bool {
	return anyRange(c.bytes, start, end) || end-start > 1 && anyRange(c.points, start+1, end)
}

// setRange sets bits [a, b) of bs.
func setRange(bs []uint64, a, b int) {
	for a < b {
		w, off := a/64, a%64
		n := min(64-off, b-a)
		bs[w] |= mask(off, n)
		a += n
	}
}

// anyRange reports whether one of bits [a, b) of bs is set.
func anyRange(bs []uint64, a, b int) bool {
	for a < b {
		w, off := a/64, a%64
		n := min(64-off, b-a)
		if bs[w]&mask(off, n) != 0 {
			return true
		}
		a += n
	}
	return false
}

// mask returns n bits set from bit off.
func mask(off, n int) uint64 {
	if n >= 64 {
		return ^uint64(0)
	}
	return (1<<n - 1) << off
}

package entity

import (
	"slices"
	"sort"
)

// byPosition orders mentions by start, longer first.
func byPosition(a, b ment) int {
	if a.start != b.start {
		return a.start - b.start
	}
	return b.end - a.end
}

// sort orders the mentions by position, stably. The mentions up to
// d.sorted are in order already: only the new ones are sorted, then
// merged in, so each step costs about the number of mentions, and the
// result is that of a stable sort of the whole list.
func (d *doc) sort() {
	n := d.sorted
	tail := d.ms[n:]
	slices.SortStableFunc(tail, byPosition)
	if n > 0 && len(tail) > 0 && byPosition(d.ms[n-1], tail[0]) > 0 {
		out := d.spare[:0]
		if cap(out) < len(d.ms) {
			out = make([]ment, 0, cap(d.ms))
		}
		i, j := 0, n
		for i < n && j < len(d.ms) {
			if byPosition(d.ms[j], d.ms[i]) < 0 {
				out = append(out, d.ms[j])
				j++
			} else {
				out = append(out, d.ms[i])
				i++
			}
		}
		out = append(out, d.ms[i:n]...)
		out = append(out, d.ms[j:]...)
		d.ms, d.spare = out, d.ms[:0]
	}
	for _, m := range tail {
		d.maxLen = max(d.maxLen, m.end-m.start)
	}
	d.sorted = len(d.ms)
}

// from returns the index of the first sorted mention that may end after
// pos: every mention before it ends at or before pos.
func (d *doc) from(pos int) int {
	lo := pos - d.maxLen
	return sort.Search(d.sorted, func(i int) bool { return d.ms[i].start >= lo })
}

// push appends mentions to ms, marking the bytes they cover.
func (d *doc) push(ms ...ment) {
	if d.cov.bytes == nil {
		d.cov = newCoverage(len(d.text))
		for _, m := range d.ms { // pushed before the coverage was made
			d.cov.mark(m.start, m.end)
		}
	}
	for _, m := range ms {
		d.cov.mark(m.start, m.end)
	}
	d.ms = append(d.ms, ms...)
}

// covered reports whether [start, end) overlaps a mention already found.
func (d *doc) covered(start, end int) bool {
	if start < end && d.cov.bytes != nil {
		return d.cov.any(start, end)
	}
	for i := d.from(start); i < d.sorted && d.ms[i].start < end; i++ {
		if start < d.ms[i].end {
			return true
		}
	}
	for _, m := range d.ms[d.sorted:] {
		if m.start < end && start < m.end {
			return true
		}
	}
	return false
}

// pending are the mentions one rule finds before they join ms, with the
// bytes they cover.
type pending struct {
	ms  []ment
	cov coverage
}

func (d *doc) pending() *pending { return &pending{cov: newCoverage(len(d.text))} }

func (p *pending) add(m ment) {
	p.ms = append(p.ms, m)
	p.cov.mark(m.start, m.end)
}

// overlaps reports whether [start, end) overlaps a pending mention.
func (p *pending) overlaps(start, end int) bool {
	if start < end {
		return p.cov.any(start, end)
	}
	for _, m := range p.ms {
		if m.start < end && start < m.end {
			return true
		}
	}
	return false
}

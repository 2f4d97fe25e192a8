package leverage

import (
	"sort"

	"github.com/hebel-project/hebel"
)

// pairYears lists, per channel, the years in which A's deliveries to B are
// recorded: whole-year flows (a recorded 0 counts), alliances between the
// two in force, troops A stations in B. It scans the world once; it is
// meant for single pairs, not for all-pairs work.
func (m *Model) pairYears(a, b string) map[hebel.Channel][]int {
	seen := map[hebel.Channel]map[int]bool{}
	mark := func(ch hebel.Channel, y int) {
		if seen[ch] == nil {
			seen[ch] = map[int]bool{}
		}
		seen[ch][y] = true
	}
	w := m.world
	if a != "" {
		for i := range w.Flows {
			f := &w.Flows[i]
			if f.From == a && f.To == b && validValue(f.Value) && !partialYear(f) {
				mark(f.Channel, f.Year)
			}
		}
	}
	last := maxYear(w)
	for i := range w.Ties {
		t := &w.Ties[i]
		ally := contains(m.opts.AllianceKinds, t.Kind) && (t.From == a && t.To == b || t.From == b && t.To == a)
		troops := contains(m.opts.TroopKinds, t.Kind) && t.From == a && t.To == b && validValue(t.Value) && t.Value > 0
		if a == "" || !ally && !troops {
			continue
		}
		end := t.End
		if end == 0 {
			end = max(last, t.Start)
		}
		for y := t.Start; y <= end && y-t.Start < 500; y++ {
			mark(hebel.ChannelSecurity, y)
		}
	}
	out := make(map[hebel.Channel][]int, len(seen))
	for ch, ys := range seen {
		list := make([]int, 0, len(ys))
		for y := range ys {
			list = append(list, y)
		}
		sort.Ints(list)
		out[ch] = list
	}
	return out
}

// yearFor returns the year whose data describes B's imports from A in
// channel ch. For a requested year y > 0 it is y or the latest year at
// most MaxLag earlier (channelYear). With y = 0 (no year requested) it is
// the latest year in which B's imports in ch are known and A's deliveries
// to B are recorded (py, from pairYears), else the latest year in which
// B's imports in ch are known.
func (m *Model) yearFor(ch hebel.Channel, b string, y int, py map[hebel.Channel][]int) (int, bool) {
	if y > 0 {
		return m.channelYear(ch, b, y)
	}
	ys := m.chYears[ckey{ch, b}]
	if len(ys) == 0 {
		return 0, false
	}
	pys := py[ch]
	for i := len(pys) - 1; i >= 0; i-- {
		if j := sort.SearchInts(ys, pys[i]); j < len(ys) && ys[j] == pys[i] {
			return pys[i], true
		}
	}
	return ys[len(ys)-1], true
}

// RankYear returns the year Rank and Scores use when none is requested:
// the latest year with total-trade data for any importer (the channel
// every state has), or LatestYear when there is none.
func (m *Model) RankYear() int {
	y := 0
	for k, ys := range m.chYears {
		if k.ch == hebel.ChannelTrade && len(ys) > 0 {
			y = max(y, ys[len(ys)-1])
		}
	}
	if y == 0 {
		return m.LatestYear()
	}
	return y
}

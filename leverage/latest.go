package leverage

import "github.com/hebel-project/hebel"

// yearFor returns the year whose data describes B's imports in channel
// ch for a request of year y (0: the latest data, up to the as-of date):
// the requested year or the latest year at most MaxLag earlier.
func (m *Model) yearFor(ch hebel.Channel, b string, y int) (int, bool) {
	return m.channelYear(ch, b, m.requestYear(y))
}

// RankYear returns the year Rank and Scores use when none is requested:
// the latest year with total-trade data for any importer (the channel
// every state has) up to the as-of date, or LatestYear when there is none.
func (m *Model) RankYear() int {
	y := 0
	for k, ys := range m.chYears {
		if k.ch != hebel.ChannelTrade {
			continue
		}
		for i := len(ys) - 1; i >= 0; i-- {
			if ys[i] <= m.last {
				y = max(y, ys[i])
				break
			}
		}
	}
	if y == 0 {
		return m.LatestYear()
	}
	return y
}

package leverage

import (
	"fmt"

	"github.com/hebel-project/hebel"
)

// Mirror-data artefacts. Trade datasets fill the imports of states that
// do not report with what their partners declare, and declarations name
// the wrong one of two states whose names differ by a qualifier (North
// and South Korea, the two Congos …). Such a flow shows up as a supplier
// of the small twin that sends it about as much as it sends the large
// one, although the large twin imports many times more: the small twin's
// share of the supplier's deliveries to the two is far above its share of
// their imports. Those flows are set aside as outliers and listed as
// evidence, never summed. A neighbour (Options.NeighbourKinds) is exempt:
// a border explains what the proportions cannot, and the same numbers
// describe China's pipeline crude to North Korea and Gabon's misbooked
// cargoes.

// nameTwins are pairs of states whose names differ by a qualifier or a
// letter and are confused in trade declarations.
var nameTwins = map[string]string{
	"PRK": "KOR", "KOR": "PRK",
	"COG": "COD", "COD": "COG",
	"NER": "NGA", "NGA": "NER",
	"SDN": "SSD", "SSD": "SDN",
	"GIN": "GNQ", "GNQ": "GIN",
	"DOM": "DMA", "DMA": "DOM",
	"AUT": "AUS", "AUS": "AUT",
	"SVK": "SVN", "SVN": "SVK",
}

// OutlierRatio is how many times the small twin's share of the twins'
// imports its share of one supplier's deliveries to the twins must be for
// the flow to be set aside.
const OutlierRatio = 10

// outlier returns why the flow k (value x, base unit) is a mirror-data
// artefact, or "" when it is not: the importer has a name twin that
// imports more, the supplier delivers to the twin too, and the importer's
// share of those deliveries is at least OutlierRatio times its share of
// the twins' imports. tot holds each importer's total per channel and
// dimension, val each flow's value.
func (m *Model) outlier(k fkey, x float64, tot map[bkey]float64, val map[fkey]float64) string {
	if k.ch == hebel.ChannelSecurity || x <= 0 {
		return ""
	}
	twin, ok := nameTwins[k.to]
	if !ok || m.neighbours[[2]string{k.from, k.to}] {
		return "" // a neighbour's deliveries are plausible
	}
	tb, tc := tot[bkey{k.ch, k.to, k.dim}], tot[bkey{k.ch, twin, k.dim}]
	xc := val[fkey{k.ch, k.from, twin, k.dim}]
	if xc <= 0 || tc <= tb {
		return ""
	}
	sb := tb / (tb + tc)
	r := x / (x + xc)
	if r < OutlierRatio*sb {
		return ""
	}
	return fmt.Sprintf("outlier, not summed: %s's deliveries to %s (%s of what it sends the two) are out of proportion with %s's share of %s and %s's imports (%s); mirror data may have booked trade with %s to %s",
		k.from, k.to, pct(r), k.to, k.to, twin, pct(sb), twin, k.to)
}

func pct(v float64) string { return fmt.Sprintf("%.1f%%", 100*v) }

package dataset

import (
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	hebel "github.com/hebel-project/hebel"
)

// nkUnits normalises the spelling of the anchor file's units. Values are
// never converted: tonnes stay tonnes and barrels stay barrels (there is
// no single tonnes-to-barrels factor for mixed refined products).
var nkUnits = map[string]string{
	"barrels":                    "bbl",
	"tonnes":                     "t",
	"usd":                        "USD",
	"percent of prk total trade": "percent",
}

var yearRE = regexp.MustCompile(`\b(19|20)\d\d\b`)

// LoadNKAnchor reads the hand-transcribed North Korea oil and trade anchor
// figures (nk_oil_trade_anchor_figures.csv: indicator, from, to, period,
// value, unit, underlying_source, url, note); each row's url becomes
// Prov.URL. Year is the first year named in period.
//
//   - refined_petroleum_supplied[_claimed] from one state: a Flow
//     (ChannelRefined, unit "bbl" or "t" as given) supplier → recipient.
//     Note names the period, the underlying source and the row's note; it
//     starts "partial year: " for monthly or cumulative periods (do not add
//     those to whole-year rows) and "claim: " for claimed figures.
//   - refined_petroleum_supplied from several states: Indicator
//     "refined_petroleum_supplied_total" on the recipient.
//   - refined_petroleum_cap: Indicator "refined_petroleum_cap" (bbl/year).
//   - exports / imports between two states: a Flow (ChannelTrade, "USD");
//     to or from "world": Indicator "exports_total" / "imports_total".
//   - trade_total: Indicator "trade_total" (partner "world") or
//     "trade_total_with_XXX"; trade_share: "trade_share_with_XXX"
//     (percent of the first state's total trade).
//
// Indicator names end in "_partial" for periods shorter than a year.
func LoadNKAnchor(r io.Reader, file string) ([]hebel.Flow, []hebel.Indicator, []error) {
	var flows []hebel.Flow
	var inds []hebel.Indicator
	errs := readCSV(r, file, []string{"indicator", "from", "to", "period", "value", "unit", "url"}, func(row csvRow) error {
		kind := row.str("indicator")
		period := row.str("period")
		ys := yearRE.FindString(period)
		if ys == "" {
			return fmt.Errorf("column period: no year in %q", period)
		}
		year, _ := strconv.Atoi(ys)
		partial := strings.TrimSpace(period) != ys && !strings.HasPrefix(period, "annual")
		v, has, err := row.float("value")
		if err != nil || !has {
			return orMissing(err, "value")
		}
		unit, ok := nkUnits[strings.ToLower(row.str("unit"))]
		if !ok {
			return fmt.Errorf("column unit: unknown unit %q", row.str("unit"))
		}
		p := prov(IDNKAnchor, file, row.line)
		p.URL = row.str("url")
		from, fromOK := anchorState(row.str("from"))
		to, toOK := anchorState(row.str("to"))
		note := "period " + period
		if s := row.str("underlying_source"); s != "" {
			note += "; source: " + s
		}
		if s := row.str("note"); s != "" {
			note += "; " + s
		}
		ind := func(country, name string) {
			if partial {
				name += "_partial"
			}
			inds = append(inds, hebel.Indicator{Country: country, Year: year, Name: name, Value: v, Unit: unit, Prov: p, Note: note})
		}
		flow := func(f, t string, ch hebel.Channel) {
			n := note
			if strings.HasSuffix(kind, "_claimed") {
				n = "claim: " + n
			} else if partial {
				n = "partial year: " + n
			}
			flows = append(flows, hebel.Flow{Year: year, From: f, To: t, Channel: ch, Value: v, Unit: unit, Prov: p, Note: n})
		}
		world := strings.EqualFold(row.str("to"), "world")
		switch kind {
		case "refined_petroleum_cap":
			if !toOK {
				return fmt.Errorf("column to: unknown state %q", row.str("to"))
			}
			ind(to, kind)
		case "refined_petroleum_supplied", "refined_petroleum_supplied_claimed":
			if !toOK {
				return fmt.Errorf("column to: unknown state %q", row.str("to"))
			}
			if fromOK {
				flow(from, to, hebel.ChannelRefined)
			} else {
				ind(to, "refined_petroleum_supplied_total")
			}
		case "exports", "imports", "trade_total", "trade_share":
			if !fromOK {
				return fmt.Errorf("column from: unknown state %q", row.str("from"))
			}
			switch {
			case world && kind != "trade_share":
				ind(from, map[string]string{"exports": "exports_total", "imports": "imports_total", "trade_total": "trade_total"}[kind])
			case !toOK:
				return fmt.Errorf("column to: unknown state %q", row.str("to"))
			case kind == "exports":
				flow(from, to, hebel.ChannelTrade)
			case kind == "imports":
				flow(to, from, hebel.ChannelTrade)
			default:
				ind(from, kind+"_with_"+to)
			}
		default:
			return fmt.Errorf("column indicator: unknown indicator %q", kind)
		}
		return nil
	})
	return flows, inds, errs
}

// anchorState accepts an ISO 3166-1 alpha-3 code of a known state.
func anchorState(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) != 3 || strings.ToUpper(s) != s {
		return "", false
	}
	if _, ok := COWCode(s); !ok {
		return "", false
	}
	return s, true
}

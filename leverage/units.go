package leverage

import (
	"strings"
	"sync"

	"github.com/hebel-project/hebel"
)

// unitDef places a unit in a dimension with a factor to that dimension's
// base unit: "USD million" is 1e6 "USD", "kt" is 1e3 "t".
type unitDef struct {
	dim    string
	factor float64
}

// knownUnits lists the units the datasets and claims use. Units of one
// dimension are converted into each other; units of different dimensions
// (tonnes and barrels, dollars and persons) never meet in one sum.
var knownUnits = map[string]unitDef{
	"usd":              {"USD", 1},
	"us$":              {"USD", 1},
	"usd thousand":     {"USD", 1e3},
	"us$ thousand":     {"USD", 1e3},
	"thousand usd":     {"USD", 1e3},
	"usd million":      {"USD", 1e6},
	"us$ million":      {"USD", 1e6},
	"million usd":      {"USD", 1e6},
	"usd m":            {"USD", 1e6},
	"usd billion":      {"USD", 1e9},
	"us$ billion":      {"USD", 1e9},
	"t":                {"t", 1},
	"tonnes":           {"t", 1},
	"tons":             {"t", 1},
	"kt":               {"t", 1e3},
	"1000 t":           {"t", 1e3},
	"thousand tonnes":  {"t", 1e3},
	"mt":               {"t", 1e6}, // megatonnes
	"million tonnes":   {"t", 1e6},
	"bbl":              {"bbl", 1},
	"barrels":          {"bbl", 1},
	"thousand barrels": {"bbl", 1e3},
	"kbbl":             {"bbl", 1e3},
	"persons":          {"persons", 1},
	"troops":           {"persons", 1},
	"share":            {"share", 1},
	"cinc":             {"cinc", 1},
	// Energy: terajoules of gross calorific value (Eurostat gas).
	"tj gcv": {"TJ GCV", 1},
	"tj":     {"TJ GCV", 1},
	// SIPRI trend-indicator values, millions: a volume of arms, not money.
	"tiv million": {"TIV", 1},
	"tiv":         {"TIV", 1},
	// Constant-price dollars are never added to current dollars.
	"usd (2021 prices)": {"USD2021", 1},
}

// unitOf returns the dimension and factor of unit u. An unknown unit is its
// own dimension with factor 1, so it is summed only with itself. Units
// are looked up as written first (a cache of the spellings seen), then
// normalised.
func unitOf(u string) unitDef {
	if d, ok := unitCache.Load(u); ok {
		return d.(unitDef)
	}
	key := strings.ToLower(strings.Join(strings.Fields(u), " "))
	d, ok := knownUnits[key]
	if !ok {
		d = unitDef{dim: "?" + u, factor: 1}
	}
	unitCache.Store(u, d)
	return d
}

// unitCache maps unit spellings to their definitions.
var unitCache sync.Map

// SameDimension reports whether quantities in units u and v may be added
// after conversion (US$ million and US$ thousand may; tonnes and barrels
// may not).
func SameDimension(u, v string) bool { return unitOf(u).dim == unitOf(v).dim }

// Convert converts value from unit `from` to unit `to`. It fails with
// EINVALID when the units measure different things.
func Convert(value float64, from, to string) (float64, error) {
	f, t := unitOf(from), unitOf(to)
	if f.dim != t.dim {
		return 0, hebel.Errorf(hebel.EINVALID, "cannot convert %q to %q", from, to)
	}
	return value * f.factor / t.factor, nil
}

// SumFlows adds the values of flows in the unit of the first flow,
// converting scales within one dimension (US$ thousand into US$ million).
// It fails with EINVALID when two flows measure different things (tonnes
// and barrels): such sums are never formed.
func SumFlows(flows []hebel.Flow) (value float64, unit string, err error) {
	if len(flows) == 0 {
		return 0, "", nil
	}
	unit = flows[0].Unit
	for _, f := range flows {
		v, err := Convert(f.Value, f.Unit, unit)
		if err != nil {
			return 0, "", hebel.Errorf(hebel.EINVALID, "summing %s flows %s→%s %d: units %q and %q are not of one kind",
				f.Channel, f.From, f.To, f.Year, unit, f.Unit)
		}
		value += v
	}
	return value, unit, nil
}

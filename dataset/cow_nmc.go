package dataset

import (
	"io"

	hebel "github.com/hebel-project/hebel"
)

// NMC indicator names and units (COW NMC v7.0 codebook).
var nmcColumns = []indicatorColumn{
	{"cinc", "cinc", "share of world capabilities"},
	{"milex", "nmc_milex", "USD thousand"},
	{"milper", "nmc_milper", "thousand persons"},
	{"irst", "nmc_irst", "thousand t"},
	{"pec", "nmc_pec", "thousand coal-ton equivalents"},
	{"tpop", "nmc_tpop", "thousand persons"},
	{"upop", "nmc_upop", "thousand persons"},
}

// LoadCOWNMC reads COW National Material Capabilities v7.0 (cow_nmc.csv:
// ccode, year, milex, milper, irst, pec, tpop, upop, cinc) as Indicators:
// "cinc" (share 0–1) and its components "nmc_milex" (thousand current
// US$), "nmc_milper", "nmc_irst", "nmc_pec", "nmc_tpop", "nmc_upop".
// -9 and NA mean missing and yield no indicator.
func LoadCOWNMC(r io.Reader, file string) ([]hebel.Indicator, []error) {
	return loadCOWStateYear(r, file, IDCOWNMC, nmcColumns)
}

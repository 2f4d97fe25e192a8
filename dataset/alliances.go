package dataset

import (
	"fmt"
	"io"
	"strconv"

	hebel "github.com/hebel-project/hebel"
)

// Alliance kinds in hebel.Tie.Kind.
const (
	KindDefense       = "defense"
	KindOffense       = "offense"
	KindNeutrality    = "neutrality"
	KindNonaggression = "nonaggression"
	KindConsultation  = "consultation"
	KindEntente       = "entente"
	KindRivalry       = "rivalry"
	KindIGO           = "igo"
	KindTroops        = "troops"
	KindSanctions     = "sanctions"
	// KindSanctionsThreat is a threatened sanction that TIES records as not
	// imposed.
	KindSanctionsThreat = "sanctions_threat"
)

var atopColumns = []indicatorColumn{
	{"atop_defense", KindDefense, ""},
	{"atop_offense", KindOffense, ""},
	{"atop_neutral", KindNeutrality, ""},
	{"atop_nonagg", KindNonaggression, ""},
	{"atop_consul", KindConsultation, ""},
}

var cowAllianceColumns = []indicatorColumn{
	{"cow_defense", KindDefense, ""},
	{"cow_neutral", KindNeutrality, ""},
	{"cow_nonagg", KindNonaggression, ""},
	{"cow_entente", KindEntente, ""},
}

// LoadATOP reads ATOP 5.0 non-directed dyad-years (atop_alliance.csv:
// ccode1, ccode2, year, atop_defense, atop_offense, atop_neutral,
// atop_nonagg, atop_consul, each 0/1). Consecutive years of one dyad and
// obligation are merged into one Tie (Kind "defense", "offense",
// "neutrality", "nonaggression", "consultation"; From < To in COW order)
// whose Prov.Row is the line of its first year and Attributes["last_row"]
// the line of its last. A tie still present in the file's last year
// carries Attributes["right_censored"] = "true": the data end, the
// alliance may not. End is never 0 for dataset ties.
func LoadATOP(r io.Reader, file string) ([]hebel.Tie, []error) {
	return loadAllianceYears(r, file, IDATOP, atopColumns)
}

// LoadCOWAlliance reads COW Formal Alliances 4.1 dyad-years
// (cow_alliance.csv: cow_defense, cow_neutral, cow_nonagg, cow_entente)
// like LoadATOP; kinds "defense", "neutrality", "nonaggression", "entente".
func LoadCOWAlliance(r io.Reader, file string) ([]hebel.Tie, []error) {
	return loadAllianceYears(r, file, IDCOWAlliance, cowAllianceColumns)
}

// spanKey identifies a run of dyad-years of one kind.
type spanKey struct {
	c1, c2 int
	kind   string
}

// loadAllianceYears merges dyad-year 0/1 columns into Ties.
func loadAllianceYears(r io.Reader, file, id string, cols []indicatorColumn) ([]hebel.Tie, []error) {
	var out []hebel.Tie
	open := map[spanKey]int{} // index into out of the latest tie per key
	maxYear := 0
	req := []string{"ccode1", "ccode2", "year"}
	for _, c := range cols {
		req = append(req, c.column)
	}
	errs := readCSV(r, file, req, func(row csvRow) error {
		c1, c2, year, err := row.dyadYear()
		if err != nil {
			return err
		}
		maxYear = max(maxYear, year)
		iso1, m1 := ISO3(c1)
		iso2, m2 := ISO3(c2)
		var rowErr error
		for _, c := range cols {
			v, has, err := row.int(c.column)
			if err != nil {
				rowErr = err
				continue
			}
			if !has || v == 0 || !m1 || !m2 {
				continue
			}
			if v != 1 {
				rowErr = fmt.Errorf("column %s: %d is not 0 or 1", c.column, v)
				continue
			}
			k := spanKey{c1, c2, c.name}
			if i, ok := open[k]; ok && out[i].End == year-1 {
				out[i].End = year
				out[i].Attributes["last_row"] = strconv.Itoa(row.line)
				continue
			}
			open[k] = len(out)
			out = append(out, hebel.Tie{Kind: c.name, From: iso1, To: iso2, Start: year, End: year,
				Attributes: map[string]string{"last_row": strconv.Itoa(row.line)},
				Prov:       prov(id, file, row.line)})
		}
		return rowErr
	})
	for i := range out {
		if out[i].End == maxYear {
			out[i].Attributes["right_censored"] = "true"
		}
	}
	return out, errs
}

package dataset

import (
	"fmt"
	"io"

	hebel "github.com/hebel-project/hebel"
)

// sipriMeasures maps the measure column of sipri_milex_long.csv to an
// indicator name and unit.
var sipriMeasures = map[string]indicatorColumn{
	"usd_m_current":          {"usd_m_current", "milex", "USD million"},
	"usd_m_constant2022":     {"usd_m_constant2022", "milex_constant2022", "USD million (2022 prices)"},
	"share_of_gdp":           {"share_of_gdp", "milex_gdp_share", "fraction of GDP"},
	"usd_per_capita_current": {"usd_per_capita_current", "milex_per_capita", "USD"},
	"share_of_govt_spending": {"share_of_govt_spending", "milex_govt_share", "fraction of government spending"},
}

// LoadSIPRI reads the long form of the SIPRI Military Expenditure
// Database (sipri_milex_long.csv: country, region, subregion, year,
// measure, value, flag) as Indicators: "milex" (current US$ million),
// "milex_constant2022", "milex_gdp_share", "milex_per_capita",
// "milex_govt_share". Cells without a value (flag "...", "xxx") yield no
// indicator. Country names are mapped with ISO3ForName; the European Union
// and historical states without a successor are skipped, other unknown
// names are row errors.
func LoadSIPRI(r io.Reader, file string) ([]hebel.Indicator, []error) {
	var out []hebel.Indicator
	errs := readCSV(r, file, []string{"country", "year", "measure", "value"}, func(row csvRow) error {
		m, ok := sipriMeasures[row.str("measure")]
		if !ok {
			return fmt.Errorf("column measure: unknown measure %q", row.str("measure"))
		}
		year, err := row.requiredInt("year")
		if err != nil {
			return err
		}
		v, has, err := row.float("value")
		if err != nil {
			return err
		}
		if !has {
			return nil
		}
		name := row.str("country")
		iso, ok := ISO3ForName(name)
		if !ok {
			if historicalName(nameKey(name)) || nameKey(name) == "european union" {
				return nil
			}
			return fmt.Errorf("column country: unknown country %q", name)
		}
		out = append(out, hebel.Indicator{Country: iso, Year: year, Name: m.name, Value: v, Unit: m.unit, Prov: prov(IDSIPRI, file, row.line)})
		return nil
	})
	return out, errs
}

package dataset

import (
	"fmt"
	"io"

	hebel "github.com/hebel-project/hebel"
)

// LoadFBIC reads the FBIC extract with China as influencer
// (fbic_china_dyads_1994_2023.csv: country, iso3c, year, fbic, bandwidth,
// …) as Indicators on the influenced country: "fbic_china" (China's
// formal bilateral influence capacity over it, 0–1) and "bandwidth_china"
// (unit "index"). It is an independent index to compare the leverage model
// with, not an input to it.
func LoadFBIC(r io.Reader, file string) ([]hebel.Indicator, []error) {
	var out []hebel.Indicator
	errs := readCSV(r, file, []string{"iso3c", "year", "fbic", "bandwidth"}, func(row csvRow) error {
		iso := row.str("iso3c")
		if len(iso) != 3 {
			return fmt.Errorf("column iso3c: %q is not an ISO 3166-1 alpha-3 code", iso)
		}
		year, err := row.requiredInt("year")
		if err != nil {
			return err
		}
		var rowErr error
		for _, c := range []indicatorColumn{{"fbic", "fbic_china", "index"}, {"bandwidth", "bandwidth_china", "index"}} {
			v, has, err := row.float(c.column)
			if err != nil {
				rowErr = err
				continue
			}
			if has {
				out = append(out, hebel.Indicator{Country: iso, Year: year, Name: c.name, Value: v, Unit: c.unit, Prov: prov(IDFBIC, file, row.line)})
			}
		}
		return rowErr
	})
	return out, errs
}

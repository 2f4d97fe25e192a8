package dataset

import (
	"fmt"
	"io"

	hebel "github.com/hebel-project/hebel"
)

// LoadFAOCereals reads the FAOSTAT Food Balance Sheet extract
// (fao_fbs_cereal_imports_selected.csv: fao_area_code, iso3, year,
// cereals_excl_beer_import_quantity_kt) as Indicators "cereal_imports" in
// "kt" (thousand tonnes).
func LoadFAOCereals(r io.Reader, file string) ([]hebel.Indicator, []error) {
	var out []hebel.Indicator
	errs := readCSV(r, file, []string{"iso3", "year", "cereals_excl_beer_import_quantity_kt"}, func(row csvRow) error {
		iso := row.str("iso3")
		if len(iso) != 3 {
			return fmt.Errorf("column iso3: %q is not an ISO 3166-1 alpha-3 code", iso)
		}
		year, err := row.requiredInt("year")
		if err != nil {
			return err
		}
		v, has, err := row.float("cereals_excl_beer_import_quantity_kt")
		if err != nil || !has {
			return err
		}
		if v < 0 {
			return fmt.Errorf("negative import quantity %v", v)
		}
		out = append(out, hebel.Indicator{Country: iso, Year: year, Name: "cereal_imports", Value: v, Unit: "kt", Prov: prov(IDFAOCereals, file, row.line)})
		return nil
	})
	return out, errs
}

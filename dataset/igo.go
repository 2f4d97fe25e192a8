package dataset

import (
	"io"

	hebel "github.com/hebel-project/hebel"
)

// LoadIGODyadic reads COW IGO 3.0 dyad-years (cow_igo_ndy*.csv: ccode1,
// ccode2, year, dyadigos) as one Tie of Kind "igo" per dyad-year
// (Start = End = year) whose Value is the number of IGOs both states
// belong to (unit "shared IGOs"). Missing counts (-9, NA) yield no tie.
func LoadIGODyadic(r io.Reader, file string) ([]hebel.Tie, []error) {
	var out []hebel.Tie
	errs := readCSV(r, file, []string{"ccode1", "ccode2", "year", "dyadigos"}, func(row csvRow) error {
		c1, c2, year, err := row.dyadYear()
		if err != nil {
			return err
		}
		n, has, err := row.float("dyadigos")
		if err != nil {
			return err
		}
		iso1, m1 := ISO3(c1)
		iso2, m2 := ISO3(c2)
		if !has || n < 0 || !m1 || !m2 {
			return nil
		}
		out = append(out, hebel.Tie{Kind: KindIGO, From: iso1, To: iso2, Start: year, End: year,
			Value: n, Unit: "shared IGOs", Prov: prov(IDIGODyadic, file, row.line)})
		return nil
	})
	return out, errs
}

// LoadIGONational reads COW IGO 3.0 state-years (cow_igo_sy.csv: ccode,
// year, sum_igo_full, sum_igo_associate, sum_igo_observer,
// sum_igo_anytype) as Indicators "igo_full", "igo_associate",
// "igo_observer", "igo_anytype" (unit "IGOs").
func LoadIGONational(r io.Reader, file string) ([]hebel.Indicator, []error) {
	return loadCOWStateYear(r, file, IDIGONational, []indicatorColumn{
		{"sum_igo_full", "igo_full", "IGOs"},
		{"sum_igo_associate", "igo_associate", "IGOs"},
		{"sum_igo_observer", "igo_observer", "IGOs"},
		{"sum_igo_anytype", "igo_anytype", "IGOs"},
	})
}

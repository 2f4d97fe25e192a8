package dataset

import (
	"fmt"
	"io"
	"strconv"

	hebel "github.com/hebel-project/hebel"
)

// UnitUSD2021 is the unit of AidData's amounts: US dollars at constant
// 2021 prices, a measure of its own (never added to current dollars).
const UnitUSD2021 = "USD (2021 prices)"

// LoadGCDF reads AidData's Global Chinese Development Finance 3.0 summed
// per recipient and year (odadata_cow_gcdf.csv: ccode, year, oof_amt,
// oof_adj, oda_amt, oda_adj, vof_amt, vof_adj; constant 2021 US$) as one
// Flow China → recipient on ChannelFinance per row, in UnitUSD2021: the
// sum of ODA-like, OOF-like and vague commitments (the *_amt columns),
// with the three parts in the Note. Recipients are COW codes; those
// without an ISO code are skipped.
func LoadGCDF(r io.Reader, file string) ([]hebel.Flow, []error) {
	var out []hebel.Flow
	errs := readCSV(r, file, []string{"ccode", "year", "oof_amt", "oda_amt", "vof_amt"}, func(row csvRow) error {
		cc, err := row.requiredInt("ccode")
		if err != nil {
			return err
		}
		year, err := row.requiredInt("year")
		if err != nil {
			return err
		}
		var parts [3]float64
		for i, c := range []string{"oda_amt", "oof_amt", "vof_amt"} {
			v, _, err := row.float(c)
			if err != nil {
				return err
			}
			if v < 0 {
				return fmt.Errorf("column %s: negative value %v", c, v)
			}
			parts[i] = v
		}
		to, ok := ISO3(cc)
		if !ok || to == "CHN" {
			return nil
		}
		note := fmt.Sprintf("commitments: ODA-like %s, OOF-like %s, vague %s (constant 2021 US$)", usd(parts[0]), usd(parts[1]), usd(parts[2]))
		out = append(out, hebel.Flow{Year: year, From: "CHN", To: to, Channel: hebel.ChannelFinance,
			Value: parts[0] + parts[1] + parts[2], Unit: UnitUSD2021, Prov: prov(IDGCDF, file, row.line), Note: note})
		return nil
	})
	return out, errs
}

func usd(v float64) string { return strconv.FormatFloat(v, 'f', 0, 64) }

package dataset

import (
	"fmt"
	"io"

	hebel "github.com/hebel-project/hebel"
)

// cowMissing is the COW code for a missing value.
const cowMissing = -9

// LoadCOWTrade reads COW Trade v4.0 dyadic data (cow_trade_ndy.csv:
// ccode1, ccode2, year, flow1, flow2 …). Per the codebook flow1 is the
// imports of ccode1 from ccode2 and flow2 the imports of ccode2 from
// ccode1, in millions of current US dollars; each row therefore yields up
// to two Flows, exporter → importer, ChannelTrade, unit "USD million".
// Missing values (-9, NA) yield no flow; zero flows are kept. Rows whose
// states have no ISO code (see ISO3) are skipped without error.
func LoadCOWTrade(r io.Reader, file string) ([]hebel.Flow, []error) {
	var out []hebel.Flow
	errs := readCSV(r, file, []string{"ccode1", "ccode2", "year", "flow1", "flow2"}, func(row csvRow) error {
		c1, c2, year, err := row.dyadYear()
		if err != nil {
			return err
		}
		f1, has1, err := row.float("flow1")
		if err != nil {
			return err
		}
		f2, has2, err := row.float("flow2")
		if err != nil {
			return err
		}
		iso1, m1 := ISO3(c1)
		iso2, m2 := ISO3(c2)
		if !m1 || !m2 {
			return nil
		}
		p := prov(IDCOWTradeDyadic, file, row.line)
		if has1 && f1 != cowMissing {
			if f1 < 0 {
				return fmt.Errorf("flow1: negative value %v", f1)
			}
			out = append(out, hebel.Flow{Year: year, From: iso2, To: iso1, Channel: hebel.ChannelTrade, Value: f1, Unit: "USD million", Prov: p})
		}
		if has2 && f2 != cowMissing {
			if f2 < 0 {
				return fmt.Errorf("flow2: negative value %v", f2)
			}
			out = append(out, hebel.Flow{Year: year, From: iso1, To: iso2, Channel: hebel.ChannelTrade, Value: f2, Unit: "USD million", Prov: p})
		}
		return nil
	})
	return out, errs
}

// LoadCOWTradeNational reads COW Trade v4.0 national totals
// (cow_trade_sy.csv: ccode, year, imports, exports) as Indicators
// "imports_total" and "exports_total" in "USD million".
func LoadCOWTradeNational(r io.Reader, file string) ([]hebel.Indicator, []error) {
	return loadCOWStateYear(r, file, IDCOWTradeNational, []indicatorColumn{
		{"imports", "imports_total", "USD million"},
		{"exports", "exports_total", "USD million"},
	})
}

// indicatorColumn maps one CSV column to an indicator name and unit.
type indicatorColumn struct {
	column, name, unit string
}

// loadCOWStateYear reads a COW state-year file (ccode, year, columns…)
// into Indicators, one per non-missing cell.
func loadCOWStateYear(r io.Reader, file, id string, cols []indicatorColumn) ([]hebel.Indicator, []error) {
	var out []hebel.Indicator
	req := []string{"ccode", "year"}
	for _, c := range cols {
		req = append(req, c.column)
	}
	errs := readCSV(r, file, req, func(row csvRow) error {
		cc, err := row.requiredInt("ccode")
		if err != nil {
			return err
		}
		year, err := row.requiredInt("year")
		if err != nil {
			return err
		}
		iso, mapped := ISO3(cc)
		var rowErr error
		for _, c := range cols {
			v, has, err := row.float(c.column)
			if err != nil {
				rowErr = err
				continue
			}
			if !has || v == cowMissing || !mapped {
				continue
			}
			out = append(out, hebel.Indicator{Country: iso, Year: year, Name: c.name, Value: v, Unit: c.unit, Prov: prov(id, file, row.line)})
		}
		return rowErr
	})
	return out, errs
}

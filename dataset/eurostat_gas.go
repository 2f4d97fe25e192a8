package dataset

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	hebel "github.com/hebel-project/hebel"
)

// Eurostat product codes (SIEC) of nrg_ti_gas.
const (
	siecGas = "G3000" // natural gas, pipeline and LNG
	siecLNG = "G3200" // liquefied natural gas
)

// LoadEurostatGas reads the extract of Eurostat nrg_ti_gas (imports of
// natural gas by partner; columns siec, partner_exporter, unit,
// geo_importer, then one column per year) as Flows exporter → importer on
// ChannelGas in "TJ GCV" (terajoules, gross calorific value), one per row
// and year with a value; NA gives no flow, 0 a zero flow (the source says
// so). Only G3000 (all natural gas) rows become flows; the LNG part of the
// same flow (G3200, where the extract has it) is written into the Note
// ("of which LNG n TJ GCV, row m"), never added. Two-letter codes are
// Eurostat's (EL Greece, UK United Kingdom); aggregates (EU27_2020, EA19
// …) are skipped. Units other than TJ_GCV are row errors.
func LoadEurostatGas(r io.Reader, file string) ([]hebel.Flow, []error) {
	type key struct {
		from, to string
		year     int
	}
	type cell struct {
		value float64
		line  int
	}
	var out []hebel.Flow
	lng := map[key]cell{}
	errs := readCSV(r, file, []string{"siec", "partner_exporter", "unit", "geo_importer"}, func(row csvRow) error {
		siec := row.str("siec")
		if siec != siecGas && siec != siecLNG {
			return nil
		}
		if u := row.str("unit"); u != "TJ_GCV" {
			return fmt.Errorf("column unit: %q, want TJ_GCV", u)
		}
		from, ok := ISO3FromAlpha2(row.str("partner_exporter"))
		if !ok {
			return fmt.Errorf("column partner_exporter: unknown country code %q", row.str("partner_exporter"))
		}
		geo := row.str("geo_importer")
		to, ok := ISO3FromAlpha2(geo)
		if !ok {
			if len(geo) > 2 {
				return nil // an aggregate: EU27_2020, EA19 …
			}
			return fmt.Errorf("column geo_importer: unknown country code %q", geo)
		}
		var rowErr error
		for _, y := range yearColumns(row.col) {
			v, has, err := row.float(strconv.Itoa(y))
			if err != nil {
				rowErr = err
				continue
			}
			if !has {
				continue
			}
			if v < 0 {
				rowErr = fmt.Errorf("column %d: negative value %v", y, v)
				continue
			}
			if siec == siecLNG {
				lng[key{from, to, y}] = cell{v, row.line}
				continue
			}
			out = append(out, hebel.Flow{Year: y, From: from, To: to, Channel: hebel.ChannelGas, Value: v, Unit: "TJ GCV",
				Prov: prov(IDEurostatGas, file, row.line), Note: "natural gas, pipeline and LNG (G3000)"})
		}
		return rowErr
	})
	for i := range out {
		f := &out[i]
		if c, ok := lng[key{f.From, f.To, f.Year}]; ok {
			f.Note += fmt.Sprintf("; of which LNG %s TJ GCV (G3200, row %d)", strconv.FormatFloat(c.value, 'f', -1, 64), c.line)
		}
	}
	return out, errs
}

// yearColumns returns the header columns that are years, in order.
func yearColumns(col map[string]int) []int {
	var ys []int
	for name := range col {
		if len(name) != 4 || strings.Trim(name, "0123456789") != "" {
			continue
		}
		y, _ := strconv.Atoi(name)
		ys = append(ys, y)
	}
	sort.Ints(ys)
	return ys
}

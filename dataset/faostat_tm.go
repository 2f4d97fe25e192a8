package dataset

import (
	"fmt"
	"io"
	"strings"

	hebel "github.com/hebel-project/hebel"
)

// LoadFAOSTATTM reads the FAOSTAT Detailed Trade Matrix extract for
// cereals (columns ISO3 reporter, ISOP partner, Item, Element "Import
// value" or "Export value", Unit "1000 USD", Year, value) as Flows
// exporter → importer on ChannelCereals in "USD thousand", one per row
// used, Note "item=…".
//
// Each flow is reported twice where both sides report, so the file is
// reconciled as FAO's own users do: an importer that reports imports in a
// year is taken at its word (its import rows); for an importer that
// reports none that year (North Korea, or Russia after 2021), its
// partners' export rows stand in, marked "mirror: reported by the
// exporter" in the Note. Export rows of reporting importers are not used.
func LoadFAOSTATTM(r io.Reader, file string) ([]hebel.Flow, []error) {
	type rec struct {
		year             int
		reporter, partnr string
		item             string
		imp              bool
		value            float64
		line             int
	}
	var rows []rec
	errs := readCSV(r, file, []string{"iso3", "isop", "item", "element", "unit", "year", "value"}, func(row csvRow) error {
		year, err := row.requiredInt("year")
		if err != nil {
			return err
		}
		var imp bool
		switch el := row.str("element"); el {
		case "Import value":
			imp = true
		case "Export value":
		default:
			return fmt.Errorf("column element: %q is neither Import value nor Export value", el)
		}
		if u := row.str("unit"); u != "1000 USD" {
			return fmt.Errorf("column unit: %q, want 1000 USD", u)
		}
		rep, prt := strings.ToUpper(row.str("iso3")), strings.ToUpper(row.str("isop"))
		if !IsISO3(rep) || !IsISO3(prt) || rep == prt {
			return nil // a group of countries or an unassigned area
		}
		v, has, err := row.float("value")
		if err != nil || !has {
			return err
		}
		if v < 0 {
			return fmt.Errorf("column value: negative value %v", v)
		}
		rows = append(rows, rec{year, rep, prt, row.str("item"), imp, v, row.line})
		return nil
	})
	type ry struct {
		cty  string
		year int
	}
	reports := map[ry]bool{}
	for _, x := range rows {
		if x.imp {
			reports[ry{x.reporter, x.year}] = true
		}
	}
	out := make([]hebel.Flow, 0, len(rows))
	for _, x := range rows {
		f := hebel.Flow{Year: x.year, Channel: hebel.ChannelCereals, Value: x.value, Unit: "USD thousand",
			Prov: prov(IDFAOSTATTM, file, x.line), Note: "item=" + x.item}
		switch {
		case x.imp:
			f.From, f.To = x.partnr, x.reporter
		case !reports[ry{x.partnr, x.year}]:
			f.From, f.To = x.reporter, x.partnr
			f.Note += "; mirror: reported by the exporter"
		default:
			continue
		}
		out = append(out, f)
	}
	return out, errs
}

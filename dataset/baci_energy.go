package dataset

import (
	"fmt"
	"io"

	hebel "github.com/hebel-project/hebel"
)

// baciCodes maps BACI's non-ISO country codes: S19 ("Other Asia, n.e.s.")
// is Taiwan in CEPII's documentation; "" marks groups and former states
// without one ISO code (South African Customs Union before 2000, Serbia
// and Montenegro, Netherlands Antilles, US Pacific islands), which are
// skipped.
var baciCodes = map[string]string{"S19": "TWN", "ZA1": "", "SCG": "", "ANT": "", "PUS": ""}

// baciISO3 returns the ISO code of a BACI country code; skip is set for a
// code with none, ok is false for an unknown code.
func baciISO3(code string) (iso string, skip, ok bool) {
	if iso, known := baciCodes[code]; known {
		return iso, iso == "", true
	}
	return code, false, IsISO3(code)
}

// LoadBACIEnergy reads the CEPII BACI extract of crude oil (HS 2709) and
// LNG (HS 271111) trade (columns year, importer_iso3, exporter_iso3,
// hs_code, value_usd, qty, qty_unit): each row gives a Flow exporter →
// importer on ChannelCrude or ChannelLNG in "USD", and a second in "t"
// when it has a quantity in tonnes. BACI lists every declared flow (a
// partner without a row delivered nothing declared); it also repeats
// declarations as the exporter made them, so mirror artefacts (a flow
// booked to the wrong Korea) stay in and are for the model to flag. Other
// HS codes and unknown country codes are row errors.
func LoadBACIEnergy(r io.Reader, file string) ([]hebel.Flow, []error) {
	var out []hebel.Flow
	errs := readCSV(r, file, []string{"year", "importer_iso3", "exporter_iso3", "hs_code", "value_usd", "qty", "qty_unit"}, func(row csvRow) error {
		year, err := row.requiredInt("year")
		if err != nil {
			return err
		}
		var ch hebel.Channel
		switch hs := row.str("hs_code"); hs {
		case "2709":
			ch = hebel.ChannelCrude
		case "271111":
			ch = hebel.ChannelLNG
		default:
			return fmt.Errorf("column hs_code: %q is neither 2709 nor 271111", hs)
		}
		var iso [2]string
		for i, c := range []string{"exporter_iso3", "importer_iso3"} {
			code, skip, ok := baciISO3(row.str(c))
			if !ok {
				return fmt.Errorf("column %s: unknown country code %q", c, row.str(c))
			}
			if skip {
				return nil
			}
			iso[i] = code
		}
		v, has, err := row.float("value_usd")
		if err != nil || !has {
			return orMissing(err, "value_usd")
		}
		p := prov(IDBACIEnergy, file, row.line)
		note := "hs=" + row.str("hs_code")
		out = append(out, hebel.Flow{Year: year, From: iso[0], To: iso[1], Channel: ch, Value: v, Unit: "USD", Prov: p, Note: note})
		q, hasQ, err := row.float("qty")
		if err != nil {
			return err
		}
		if hasQ {
			if u := row.str("qty_unit"); u != "tonnes" {
				return fmt.Errorf("column qty_unit: %q, want tonnes", u)
			}
			out = append(out, hebel.Flow{Year: year, From: iso[0], To: iso[1], Channel: ch, Value: q, Unit: "t", Prov: p, Note: note})
		}
		return nil
	})
	return out, errs
}

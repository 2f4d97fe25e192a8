package dataset

import (
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strconv"

	hebel "github.com/hebel-project/hebel"
)

// BACICountries maps BACI's numeric country codes to ISO 3166-1 alpha-3.
type BACICountries map[int]string

// LoadBACICountries reads BACI's country_codes_V*.csv (country_code,
// country_name, country_iso2, country_iso3).
func LoadBACICountries(r io.Reader, file string) (BACICountries, []error) {
	out := BACICountries{}
	errs := readCSV(r, file, []string{"country_code", "country_iso3"}, func(row csvRow) error {
		code, err := row.requiredInt("country_code")
		if err != nil {
			return err
		}
		iso := row.str("country_iso3")
		if len(iso) != 3 {
			return fmt.Errorf("column country_iso3: %q is not an ISO 3166-1 alpha-3 code", iso)
		}
		out[code] = iso
		return nil
	})
	return out, errs
}

// LoadBACIProducts reads BACI's product_codes_HS*_V*.csv (code,
// description) into a map from HS6 code to description.
func LoadBACIProducts(r io.Reader, file string) (map[string]string, []error) {
	out := map[string]string{}
	errs := readCSV(r, file, []string{"code", "description"}, func(row csvRow) error {
		code := row.str("code")
		if !isHS6(code) {
			return fmt.Errorf("column code: %q is not an HS6 code", code)
		}
		out[code] = row.str("description")
		return nil
	})
	return out, errs
}

// isHS6 reports whether s is six digits (BACI writes leading zeros; a
// five-digit code from a spreadsheet export is padded by normHS6).
func isHS6(s string) bool {
	if len(s) != 6 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// normHS6 pads a five-digit code that lost its leading zero.
func normHS6(s string) string {
	if len(s) == 5 {
		return "0" + s
	}
	return s
}

// HSChannel returns the channel of an HS6 product code: 2709 crude oil,
// 2710 refined petroleum, chapter 31 fertilizer, chapter 93 arms and
// ammunition, and food for chapters 02–04 (meat, fish, dairy), 07–08
// (vegetables, fruit), 10 (cereals), 11 (milling products) and 15–21
// (fats, prepared foods, sugar, cocoa, cereal and vegetable preparations).
// Live animals (01), coffee and tea (09), oil seeds (12) and beverages
// (22) are deliberately not food here. ok is false for other products.
func HSChannel(hs6 string) (ch hebel.Channel, ok bool) {
	if len(hs6) < 4 {
		return "", false
	}
	switch hs6[:4] {
	case "2709":
		return hebel.ChannelCrude, true
	case "2710":
		return hebel.ChannelRefined, true
	}
	chapter, err := strconv.Atoi(hs6[:2])
	if err != nil {
		return "", false
	}
	switch {
	case chapter == 31:
		return hebel.ChannelFertilizer, true
	case chapter == 93:
		return hebel.ChannelArms, true
	case chapter >= 2 && chapter <= 4, chapter == 7, chapter == 8, chapter == 10, chapter == 11,
		chapter >= 15 && chapter <= 21:
		return hebel.ChannelFood, true
	}
	return "", false
}

var baciVersionRE = regexp.MustCompile(`V(\d{6}[a-z]?)`)

// BACIVersion returns the BACI release named in a file name
// ("BACI_HS92_Y2022_V202401.csv" → "202401"), or "".
func BACIVersion(file string) string {
	m := baciVersionRE.FindStringSubmatch(filepath.Base(file))
	if m == nil {
		return ""
	}
	return m[1]
}

// LoadBACI reads a BACI main file (t, i, j, k, v, q: year, exporter code,
// importer code, HS6 product, value in thousand current US$, quantity in
// metric tons) with countries from LoadBACICountries. Each row gives a
// Flow exporter → importer in "USD thousand", on the product's channel
// (HSChannel) or ChannelTrade for other products – so total trade is the
// sum over all channels. Rows on a channel with a quantity also give a
// second Flow in "t". Note holds "hs6=…". Prov.Version is the release
// from the file name. Unknown country codes are row errors.
func LoadBACI(r io.Reader, file string, countries BACICountries) ([]hebel.Flow, []error) {
	var out []hebel.Flow
	version := BACIVersion(file)
	errs := readCSV(r, file, []string{"t", "i", "j", "k", "v", "q"}, func(row csvRow) error {
		year, err := row.requiredInt("t")
		if err != nil {
			return err
		}
		var iso [2]string
		for n, col := range []string{"i", "j"} {
			code, err := row.requiredInt(col)
			if err != nil {
				return err
			}
			var ok bool
			if iso[n], ok = countries[code]; !ok {
				return fmt.Errorf("column %s: unknown country code %d", col, code)
			}
		}
		hs := normHS6(row.str("k"))
		if !isHS6(hs) {
			return fmt.Errorf("column k: %q is not an HS6 code", row.str("k"))
		}
		v, has, err := row.float("v")
		if err != nil || !has {
			return orMissing(err, "v")
		}
		q, hasQ, err := row.float("q")
		if err != nil {
			return err
		}
		p := prov(IDBACI, file, row.line)
		p.Version = version
		ch, mapped := HSChannel(hs)
		if !mapped {
			ch = hebel.ChannelTrade
		}
		note := "hs6=" + hs
		out = append(out, hebel.Flow{Year: year, From: iso[0], To: iso[1], Channel: ch, Value: v, Unit: "USD thousand", Prov: p, Note: note})
		if mapped && hasQ {
			out = append(out, hebel.Flow{Year: year, From: iso[0], To: iso[1], Channel: ch, Value: q, Unit: "t", Prov: p, Note: note})
		}
		return nil
	})
	return out, errs
}

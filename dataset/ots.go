package dataset

import (
	"fmt"
	"io"
	"strings"

	hebel "github.com/hebel-project/hebel"
)

// OTS HS sections as channels. They are broad (mineral products include
// ores and salt as well as oil; chemicals include medicines as well as
// fertiliser) and overlap total trade, so they are channels of their own
// beside the product channels; Weapons (HS 93) is the arms channel in US$.
var otsSections = map[string]hebel.Channel{
	"mineral products":   "hs:mineral_products",
	"vegetable products": "hs:vegetable_products",
	"foodstuffs":         "hs:foodstuffs",
	"chemical products":  "hs:chemical_products",
	"weapons":            hebel.ChannelArms,
}

// otsState maps an OTS country code (lower-case ISO alpha-3, plus codes
// for groups such as "e-490") to ISO alpha-3; ok is false for groups.
func otsState(code string) (string, bool) {
	iso := strings.ToUpper(strings.TrimSpace(code))
	return iso, IsISO3(iso)
}

// LoadOTSPairs reads Open Trade Statistics pair totals (UN Comtrade summed
// over HS sections; columns year, reporter_iso, partner_iso,
// export_value_usd, import_value_usd). The file holds every pair twice,
// once from each side, with the same figures mirrored; each row gives one
// Flow partner → reporter (the reporter's imports, in "USD") on
// ChannelTrade, so that no flow is counted twice. Zero imports give no
// flow (the matrix is complete: a missing pair is a zero); partners that
// are groups of countries are skipped.
func LoadOTSPairs(r io.Reader, file string) ([]hebel.Flow, []error) {
	return loadOTS(r, file, IDOTSPairs, false)
}

// LoadOTSSections reads Open Trade Statistics flows by HS section
// (columns year, community_name, reporter_iso, partner_iso,
// export_value_usd, import_value_usd) like LoadOTSPairs, on the section's
// channel: "hs:mineral_products" (HS 25–27), "hs:vegetable_products"
// (06–14), "hs:foodstuffs" (16–24), "hs:chemical_products" (28–38) and
// ChannelArms for Weapons (93). Other sections are row errors.
func LoadOTSSections(r io.Reader, file string) ([]hebel.Flow, []error) {
	return loadOTS(r, file, IDOTSSections, true)
}

func loadOTS(r io.Reader, file, id string, sections bool) ([]hebel.Flow, []error) {
	var out []hebel.Flow
	req := []string{"year", "reporter_iso", "partner_iso", "import_value_usd"}
	if sections {
		req = append(req, "community_name")
	}
	errs := readCSV(r, file, req, func(row csvRow) error {
		year, err := row.requiredInt("year")
		if err != nil {
			return err
		}
		ch := hebel.ChannelTrade
		note := ""
		if sections {
			name := row.str("community_name")
			c, ok := otsSections[strings.ToLower(name)]
			if !ok {
				return fmt.Errorf("column community_name: unknown section %q", name)
			}
			ch, note = c, "HS section: "+name
		}
		to, okTo := otsState(row.str("reporter_iso"))
		from, okFrom := otsState(row.str("partner_iso"))
		if !okTo || !okFrom || from == to {
			return nil
		}
		v, has, err := row.float("import_value_usd")
		if err != nil {
			return err
		}
		if !has || v == 0 {
			return nil
		}
		if v < 0 {
			return fmt.Errorf("column import_value_usd: negative value %v", v)
		}
		out = append(out, hebel.Flow{Year: year, From: from, To: to, Channel: ch, Value: v, Unit: "USD", Prov: prov(id, file, row.line), Note: note})
		return nil
	})
	return out, errs
}

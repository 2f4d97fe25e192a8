package dataset

import (
	"fmt"
	"io"

	hebel "github.com/hebel-project/hebel"
)

// LoadUSTroops reads troopdata's country-year file
// (troopdata-rebuild-country-year.csv: countryname, year, ccode, iso3c,
// troops_ad, army_ad, navy_ad, air_force_ad, marine_corps_ad …) as Ties of
// Kind "troops" From "USA" To the host, one per year (Start = End = year),
// Value = active-duty troops (unit "persons"); the service breakdown is in
// Attributes. The host is iso3c, or the ISO code of ccode when iso3c is NA;
// hosts with neither (Aden, …) and the United States itself are skipped.
func LoadUSTroops(r io.Reader, file string) ([]hebel.Tie, []error) {
	var out []hebel.Tie
	services := []string{"army_ad", "navy_ad", "air_force_ad", "marine_corps_ad", "coast_guard_ad", "space_force_ad"}
	errs := readCSV(r, file, []string{"year", "iso3c", "troops_ad"}, func(row csvRow) error {
		year, err := row.requiredInt("year")
		if err != nil {
			return err
		}
		host := row.str("iso3c")
		if missing(host) {
			host = ""
			if cc, ok, _ := row.int("ccode"); ok {
				host, _ = ISO3(cc)
			}
		}
		if host == "" || host == "USA" {
			return nil
		}
		if len(host) != 3 {
			return fmt.Errorf("column iso3c: %q is not an ISO 3166-1 alpha-3 code", host)
		}
		n, has, err := row.float("troops_ad")
		if err != nil {
			return err
		}
		if !has {
			return nil
		}
		attrs := map[string]string{}
		if name := row.str("countryname"); name != "" {
			attrs["country"] = name
		}
		for _, s := range services {
			if v := row.str(s); !missing(v) && v != "0" {
				attrs[s] = v
			}
		}
		out = append(out, hebel.Tie{Kind: KindTroops, From: "USA", To: host, Start: year, End: year,
			Value: n, Unit: "persons", Attributes: attrs, Prov: prov(IDUSTroops, file, row.line)})
		return nil
	})
	return out, errs
}

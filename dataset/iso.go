package dataset

import "strings"

//go:generate go run gen_iso.go -in ../../shared/data/lexicon/countries-mledoze/countries.json -out iso3166_table.go

// isoCountry is one row of the ISO 3166-1 table.
type isoCountry struct {
	alpha3, alpha2, name, nameDE string
}

var (
	isoByAlpha3 = map[string]int{}
	isoByAlpha2 = map[string]int{}
)

func init() {
	for i, c := range isoCountries {
		isoByAlpha3[c.alpha3] = i
		isoByAlpha2[c.alpha2] = i
	}
}

// IsISO3 reports whether code is an ISO 3166-1 alpha-3 country code
// (upper case; XKX for Kosovo).
func IsISO3(code string) bool {
	_, ok := isoByAlpha3[code]
	return ok
}

// CountryName returns the English short name of an ISO 3166-1 alpha-3
// code ("DEU" → "Germany").
func CountryName(iso3 string) (string, bool) {
	i, ok := isoByAlpha3[iso3]
	if !ok {
		return "", false
	}
	return isoCountries[i].name, true
}

// eurostatAlpha2 are the two-letter codes in which Eurostat departs from
// ISO 3166-1 alpha-2.
var eurostatAlpha2 = map[string]string{"EL": "GRC", "UK": "GBR", "XK": "XKX"}

// ISO3FromAlpha2 maps an ISO 3166-1 alpha-2 code, or one of Eurostat's
// own (EL Greece, UK United Kingdom, XK Kosovo), to alpha-3.
func ISO3FromAlpha2(a2 string) (string, bool) {
	a2 = strings.ToUpper(strings.TrimSpace(a2))
	if iso, ok := eurostatAlpha2[a2]; ok {
		return iso, true
	}
	i, ok := isoByAlpha2[a2]
	if !ok {
		return "", false
	}
	return isoCountries[i].alpha3, true
}

// SuggestISO3 returns the alpha-3 code a user probably meant by s: s
// itself in upper case when it is a code, else the country whose English
// or German name, or a name the datasets use ("Korea, North"), is s (case
// and accents as written, ignoring case), else the one whose name starts
// with s, else the alpha-3 code of an alpha-2 code. ok is false when
// nothing fits.
func SuggestISO3(s string) (code, name string, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", "", false
	}
	up := strings.ToUpper(s)
	if IsISO3(up) {
		n, _ := CountryName(up)
		return up, n, true
	}
	for _, c := range isoCountries {
		if strings.EqualFold(c.name, s) || strings.EqualFold(c.nameDE, s) {
			return c.alpha3, c.name, true
		}
	}
	if iso, found := ISO3ForName(s); found && IsISO3(iso) {
		n, _ := CountryName(iso)
		return iso, n, true
	}
	if len(s) >= 3 {
		ls := strings.ToLower(s)
		for _, c := range isoCountries {
			if strings.HasPrefix(strings.ToLower(c.name), ls) || strings.HasPrefix(strings.ToLower(c.nameDE), ls) {
				return c.alpha3, c.name, true
			}
		}
	}
	if len(up) == 2 {
		if iso, found := ISO3FromAlpha2(up); found {
			n, _ := CountryName(iso)
			return iso, n, true
		}
	}
	return "", "", false
}

// Alpha2 returns the ISO 3166-1 alpha-2 code of an alpha-3 code ("DEU" →
// "DE").
func Alpha2(iso3 string) (string, bool) {
	i, ok := isoByAlpha3[iso3]
	if !ok {
		return "", false
	}
	return isoCountries[i].alpha2, true
}

package dataset

import (
	"strings"
	"unicode"
)

// nameAliases maps country names used by GSDB, SIPRI, TIES and the UN
// sanctions list that differ from the COW state names to ISO 3166-1 alpha-3
// codes. Hand-written for this package from the names in those files;
// facts, no licence needed.
var nameAliases = map[string]string{
	"united states":                         "USA",
	"us":                                    "USA",
	"usa":                                   "USA",
	"korea, north":                          "PRK",
	"korea, dem. people's rep.":             "PRK",
	"democratic people's republic of korea": "PRK",
	"korea, south":                          "KOR",
	"korea, rep.":                           "KOR",
	"republic of korea":                     "KOR",
	"korea, north (dprk)":                   "PRK",
	"korea, south (rok)":                    "KOR",
	"soviet union":                          "RUS",
	"ussr":                                  "RUS",
	"russian federation":                    "RUS",
	"egypt, arab rep.":                      "EGY",
	"congo, democratic republic of the":     "COD",
	"congo, dr":                             "COD",
	"democratic republic of the congo":      "COD",
	"congo (brazzaville)":                   "COG",
	"congo, republic":                       "COG",
	"congo, republic of":                    "COG",
	"gambia, the":                           "GMB",
	"cote d'ivoire":                         "CIV",
	"côte d'ivoire":                         "CIV",
	"ivory coast":                           "CIV",
	"czechia":                               "CZE",
	"czech republic":                        "CZE",
	"eswatini":                              "SWZ",
	"swaziland":                             "SWZ",
	"kyrgyz republic":                       "KGZ",
	"kyrgyzstan":                            "KGZ",
	"north macedonia":                       "MKD",
	"macedonia":                             "MKD",
	"türkiye":                               "TUR",
	"turkey":                                "TUR",
	"timor leste":                           "TLS",
	"timor-leste":                           "TLS",
	"east timor":                            "TLS",
	"viet nam":                              "VNM",
	"vietnam":                               "VNM",
	"north vietnam":                         "VNM",
	"laos":                                  "LAO",
	"lao people's democratic republic":      "LAO",
	"iran":                                  "IRN",
	"iran (islamic republic of)":            "IRN",
	"syria":                                 "SYR",
	"syrian arab republic":                  "SYR",
	"cape verde":                            "CPV",
	"cabo verde":                            "CPV",
	"brunei":                                "BRN",
	"brunei darussalam":                     "BRN",
	"myanmar":                               "MMR",
	"burma":                                 "MMR",
	"united kingdom":                        "GBR",
	"great britain":                         "GBR",
	"united states of america":              "USA",
	"bosnia and herzegovina":                "BIH",
	"bosnia-herzegovina":                    "BIH",
	"taiwan":                                "TWN",
	"hong kong":                             "HKG",
	"palestine":                             "PSE",
	"state of palestine":                    "PSE",
	"malagasy republic":                     "MDG",
	"ceylon":                                "LKA",
	"rhodesia":                              "ZWE",
	"malaya":                                "MYS",
	"transjordan":                           "JOR",
	"ethiopia (excludes eritrea)":           "ETH",
	"yemen, north":                          "",
	"yemen arab republic":                   "",
	"german democratic republic":            "",
	"south vietnam":                         "",
	"czechoslovakia":                        "",
	"yugoslavia":                            "",
	"fry":                                   "",
	"cyprus (northern)":                     "",
	"gibraltar":                             "GIB",
	"serbia":                                "SRB",
	"montenegro":                            "MNE",
	"kosovo":                                "XKX",
	"moldova":                               "MDA",
	"republic of moldova":                   "MDA",
	"tanzania":                              "TZA",
	"united republic of tanzania":           "TZA",
	"bolivia":                               "BOL",
	"venezuela":                             "VEN",
	"antigua and barbuda":                   "ATG",
	"st. lucia":                             "LCA",
	"saint lucia":                           "LCA",
	"sao tome and principe":                 "STP",
	"micronesia":                            "FSM",
	"slovak republic":                       "SVK",
	"netherlands":                           "NLD",
	"the netherlands":                       "NLD",
	"uae":                                   "ARE",
	// SIPRI Arms Transfers register names.
	"turkiye":                           "TUR",
	"dr congo":                          "COD",
	"saint vincent":                     "VCT",
	"western sahara":                    "ESH",
	"east germany (gdr)":                "",
	"north yemen":                       "",
	"south yemen":                       "",
	"yemen arab republic (north yemen)": "",
	"northern cyprus":                   "",
	"biafra":                            "",
	"katanga":                           "",
}

// historicalNames are names ISO3ForName knows but deliberately leaves
// unmapped (states without a successor code).
func historicalName(key string) bool {
	iso, ok := nameAliases[key]
	return ok && iso == ""
}

var nameToISO = map[string]string{}

func init() {
	for _, s := range cowStates {
		if s.iso3 != "" {
			nameToISO[nameKey(s.name)] = s.iso3
		}
	}
	for k, v := range nameAliases {
		nameToISO[nameKey(k)] = v
	}
}

// nameKey normalises a country name for lookup: lower case, single spaces,
// "&" as "and".
func nameKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "&", "and")
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// ISO3ForName returns the ISO 3166-1 alpha-3 code for an English country
// name as written in COW, GSDB, SIPRI or the UN list ("Korea, North",
// "Türkiye", "Viet Nam"). ok is false for unknown names and for historical
// states without a successor (German Democratic Republic, South Vietnam,
// Czechoslovakia, Yugoslavia, North Yemen); ISO3 codes are accepted as
// names of themselves.
func ISO3ForName(name string) (iso3 string, ok bool) {
	k := nameKey(name)
	if iso, found := nameToISO[k]; found {
		return iso, iso != ""
	}
	if len(k) == 3 {
		up := strings.ToUpper(k)
		if _, known := isoToCOW[up]; known {
			return up, true
		}
	}
	return "", false
}

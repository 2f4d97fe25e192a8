package dataset

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	hebel "github.com/hebel-project/hebel"
)

// tiesSanctionTypes names the TIES v4 sanctiontype codes (TIES codebook).
var tiesSanctionTypes = map[string]string{
	"1": "total_embargo", "2": "partial_embargo", "3": "import_restriction",
	"4": "export_restriction", "5": "blockade", "6": "asset_freeze",
	"7": "aid_termination", "8": "travel_ban", "9": "agreement_suspension", "10": "other",
}

// LoadTIES reads Threat and Imposition of Economic Sanctions v4.1
// (TIESv4-1.csv: caseid, startyear, endyear, sender1–sender5 and
// targetstate as COW codes, imposition, sancimpositionstartyear,
// sanctiontype, institution, institutionid, …). Each case gives one Tie
// per mapped sender: Kind "sanctions" when sanctions were imposed (Start =
// imposition year, or the case start), "sanctions_threat" when they were
// only threatened. End is endyear, or 0 when TIES gives none (ongoing at
// coding time; Attributes["ongoing_as_of"] when stated). Attributes:
// "case_id", "types" (names of the sanctiontype codes), "institution"
// ("1" when an IGO sent them, with "institution_id").
func LoadTIES(r io.Reader, file string) ([]hebel.Tie, []error) {
	var out []hebel.Tie
	errs := readCSV(r, file, []string{"caseid", "startyear", "endyear", "sender1", "targetstate", "imposition"}, func(row csvRow) error {
		start, err := row.requiredInt("startyear")
		if err != nil {
			return err
		}
		end, _, err := row.int("endyear")
		if err != nil {
			return err
		}
		tc, err := row.requiredInt("targetstate")
		if err != nil {
			return err
		}
		to, mapped := ISO3(tc)
		if !mapped {
			return nil
		}
		kind := KindSanctionsThreat
		if row.str("imposition") == "1" {
			kind = KindSanctions
			if y, ok, _ := row.int("sancimpositionstartyear"); ok {
				start = y
			}
		}
		var types []string
		for _, code := range strings.Fields(row.str("sanctiontype")) {
			name, ok := tiesSanctionTypes[code]
			if !ok {
				return fmt.Errorf("column sanctiontype: unknown code %q", code)
			}
			types = append(types, name)
		}
		attrs := map[string]string{"case_id": row.str("caseid"), "types": strings.Join(types, ",")}
		if row.str("institution") == "1" {
			attrs["institution"] = "1"
			attrs["institution_id"] = row.str("institutionid")
		}
		if y, ok, _ := row.int("ongoingasofyear"); ok {
			attrs["ongoing_as_of"] = strconv.Itoa(y)
		}
		seen := map[string]bool{}
		for i := 1; i <= 5; i++ {
			sc, ok, err := row.int("sender" + strconv.Itoa(i))
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
			from, mapped := ISO3(sc)
			if !mapped || seen[from] {
				continue
			}
			seen[from] = true
			a := make(map[string]string, len(attrs))
			for k, v := range attrs {
				a[k] = v
			}
			out = append(out, hebel.Tie{Kind: kind, From: from, To: to, Start: start, End: end,
				Attributes: a, Prov: prov(IDTIES, file, row.line)})
		}
		return nil
	})
	return out, errs
}

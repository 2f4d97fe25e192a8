package dataset

import (
	"fmt"
	"io"
	"strings"

	hebel "github.com/hebel-project/hebel"
)

// gsdbOrganisations are GSDB senders and targets that are not states. A
// Tie keeps them in From or To as written ("UN", "EU", "ECOWAS"), with
// Attributes "sender_type"/"target_type" = "organisation": they are not
// ISO codes.
var gsdbOrganisations = map[string]bool{
	"UN": true, "EU": true, "EEC": true, "EEU": true, "African Union": true, "ECOWAS": true,
	"League of Arab States": true, "Commonwealth": true, "CSCE": true, "OSCE": true,
	"ChinCom": true, "CoCom": true, "Comecon": true, "G7": true, "G8": true, "MERCOSUR": true,
	"NAFTA": true, "NATO": true, "OAPEC": true, "OIC": true, "Organisation of African Unity": true,
	"Organization of American States": true, "Organization of Eastern Carribean States": true,
	"Pacific Islands Forum": true, "SADC": true, "UNASUR": true, "Western countries": true,
	"ICC Rome Statute Signatories": true, "Kimberly Process Participants": true,
	"Paris Agreement Signatories": true, "Balkans": true, "Western Balkans": true,
	"Terrorist Organizations (Al-Qaeda)": true, "Terrorist Organizations (ISIL and ANF)": true,
	"Terrorist Organizations (Taliban and Al-Qaeda)": true, "Terrorist Organizations (Taliban)": true,
}

// gsdbSuffixes are the parts after a comma that belong to the name before
// it ("Korea, North", "Egypt, Arab Rep.") rather than start a new name.
var gsdbSuffixes = map[string]bool{
	"North": true, "South": true, "Arab Rep.": true, "Democratic Republic of the": true, "The": true,
}

// splitGSDBNames splits a GSDB list of names ("EU, Korea, South, Japan").
func splitGSDBNames(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if gsdbSuffixes[p] && len(out) > 0 {
			out[len(out)-1] += ", " + p
			continue
		}
		out = append(out, p)
	}
	return out
}

// gsdbTypes are the 0/1 instrument columns of GSDB.
var gsdbTypes = []string{"trade", "arms", "military", "financial", "travel", "other"}

// LoadGSDB reads the Global Sanctions Data Base V3 (GSDB_V3.csv: case_id,
// sanctioned_state, sanctioning_state, begin, end, trade, descr_trade,
// arms, military, financial, travel, other, target_mult, sender_mult,
// objective, success). A case lists several senders (and sometimes
// targets) in one comma-separated cell; LoadGSDB emits one Tie of Kind
// "sanctions" per sender–target pair, all with the case's row as
// provenance. Attributes: "case_id", "types" (e.g. "trade,financial"),
// "descr_trade", "objective", "success", "sender", "target", and
// "sender_type"/"target_type" = "organisation" for non-state parties,
// which keep their GSDB name in From/To, and "right_censored" = "true"
// for a case whose outcome is "ongoing" (in force when the data end: its
// end year is the data's last). Unknown names are row errors;
// historical states without a successor are skipped.
func LoadGSDB(r io.Reader, file string) ([]hebel.Tie, []error) {
	var out []hebel.Tie
	errs := readCSV(r, file, []string{"case_id", "sanctioned_state", "sanctioning_state", "begin", "end"}, func(row csvRow) error {
		begin, err := row.requiredInt("begin")
		if err != nil {
			return err
		}
		end, _, err := row.int("end")
		if err != nil {
			return err
		}
		var types []string
		for _, t := range gsdbTypes {
			if row.str(t) == "1" {
				types = append(types, t)
			}
		}
		var rowErr error
		resolve := func(name, role string) (code string, org, ok bool) {
			if gsdbOrganisations[name] {
				return name, true, true
			}
			if iso, found := ISO3ForName(name); found {
				return iso, false, true
			}
			if !historicalName(nameKey(name)) {
				rowErr = fmt.Errorf("%s: unknown country %q", role, name)
			}
			return "", false, false
		}
		for _, tn := range splitGSDBNames(row.str("sanctioned_state")) {
			to, torg, ok := resolve(tn, "sanctioned_state")
			if !ok {
				continue
			}
			for _, sn := range splitGSDBNames(row.str("sanctioning_state")) {
				from, forg, ok := resolve(sn, "sanctioning_state")
				if !ok {
					continue
				}
				attrs := map[string]string{"case_id": row.str("case_id"), "types": strings.Join(types, ","),
					"sender": sn, "target": tn}
				for _, k := range []string{"descr_trade", "objective", "success"} {
					if v := row.str(k); v != "" {
						attrs[k] = v
					}
				}
				if forg {
					attrs["sender_type"] = "organisation"
				}
				if torg {
					attrs["target_type"] = "organisation"
				}
				if strings.Contains(row.str("success"), "ongoing") {
					// Still in force when the data end: the case's end
					// year is the data's, not the sanctions'.
					attrs["right_censored"] = "true"
				}
				out = append(out, hebel.Tie{Kind: KindSanctions, From: from, To: to, Start: begin, End: end,
					Attributes: attrs, Prov: prov(IDGSDB, file, row.line)})
			}
		}
		return rowErr
	})
	return out, errs
}

package dataset

import (
	"bufio"
	"io"
	"strings"

	hebel "github.com/hebel-project/hebel"
)

// LoadRivalries reads a strategic-rivalry list, either Thompson, Sakuwa
// and Suhas (tss_rivalries.csv: tssr_id, rivalry, ccode1, ccode2, start,
// end, positional, spatial, ideological, interventionary …) or Thompson
// and Dreyer (td_rivalries.csv: rivalryno, rivalryname, ccode1, ccode2,
// styear, endyear, region, type1–type3), told apart by the header. Each
// row is one Tie of Kind "rivalry" with Attributes "name" and "type" (a
// comma-separated list). Rivalries ending in the file's last year carry
// "right_censored" = "true". Rows with unmapped states are skipped.
func LoadRivalries(r io.Reader, file string) ([]hebel.Tie, []error) {
	br := bufio.NewReader(r)
	first, _ := br.Peek(512)
	if strings.Contains(string(first), "tssr_id") {
		return loadRivalry(br, file, IDRivalryTSS, "rivalry", "start", "end",
			[]string{"positional", "spatial", "ideological", "interventionary"}, true)
	}
	return loadRivalry(br, file, IDRivalryTD, "rivalryname", "styear", "endyear",
		[]string{"type1", "type2", "type3"}, false)
}

// loadRivalry reads one rivalry file. With flags, type columns are 0/1
// flags named after the type; otherwise they hold the type names.
func loadRivalry(r io.Reader, file, id, nameCol, startCol, endCol string, typeCols []string, flags bool) ([]hebel.Tie, []error) {
	var out []hebel.Tie
	maxEnd := 0
	errs := readCSV(r, file, []string{"ccode1", "ccode2", nameCol, startCol, endCol}, func(row csvRow) error {
		c1, c2, err := row.dyad()
		if err != nil {
			return err
		}
		start, err := row.requiredInt(startCol)
		if err != nil {
			return err
		}
		end, _, err := row.int(endCol)
		if err != nil {
			return err
		}
		maxEnd = max(maxEnd, end)
		iso1, m1 := ISO3(c1)
		iso2, m2 := ISO3(c2)
		if !m1 || !m2 {
			return nil
		}
		var types []string
		for _, c := range typeCols {
			v := row.str(c)
			switch {
			case flags && v == "1":
				types = append(types, c)
			case !flags && !missing(v):
				types = append(types, v)
			}
		}
		out = append(out, hebel.Tie{Kind: KindRivalry, From: iso1, To: iso2, Start: start, End: end,
			Attributes: map[string]string{"name": row.str(nameCol), "type": strings.Join(types, ",")},
			Prov:       prov(id, file, row.line)})
		return nil
	})
	for i := range out {
		if out[i].End == maxEnd {
			out[i].Attributes["right_censored"] = "true"
		}
	}
	return out, errs
}

package dataset

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	hebel "github.com/hebel-project/hebel"
)

// KindContiguity is the Tie kind of neighbours: states that share a land
// border or lie at most 400 miles apart across water.
const KindContiguity = "contiguity"

// LoadCOWContiguity reads COW Direct Contiguity 3.2 (cow_contdir.csv:
// ccode1, ccode2, conttype, stdate, enddate) as Ties of Kind
// "contiguity" between the two states (From < To in COW order; the file
// lists each pair once in each direction, the second is skipped), Start
// and End the years of the dates, Attributes["conttype"] the type (1
// land, 2–5 water of at most 12, 24, 150 or 400 miles). Type 0 (no
// contiguity) rows are skipped. A relation still in force at the data's
// last date carries Attributes["right_censored"] = "true".
func LoadCOWContiguity(r io.Reader, file string) ([]hebel.Tie, []error) {
	var out []hebel.Tie
	last := ""
	errs := readCSV(r, file, []string{"ccode1", "ccode2", "conttype", "stdate", "enddate"}, func(row csvRow) error {
		c1, c2, err := row.dyad()
		if err != nil {
			return err
		}
		typ, err := row.requiredInt("conttype")
		if err != nil {
			return err
		}
		if typ < 0 || typ > 5 {
			return fmt.Errorf("column conttype: %d is not 0–5", typ)
		}
		start, err := dateYear(row.str("stdate"), "stdate")
		if err != nil {
			return err
		}
		end, err := dateYear(row.str("enddate"), "enddate")
		if err != nil {
			return err
		}
		if row.str("enddate") > last {
			last = row.str("enddate")
		}
		iso1, m1 := ISO3(c1)
		iso2, m2 := ISO3(c2)
		if typ == 0 || c1 > c2 || !m1 || !m2 {
			return nil
		}
		out = append(out, hebel.Tie{Kind: KindContiguity, From: iso1, To: iso2, Start: start, End: end,
			Attributes: map[string]string{"conttype": strconv.Itoa(typ), "enddate": row.str("enddate")},
			Prov:       prov(IDCOWContiguity, file, row.line)})
		return nil
	})
	for i := range out {
		if out[i].Attributes["enddate"] == last {
			out[i].Attributes["right_censored"] = "true"
		}
		delete(out[i].Attributes, "enddate")
	}
	return out, errs
}

// dateYear reads the year of a YYYY-MM-DD date.
func dateYear(s, column string) (int, error) {
	y, _, _ := strings.Cut(s, "-")
	n, err := strconv.Atoi(y)
	if err != nil || len(y) != 4 {
		return 0, fmt.Errorf("column %s: %q is not a date", column, s)
	}
	return n, nil
}

package leverage

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
)

// Attributes the model writes on ties it prepares.
const (
	// attrDataEnd names the last year of the data for a tie still in force
	// when its dataset ends (ATOP's and COW's right-censored alliances): it
	// is taken to hold until a source says otherwise.
	attrDataEnd = "in_force_at_data_end"
)

// prepare returns the world the model reads: w with alliances that were in
// force when their dataset ends held open and, when asOf is set, without
// the ties and indicators dated after it, and the indexes of the flows
// dated on or before it. It copies what it changes; w is not modified.
//
// As of a date D, a row about year Y counts when Y ≤ D's year (a yearly
// figure of D's own year counts: the model does not know publication
// lags); a partial-year row counts when the period it names ends on or
// before D; a tie counts when it starts in or before D's year, and a tie
// that ends after D's year is in force (as far as was known on D).
func prepare(w *hebel.World, asOf time.Time) (*hebel.World, []int32) {
	out := &hebel.World{Sources: w.Sources, Flows: w.Flows}
	y := 0
	if !asOf.IsZero() {
		y = asOf.Year()
	}
	// Flows stay where they are (their place is their source ID); those
	// dated after asOf are left out of the index.
	kept := make([]int32, 0, len(w.Flows))
	for i := range w.Flows {
		f := &w.Flows[i]
		if y > 0 && f.Year > y {
			continue
		}
		if y > 0 && (strings.Contains(f.Note, "period ") || strings.Contains(f.Note, "as of ")) {
			if end, ok := periodEnd(f.Note); ok && end.After(asOf) {
				continue
			}
		}
		kept = append(kept, int32(i))
	}
	if y == 0 {
		out.Indicators = w.Indicators
	} else {
		out.Indicators = make([]hebel.Indicator, 0, len(w.Indicators))
		for _, in := range w.Indicators {
			if in.Year > y {
				continue
			}
			if end, ok := periodEnd(in.Note); ok && end.After(asOf) {
				continue
			}
			out.Indicators = append(out.Indicators, in)
		}
	}
	out.Ties = make([]hebel.Tie, 0, len(w.Ties))
	for _, t := range w.Ties {
		if y > 0 && t.Start > y {
			continue
		}
		if t.Attributes["right_censored"] == "true" && t.End > 0 {
			attrs := make(map[string]string, len(t.Attributes)+1)
			for k, v := range t.Attributes {
				attrs[k] = v
			}
			attrs[attrDataEnd] = strconv.Itoa(t.End)
			t.Attributes, t.End = attrs, 0
		}
		if y > 0 && t.End > y {
			t.End = 0 // it had not ended by the as-of date
		}
		out.Ties = append(out.Ties, t)
	}
	out.Ties = mergeDesignations(out.Ties, asOf)
	return out, kept
}

var (
	periodRE = regexp.MustCompile(`period ([0-9]{4})(?:-([0-9]{2}))?(?:\.\.([0-9]{4})-([0-9]{2}))?`)
	asOfRE   = regexp.MustCompile(`as of ([0-9]{4}-[0-9]{2}-[0-9]{2})`)
)

// periodEnd reads the end of the period a loader's note names ("period
// 2021-01..2021-08", "period 2024-03", "2024 (as of 2024-12-04)"); ok is
// false for whole years and notes without a period.
func periodEnd(note string) (time.Time, bool) {
	if m := asOfRE.FindStringSubmatch(note); m != nil {
		if t, err := time.Parse("2006-01-02", m[1]); err == nil {
			return t, true
		}
	}
	m := periodRE.FindStringSubmatch(note)
	if m == nil || m[2] == "" {
		return time.Time{}, false
	}
	ys, ms := m[1], m[2]
	if m[3] != "" {
		ys, ms = m[3], m[4]
	}
	year, _ := strconv.Atoi(ys)
	month, _ := strconv.Atoi(ms)
	if month < 1 || month > 12 {
		return time.Time{}, false
	}
	// The last day of the month.
	return time.Date(year, time.Month(month)+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1), true
}

// ParseAsOf reads an as-of date: YYYY-MM-DD, YYYY-MM (the month's last
// day) or YYYY (31 December). It fails with EINVALID otherwise.
func ParseAsOf(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		switch layout {
		case "2006-01":
			t = t.AddDate(0, 1, -1)
		case "2006":
			t = time.Date(t.Year(), 12, 31, 0, 0, 0, 0, time.UTC)
		}
		return t, nil
	}
	return time.Time{}, hebel.Errorf(hebel.EINVALID, "as-of date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
}

package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
	"github.com/hebel-project/hebel/segment"
	"github.com/hebel-project/hebel/timex"
)

// The Recognizers-Text DateTime specs give, for an input sentence and a
// reference date, the date or date range each expression resolves to.
// Sets (docs/EVAL.md says how often each was run): dev, DateParser.json
// and DatePeriodParser.json; model, the date and daterange results of
// DateTimeModel.json (held out at first, then looked at, so no longer
// held out); held-out, those of MergedParser.json.
var (
	DateTimeDevFiles     = []string{"DateParser.json", "DatePeriodParser.json"}
	DateTimeModelFiles   = []string{"DateTimeModel.json"}
	DateTimeHeldOutFiles = []string{"MergedParser.json"}
)

// DateTimeCase is one expected date or date range of a spec.
type DateTimeCase struct {
	ID    string `json:"id"`   // "German/DateParser.json#3.0": file, case, result
	Lang  string `json:"lang"` // "de", "en"
	Set   string `json:"set"`  // "dev", "held-out"
	Input string `json:"input"`
	Ref   string `json:"ref"` // the reference date, "YYYY-MM-DD"; "" when the spec gives none
	Text  string `json:"text"`
	Type  string `json:"type"` // "date", "daterange"
	Timex string `json:"timex"`
	// Want holds the accepted resolutions: past and future readings, each
	// a date ("2016-11-04") or a range "start/end" (end as the spec writes
	// it: exclusive for a unit, the last day's start for a written range).
	Want []string `json:"want"`
	// Impossible says the spec resolves to no real date (31 February).
	Impossible bool `json:"impossible,omitempty"`
	// Scope is "" when the case is in scope, else the kind of expression
	// Hebel does not read (see DateTimeScope).
	Scope string `json:"scope,omitempty"`
}

// DateTimeAnswer is what a resolver made of one case: the expression it
// found overlapping the expected words, as a date or a range ("" when it
// found none).
type DateTimeAnswer struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Value string `json:"value"` // "2016-11-04" or "2016-09-01/2016-10-01"; "" when nothing
}

// LoadDateTime reads the date and daterange cases of the spec files of
// both sets under dir (DIR/{German,English}/…).
func LoadDateTime(dir string) ([]DateTimeCase, error) {
	var out []DateTimeCase
	for _, l := range []struct{ dir, code string }{{"German", "de"}, {"English", "en"}} {
		for _, set := range []struct {
			name  string
			files []string
		}{{"dev", DateTimeDevFiles}, {"model", DateTimeModelFiles}, {"held-out", DateTimeHeldOutFiles}} {
			for _, f := range set.files {
				cases, err := loadDateTimeFile(filepath.Join(dir, l.dir, f), l.dir+"/"+f, l.code, set.name)
				if err != nil {
					return nil, err
				}
				out = append(out, cases...)
			}
		}
	}
	return out, nil
}

type dateSpecCase struct {
	Input   string `json:"Input"`
	Context struct {
		ReferenceDateTime string `json:"ReferenceDateTime"`
	} `json:"Context"`
	Results []struct {
		Text     string `json:"Text"`
		Type     string `json:"Type"`
		TypeName string `json:"TypeName"`
		Value    struct {
			Timex            string              `json:"Timex"`
			FutureResolution map[string]string   `json:"FutureResolution"`
			PastResolution   map[string]string   `json:"PastResolution"`
			Values           []map[string]string `json:"values"`
		} `json:"Value"`
		Resolution struct {
			Values []map[string]string `json:"values"`
		} `json:"Resolution"`
	} `json:"Results"`
}

func loadDateTimeFile(path, name, lang, set string) ([]DateTimeCase, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var specs []dateSpecCase
	if err := json.Unmarshal(data, &specs); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	var out []DateTimeCase
	for i, s := range specs {
		ref := s.Context.ReferenceDateTime
		if len(ref) >= 10 {
			ref = ref[:10]
		}
		if len(s.Results) == 0 && set == "dev" {
			out = append(out, DateTimeCase{ID: fmt.Sprintf("%s#%d", name, i), Lang: lang, Set: set, Input: s.Input, Ref: ref,
				Scope: "the spec expects no date here"})
			continue
		}
		for k, r := range s.Results {
			typ := strings.TrimPrefix(r.TypeName, "datetimeV2.")
			if typ == "" {
				typ = strings.TrimPrefix(r.Type, "datetimeV2.")
			}
			if typ != "date" && typ != "daterange" {
				continue
			}
			c := DateTimeCase{ID: fmt.Sprintf("%s#%d.%d", name, i, k), Lang: lang, Set: set, Input: s.Input, Ref: ref,
				Text: r.Text, Type: typ, Timex: r.Value.Timex}
			add := func(v string) {
				if v == "" {
					return
				}
				for _, w := range c.Want {
					if w == v {
						return
					}
				}
				c.Want = append(c.Want, v)
			}
			for _, res := range []map[string]string{r.Value.PastResolution, r.Value.FutureResolution} {
				add(resolution(res["date"], res["startDate"], res["endDate"]))
			}
			for _, v := range append(r.Resolution.Values, r.Value.Values...) {
				if c.Timex == "" {
					c.Timex = v["timex"]
				}
				add(resolution(v["value"], v["start"], v["end"]))
			}
			for k, w := range c.Want {
				// The parser files write an impossible date as 0001-01-01,
				// the model files as "not resolved" with a day's timex
				// ("XXXX-02-30"); "not resolved" with another timex (a
				// season, a fiscal year) is no resolution.
				switch {
				case strings.HasPrefix(w, "0001-01-01"),
					w == "not resolved" && dayTimex.MatchString(c.Timex):
					c.Impossible = true
					c.Want[k] = ""
				case w == "not resolved":
					c.Want[k] = ""
				}
			}
			if c.Impossible || len(c.Want) == 1 && c.Want[0] == "" {
				c.Want = nil
			}
			c.Scope = DateTimeScope(c)
			out = append(out, c)
		}
	}
	return out, nil
}

var dayTimex = regexp.MustCompile(`^(XXXX|\d{4})-\d{2}-\d{2}$`)

func resolution(date, start, end string) string {
	switch {
	case date != "":
		return date
	case start != "" && end != "":
		return start + "/" + end
	case start != "" || end != "":
		return "open"
	}
	return ""
}

// HebelDateTime resolves a case with package timex: the expression that
// overlaps the expected words, in the spec's conventions (see docs/EVAL.md).
func HebelDateTime(c DateTimeCase) DateTimeAnswer {
	p := de.Profile
	if c.Lang == "en" {
		p = en.Profile
	}
	var ref timex.Reference
	if t, err := time.Parse("2006-01-02", c.Ref); err == nil {
		ref = timex.Reference{Date: t, Precision: hebel.PrecisionDay}
	}
	exprs, _ := timex.Find(c.Input, segment.Split(c.Input, p), p, ref)
	want := expectedSpan(c)
	for _, e := range exprs {
		if want.Len() > 0 && !e.Span.Overlaps(want) {
			continue
		}
		return DateTimeAnswer{ID: c.ID, Text: e.Text, Value: specValue(e, c.Type)}
	}
	return DateTimeAnswer{ID: c.ID}
}

// expectedSpan finds the expected words in the input (case-insensitive);
// an empty span when they are not there as written.
func expectedSpan(c DateTimeCase) hebel.Span {
	in, text := strings.ToLower(c.Input), strings.ToLower(c.Text)
	if i := strings.Index(in, text); i >= 0 && text != "" && len(in) == len(c.Input) {
		return hebel.Span{Start: i, End: i + len(text)}
	}
	return hebel.Span{}
}

// specValue writes an expression in the spec's conventions: a date for a
// day; a range start/end otherwise, where a named unit (a month, a year)
// ends where the next begins and a written range from A to B ends at the
// start of B.
func specValue(e timex.Expr, typ string) string {
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	unitEnd := func(v hebel.ValidTime) time.Time {
		if v.Point() {
			return hebel.AddUnit(v.Start, v.Precision, 1)
		}
		return v.End
	}
	v := e.Valid
	switch e.Kind {
	case timex.Range: // to B: the start of a named unit B, the end of a stretch ("the end of 2008")
		end := e.Parts[1].Start
		if !e.Parts[1].Point() {
			end = e.Parts[1].End
		}
		return day(e.Parts[0].Start) + "/" + day(end)
	case timex.Since, timex.Until: // the spec resolves the moment alone ("Ende 1989" in "Ab Ende 1989")
		v = e.Parts[0]
		if v.Start.IsZero() || v.End.IsZero() && !v.Point() {
			return "open"
		}
	}
	if typ == "date" {
		return day(v.Start)
	}
	return day(v.Start) + "/" + day(unitEnd(v))
}

// DateTimeResult is the score of one resolver on one language, set and
// type (date or daterange).
type DateTimeResult struct {
	Lang, Set, Type   string
	Cases, Right      int
	OutOfScope        int
	ImpossibleCases   int
	ImpossibleRefused int
}

// Accuracy is Right / Cases over the cases in scope.
func (r DateTimeResult) Accuracy() float64 {
	if r.Cases == 0 {
		return 0
	}
	return float64(r.Right) / float64(r.Cases)
}

// Totals sums results over types: one row per language and set, in order.
func Totals(res []DateTimeResult) []DateTimeResult {
	var out []DateTimeResult
	idx := map[string]int{}
	for _, r := range res {
		key := r.Lang + "/" + r.Set
		i, ok := idx[key]
		if !ok {
			i = len(out)
			idx[key] = i
			out = append(out, DateTimeResult{Lang: r.Lang, Set: r.Set, Type: "all"})
		}
		t := &out[i]
		t.Cases += r.Cases
		t.Right += r.Right
		t.OutOfScope += r.OutOfScope
		t.ImpossibleCases += r.ImpossibleCases
		t.ImpossibleRefused += r.ImpossibleRefused
	}
	return out
}

// DateTimeMiss is an in-scope case a resolver got wrong.
type DateTimeMiss struct {
	Case DateTimeCase
	Got  DateTimeAnswer
}

// ScoreDateTime scores answers (by case id) on the cases in scope: a case
// is right when the answer equals one of the spec's resolutions (past or
// future reading), or, for an impossible date, when nothing is resolved.
func ScoreDateTime(cases []DateTimeCase, answers map[string]DateTimeAnswer) ([]DateTimeResult, []DateTimeMiss) {
	idx := map[string]int{}
	var res []DateTimeResult
	var misses []DateTimeMiss
	for _, c := range cases {
		typ := c.Type
		if typ == "" {
			typ = "date"
		}
		key := c.Lang + "/" + c.Set + "/" + typ
		i, ok := idx[key]
		if !ok {
			i = len(res)
			idx[key] = i
			res = append(res, DateTimeResult{Lang: c.Lang, Set: c.Set, Type: typ})
		}
		r := &res[i]
		if c.Scope != "" {
			r.OutOfScope++
			continue
		}
		r.Cases++
		a := answers[c.ID]
		right := false
		if c.Impossible {
			r.ImpossibleCases++
			right = a.Value == ""
			if right {
				r.ImpossibleRefused++
			}
		} else {
			for _, w := range c.Want {
				if a.Value == w {
					right = true
				}
			}
		}
		if right {
			r.Right++
		} else {
			misses = append(misses, DateTimeMiss{Case: c, Got: a})
		}
	}
	return res, misses
}

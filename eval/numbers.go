package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	hebel "github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
	"github.com/hebel-project/hebel/quantity"
)

// NumbersFile is the result of one Recognizers-Text spec file.
type NumbersFile struct {
	Lang     string // "German", "English"
	File     string // "NumberModel.json" …
	Cases    int
	Passed   int
	Failures []NumbersFailure
}

// PassRate is Passed / Cases.
func (f NumbersFile) PassRate() float64 {
	if f.Cases == 0 {
		return 0
	}
	return float64(f.Passed) / float64(f.Cases)
}

// NumbersFailure is a case we did not pass; Scope names the feature it
// needs when that feature is out of scope for Hebel, "" otherwise.
type NumbersFailure struct {
	Input string
	Want  []string
	Got   []string
	Scope string
}

// NumbersReport is the result of Numbers, per language and file.
type NumbersReport struct {
	Files []NumbersFile
}

// Lang returns the cases and passes of one language over all its files.
func (r NumbersReport) Lang(name string) (cases, passed int) {
	for _, f := range r.Files {
		if f.Lang == name {
			cases += f.Cases
			passed += f.Passed
		}
	}
	return cases, passed
}

// numberSpecFiles are the spec files evaluated, each with its adapter.
var numberSpecFiles = []string{"NumberModel.json", "NumberRangeModel.json", "PercentModel.json"}

// numberSpecLangs maps the spec's language folders to our profiles.
var numberSpecLangs = []struct {
	dir string
	p   *lang.Profile
}{{"German", de.Profile}, {"English", en.Profile}}

type specCase struct {
	Input   string
	Results []specResult
}

type specResult struct {
	Text       string
	TypeName   string
	Resolution map[string]any
	Start, End int
}

// Numbers runs the Recognizers-Text Number specs under dir (the folder
// holding German/ and English/) through package quantity. A case passes
// when the results match exactly: text span (case-insensitive) and
// resolved value. NumberModel compares every number phrase, PercentModel
// the percentages, NumberRangeModel the hedged numbers and ranges in
// interval notation ("[10,20)", "(,30)").
func Numbers(dir string) (NumbersReport, error) {
	var rep NumbersReport
	for _, l := range numberSpecLangs {
		for _, name := range numberSpecFiles {
			path := filepath.Join(dir, l.dir, name)
			data, err := os.ReadFile(path)
			if err != nil {
				if os.IsNotExist(err) {
					continue
				}
				return rep, fmt.Errorf("reading number spec: %w", err)
			}
			data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
			var cases []specCase
			if err := json.Unmarshal(data, &cases); err != nil {
				return rep, fmt.Errorf("parsing number spec %s: %w", path, err)
			}
			f := NumbersFile{Lang: l.dir, File: name, Cases: len(cases)}
			for _, c := range cases {
				got := adapt(name, c.Input, l.p)
				want := make([]string, len(c.Results))
				for i, r := range c.Results {
					want[i] = fmt.Sprintf("%d-%d %q %s", r.Start, r.End, strings.ToLower(r.Text), normValue(r.Resolution["value"], l.dir == "German", name))
				}
				if slices.Equal(got, want) {
					f.Passed++
					continue
				}
				f.Failures = append(f.Failures, NumbersFailure{Input: c.Input, Want: want, Got: got, Scope: outOfScope(c.Input)})
			}
			rep.Files = append(rep.Files, f)
		}
	}
	return rep, nil
}

// adapt runs FindAll on one input and renders the results the way the
// spec file's model reports them.
func adapt(file, input string, p *lang.Profile) []string {
	ms := quantity.FindAll(input, p, quantity.Options{KeepAll: true, Articles: p.Code == "de"})
	var out []string
	add := func(start, end int, val string) {
		rs := utf8.RuneCountInString(input[:start])
		re := rs + utf8.RuneCountInString(input[start:end]) - 1
		out = append(out, fmt.Sprintf("%d-%d %q %s", rs, re, strings.ToLower(input[start:end]), val))
	}
	for _, m := range ms {
		switch file {
		case "NumberModel.json":
			if m.Reason == quantity.ReasonOrdinal || m.Reason == quantity.ReasonFused {
				continue
			}
			if m.Reason == quantity.ReasonDate {
				// the model reads the numbers of a date one by one
				for i := m.Start; i < m.End; {
					j := i
					for j < m.End && input[j] >= '0' && input[j] <= '9' {
						j++
					}
					if j > i {
						v, _ := strconv.ParseFloat(input[i:j], 64)
						add(i, j, fmtNum(v))
						i = j
						continue
					}
					i++
				}
				continue
			}
			for _, n := range m.Numbers {
				if ok, _ := utf8.DecodeRuneInString(input[n.End:]); n.End < len(input) && unicode.IsLetter(ok) {
					continue // the model reads no number fused to a unit: "29km"
				}
				add(n.Start, n.End, fmtNum(n.Value))
			}
		case "PercentModel.json":
			if m.Unit != "%" && m.Unit != "pp" {
				continue
			}
			start := m.Numbers[0].Start
			if m.Hedge.Len() == 0 && m.Start < start {
				start = m.Start // "percent of 10"
			}
			add(start, m.End, fmtNum(m.Numbers[0].Value)+"%")
		case "NumberRangeModel.json":
			switch m.Reason {
			case quantity.ReasonOrdinal, quantity.ReasonFused, quantity.ReasonDate, quantity.ReasonClock:
				continue
			}
			start, end := m.Start, m.Numbers[len(m.Numbers)-1].End
			if m.After.Len() > 0 {
				end = m.After.End
			}
			lo, hi := fmtNum(m.Value), fmtNum(m.Value)
			var iv string
			switch m.Qualifier {
			case hebel.Exact:
				if m.Hedge.Len() == 0 {
					continue
				}
				iv = "[" + lo + "," + hi + "]" // "equal to 20"
			case hebel.AtLeast:
				iv = "[" + lo + ",)"
			case hebel.MoreThan:
				iv = "(" + lo + ",)"
			case hebel.AtMost:
				iv = "(," + hi + "]"
			case hebel.LessThan:
				iv = "(," + hi + ")"
			case hebel.Range:
				lb, rb := "[", ")"
				switch m.Bounds {
				case [2]hebel.Qualifier{}:
					if m.Hedge.Len() > 0 {
						start = m.Numbers[0].Start // "about 20~100": the model leaves out the hedge
					}
				default:
					if m.Bounds[0] == hebel.MoreThan {
						lb = "("
					}
					if m.Bounds[1] == hebel.AtMost {
						rb = "]"
					}
				}
				iv = lb + fmtNum(*m.Low) + "," + fmtNum(*m.High) + rb
			default:
				continue
			}
			add(start, end, iv)
		}
	}
	return out
}

// fmtNum renders a value with 12 significant digits, as a common ground
// with the spec's 15-digit decimal strings.
func fmtNum(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return strconv.FormatFloat(v, 'g', 12, 64)
}

var specNumber = regexp.MustCompile(`-?[0-9][0-9.E+]*(E-[0-9]+)?`)

// normValue renders a spec's resolved value like fmtNum: numbers, "40%",
// and intervals "[20,30)".
func normValue(v any, german bool, file string) string {
	s, _ := v.(string)
	if file == "NumberRangeModel.json" {
		// intervals use ',' between bounds; German decimals do not occur
		return specNumber.ReplaceAllStringFunc(s, func(n string) string {
			return fmtNum(parseSpecNum(n, false))
		})
	}
	pct := strings.HasSuffix(s, "%")
	s = strings.TrimSuffix(s, "%")
	out := fmtNum(parseSpecNum(s, german))
	if pct {
		out += "%"
	}
	return out
}

func parseSpecNum(s string, german bool) float64 {
	if german {
		s = strings.ReplaceAll(s, ",", ".")
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return math.NaN()
	}
	return f
}

// outOfScope names the feature a spec case needs when Hebel does not aim
// to read it in news text; "" when the case is in scope.
func outOfScope(input string) string {
	low := strings.ToLower(input)
	for _, r := range scopeRules {
		if r.re.MatchString(low) {
			return r.why
		}
	}
	return ""
}

var scopeRules = []struct {
	re  *regexp.Regexp
	why string
}{
	{regexp.MustCompile(`between the [a-z]+th and|than the [a-z]+th`), "ordinals as range bounds: ranks, not quantities"},
	{regexp.MustCompile(`[0-9] in (19|20)[0-9][0-9]\b`), "the spec reads 'N in 2008' as a fraction; a year is no denominator"},
	{regexp.MustCompile(`small percent|the %|percentage\?`), "a percent word without a number: no value to report"},
	{regexp.MustCompile(`^claudia tausend`), "a surname that is a number word"},
}

// SortFailures orders failures in scope first, then by input.
func (f *NumbersFile) SortFailures() {
	sort.SliceStable(f.Failures, func(i, j int) bool {
		a, b := f.Failures[i], f.Failures[j]
		if (a.Scope == "") != (b.Scope == "") {
			return a.Scope == ""
		}
		return a.Input < b.Input
	})
}

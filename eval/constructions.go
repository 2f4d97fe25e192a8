package eval

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"github.com/hebel-project/hebel/record"
)

// The construction suite: invented minimal pairs, one group per
// construction the extractors must read (attribution, speakers, what is
// counted, relations), each positive sentence with a negative twin that
// looks alike but must not give the same reading. The sentences are
// written for the suite, never taken from an evaluation text, so the
// suite measures whether a rule reads the construction, not whether it
// fits a development set. The files are constructions/<lang>.txt.
//
// Format, one item per line ("#" starts a comment):
//
//	== id | title                    a construction
//	@cue form|form                   a cue the construction adds, in its forms
//	+ text => expectation; …         a positive case (counts for recall)
//	- text => expectation; …         a negative twin (must hold)
//	+? text => …                     a case known to fail (reported, not enforced)
//
// "\n" in a text is a line break. Expectations (stems are matched
// lower-case as substrings, alternatives separated by "|", as in
// gold-format.md):
//
//	claim V [QUALIFIER] [counted=a|b] [counted!=a|b] [source=a|b] [source=-]
//	quote [speaker=a|b] [speaker=-] [content="snippet"]
//	rel TYPE FROM TO [modality=M]     (FROM or TO "*": any)
//
// "!" before an expectation turns it round: no claim, quote or relation
// of the record may match it ("!quote speaker=montag"); noclaim,
// noquote and norel are the same as !claim, !quote and !rel.

//go:embed constructions/*.txt
var suiteFS embed.FS

// Construction is one construction of the suite with its cases.
type Construction struct {
	Lang, ID, Title string
	Cues            []string // cues the construction adds, each "form|form|…"
	Cases           []Case
}

// Case is one sentence of the suite with what must (or must not) be read
// from it.
type Case struct {
	Positive bool
	Todo     bool // known to fail: reported, not enforced
	Text     string
	Expect   []Expectation
	Line     int
}

// Expectation is one thing a case's record must (or must not) hold.
type Expectation struct {
	Kind string // claim, quote or rel
	Not  bool   // no item of the record may match
	Args []string
	Keys map[string]string
}

// ConstructionSuite returns the suite shipped with Hebel, German then
// English.
func ConstructionSuite() ([]Construction, error) {
	var out []Construction
	for _, lang := range []string{"de", "en"} {
		f, err := suiteFS.Open("constructions/" + lang + ".txt")
		if err != nil {
			return nil, err
		}
		cs, err := ReadConstructions(f, lang)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("constructions/%s.txt: %w", lang, err)
		}
		out = append(out, cs...)
	}
	return out, nil
}

var _ fs.FS = suiteFS

// ReadConstructions parses a suite file of language lang.
func ReadConstructions(r io.Reader, lang string) ([]Construction, error) {
	var out []Construction
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "=="):
			id, title, _ := strings.Cut(strings.TrimSpace(line[2:]), "|")
			out = append(out, Construction{Lang: lang, ID: strings.TrimSpace(id), Title: strings.TrimSpace(title)})
		case strings.HasPrefix(line, "@cue "):
			if len(out) == 0 {
				return nil, fmt.Errorf("line %d: @cue before the first construction", n)
			}
			c := &out[len(out)-1]
			c.Cues = append(c.Cues, strings.Fields(line[5:])...)
		case line[0] == '+' || line[0] == '-':
			if len(out) == 0 {
				return nil, fmt.Errorf("line %d: case before the first construction", n)
			}
			cs, err := parseCase(line, n)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
			out[len(out)-1].Cases = append(out[len(out)-1].Cases, cs)
		default:
			return nil, fmt.Errorf("line %d: cannot read %q", n, line)
		}
	}
	return out, sc.Err()
}

func parseCase(line string, n int) (Case, error) {
	c := Case{Positive: line[0] == '+', Line: n}
	line = line[1:]
	if strings.HasPrefix(line, "?") {
		c.Todo, line = true, line[1:]
	}
	text, exp, ok := strings.Cut(line, "=>")
	if !ok {
		return c, fmt.Errorf("no \"=>\" before the expectations")
	}
	c.Text = strings.ReplaceAll(strings.TrimSpace(text), `\n`, "\n")
	for _, e := range splitOutside(exp, ';') {
		if strings.TrimSpace(e) == "" {
			continue
		}
		x, err := parseExpectation(e)
		if err != nil {
			return c, err
		}
		c.Expect = append(c.Expect, x)
	}
	if len(c.Expect) == 0 {
		return c, fmt.Errorf("no expectation")
	}
	return c, nil
}

// splitOutside splits s at sep outside double quotes.
func splitOutside(s string, sep rune) []string {
	var out []string
	in, start := false, 0
	for i, r := range s {
		switch {
		case r == '"':
			in = !in
		case r == sep && !in:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func parseExpectation(s string) (Expectation, error) {
	f := splitOutside(strings.TrimSpace(s), ' ')
	x := Expectation{Kind: f[0], Keys: map[string]string{}}
	if k, ok := strings.CutPrefix(x.Kind, "!"); ok {
		x.Kind, x.Not = k, true
	} else if k, ok := strings.CutPrefix(x.Kind, "no"); ok && (k == "claim" || k == "quote" || k == "rel") {
		x.Kind, x.Not = k, true
	}
	for _, w := range f[1:] {
		if w == "" {
			continue
		}
		if k, v, ok := strings.Cut(w, "="); ok {
			x.Keys[k] = strings.Trim(v, `"`)
			continue
		}
		x.Args = append(x.Args, w)
	}
	need := map[string]int{"claim": 1, "quote": 0, "rel": 3}
	k, ok := need[x.Kind]
	if !ok {
		return x, fmt.Errorf("unknown expectation %q", x.Kind)
	}
	if len(x.Args) < k {
		return x, fmt.Errorf("%s needs %d arguments: %q", x.Kind, k, s)
	}
	if x.Kind == "claim" {
		if _, err := strconv.ParseFloat(x.Args[0], 64); err != nil {
			return x, fmt.Errorf("%s: bad value %q", x.Kind, x.Args[0])
		}
	}
	return x, nil
}

// Check returns what of x the record r does not hold, "" when it holds.
func (x Expectation) Check(r *record.Record) string {
	var found string
	switch x.Kind {
	case "claim":
		for _, c := range r.Claims {
			if x.claim(c) {
				found = fmt.Sprintf("claim %s counted %q", c.Quantity.Text, c.Counted)
				if c.Source != nil {
					found += fmt.Sprintf(" source %q", c.Source.Text)
				}
				break
			}
		}
	case "quote":
		for _, q := range r.Quotes {
			if x.quote(q) {
				found = "quote " + describeQuote(q)
				break
			}
		}
	case "rel":
		for _, rel := range r.Relations {
			if x.relation(rel) {
				found = fmt.Sprintf("relation %s %s→%s", rel.Type, rel.From, rel.To)
				break
			}
		}
	}
	switch {
	case x.Not && found != "":
		return "unwanted " + found
	case !x.Not && found == "":
		return "no " + x.Kind + " " + x.String() + x.near(r)
	}
	return ""
}

// near describes what the record holds of x's kind, for a failure
// message.
func (x Expectation) near(r *record.Record) string {
	var parts []string
	switch x.Kind {
	case "claim":
		for _, c := range r.Claims {
			s := ""
			if c.Source != nil {
				s = c.Source.Text
			}
			parts = append(parts, fmt.Sprintf("%s %s counted %q source %q", c.Quantity.Text, c.Quantity.Qualifier, c.Counted, s))
		}
	case "quote":
		for _, q := range r.Quotes {
			parts = append(parts, describeQuote(q))
		}
	case "rel":
		for _, rel := range r.Relations {
			parts = append(parts, fmt.Sprintf("%s %s→%s %v", rel.Type, rel.From, rel.To, rel.Attributes["modality"]))
		}
	}
	return " (record: " + strings.Join(parts, "; ") + ")"
}

func (x Expectation) String() string {
	s := strings.Join(x.Args, " ")
	if x.Not {
		s = "!" + x.Kind + " " + s
	}
	keys := make([]string, 0, len(x.Keys))
	for k := range x.Keys {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s += " " + k + "=" + x.Keys[k]
	}
	return strings.TrimSpace(s)
}

func stems(v string) []string { return strings.Split(strings.ToLower(v), "|") }

func (x Expectation) claim(c record.Claim) bool {
	v, _ := strconv.ParseFloat(x.Args[0], 64)
	if !closeTo(c.Quantity.Value, v) {
		return false
	}
	if len(x.Args) > 1 && c.Quantity.Qualifier != x.Args[1] {
		return false
	}
	if s, ok := x.Keys["counted"]; ok && !anyOccurs(stems(s), norm(c.Counted)) {
		return false
	}
	if s, ok := x.Keys["counted!"]; ok && anyOccurs(stems(s), norm(c.Counted)) {
		return false
	}
	if s, ok := x.Keys["source"]; ok {
		if s == "-" {
			return c.Source == nil
		}
		if c.Source == nil {
			return false
		}
		t := c.Source.Text + " " + c.Source.Name
		if c.Source.Entity != nil {
			t += " " + *c.Source.Entity
		}
		return anyOccurs(stems(s), norm(t))
	}
	return true
}

func (x Expectation) quote(q record.Quote) bool {
	if s, ok := x.Keys["speaker"]; ok {
		if s == "-" {
			if q.Speaker != nil {
				return false
			}
		} else if !quoteMatches(GoldQuote{Speaker: stems(s), Content: q.Content}, q) {
			return false
		}
	}
	if s, ok := x.Keys["content"]; ok && !quoteMatches(GoldQuote{Content: s}, q) {
		return false
	}
	return true
}

func (x Expectation) relation(r record.Relation) bool {
	if string(r.Type) != x.Args[0] {
		return false
	}
	if m, ok := x.Keys["modality"]; ok && fmt.Sprint(r.Attributes["modality"]) != m {
		return false
	}
	side := func(want, got string) bool { return want == "*" || want == got }
	if side(x.Args[1], r.From) && side(x.Args[2], r.To) {
		return true
	}
	return r.Type.Symmetric() && side(x.Args[1], r.To) && side(x.Args[2], r.From)
}

func describeQuote(q record.Quote) string {
	sp := "–"
	if q.Speaker != nil {
		sp = q.Speaker.Text
	}
	return fmt.Sprintf("%s: %q", sp, q.Content)
}

// CaseResult is the outcome of one case.
type CaseResult struct {
	Case
	Construction *Construction
	Failures     []string
}

// Passed reports whether every expectation of the case held.
func (r CaseResult) Passed() bool { return len(r.Failures) == 0 }

// SuiteReport is the outcome of a construction suite run.
type SuiteReport struct {
	Constructions []Construction
	Results       [][]CaseResult // per construction, per case
}

// RunConstructions runs every case of cs through extract, which returns
// the public record of a text in a language.
func RunConstructions(cs []Construction, extract func(text, lang string) (*record.Record, error)) (*SuiteReport, error) {
	rep := &SuiteReport{Constructions: cs, Results: make([][]CaseResult, len(cs))}
	for i := range cs {
		c := &cs[i]
		for _, k := range c.Cases {
			rec, err := extract(k.Text, c.Lang)
			if err != nil {
				return nil, fmt.Errorf("%s %s line %d: %w", c.Lang, c.ID, k.Line, err)
			}
			res := CaseResult{Case: k, Construction: c}
			for _, x := range k.Expect {
				if f := x.Check(rec); f != "" {
					res.Failures = append(res.Failures, f)
				}
			}
			rep.Results[i] = append(rep.Results[i], res)
		}
	}
	return rep, nil
}

// Row is one construction's figures: positives read and negatives held.
type Row struct {
	Lang, ID, Title          string
	Positives, PositivesRead int
	Negatives, NegativesHeld int
}

// Recall is the share of positive cases read, 0 when there are none.
func (r Row) Recall() float64 { return ratio(r.PositivesRead, r.Positives) }

// Rows returns one row per construction, in suite order.
func (rep *SuiteReport) Rows() []Row {
	out := make([]Row, len(rep.Constructions))
	for i, c := range rep.Constructions {
		row := Row{Lang: c.Lang, ID: c.ID, Title: c.Title}
		for _, r := range rep.Results[i] {
			if r.Positive {
				row.Positives++
				if r.Passed() {
					row.PositivesRead++
				}
			} else {
				row.Negatives++
				if r.Passed() {
					row.NegativesHeld++
				}
			}
		}
		out[i] = row
	}
	return out
}

// Write prints the per-construction table (Markdown) and, with verbose,
// every failed case.
func (rep *SuiteReport) Write(w io.Writer, verbose bool) {
	fmt.Fprintln(w, "| construction | lang | positives read | recall | negative twins held |")
	fmt.Fprintln(w, "|---|---|---:|---:|---:|")
	tot := map[string]*Row{"de": {}, "en": {}}
	for _, r := range rep.Rows() {
		fmt.Fprintf(w, "| %s | %s | %d / %d | %.2f | %d / %d |\n", r.ID, r.Lang, r.PositivesRead, r.Positives, r.Recall(), r.NegativesHeld, r.Negatives)
		if t := tot[r.Lang]; t != nil {
			t.Positives += r.Positives
			t.PositivesRead += r.PositivesRead
			t.Negatives += r.Negatives
			t.NegativesHeld += r.NegativesHeld
		}
	}
	for _, l := range []string{"de", "en"} {
		t := tot[l]
		fmt.Fprintf(w, "| **all** | %s | %d / %d | **%.2f** | %d / %d |\n", l, t.PositivesRead, t.Positives, t.Recall(), t.NegativesHeld, t.Negatives)
	}
	if !verbose {
		return
	}
	for i, c := range rep.Constructions {
		for _, r := range rep.Results[i] {
			if r.Passed() {
				continue
			}
			sign := "-"
			if r.Positive {
				sign = "+"
			}
			if r.Todo {
				sign += "?"
			}
			fmt.Fprintf(w, "\n%s %s line %d %s %s\n", c.Lang, c.ID, r.Line, sign, r.Text)
			for _, f := range r.Failures {
				fmt.Fprintf(w, "    %s\n", f)
			}
		}
	}
}

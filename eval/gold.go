package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/hebel-project/hebel/record"
)

// Gold is a gold reading of one text (shared/spec/gold-format.md).
type Gold struct {
	File              string         `json:"file"`
	Lang              string         `json:"lang"`
	Claims            []GoldClaim    `json:"claims"`
	IgnoreValues      []float64      `json:"ignore_values"`
	Quotes            []GoldQuote    `json:"quotes"`
	QuotesOptional    []GoldQuote    `json:"quotes_optional"`
	Relations         []GoldRelation `json:"relations"`
	RelationsOptional []GoldRelation `json:"relations_optional"`
}

// GoldClaim is a claim an analyst reads out of the text.
type GoldClaim struct {
	Value     float64  `json:"value"`
	Qualifier string   `json:"qualifier"`
	High      *float64 `json:"high"`
	Counted   []string `json:"counted"`
	Source    []string `json:"source"`
	Where     string   `json:"where"`
}

// GoldQuote is a statement with its speaker.
type GoldQuote struct {
	Speaker []string `json:"speaker"`
	Content string   `json:"content"`
	Kind    string   `json:"kind"`
}

// GoldRelation is a relation; Type, From and To are a string or a list of
// acceptable strings.
type GoldRelation struct {
	Type OneOf `json:"type"`
	From OneOf `json:"from"`
	To   OneOf `json:"to"`
}

// OneOf is a JSON string or list of strings.
type OneOf []string

// UnmarshalJSON accepts "X" or ["X", "Y"].
func (o *OneOf) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*o = OneOf{s}
		return nil
	}
	var l []string
	if err := json.Unmarshal(b, &l); err != nil {
		return fmt.Errorf("want a string or a list of strings, got %s", b)
	}
	*o = l
	return nil
}

func (o OneOf) has(s string) bool {
	for _, x := range o {
		if x == s {
			return true
		}
	}
	return false
}

// ReadGold reads a gold reading.
func ReadGold(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("reading gold %s: %w", path, err)
	}
	return &g, nil
}

// Counts are the tallies of one scored category.
type Counts struct {
	Matched   int // gold items matched by a record item
	Predicted int // record items counted (those taken by optional gold left out)
	Gold      int // required gold items
}

// Add sums counts (micro-averaging).
func (c *Counts) Add(d Counts) {
	c.Matched += d.Matched
	c.Predicted += d.Predicted
	c.Gold += d.Gold
}

// Precision is Matched / Predicted.
func (c Counts) Precision() float64 { return ratio(c.Matched, c.Predicted) }

// Recall is Matched / Gold.
func (c Counts) Recall() float64 { return ratio(c.Matched, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c Counts) String() string {
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (%d/%d/%d)", c.Precision(), c.Recall(), c.F1(), c.Matched, c.Predicted, c.Gold)
}

// Categories scored by ScoreGold.
const (
	ClaimsLoose  = "claims (loose)"
	ClaimsStrict = "claims (strict)"
	Quotes       = "quotes"
	Relations    = "relations"
)

// GoldCategories lists the categories in report order.
var GoldCategories = []string{ClaimsLoose, ClaimsStrict, Quotes, Relations}

// Misses lists, per category, the gold items no record item matched and
// the record items no gold item matched: what to look at next.
type Misses struct {
	Missed   map[string][]string
	Spurious map[string][]string
}

// ScoreGold scores a record against a gold reading exactly as
// shared/spec/gold-format.md says.
func ScoreGold(rec *record.Record, g *Gold) (map[string]Counts, Misses) {
	out := map[string]Counts{}
	ms := Misses{Missed: map[string][]string{}, Spurious: map[string][]string{}}

	// Claims: leave out record claims whose value is an ignored value.
	var claims []record.Claim
	for _, c := range rec.Claims {
		ignored := false
		for _, v := range g.IgnoreValues {
			ignored = ignored || closeTo(c.Quantity.Value, v)
		}
		if !ignored {
			claims = append(claims, c)
		}
	}
	for _, strict := range []bool{false, true} {
		name := ClaimsLoose
		if strict {
			name = ClaimsStrict
		}
		match := func(gi, ri int) bool { return claimMatches(g.Claims[gi], claims[ri], strict) }
		c, missed, spurious := greedy(len(g.Claims), 0, len(claims), match)
		out[name] = c
		for _, i := range missed {
			ms.Missed[name] = append(ms.Missed[name], fmt.Sprintf("%s %v %q", g.Claims[i].Qualifier, g.Claims[i].Value, g.Claims[i].Where))
		}
		for _, i := range spurious {
			ms.Spurious[name] = append(ms.Spurious[name], fmt.Sprintf("%s %q counted %q", claims[i].Quantity.Qualifier, claims[i].Quantity.Text, claims[i].Counted))
		}
	}

	quotes := append(append([]GoldQuote{}, g.Quotes...), g.QuotesOptional...)
	c, missed, spurious := greedy(len(g.Quotes), len(g.QuotesOptional), len(rec.Quotes),
		func(gi, ri int) bool { return quoteMatches(quotes[gi], rec.Quotes[ri]) })
	out[Quotes] = c
	for _, i := range missed {
		ms.Missed[Quotes] = append(ms.Missed[Quotes], fmt.Sprintf("%v: %q", quotes[i].Speaker, quotes[i].Content))
	}
	for _, i := range spurious {
		q := rec.Quotes[i]
		sp := ""
		if q.Speaker != nil {
			sp = q.Speaker.Text
		}
		ms.Spurious[Quotes] = append(ms.Spurious[Quotes], fmt.Sprintf("%s: %q", sp, q.Content))
	}

	rels := append(append([]GoldRelation{}, g.Relations...), g.RelationsOptional...)
	c, missed, spurious = greedy(len(g.Relations), len(g.RelationsOptional), len(rec.Relations),
		func(gi, ri int) bool { return relationMatches(rels[gi], rec.Relations[ri]) })
	out[Relations] = c
	for _, i := range missed {
		ms.Missed[Relations] = append(ms.Missed[Relations], fmt.Sprintf("%v %v→%v", rels[i].Type, rels[i].From, rels[i].To))
	}
	for _, i := range spurious {
		r := rec.Relations[i]
		ms.Spurious[Relations] = append(ms.Spurious[Relations], fmt.Sprintf("%s %s→%s", r.Type, r.From, r.To))
	}
	return out, ms
}

// greedy matches gold items (required first, then optional ones) to
// record items: each gold item takes the first free record item it
// matches, in gold order. Record items taken by optional gold items are
// not counted. It returns the counts, the unmatched required gold items
// and the unmatched record items.
func greedy(required, optional, records int, match func(gi, ri int) bool) (Counts, []int, []int) {
	taken := make([]bool, records)
	c := Counts{Gold: required}
	var missed []int
	for gi := 0; gi < required+optional; gi++ {
		found := false
		for ri := 0; ri < records; ri++ {
			if !taken[ri] && match(gi, ri) {
				taken[ri], found = true, true
				break
			}
		}
		switch {
		case found && gi < required:
			c.Matched++
		case found:
			records-- // taken by an optional item: not counted
		case gi < required:
			missed = append(missed, gi)
		}
	}
	c.Predicted = records
	var spurious []int
	for ri, t := range taken {
		if !t {
			spurious = append(spurious, ri)
		}
	}
	return c, missed, spurious
}

func closeTo(v, gold float64) bool { return math.Abs(v-gold) <= 0.005*math.Abs(gold) }

func claimMatches(g GoldClaim, r record.Claim, strict bool) bool {
	if !closeTo(r.Quantity.Value, g.Value) || r.Quantity.Qualifier != g.Qualifier {
		return false
	}
	if !strict {
		return true
	}
	if len(g.Counted) > 0 && !anyOccurs(g.Counted, norm(r.Counted)) {
		return false
	}
	if len(g.Source) > 0 {
		if r.Source == nil {
			return false
		}
		s := r.Source.Text
		if r.Source.Entity != nil {
			s += " " + *r.Source.Entity
		}
		if !anyOccurs(g.Source, norm(s)) {
			return false
		}
	}
	return true
}

func quoteMatches(g GoldQuote, r record.Quote) bool {
	if len(g.Speaker) > 0 {
		if r.Speaker == nil {
			return false
		}
		s := r.Speaker.Text + " " + r.Speaker.Name
		if r.Speaker.Entity != nil {
			s += " " + *r.Speaker.Entity
		}
		if !anyOccurs(g.Speaker, norm(s)) {
			return false
		}
	}
	content, snippet := norm(r.Content), norm(g.Content)
	if strings.Contains(content, snippet) {
		return true
	}
	words := strings.Fields(snippet)
	if len(words) == 0 {
		return false
	}
	have := map[string]bool{}
	for _, w := range strings.FieldsFunc(content, notWord) {
		have[w] = true
	}
	n := 0
	for _, w := range strings.FieldsFunc(snippet, notWord) {
		if have[w] {
			n++
		}
	}
	return float64(n) >= 0.8*float64(len(strings.FieldsFunc(snippet, notWord)))
}

func relationMatches(g GoldRelation, r record.Relation) bool {
	if !g.Type.has(string(r.Type)) {
		return false
	}
	if g.From.has(r.From) && g.To.has(r.To) {
		return true
	}
	// symmetric relation types match in either direction
	return r.Type.Symmetric() && g.From.has(r.To) && g.To.has(r.From)
}

// norm lower-cases s, removes quotation marks and folds white space.
func norm(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '"', '\'', '„', '“', '”', '‚', '‘', '’', '«', '»', '‹', '›':
			return -1
		}
		return unicode.ToLower(r)
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

func anyOccurs(stems []string, s string) bool {
	for _, st := range stems {
		if st = norm(st); st != "" && strings.Contains(s, st) {
			return true
		}
	}
	return false
}

func notWord(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// GoldResult is the score of one gold file.
type GoldResult struct {
	Path   string
	Lang   string
	Counts map[string]Counts
	Misses Misses
}

// GoldReport is the result of scoring several gold files.
type GoldReport struct {
	Results []GoldResult
}

// ScoreGoldFiles reads each gold file, asks extract for the record of the
// text it names (the file beside it), and scores it.
func ScoreGoldFiles(paths []string, extract func(textPath string) (*record.Record, error)) (*GoldReport, error) {
	rep := &GoldReport{}
	for _, p := range paths {
		g, err := ReadGold(p)
		if err != nil {
			return nil, err
		}
		if g.File == "" {
			return nil, fmt.Errorf("%s: gold reading names no file", p)
		}
		rec, err := extract(filepath.Join(filepath.Dir(p), g.File))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		counts, misses := ScoreGold(rec, g)
		lang := g.Lang
		if lang == "" {
			lang = rec.Document.Lang
		}
		rep.Results = append(rep.Results, GoldResult{Path: p, Lang: lang, Counts: counts, Misses: misses})
	}
	return rep, nil
}

// Totals sums the counts per language and over all ("all").
func (r *GoldReport) Totals() map[string]map[string]Counts {
	t := map[string]map[string]Counts{}
	for _, res := range r.Results {
		for _, key := range []string{res.Lang, "all"} {
			if t[key] == nil {
				t[key] = map[string]Counts{}
			}
			for cat, c := range res.Counts {
				sum := t[key][cat]
				sum.Add(c)
				t[key][cat] = sum
			}
		}
	}
	return t
}

// Write prints the micro-averaged scores per language as a Markdown
// table, and with verbose the misses of each file.
func (r *GoldReport) Write(w io.Writer, verbose bool) {
	totals := r.Totals()
	var keys []string
	for k := range totals {
		if k != "all" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	if len(keys) > 1 {
		keys = append(keys, "all")
	}
	fmt.Fprintf(w, "%d gold files\n\n", len(r.Results))
	fmt.Fprintln(w, "| set | category | P | R | F1 | matched | predicted | gold |")
	fmt.Fprintln(w, "|---|---|---:|---:|---:|---:|---:|---:|")
	for _, k := range keys {
		for _, cat := range GoldCategories {
			c := totals[k][cat]
			fmt.Fprintf(w, "| %s | %s | %.3f | %.3f | %.3f | %d | %d | %d |\n", k, cat, c.Precision(), c.Recall(), c.F1(), c.Matched, c.Predicted, c.Gold)
		}
	}
	if !verbose {
		return
	}
	for _, res := range r.Results {
		fmt.Fprintf(w, "\n### %s\n", res.Path)
		for _, cat := range GoldCategories {
			fmt.Fprintf(w, "%s: %s\n", cat, res.Counts[cat])
			for _, m := range res.Misses.Missed[cat] {
				fmt.Fprintf(w, "  missed   %s\n", m)
			}
			for _, m := range res.Misses.Spurious[cat] {
				fmt.Fprintf(w, "  spurious %s\n", m)
			}
		}
	}
}

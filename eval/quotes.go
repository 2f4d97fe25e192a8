package eval

import (
	"fmt"
	"io"
	"sort"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
)

// QuoteExtractor returns the statements Hebel finds in text of language
// lang ("de", "en"); cmd/hebel passes the pipeline.
type QuoteExtractor func(text, lang string) []hebel.Quote

// goldAttribution is one gold quotation with byte spans (empty Speaker
// when the annotation names none).
type goldAttribution struct {
	Type    string
	Content []hebel.Span
	Speaker []hebel.Span
	Cue     string
}

// QuoteReport holds the lenient (any overlap) scores of one quotation
// dataset: the content span, the speaker, the cue, speaker and content
// together (pairing), and the recall per gold quotation type.
type QuoteReport struct {
	Dataset  string
	Docs     int
	Content  Counts
	Speaker  Counts
	Cue      Counts
	Pairing  Counts
	ByType   map[string]*Counts // Matched and Gold only: recall per type
	Failures int                // documents that could not be read
	// Tokens holds the dataset's own token-level scores (German Wikinews
	// only; nil elsewhere).
	Tokens *TokenScores
}

// Write prints the report as a Markdown table.
func (r *QuoteReport) Write(w io.Writer) {
	fmt.Fprintf(w, "%s: %d documents (lenient: any overlap)\n\n", r.Dataset, r.Docs)
	fmt.Fprintln(w, "| role | P | R | F1 | matched | predicted | gold |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|")
	for _, row := range []struct {
		name string
		c    Counts
	}{{"content", r.Content}, {"speaker", r.Speaker}, {"cue", r.Cue}, {"speaker+content", r.Pairing}} {
		fmt.Fprintf(w, "| %s | %.3f | %.3f | %.3f | %d | %d | %d |\n", row.name,
			row.c.Precision(), row.c.Recall(), row.c.F1(), row.c.Matched, row.c.Predicted, row.c.Gold)
	}
	if r.Tokens != nil {
		r.Tokens.Write(w)
	}
	if len(r.ByType) > 0 {
		fmt.Fprintln(w, "\n| gold type | content recall | matched | gold |")
		fmt.Fprintln(w, "|---|---:|---:|---:|")
		var types []string
		for t := range r.ByType {
			types = append(types, t)
		}
		sort.Strings(types)
		for _, t := range types {
			c := r.ByType[t]
			fmt.Fprintf(w, "| %s | %.3f | %d | %d |\n", t, c.Recall(), c.Matched, c.Gold)
		}
	}
}

// scoreAttributions matches predicted statements to gold quotations in
// one document by content overlap (greedy, one to one, in gold order) and
// adds the tallies to r. A speaker matches when its span overlaps a gold
// speaker span; a cue when it equals the gold cue's first word.
func (r *QuoteReport) scoreAttributions(text string, gold []goldAttribution, pred []hebel.Quote) {
	used := make([]bool, len(pred))
	r.Content.Gold += len(gold)
	r.Content.Predicted += len(pred)
	r.Pairing.Gold += len(gold)
	r.Pairing.Predicted += len(pred)
	for _, q := range pred {
		if q.Speaker != nil {
			r.Speaker.Predicted++
		}
		if q.Cue != "" {
			r.Cue.Predicted++
		}
	}
	for _, g := range gold {
		if len(g.Speaker) > 0 {
			r.Speaker.Gold++
		}
		if g.Cue != "" {
			r.Cue.Gold++
		}
		if r.ByType != nil {
			if r.ByType[g.Type] == nil {
				r.ByType[g.Type] = &Counts{}
			}
			r.ByType[g.Type].Gold++
		}
		for i, q := range pred {
			if used[i] || !overlapsAny(q.Content, g.Content) {
				continue
			}
			used[i] = true
			r.Content.Matched++
			if r.ByType != nil {
				r.ByType[g.Type].Matched++
			}
			spk := q.Speaker != nil && len(g.Speaker) > 0 && overlapsAny(q.Speaker.Span, g.Speaker)
			if spk {
				r.Speaker.Matched++
			}
			if spk || q.Speaker == nil && len(g.Speaker) == 0 {
				r.Pairing.Matched++
			}
			if q.Cue != "" && g.Cue != "" && firstWordFold(q.Cue) == firstWordFold(g.Cue) {
				r.Cue.Matched++
			}
			break
		}
	}
}

func overlapsAny(s hebel.Span, spans []hebel.Span) bool {
	for _, g := range spans {
		if s.Start < g.End && g.Start < s.End {
			return true
		}
	}
	return false
}

func firstWordFold(s string) string {
	for i, r := range s {
		if r == ' ' {
			s = s[:i]
			break
		}
	}
	return norm(s)
}

// runeToByte maps rune offsets of text to byte offsets (the datasets
// count characters, Hebel counts bytes). Offsets past the end map to
// len(text).
func runeToByte(text string) func(int) int {
	idx := make([]int, 0, len(text)+1)
	for i := range text {
		idx = append(idx, i)
	}
	idx = append(idx, len(text))
	n := utf8.RuneCountInString(text)
	return func(r int) int {
		if r < 0 {
			return 0
		}
		if r > n {
			return len(text)
		}
		return idx[r]
	}
}

package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

// NERSentence is one tokenised sentence with a gold label per token, in
// BIO or IO notation ("B-PER", "I-LOC", "O").
type NERSentence struct {
	Tokens []string
	Labels []string
}

// NERFormat names the layout of an NER file.
type NERFormat string

// Formats ReadNER understands.
const (
	GermEval NERFormat = "germeval" // "#" comment, then idx, token, outer BIO, inner BIO
	CoNLL    NERFormat = "conll"    // "token … TAG" (last column), -DOCSTART- lines, IO or BIO
	UNER     NERFormat = "uner"     // Universal NER iob2: "#" comments, then idx, token, BIO tag, …
)

// ReadNER reads an NER file. For GermEval it keeps the outer column.
func ReadNER(path string, format NERFormat) ([]NERSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading NER data: %w", err)
	}
	defer f.Close()
	return ParseNER(f, format)
}

// ParseNER reads NER sentences from r; see ReadNER.
func ParseNER(r io.Reader, format NERFormat) ([]NERSentence, error) {
	var out []NERSentence
	var cur NERSentence
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = NERSentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		switch format {
		case GermEval, UNER:
			if line[0] == '#' {
				continue
			}
			f := strings.Split(line, "\t")
			if len(f) < 3 {
				continue
			}
			cur.Tokens = append(cur.Tokens, f[1])
			cur.Labels = append(cur.Labels, f[2])
		default:
			f := strings.Fields(line)
			if len(f) < 2 {
				continue
			}
			if f[0] == "-DOCSTART-" {
				flush()
				continue
			}
			cur.Tokens = append(cur.Tokens, f[0])
			cur.Labels = append(cur.Labels, f[len(f)-1])
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading NER data: %w", err)
	}
	return out, nil
}

// nerSpan is a labelled run of tokens [start, end).
type nerSpan struct {
	start, end int
	class      string
}

// nerClass returns the class of a label and whether it begins a span
// ("B-"), mapping CoNLL's MISC to OTH; "" for O. A label without "-" is
// an IO class.
func nerClass(label string) (class string, begin bool) {
	bio, c, ok := strings.Cut(label, "-")
	if !ok { // bare IO class ("LOC" in the Europarl sample)
		if label == "O" || label == "0" || label == "" {
			return "", false
		}
		bio, c = "I", label
	}
	if c == "MISC" {
		c = "OTH"
	}
	return c, bio == "B"
}

// nerSpans reads BIO or IO labels as spans. An I- after another class or
// after O starts a span, as in CoNLL's conlleval.
func nerSpans(labels []string) []nerSpan {
	var out []nerSpan
	for i := 0; i < len(labels); {
		c, _ := nerClass(labels[i])
		if c == "" {
			i++
			continue
		}
		j := i + 1
		for j < len(labels) {
			cj, bj := nerClass(labels[j])
			if cj != c || bj {
				break
			}
			j++
		}
		out = append(out, nerSpan{i, j, c})
		i = j
	}
	return out
}

// NERCount is the span counts of one class.
type NERCount struct {
	Gold, Found, Right int
}

// Precision is Right / Found.
func (c NERCount) Precision() float64 { return ratio(c.Right, c.Found) }

// Recall is Right / Gold.
func (c NERCount) Recall() float64 { return ratio(c.Right, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c NERCount) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// NERReport is the result of ScoreNER: exact span matches per class and
// overall for the classes scored.
type NERReport struct {
	Name      string
	Sentences int
	Tokens    int
	Bytes     int64
	Classes   []string // the scored classes, in order
	PerClass  map[string]*NERCount
	Overall   NERCount
	Elapsed   time.Duration // time spent in the tagger
}

// ScoreNER runs tag over every sentence and scores its labels against the
// gold ones by exact span match for the classes listed (others, such as
// OTH and GermEval's *deriv and *part, are ignored on both sides).
func ScoreNER(name string, sents []NERSentence, classes []string, tag func(tokens []string) []string) *NERReport {
	rep := &NERReport{Name: name, Classes: classes, PerClass: map[string]*NERCount{}}
	scored := map[string]bool{}
	for _, c := range classes {
		scored[c] = true
		rep.PerClass[c] = &NERCount{}
	}
	for _, s := range sents {
		rep.Sentences++
		rep.Tokens += len(s.Tokens)
		for _, t := range s.Tokens {
			rep.Bytes += int64(len(t)) + 1
		}
		start := time.Now()
		pred := tag(s.Tokens)
		rep.Elapsed += time.Since(start)
		gold := map[nerSpan]bool{}
		for _, g := range nerSpans(s.Labels) {
			if scored[g.class] {
				gold[g] = true
				rep.PerClass[g.class].Gold++
			}
		}
		for _, p := range nerSpans(pred) {
			if !scored[p.class] {
				continue
			}
			rep.PerClass[p.class].Found++
			if gold[p] {
				rep.PerClass[p.class].Right++
			}
		}
	}
	for _, c := range classes {
		n := rep.PerClass[c]
		rep.Overall.Gold += n.Gold
		rep.Overall.Found += n.Found
		rep.Overall.Right += n.Right
	}
	return rep
}

// Write prints the report as a Markdown table.
func (r *NERReport) Write(w io.Writer) {
	fmt.Fprintf(w, "NER on %s: %d sentences, %d tokens (exact span match)\n\n", r.Name, r.Sentences, r.Tokens)
	fmt.Fprintln(w, "| class | gold | found | right | P | R | F1 |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|")
	classes := append([]string(nil), r.Classes...)
	sort.Strings(classes)
	row := func(name string, c NERCount) {
		fmt.Fprintf(w, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |\n", name, c.Gold, c.Found, c.Right, c.Precision(), c.Recall(), c.F1())
	}
	for _, c := range classes {
		row(c, *r.PerClass[c])
	}
	row("**overall**", r.Overall)
	if r.Elapsed > 0 {
		fmt.Fprintf(w, "\nTagger time %v, %.2f MB/s of token text.\n", r.Elapsed.Round(time.Millisecond), float64(r.Bytes)/1e6/r.Elapsed.Seconds())
	}
}

package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
)

// wikinewsDoc is one article of the German Wikinews quotation dataset
// (Petersen-Frey & Biemann, LREC-COLING 2024).
type wikinewsDoc struct {
	Text        string `json:"originalText"`
	Annotations []struct {
		Type      string       `json:"type"`
		Cue       wikinewsRole `json:"cue"`
		Quote     wikinewsRole `json:"quote"`
		Speaker   wikinewsRole `json:"speaker"`
		Frame     wikinewsRole `json:"frame"`
		Addressee wikinewsRole `json:"addressee"`
	} `json:"annotations"`
	Tokens []struct {
		CharBegin int `json:"charBegin"`
		CharEnd   int `json:"charEnd"`
	} `json:"tokens"`
}

type wikinewsRole struct {
	Spans []struct {
		CharBegin int `json:"charBegin"`
		CharEnd   int `json:"charEnd"`
	} `json:"spans"`
	Text     string `json:"text"`
	TokenIDs []int  `json:"tokenIds"`
}

// QuotesDE scores extract on the German Wikinews quotation dataset in dir
// (one split: train, dev or test; one JSON file per article): quotation
// content, speaker, cue and speaker+content pairing, lenient (any
// character overlap), with recall per quotation type.
func QuotesDE(dir string, extract QuoteExtractor) (*QuoteReport, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("eval quotes-de: no *.json files in %s", dir)
	}
	sort.Strings(paths)
	rep := &QuoteReport{Dataset: "german-quotes-wikinews " + filepath.Base(dir), ByType: map[string]*Counts{}}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var d wikinewsDoc
		if err := json.Unmarshal(b, &d); err != nil {
			rep.Failures++
			continue
		}
		rb := runeToByte(d.Text)
		spans := func(r wikinewsRole) []hebel.Span {
			var out []hebel.Span
			for _, s := range r.Spans {
				out = append(out, hebel.Span{Start: rb(s.CharBegin), End: rb(s.CharEnd)})
			}
			return out
		}
		var gold []goldAttribution
		for _, a := range d.Annotations {
			gold = append(gold, goldAttribution{Type: a.Type, Content: spans(a.Quote), Speaker: spans(a.Speaker), Cue: a.Cue.Text})
		}
		rep.Docs++
		pred := extract(d.Text, "de")
		rep.scoreAttributions(d.Text, gold, pred)
		rep.scoreWikinewsTokens(&d, pred)
	}
	return rep, nil
}

// scoreWikinewsTokens adds the token-level scores of one article.
func (r *QuoteReport) scoreWikinewsTokens(d *wikinewsDoc, pred []hebel.Quote) {
	if len(d.Tokens) == 0 {
		return
	}
	if r.Tokens == nil {
		r.Tokens = &TokenScores{}
	}
	toks := make([][2]int, len(d.Tokens))
	for i, t := range d.Tokens {
		toks[i] = [2]int{t.CharBegin, t.CharEnd}
	}
	ids := func(w wikinewsRole) []int {
		out := append([]int(nil), w.TokenIDs...)
		sort.Ints(out)
		return out
	}
	var gold []tokenGroup
	for _, a := range d.Annotations {
		gold = append(gold, tokenGroup{ids(a.Quote), ids(a.Addressee), ids(a.Cue), ids(a.Frame), ids(a.Speaker)})
	}
	br := byteToRune(d.Text)
	var contents [][2]int
	for _, q := range pred {
		contents = append(contents, runeSpan(br, q.Content))
	}
	var sys []tokenGroup
	for _, q := range pred {
		g := tokenGroup{tokensIn(toks, [][2]int{runeSpan(br, q.Content)})}
		if q.Speaker != nil {
			g[4] = tokensIn(toks, [][2]int{runeSpan(br, q.Speaker.Span)})
		}
		if q.Cue != "" {
			// a cue inside the content (the Konjunktiv of a continued
			// statement) is no cue in the dataset's sense
			g[2] = without(cueTokens(d.Text, br, toks, q), g[0])
		}
		if len(g[2]) > 0 {
			// the frame: the rest of the statement's sentence outside
			// every content ("Lee sagte am Montag," "laut Lee")
			g[3] = without(tokensIn(toks, [][2]int{runeSpan(br, q.Span)}), tokensIn(toks, contents))
		}
		sys = append(sys, g)
	}
	r.Tokens.scoreTokens(gold, sys)
}

// cueTokens returns the tokens of the cue words of q: the nearest
// occurrence of its first word in the statement's span.
func cueTokens(text string, br func(int) int, toks [][2]int, q hebel.Quote) []int {
	w := q.Cue
	if i := strings.IndexByte(w, ' '); i > 0 {
		w = w[:i]
	}
	if q.Span.End > len(text) || q.Span.Start < 0 {
		return nil
	}
	i := strings.Index(text[q.Span.Start:q.Span.End], w)
	if i < 0 {
		return nil
	}
	s := q.Span.Start + i
	return tokensIn(toks, [][2]int{{br(s), br(s + len(w))}})
}

// byteToRune maps byte offsets of text to rune offsets.
func byteToRune(text string) func(int) int {
	idx := make([]int, len(text)+1)
	n := 0
	for i := range text {
		for j := i; j < len(text) && (j == i || !utf8.RuneStart(text[j])); j++ {
			idx[j] = n
		}
		n++
	}
	idx[len(text)] = n
	return func(b int) int {
		if b < 0 {
			return 0
		}
		if b > len(text) {
			return n
		}
		return idx[b]
	}
}

// without returns the ids of a not in b (both sorted).
func without(a, b []int) []int {
	var out []int
	j := 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j < len(b) && b[j] == x {
			continue
		}
		out = append(out, x)
	}
	return out
}

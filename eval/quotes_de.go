package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/hebel-project/hebel"
)

// wikinewsDoc is one article of the German Wikinews quotation dataset
// (Petersen-Frey & Biemann, LREC-COLING 2024).
type wikinewsDoc struct {
	Text        string `json:"originalText"`
	Annotations []struct {
		Type    string       `json:"type"`
		Cue     wikinewsRole `json:"cue"`
		Quote   wikinewsRole `json:"quote"`
		Speaker wikinewsRole `json:"speaker"`
	} `json:"annotations"`
}

type wikinewsRole struct {
	Spans []struct {
		CharBegin int `json:"charBegin"`
		CharEnd   int `json:"charEnd"`
	} `json:"spans"`
	Text string `json:"text"`
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
		rep.scoreAttributions(d.Text, gold, extract(d.Text, "de"))
	}
	return rep, nil
}

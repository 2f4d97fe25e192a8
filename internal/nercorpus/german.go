package nercorpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// LER maps the 19 classes of the German legal NER corpus (Leitner, Rehm &
// Moreno-Schneider 2019): people, judges and lawyers are PER; countries,
// cities, streets and landscapes LOC; organisations, companies,
// institutions and courts ORG; brands, laws, ordinances, regulations,
// contracts, court decisions and literature OTH.
func LER(class string) string {
	switch class {
	case "PER", "RR", "AN":
		return "PER"
	case "LD", "ST", "STR", "LDS":
		return "LOC"
	case "ORG", "UN", "INN", "GRT":
		return "ORG"
	case "MRK", "GS", "VO", "EUN", "VS", "VT", "RS", "LIT":
		return "OTH"
	}
	return ""
}

// ReadLER reads one LER file (CoNLL: token and tag, CRLF or LF, plain or
// gzip).
func ReadLER(path string) ([]Sentence, error) {
	return ReadColumns(path, Columns{Token: 0, Tag: -1}, LER)
}

// SmartData maps the classes of the DFKI SmartData corpus (Schiersch et
// al. 2018): persons PER; locations, cities, streets and stops LOC;
// organisations and companies ORG; routes ("A9", "S1") OTH; dates,
// numbers, triggers, positions and the rest no name.
func SmartData(class string) string {
	switch class {
	case "person":
		return "PER"
	case "location", "location-city", "location-street", "location-stop":
		return "LOC"
	case "organization", "organization-company":
		return "ORG"
	case "location-route":
		return "OTH"
	}
	return ""
}

// Tokenizer splits a text into tokens, returning their byte spans.
type Tokenizer func(text string) [][2]int

// smartDoc is the part of a SmartData JSON document the reader uses.
type smartDoc struct {
	Text struct {
		String string `json:"string"`
	} `json:"text"`
	ConceptMentions struct {
		Array []struct {
			Span struct {
				Start int `json:"start"`
				End   int `json:"end"`
			} `json:"span"`
			Type string `json:"type"`
		} `json:"array"`
	} `json:"conceptMentions"`
}

// ReadSmartData reads a SmartData JSON file (a stream of documents, plain
// or gzip), splits each text into sentences and tokens with tok and
// labels the tokens that the mentions cover. Mention offsets count UTF-16
// code units, as the corpus's Java tools wrote them.
func ReadSmartData(path string, tok Tokenizer) ([]Sentence, error) {
	rc, err := open(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	defer rc.Close()
	dec := json.NewDecoder(bufio.NewReader(rc))
	var out []Sentence
	for {
		var d smartDoc
		if err := dec.Decode(&d); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("reading %s: %w", path, err)
		}
		out = append(out, labelText(d, tok)...)
	}
	return out, nil
}

// utf16Bytes maps each UTF-16 offset of s to its byte offset.
func utf16Bytes(s string) []int {
	m := make([]int, 0, len(s)+1)
	for i, r := range s {
		m = append(m, i)
		if utf16.RuneLen(r) == 2 {
			m = append(m, i)
		}
	}
	return append(m, len(s))
}

// labelText tokenises one document and labels its tokens.
func labelText(d smartDoc, tok Tokenizer) []Sentence {
	text := d.Text.String
	if !utf8.ValidString(text) {
		return nil
	}
	off := utf16Bytes(text)
	spans := tok(text)
	labels := make([]string, len(spans))
	for i := range labels {
		labels[i] = "O"
	}
	ms := slices.Clone(d.ConceptMentions.Array)
	// Longer mentions first: an organisation keeps the place inside it.
	slices.SortStableFunc(ms, func(a, b struct {
		Span struct {
			Start int `json:"start"`
			End   int `json:"end"`
		} `json:"span"`
		Type string `json:"type"`
	}) int {
		return (b.Span.End - b.Span.Start) - (a.Span.End - a.Span.Start)
	})
	for _, m := range ms {
		c := SmartData(m.Type)
		if c == "" || m.Span.Start < 0 || m.Span.End >= len(off) || m.Span.Start >= m.Span.End {
			continue
		}
		s, e := off[m.Span.Start], off[m.Span.End]
		var ix []int
		free := true
		for i, sp := range spans {
			if sp[0] < e && s < sp[1] {
				ix = append(ix, i)
				free = free && labels[i] == "O"
			}
		}
		if !free || len(ix) == 0 {
			continue
		}
		for k, i := range ix {
			if k == 0 {
				labels[i] = "B-" + c
			} else {
				labels[i] = "I-" + c
			}
		}
	}
	return sentences(text, spans, labels)
}

// maxSentence is the longest sentence, in tokens, that text without
// sentence marks is cut into.
const maxSentence = 60

// sentences splits labelled tokens of text into sentences: after a
// full stop, question or exclamation mark before a capital letter, at a
// line break, and at most maxSentence tokens each. A cut never falls
// inside a name.
func sentences(text string, spans [][2]int, labels []string) []Sentence {
	var out []Sentence
	start := 0
	cut := func(end int) {
		if end > start {
			s := Sentence{Tokens: make([]string, 0, end-start), Labels: slices.Clone(labels[start:end])}
			for _, sp := range spans[start:end] {
				s.Tokens = append(s.Tokens, text[sp[0]:sp[1]])
			}
			out = append(out, s)
		}
		start = end
	}
	for i := 1; i < len(spans); i++ {
		if strings.HasPrefix(labels[i], "I-") {
			continue
		}
		prev := text[spans[i-1][0]:spans[i-1][1]]
		brk := strings.Contains(text[spans[i-1][1]:spans[i][0]], "\n") ||
			(prev == "." || prev == "!" || prev == "?") && upperStart(text[spans[i][0]:]) ||
			i-start >= maxSentence
		if brk {
			cut(i)
		}
	}
	cut(len(spans))
	return out
}

// upperStart reports whether s starts with an upper-case letter or a
// quotation mark.
func upperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 'A' && r <= 'Z' || r == 'Ä' || r == 'Ö' || r == 'Ü' || r == '"' || r == '„' || r > 0xff && r != utf8.RuneError
}

// ReadEuropeana reads a Europeana Newspapers NER file (token and BIO tag
// per line, no sentence breaks) and cuts it into sentences at
// sentence-final punctuation before a capital letter, at most
// maxSentence tokens each.
func ReadEuropeana(path string) ([]Sentence, error) {
	all, err := ReadColumns(path, Columns{Token: 0, Tag: -1}, europeana)
	if err != nil {
		return nil, err
	}
	var toks, labels []string
	for _, s := range all {
		toks = append(toks, s.Tokens...)
		labels = append(labels, s.Labels...)
	}
	// Rebuild a text so that sentences can cut it like any other.
	var b strings.Builder
	spans := make([][2]int, len(toks))
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		spans[i] = [2]int{b.Len(), b.Len() + len(t)}
		b.WriteString(t)
	}
	return sentences(b.String(), spans, labels), nil
}

// europeana keeps PER, LOC and ORG; the rest (a few MISC and typos) is
// no name.
func europeana(class string) string {
	switch class {
	case "PER", "LOC", "ORG":
		return class
	}
	return ""
}

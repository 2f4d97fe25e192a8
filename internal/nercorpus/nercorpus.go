// Package nercorpus reads the named-entity training corpora in
// ../shared/data/train and the GermEval development set into tokenised
// sentences with one label per token, mapping each corpus's classes onto
// the tagger's: PER, LOC, ORG, OTH (other names) and O; GermEval's
// derived and partial names ("LOCderiv", "ORGpart") are kept as written.
// It is used by the tagger generator (entity/gen_tagger.go) and its
// tests; it never reads evaluation-only sets and knows nothing of the
// tagger itself.
package nercorpus

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
)

// Sentence is one tokenised sentence with a BIO label per token: "O",
// "B-PER", "I-LOC", "B-OTH", "I-ORGpart" …
type Sentence struct {
	Tokens []string
	Labels []string
}

// ClassMap maps a corpus's class name (without "B-"/"I-") to the
// tagger's class: "PER", "LOC", "ORG", "OTH", or "" for no name.
type ClassMap func(class string) string

// Columns describes a whitespace-separated token-per-line file: the
// column of the token and of the tag (-1: the last column).
type Columns struct {
	Token, Tag int
	Tabs       bool // split on tabs only (tokens may hold spaces)
}

// open opens path, decompressing it when it ends in ".gz".
func open(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(path, ".gz") {
		return f, nil
	}
	z, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return struct {
		io.Reader
		io.Closer
	}{z, f}, nil
}

// ReadColumns reads a token-per-line file (plain or gzip) with blank
// lines between sentences; "#" comment lines and "-DOCSTART-" lines are
// skipped. Tags are BIO or IO; m maps their classes.
func ReadColumns(path string, c Columns, m ClassMap) ([]Sentence, error) {
	rc, err := open(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	defer rc.Close()
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(rc)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if line[0] == '#' && c.Tabs {
			continue
		}
		var f []string
		if c.Tabs {
			f = strings.Split(line, "\t")
		} else {
			f = strings.Fields(line)
		}
		if len(f) < 2 || f[0] == "-DOCSTART-" {
			if len(f) > 0 && f[0] == "-DOCSTART-" {
				flush()
			}
			continue
		}
		tag := c.Tag
		if tag < 0 {
			tag = len(f) - 1
		}
		if c.Token >= len(f) || tag >= len(f) {
			continue
		}
		cur.Tokens = append(cur.Tokens, f[c.Token])
		cur.Labels = append(cur.Labels, mapLabel(f[tag], m))
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return out, nil
}

// mapLabel maps one BIO or IO label through m.
func mapLabel(label string, m ClassMap) string {
	if label == "O" || label == "0" || label == "" {
		return "O"
	}
	bio, class, ok := strings.Cut(label, "-")
	if !ok {
		bio, class = "I", label
	}
	if bio != "B" && bio != "I" {
		return "O"
	}
	c := m(class)
	if c == "" {
		return "O"
	}
	return bio + "-" + c
}

// Keep maps every class to itself: for GermEval's outer column, whose
// classes (PER, LOC, ORG, OTH, *deriv, *part) the tagger reads as they are.
func Keep(class string) string { return class }

// ReadGermEval reads the outer column of a GermEval 2014 file.
func ReadGermEval(path string) ([]Sentence, error) {
	return ReadColumns(path, Columns{Token: 1, Tag: 2, Tabs: true}, Keep)
}

// ReadUNER reads a Universal NER file (CoNLL-U-like iob2: index, token,
// tag, …; "#" comments).
func ReadUNER(path string) ([]Sentence, error) {
	return ReadColumns(path, Columns{Token: 1, Tag: 2, Tabs: true}, Keep)
}

// Dedup drops sentences whose tokens repeat an earlier sentence's or one
// of except's (court decisions repeat boilerplate; held-out sentences
// stay out of training).
func Dedup(sents []Sentence, except ...[]Sentence) []Sentence {
	seen := map[string]bool{}
	for _, ss := range except {
		for _, s := range ss {
			seen[strings.Join(s.Tokens, " ")] = true
		}
	}
	out := sents[:0:0]
	for _, s := range sents {
		k := strings.Join(s.Tokens, " ")
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}

// Names counts the names (B- labels, or an I- that starts a run) in sents
// by class.
func Names(sents []Sentence) map[string]int {
	n := map[string]int{}
	for _, s := range sents {
		prev := ""
		for _, l := range s.Labels {
			bio, c, ok := strings.Cut(l, "-")
			if !ok {
				prev = ""
				continue
			}
			if bio == "B" || c != prev {
				n[c]++
			}
			prev = c
		}
	}
	return n
}

// WithNames keeps the sentences that hold a PER, LOC or ORG name.
func WithNames(sents []Sentence) []Sentence {
	out := sents[:0:0]
	for _, s := range sents {
		for _, l := range s.Labels {
			if _, c, ok := strings.Cut(l, "-"); ok && (c == "PER" || c == "LOC" || c == "ORG") {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

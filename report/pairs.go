package report

import (
	"sort"
	"strings"

	"github.com/hebel-project/hebel"
)

// StatePair is an unordered pair of states an article discusses, with
// the evidence of how much.
type StatePair struct {
	A, B      string    `json:"-"`
	States    [2]string `json:"states"`
	Relations int       `json:"relations"` // relations extracted between them
	Sentences int       `json:"sentences"` // sentences naming both
	Questions int       `json:"questions"` // of those, questions
	Mentions  int       `json:"mentions"`  // mentions of either, in those sentences
	Weight    float64   `json:"weight"`
}

// Pair weights: a relation between two states counts as much as
// RelationWeight sentences naming both; a question (a sentence ending in
// "?") naming both, as much as QuestionWeight sentences: it is the
// article's own question.
const (
	RelationWeight = 3
	QuestionWeight = 5
)

// FindPairs returns the pairs of states (entities of type country) the
// record discusses, heaviest first: each extracted relation between two
// states weighs RelationWeight, each sentence naming both 1 (a question
// QuestionWeight), plus a tenth of their mentions in those sentences.
// Ties go by code.
func FindPairs(rec *hebel.Record) []StatePair {
	country := map[string]bool{}
	for _, e := range rec.Entities {
		if e.Type == hebel.Country {
			country[e.ID] = true
		}
	}
	pairs := map[[2]string]*StatePair{}
	get := func(a, b string) *StatePair {
		if b < a {
			a, b = b, a
		}
		k := [2]string{a, b}
		if pairs[k] == nil {
			pairs[k] = &StatePair{A: a, B: b, States: k}
		}
		return pairs[k]
	}
	for _, r := range rec.Relations {
		if country[r.From] && country[r.To] && r.From != r.To {
			get(r.From, r.To).Relations++
		}
	}
	// Mentions by sentence.
	sents := rec.Sentences
	if len(sents) == 0 {
		sents = []hebel.Span{{Start: 0, End: len(rec.Document.Text)}}
	}
	hits := make([]map[string]int, len(sents))
	for _, e := range rec.Entities {
		if !country[e.ID] {
			continue
		}
		for _, m := range e.Mentions {
			i := sort.Search(len(sents), func(i int) bool { return sents[i].End > m.Start })
			if i < len(sents) && sents[i].Start <= m.Start {
				if hits[i] == nil {
					hits[i] = map[string]int{}
				}
				hits[i][e.ID]++
			}
		}
	}
	for si, h := range hits {
		q := strings.HasSuffix(strings.TrimSpace(sents[si].Text(rec.Document.Text)), "?")
		var ids []string
		for id := range h {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for i := range ids {
			for j := i + 1; j < len(ids); j++ {
				p := get(ids[i], ids[j])
				p.Sentences++
				if q {
					p.Questions++
				}
				p.Mentions += h[ids[i]] + h[ids[j]]
			}
		}
	}
	out := make([]StatePair, 0, len(pairs))
	for _, p := range pairs {
		p.Weight = float64(RelationWeight*p.Relations+p.Sentences+(QuestionWeight-1)*p.Questions) + float64(p.Mentions)/10
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Weight != out[j].Weight {
			return out[i].Weight > out[j].Weight
		}
		return out[i].A+out[i].B < out[j].A+out[j].B
	})
	return out
}

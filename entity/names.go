package entity

import (
	"bytes"
	"embed"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
)

// models holds the shipped tagger models, one per language
// (tagger_<code>.bin), made by gen_tagger.go (go generate).
//
//go:embed tagger_*.bin
var models embed.FS

// taggers caches the tagger of each language; nil when none is shipped.
var taggers sync.Map // language code → *Tagger (or nil)

// TaggerFor returns the shipped name tagger for p's language, or nil when
// there is none. The model is read once, lazily.
func TaggerFor(p *lang.Profile) *Tagger {
	if p == nil {
		return nil
	}
	if t, ok := taggers.Load(p.Code); ok {
		return t.(*Tagger)
	}
	var t *Tagger
	if data, err := models.ReadFile("tagger_" + p.Code + ".bin"); err == nil {
		t, _ = ReadTagger(bytes.NewReader(data))
	}
	v, _ := taggers.LoadOrStore(p.Code, t)
	return v.(*Tagger)
}

// Names returns the names the tagger finds in text, with gazetteer hits
// as features. Names are byte spans with a class (PER, LOC, ORG, OTH).
func (t *Tagger) Names(text string, p *lang.Profile) []Name {
	if t == nil {
		return nil
	}
	return t.tagSpans(text, tagTokens(text, nil), gazetteerHits(text, p), p, nil, &scratchPool)
}

// Labels tags pre-tokenised text (tokens joined by spaces) and returns a
// BIO label per token ("B-PER", "I-ORG", "O") for the reported classes,
// as evaluations on tokenised corpora need it.
func (t *Tagger) Labels(tokens []string, p *lang.Profile) []string {
	out := make([]string, len(tokens))
	for i := range out {
		out[i] = "O"
	}
	if t == nil || len(tokens) == 0 {
		return out
	}
	text, toks := joinTokens(tokens)
	var w *lang.ActorWords
	if p != nil {
		w = &p.Actors.Words
	}
	in := t.infos(text, toks, gazetteerHits(text, p), w, nil)
	for i := range in {
		in[i].start = i == 0
	}
	var sc scratch
	tags := t.decode(in, &sc, nil)
	for i, k := range tags {
		c := tagClasses[k]
		if c == "" || c == "X" {
			continue
		}
		if k%2 == 1 {
			out[i] = "B-" + c
		} else {
			out[i] = "I-" + c
		}
	}
	return out
}

// Labels tags pre-tokenised text (tokens joined by spaces) and returns a
// BIO label per token ("B-PER", "I-ORG", "O"): the names of the actors
// Find reports, as users get them – the tagger's names as corrected and
// linked, gazetteer and rule names – with countries by name or capital and
// places as LOC, people as PER, organisations as ORG; coreferent mentions,
// nationality adjectives and determiner phrases ("der Staatsanwalt") are
// no names. This is what `hebel eval ner` scores.
func (r *Recognizer) Labels(tokens []string, p *lang.Profile) []string {
	out := make([]string, len(tokens))
	for i := range out {
		out[i] = "O"
	}
	text, toks := joinTokens(tokens)
	for _, e := range r.Find(text, p) {
		class := ""
		switch e.Type {
		case hebel.Country, hebel.Place:
			class = "LOC"
		case hebel.Person:
			class = "PER"
		case hebel.Organisation:
			class = "ORG"
		}
		if class == "" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Coref || (e.Type == hebel.Country && !countryName(m.Text, p)) || genericPhrase(m.Text, p) {
				continue
			}
			i := sort.Search(len(toks), func(i int) bool { return toks[i].end > m.Start })
			j := i
			for j < len(toks) && toks[j].start < m.End {
				j++
			}
			if i == j || toks[i].start != m.Start || toks[j-1].end != m.End {
				continue // not on token bounds
			}
			free := true
			for k := i; k < j; k++ {
				free = free && out[k] == "O"
			}
			if !free {
				continue
			}
			out[i] = "B-" + class
			for k := i + 1; k < j; k++ {
				out[k] = "I-" + class
			}
		}
	}
	return out
}

// countryName reports whether a country mention is a name or a capital
// (not an adjective or inhabitant noun).
func countryName(text string, p *lang.Profile) bool {
	e, ok := Countries().index(p).m[text]
	return !ok || e.rank <= 2
}

// genericPhrase reports whether a mention is a determiner phrase ("der
// Staatsanwalt"), which names an actor but is no name.
func genericPhrase(text string, p *lang.Profile) bool {
	first, _, ok := strings.Cut(text, " ")
	return ok && p != nil && slices.Contains(p.Actors.Words.Determiners, first)
}

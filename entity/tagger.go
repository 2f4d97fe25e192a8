package entity

import (
	"unicode"
	"unicode/utf8"

	"github.com/hebel-project/hebel/lang"
)

// Tags of the name tagger: BIO over the outer classes of GermEval 2014.
// X stands for derived and partial names ("deutsche", "SPD-Chef"), which
// the tagger learns to keep apart but Hebel does not report.
const (
	tagO = iota
	tagBPER
	tagIPER
	tagBLOC
	tagILOC
	tagBORG
	tagIORG
	tagBOTH
	tagIOTH
	tagBX
	tagIX
	nTags
)

// tagClasses names the class of each tag; "" for O.
var tagClasses = [nTags]string{"", "PER", "PER", "LOC", "LOC", "ORG", "ORG", "OTH", "OTH", "X", "X"}

// NameClass is the class of a name the tagger finds, as in CoNLL and
// GermEval: PER, LOC, ORG or OTH.
type NameClass string

// Name classes the tagger reports.
const (
	PER NameClass = "PER"
	LOC NameClass = "LOC"
	ORG NameClass = "ORG"
	OTH NameClass = "OTH"
)

// Name is a name found by the tagger: a byte span and its class.
type Name struct {
	Start, End int
	Class      NameClass
}

// Tagger is an averaged-perceptron name tagger with greedy left-to-right
// decoding over word features, gazetteer hits and the two previous tags.
// It is read-only once built and safe for concurrent use.
type Tagger struct {
	weights    map[uint64]uint32 // feature → offset into w
	w          []float32         // nTags weights per feature
	firstNames map[string]byte
	table      table // weights as an open-addressing table for decoding
}

// table is an open-addressing hash table from feature hashes to weight
// offsets: faster than a Go map for the tagger's many misses.
type table struct {
	keys []uint64 // 0 marks an empty slot
	offs []uint32
	mask uint64
}

// build fills the table from t.weights.
func (t *Tagger) build() {
	n := uint64(16)
	for n < uint64(len(t.weights))*2 {
		n <<= 1
	}
	t.table = table{keys: make([]uint64, n), offs: make([]uint32, n), mask: n - 1}
	for h, off := range t.weights {
		if h == 0 {
			h = 1
		}
		i := h & t.table.mask
		for t.table.keys[i] != 0 {
			i = (i + 1) & t.table.mask
		}
		t.table.keys[i], t.table.offs[i] = h, off
	}
}

// lookup returns the weight offset of feature h.
func (tb *table) lookup(h uint64) (uint32, bool) {
	if h == 0 {
		h = 1
	}
	for i := h & tb.mask; ; i = (i + 1) & tb.mask {
		k := tb.keys[i]
		if k == h {
			return tb.offs[i], true
		}
		if k == 0 {
			return 0, false
		}
	}
}

// scratch holds per-call buffers.
type scratch struct {
	feats  []uint64
	scores [nTags]float32
}

// score adds the weights of features f to s.
func (t *Tagger) score(f []uint64, s *[nTags]float32) {
	*s = [nTags]float32{}
	for _, h := range f {
		if off, ok := t.table.lookup(h); ok {
			w := t.w[off : off+nTags : off+nTags]
			for k := range s {
				s[k] += w[k]
			}
		}
	}
}

// skip reports whether token i is tagged O without scoring: it starts
// with no upper-case letter or digit and follows an O.
func skip(in []tokInfo, i, prev int) bool {
	if prev != tagO || in[i].upper || in[i].gaz != 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(in[i].word)
	return !unicode.IsDigit(r)
}

// valid reports whether tag k may follow prev (no I- without its B-/I-).
func valid(prev, k int) bool {
	if k == tagO || k%2 == 1 {
		return true
	}
	return prev == k || prev == k-1
}

// decode tags the tokens greedily.
func (t *Tagger) decode(in []tokInfo, sc *scratch, out []int) []int {
	out = out[:0]
	t1, t2 := tagO, tagO
	for i := range in {
		if in[i].start {
			t1, t2 = tagO, tagO
		}
		best := tagO
		if !skip(in, i, t1) {
			sc.feats = static(in, i, sc.feats[:0])
			sc.feats = dynamic(in, i, t1, t2, sc.feats)
			t.score(sc.feats, &sc.scores)
			bs := float32(-1e30)
			for k := range nTags {
				if valid(t1, k) && sc.scores[k] > bs {
					best, bs = k, sc.scores[k]
				}
			}
		}
		out = append(out, best)
		t2, t1 = t1, best
	}
	return out
}

// names turns tags over toks into names of the reported classes.
func names(toks []span, tags []int, out []Name) []Name {
	for i := 0; i < len(tags); {
		k := tags[i]
		if k == tagO {
			i++
			continue
		}
		j := i + 1
		for j < len(tags) && tags[j] != tagO && tags[j]%2 == 0 && tagClasses[tags[j]] == tagClasses[k] {
			j++
		}
		switch c := tagClasses[k]; c {
		case "PER", "LOC", "ORG", "OTH":
			out = append(out, Name{Start: toks[i].start, End: toks[j-1].end, Class: NameClass(c)})
		}
		i = j
	}
	return out
}

// tagSpans tags the tokens toks of text with gazetteer hits hits (sorted
// by start) and returns the names found.
func (t *Tagger) tagSpans(text string, toks []span, hits []gazHit, p *lang.Profile) []Name {
	var w *lang.ActorWords
	if p != nil {
		w = &p.Actors.Words
	}
	in := t.infos(text, toks, hits, w, nil)
	var sc scratch
	tags := t.decode(in, &sc, make([]int, 0, len(in)))
	return names(toks, tags, nil)
}

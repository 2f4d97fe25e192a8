package entity

import (
	"math"
	"runtime"
	"sync"

	"github.com/hebel-project/hebel/internal/cancel"
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
	weights map[uint64]uint32 // feature → offset into w (training and writing)
	w       []float32         // nTags weights per feature
	// file and fileScale are the features of a tagger read from a model
	// file, as stored; weights and w are made from them when needed
	// (unpack).
	file       []fileFeature
	fileScale  float32
	firstNames map[string]byte
	table      table // quantised weights for decoding
	// tagSums[t1][t2] are the summed weights of the features of the two
	// previous tags alone; edgeSums those of sentence start and end.
	tagSums            [nTags][nTags][nTags]int32
	startSums, endSums [nTags]int32
}

// slot is one feature of the decoding table: its hash and its weights in
// int16 steps of the model's scale, in one cache line's half.
type slot struct {
	key uint64 // 0 marks an empty slot
	w   [nTags]int16
}

// table is an open-addressing hash table from feature hashes to weights:
// one memory access per feature, faster than a Go map for the tagger's
// many misses.
type table struct {
	slots  []slot
	mask   uint64
	filter bloom // the keys, to skip most misses without a table access
}

// build fills the table from t.weights and t.w.
func (t *Tagger) build() {
	t.table = newTable(len(t.weights))
	s := float64(t.scale())
	for h, off := range t.weights {
		var w [nTags]int16
		for k := range w {
			w[k] = int16(math.Round(float64(t.w[off+uint32(k)]) / s))
		}
		t.table.put(h, w)
	}
	t.buildSums()
}

// newTable returns an empty table for n features.
func newTable(n int) table {
	size := uint64(16)
	for size < uint64(n)*3/2 {
		size <<= 1
	}
	return table{slots: make([]slot, size), mask: size - 1, filter: newBloom(n)}
}

// put stores the weights of feature h.
func (tb *table) put(h uint64, w [nTags]int16) {
	if h == 0 {
		h = 1
	}
	i := h & tb.mask
	for tb.slots[i].key != 0 && tb.slots[i].key != h {
		i = (i + 1) & tb.mask
	}
	tb.slots[i] = slot{key: h, w: w}
	tb.filter.add(h)
}

// lookup returns the weights of feature h, nil when it has none.
func (tb *table) lookup(h uint64) *[nTags]int16 {
	if h == 0 {
		h = 1
	}
	if !tb.filter.has(h) {
		return nil
	}
	for i := h & tb.mask; ; i = (i + 1) & tb.mask {
		s := &tb.slots[i]
		if s.key == h {
			return &s.w
		}
		if s.key == 0 {
			return nil
		}
	}
}

// scratch holds per-call buffers, reused through scratchPool.
type scratch struct {
	// text, toks and w are the tokens being decoded, for the hashes that
	// decode fills on demand (unused when infos filled them all).
	text   string
	toks   []span
	w      *lang.ActorWords
	words  wordCache
	feats  []uint64
	in     []tokInfo
	tags   []int
	scores [nTags]int32
	stop   *cancel.Poll // nil: never stop
}

// scratchPool serves the callers of Tagger.Names; a Recognizer has a
// pool of its own, so that a fresh Recognizer starts with a cold cache.
var scratchPool scratchList

// scratchList keeps scratches, and with them their word caches, between
// calls. Unlike a sync.Pool it keeps them across garbage collections: a
// sync.Pool empties itself every other collection, and a busy run then
// starts its caches afresh every few hundred documents. It keeps at most
// maxFreeScratch of them (each cache holds at most maxCachedWords words).
type scratchList struct {
	mu   sync.Mutex
	free []*scratch
}

// maxFreeScratch bounds a scratchList: more callers at once than this get
// fresh scratches, and the extra ones are dropped when they are done.
var maxFreeScratch = max(4, 2*runtime.GOMAXPROCS(0))

// get returns a kept scratch, a new one when none is kept.
func (l *scratchList) get() *scratch {
	l.mu.Lock()
	defer l.mu.Unlock()
	if n := len(l.free); n > 0 {
		sc := l.free[n-1]
		l.free[n-1] = nil
		l.free = l.free[:n-1]
		return sc
	}
	return new(scratch)
}

// put keeps sc for a later get, unless the list is full.
func (l *scratchList) put(sc *scratch) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.free) < maxFreeScratch {
		l.free = append(l.free, sc)
	}
}

// score sets s to the summed weights of features f.
func (t *Tagger) score(f []uint64, s *[nTags]int32) {
	*s = [nTags]int32{}
	for _, h := range f {
		if w := t.table.lookup(h); w != nil {
			for k := range s {
				s[k] += int32(w[k])
			}
		}
	}
}

// skip reports whether token i is tagged O without scoring: it starts
// with no upper-case letter or digit and follows an O.
func skip(in []tokInfo, i, prev int) bool {
	return prev == tagO && !in[i].upper && in[i].gaz == 0 && !in[i].digit
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
		if sc.stop.Stop() {
			return out
		}
		if in[i].start {
			t1, t2 = tagO, tagO
		}
		best := tagO
		if !skip(in, i, t1) {
			for j := max(i-2, 0); j <= i+2 && j < len(in); j++ {
				t.hash(sc.text, sc.toks, sc.w, in, j, &sc.words)
			}
			t.scoreAt(in, i, t1, t2, sc)
			bs := int32(math.MinInt32)
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
// by start) and returns the names found. It gives up, returning what it
// found so far, once stop says so.
func (t *Tagger) tagSpans(text string, toks []span, hits []gazHit, p *lang.Profile, stop *cancel.Poll, pool *scratchList) []Name {
	var w *lang.ActorWords
	if p != nil {
		w = &p.Actors.Words
	}
	sc := pool.get()
	defer pool.put(sc)
	sc.text, sc.toks, sc.w, sc.stop = text, toks, w, stop
	sc.words.reset(t, w)
	sc.in = t.flags(text, toks, hits, sc.in)
	sc.tags = t.decode(sc.in, sc, sc.tags)
	sc.text, sc.toks, sc.w, sc.stop = "", nil, nil, nil
	return names(toks, sc.tags, nil)
}

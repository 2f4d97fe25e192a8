package entity

import "github.com/hebel-project/hebel/lang"

// maxCachedWords bounds a wordCache; a full cache starts afresh.
const maxCachedWords = 1 << 14

// wordCache keeps the word values (hashes, word-list values and summed
// word-feature weights) of the words one goroutine tagged last, for one
// tagger and word lists. Frequent words – "Die", "Regierung", "Präsident"
// – are then hashed and scored once, not at every use. The cached sums
// are exact integer sums, so a cached and an uncached decoding agree.
type wordCache struct {
	t *Tagger
	w *lang.ActorWords
	m map[string]*wordInfo
	// parked are the caches of other taggers and word lists (other
	// languages), the most recently used last: a stream of German and
	// English texts keeps both warm.
	parked []wordCache
}

// maxParkedCaches bounds wordCache.parked.
const maxParkedCaches = 3

// reset makes c the cache for tagger t and words w: as it is when it is
// already theirs, else the one parked for them, else an empty one; the
// cache it held is parked.
func (c *wordCache) reset(t *Tagger, w *lang.ActorWords) {
	if c.m != nil && c.t == t && c.w == w {
		return
	}
	parked := c.parked
	if c.m != nil {
		if len(parked) >= maxParkedCaches {
			parked = append(parked[:0], parked[1:]...)
		}
		parked = append(parked, wordCache{t: c.t, w: c.w, m: c.m})
	}
	for i, p := range parked {
		if p.t == t && p.w == w {
			parked = append(parked[:i], parked[i+1:]...)
			*c = wordCache{t: t, w: w, m: p.m, parked: parked}
			return
		}
	}
	*c = wordCache{t: t, w: w, m: make(map[string]*wordInfo, 1024), parked: parked}
}

// put stores the values of word (which must not change after).
func (c *wordCache) put(word string, in *wordInfo) {
	if len(c.m) >= maxCachedWords {
		clear(c.m)
	}
	c.m[string([]byte(word))] = in // a copy of the word: do not pin the text
}

// wordFeatures appends the features of a token that depend on its word
// alone.
func wordFeatures(x *wordInfo, f []uint64) []uint64 {
	f = append(f,
		hBias,
		x.hExact,
		mix(x.hWord, uint64(fLower)),
		x.hSuf[0], x.hSuf[1], x.hSuf[2],
		x.hPre3,
		x.hMore[0], x.hMore[1], x.hMore[2], x.hMore[3],
		mix(x.hShape, uint64(fShape)),
		x.hLen,
	)
	if x.first != 0 {
		f = append(f, mix(hFirstBase, uint64(x.first)))
	}
	if x.suffix {
		f = append(f, hSuffixSelf)
	}
	if x.hyphen {
		f = append(f, x.hHyTail, x.hHyHead)
	}
	return f
}

// wordSums are the summed weights of the features a word gives a token
// by itself (word), after an O (wordO: with the word-tag features for
// O) and to its neighbours as the word before (prev), two before
// (prev2), after (next) and two after (next2).
type wordSums struct {
	word, wordO, prev, prev2, next, next2 [nTags]int32
}

// wordSums fills in.sums from the model.
func (t *Tagger) wordSums(in *wordInfo) {
	var f [24]uint64
	s := &in.sums
	t.score(wordFeatures(in, f[:0]), &s.word)
	s.wordO = s.word
	t.add(&s.wordO, tagWordFeature(in, tagO), tagShapeFeature(in, tagO))
	t.add(&s.prev, prevFeatures(in, f[:0])...)
	t.add(&s.prev2, prev2Features(in, f[:0])...)
	t.add(&s.next, nextFeatures(in, f[:0])...)
	t.add(&s.next2, next2Features(in, f[:0])...)
}

// buildSums fills the tag and sentence-edge sums.
func (t *Tagger) buildSums() {
	for t1 := range nTags {
		for t2 := range nTags {
			t.add(&t.tagSums[t1][t2], mix(hTag1, uint64(t1)), mix(mix(hTag12, uint64(t1)), uint64(t2)))
		}
	}
	t.add(&t.startSums, hSentStart)
	t.add(&t.endSums, hSentEnd)
}

// add adds the weights of features f to s.
func (t *Tagger) add(s *[nTags]int32, f ...uint64) {
	for _, h := range f {
		if w := t.table.lookup(h); w != nil {
			for k := range s {
				s[k] += int32(w[k])
			}
		}
	}
}

// The features of dynamic that depend on the word and the previous tag.
func tagWordFeature(x *wordInfo, t1 int) uint64 {
	return mix(mix(x.hWord, uint64(fTag1Word)), uint64(t1))
}

func tagShapeFeature(x *wordInfo, t1 int) uint64 {
	return mix(mix(x.hShape, uint64(fTag1Shape)), uint64(t1))
}

// prevFeatures are the features a word gives the token after it.
func prevFeatures(p *wordInfo, f []uint64) []uint64 {
	f = append(f, mix(p.hWord, uint64(fPrev1)))
	if p.first != 0 {
		f = append(f, mix(hFirstPrev, uint64(p.first)))
	}
	if p.role {
		f = append(f, hRolePrev1)
	}
	return f
}

// prev2Features are the features a word gives the token two after it.
func prev2Features(p *wordInfo, f []uint64) []uint64 {
	f = append(f, mix(p.hWord, uint64(fPrev2)))
	if p.role {
		f = append(f, hRolePrev2)
	}
	return f
}

// nextFeatures are the features a word gives the token before it.
func nextFeatures(n *wordInfo, f []uint64) []uint64 {
	f = append(f, mix(n.hWord, uint64(fNext1)))
	if n.suffix {
		f = append(f, hSuffixNext)
	}
	return f
}

// next2Features are the features a word gives the token two before it.
func next2Features(n *wordInfo, f []uint64) []uint64 {
	f = append(f, mix(n.hWord, uint64(fNext2)))
	if n.suffix {
		f = append(f, hSuffixNex2)
	}
	return f
}

// pairFeatures appends the features of token i that depend on it and its
// neighbours together or on gazetteer hits: what no sum of wordSums
// holds.
func pairFeatures(in []tokInfo, i int, f []uint64) []uint64 {
	x := &in[i]
	if x.start {
		f = append(f, mix(mix(x.hShape, uint64(fStart)), 1))
	}
	if x.gaz != 0 {
		g := uint64(x.gaz)
		if x.gazBegin {
			g |= 0x100
		}
		f = append(f, mix(hGazBase, g), mix(mix(x.hShape, uint64(fGazWord)), g))
	}
	if i > 0 {
		p := &in[i-1]
		f = append(f,
			mix(mix(p.hShape, uint64(fShapePrev)), x.hShape),
			mix(mix(p.hWord, uint64(fBigram)), x.hWord),
			mix(mix(p.hWord, uint64(fPrevShape)), x.hShape),
		)
		if p.gaz != 0 {
			f = append(f, mix(hGazPrev, uint64(p.gaz)))
		}
	}
	if i+1 < len(in) {
		n := &in[i+1]
		f = append(f,
			mix(mix(x.hShape, uint64(fShapeNext)), n.hShape),
			mix(mix(n.hWord, uint64(fNextShape)), x.hShape),
		)
		if n.gaz != 0 {
			f = append(f, mix(hGazNext, uint64(n.gaz)))
		}
	}
	return f
}

// scoreAt sets sc.scores to the scores of token i after tags t1 and t2:
// the features of static and dynamic, most of them from the sums of the
// words (in[i-2 … i+2] must be hashed).
func (t *Tagger) scoreAt(in []tokInfo, i, t1, t2 int, sc *scratch) {
	x := &in[i]
	s := &sc.scores
	if !x.real {
		sc.feats = static(in, i, sc.feats[:0])
		sc.feats = dynamic(in, i, t1, t2, sc.feats)
		t.score(sc.feats, s)
		return
	}
	sc.feats = pairFeatures(in, i, sc.feats[:0])
	if t1 == tagO {
		*s = x.sums.wordO
	} else {
		*s = x.sums.word
		sc.feats = append(sc.feats, tagWordFeature(x.wordInfo, t1), tagShapeFeature(x.wordInfo, t1))
	}
	add := func(a *[nTags]int32) {
		for k := range s {
			s[k] += a[k]
		}
	}
	add(&t.tagSums[t1][t2])
	if i > 0 {
		add(&in[i-1].sums.prev)
		if i > 1 {
			add(&in[i-2].sums.prev2)
		}
	} else {
		add(&t.startSums)
	}
	if i+1 < len(in) {
		add(&in[i+1].sums.next)
		if i+2 < len(in) {
			add(&in[i+2].sums.next2)
		}
	} else {
		add(&t.endSums)
	}
	t.add(s, sc.feats...)
}

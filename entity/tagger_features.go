package entity

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/segment"
)

// Feature templates: the first byte hashed into every feature.
const (
	fBias byte = iota + 1
	fWord
	fLower
	fSuf2
	fSuf3
	fSuf4
	fPre3
	fShape
	fPrev1
	fNext1
	fPrev2
	fNext2
	fShapePrev
	fShapeNext
	fGaz
	fGazPrev
	fGazNext
	fFirst
	fFirstPrev
	fRolePrev
	fSuffixNext
	fStart
	fTag1
	fTag12
	fTag1Word
	fBigram
	fHyphenTail
	fHyphenHead
	fLen
	fTag1Shape
	fGazWord
	fPre
	fSuf
	fPrevShape
	fNextShape
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashStr hashes a template byte and a string or byte slice (FNV-1a,
// 64 bits).
func hashStr[S ~string | ~[]byte](tpl byte, s S) uint64 {
	h := uint64(fnvOffset)
	h ^= uint64(tpl)
	h *= fnvPrime
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix combines a hash with a small value.
func mix(h uint64, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	return h * fnvPrime
}

// gazKind letters mark what a gazetteer or word list says of a token.
const (
	gzNone     byte = 0
	gzCountryN byte = 'n' // country name
	gzCountryC byte = 'c' // capital
	gzCountryP byte = 'p' // inhabitant noun
	gzCountryA byte = 'a' // nationality adjective
	gzOrg      byte = 'o'
	gzPerson   byte = 'P'
	gzPlace    byte = 'l'
	gzGroup    byte = 'g'
)

// gazHit is a gazetteer match the tagger takes as a feature.
type gazHit struct {
	start, end int
	kind       byte
}

// tokInfo holds the per-token values the features are built from: hashes
// computed once per token, so that building a token's features neither
// allocates nor rehashes its neighbours' words. It holds no pointers.
type tokInfo struct {
	*wordInfo                   // nil until hashed
	gaz                    byte // gazetteer kind, B/I in gazBegin
	gazBegin, upper, digit bool
	start                  bool // first token of a sentence
}

// wordInfo is what a token's features take from the word alone: its
// hashes, its word-list values and, for decoding, the summed weights of
// its word features (part). It is the same for every use of a word.
type wordInfo struct {
	hWord                      uint64 // hash of the lower-cased word
	hShape                     uint64 // hash of the word shape
	hExact                     uint64 // feature fWord: the word as written
	hSuf                       [3]uint64
	hPre3                      uint64
	hMore                      [4]uint64 // prefixes of 1, 2 and 4 runes, suffix of 5
	hLen                       uint64
	hHyTail                    uint64 // features of the parts around the last inner hyphen
	hHyHead                    uint64
	first                      byte // first-name gender 'f', 'm', 'x' or 0
	role, suffix, hyphen, real bool // real: the sums below are filled
	sums                       wordSums
}

// shapeOf writes a short word shape into b and returns it: "Xx", "x",
// "X", "d", "Xx-Xx", "X.X" – runs of the same class collapsed, at most 16
// classes.
func shapeOf(w string, b *[16]byte) []byte {
	n := 0
	var last byte
	for i := 0; i < len(w); {
		var c byte
		if x := w[i]; x < utf8.RuneSelf {
			i++
			switch {
			case 'A' <= x && x <= 'Z':
				c = 'X'
			case 'a' <= x && x <= 'z':
				c = 'x'
			case '0' <= x && x <= '9':
				c = 'd'
			default:
				c = x
			}
		} else {
			r, size := utf8.DecodeRuneInString(w[i:])
			i += size
			switch {
			case unicode.IsUpper(r):
				c = 'X'
			case unicode.IsLower(r):
				c = 'x'
			case unicode.IsDigit(r):
				c = 'd'
			default:
				c = '*'
			}
		}
		if c != last && n < len(b) {
			b[n] = c
			n++
			last = c
		}
	}
	return b[:n]
}

// suffixN returns the last n runes of s (valid UTF-8).
func suffixN[S ~string | ~[]byte](s S, n int) S {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		i--
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
	}
	return s[i:]
}

// prefixN returns the first n runes of s (valid UTF-8).
func prefixN[S ~string | ~[]byte](s S, n int) S {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		i++
		for i < len(s) && !utf8.RuneStart(s[i]) {
			i++
		}
	}
	return s[:i]
}

// sentenceEnd reports whether a token ends a sentence for the tagger.
func sentenceEnd(w string) bool {
	return w == "." || w == "!" || w == "?" || w == ":" || w == ";"
}

// Hashes of the features without a value, computed once.
var (
	hBias       = hashStr(fBias, "")
	hLenBase    = hashStr(fLen, "")
	hGazBase    = hashStr(fGaz, "")
	hFirstBase  = hashStr(fFirst, "")
	hSuffixSelf = hashStr(fSuffixNext, "self")
	hSuffixNext = hashStr(fSuffixNext, "1")
	hSuffixNex2 = hashStr(fSuffixNext, "2")
	hGazPrev    = hashStr(fGazPrev, "")
	hFirstPrev  = hashStr(fFirstPrev, "")
	hRolePrev1  = hashStr(fRolePrev, "1")
	hRolePrev2  = hashStr(fRolePrev, "2")
	hSentStart  = hashStr(fPrev1, "<s>")
	hGazNext    = hashStr(fGazNext, "")
	hSentEnd    = hashStr(fNext1, "</s>")
	hTag1       = hashStr(fTag1, "")
	hTag12      = hashStr(fTag12, "")
)

// infos fills the per-token values for toks of text, reusing buf.
func (t *Tagger) infos(text string, toks []span, hits []gazHit, w *lang.ActorWords, buf []tokInfo) []tokInfo {
	buf = t.flags(text, toks, hits, buf)
	for i := range buf {
		t.hash(text, toks, w, buf, i, nil)
	}
	return buf
}

// flags fills the cheap per-token values – case, digit, gazetteer hit,
// sentence start – that decide whether a token is scored at all; hash
// fills the rest on demand, for the few tokens that are.
func (t *Tagger) flags(text string, toks []span, hits []gazHit, buf []tokInfo) []tokInfo {
	buf = slices.Grow(buf[:0], len(toks))
	h := 0
	for i, tk := range toks {
		in := tokInfo{}
		if c := text[tk.start]; c < utf8.RuneSelf {
			in.upper = 'A' <= c && c <= 'Z'
			in.digit = '0' <= c && c <= '9'
		} else {
			r, _ := utf8.DecodeRuneInString(text[tk.start:tk.end])
			in.upper = unicode.IsUpper(r)
			in.digit = unicode.IsDigit(r)
		}
		if i == 0 {
			in.start = true
		} else if p := toks[i-1]; p.end-p.start == 1 && sentenceEnd(text[p.start:p.end]) || strings.IndexByte(text[p.end:tk.start], '\n') >= 0 {
			in.start = true
		}
		for h < len(hits) && hits[h].end <= tk.start {
			h++
		}
		if h < len(hits) && hits[h].start < tk.end {
			in.gaz = hits[h].kind
			in.gazBegin = hits[h].start >= tk.start
		}
		buf = append(buf, in)
	}
	return buf
}

// hash fills the word values of token i once, from the cache c when it
// knows the word (c may be nil).
func (t *Tagger) hash(text string, toks []span, w *lang.ActorWords, buf []tokInfo, i int, c *wordCache) {
	in := &buf[i]
	if in.wordInfo != nil {
		return
	}
	word := text[toks[i].start:toks[i].end]
	if c != nil {
		if wi, ok := c.m[word]; ok {
			in.wordInfo = wi
			return
		}
	}
	wi := t.wordInfo(word, in.upper, w)
	in.wordInfo = &wi
	if c != nil {
		c.put(word, in.wordInfo)
	}
}

// wordInfo computes the word values of word.
func (t *Tagger) wordInfo(word string, upper bool, w *lang.ActorWords) wordInfo {
	var in wordInfo
	var lower [64]byte
	var shape [16]byte
	lw := segment.AppendLower(lower[:0], word)
	in.hWord = hashStr(0, lw)
	in.hShape = hashStr(0, shapeOf(word, &shape))
	in.hExact = hashStr(fWord, word)
	in.hSuf = [3]uint64{hashStr(fSuf2, suffixN(lw, 2)), hashStr(fSuf3, suffixN(lw, 3)), hashStr(fSuf4, suffixN(lw, 4))}
	in.hPre3 = hashStr(fPre3, prefixN(lw, 3))
	in.hMore = [4]uint64{mix(hashStr(fPre, prefixN(word, 1)), 1), mix(hashStr(fPre, prefixN(word, 2)), 2), mix(hashStr(fPre, prefixN(lw, 4)), 4), mix(hashStr(fSuf, suffixN(lw, 5)), 5)}
	in.hLen = mix(hLenBase, uint64(min(utf8.RuneCountInString(word), 12)))
	if j := bytes.LastIndexByte(lw, '-'); j > 0 && j < len(lw)-1 {
		in.hyphen = true
		in.hHyTail, in.hHyHead = hashStr(fHyphenTail, lw[j+1:]), hashStr(fHyphenHead, lw[:j])
	}
	if upper {
		in.first = t.firstNames[word]
	}
	if w != nil && (upper || len(word) > 3) {
		_, in.role = w.Roles[word]
		if !in.role {
			if j := strings.LastIndexByte(word, '-'); j > 0 {
				_, in.role = w.Roles[word[j+1:]]
			}
		}
		in.suffix = upper && t.orgSuffix(w, word)
	}
	if t.table.slots != nil {
		t.wordSums(&in)
		in.real = true
	}
	return in
}

// orgSuffix reports whether word is an organisation suffix of w.
func (t *Tagger) orgSuffix(w *lang.ActorWords, word string) bool {
	return slices.Contains(w.OrgSuffixes, word)
}

// static appends the features of token i that do not depend on tags.
func static(in []tokInfo, i int, f []uint64) []uint64 {
	x := &in[i]
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
	if x.start {
		f = append(f, mix(mix(x.hShape, uint64(fStart)), 1))
	}
	g := uint64(x.gaz)
	if x.gazBegin {
		g |= 0x100
	}
	if x.gaz != 0 {
		f = append(f, mix(hGazBase, g), mix(mix(x.hShape, uint64(fGazWord)), g))
	}
	if x.first != 0 {
		f = append(f, mix(hFirstBase, uint64(x.first)))
	}
	if x.suffix {
		f = append(f, hSuffixSelf)
	}
	if x.hyphen {
		f = append(f, x.hHyTail, x.hHyHead)
	}
	if i > 0 {
		p := &in[i-1]
		f = append(f,
			mix(p.hWord, uint64(fPrev1)),
			mix(mix(p.hShape, uint64(fShapePrev)), x.hShape),
			mix(mix(p.hWord, uint64(fBigram)), x.hWord),
			mix(mix(p.hWord, uint64(fPrevShape)), x.hShape),
		)
		if p.gaz != 0 {
			f = append(f, mix(hGazPrev, uint64(p.gaz)))
		}
		if p.first != 0 {
			f = append(f, mix(hFirstPrev, uint64(p.first)))
		}
		if p.role {
			f = append(f, hRolePrev1)
		}
		if i > 1 {
			f = append(f, mix(in[i-2].hWord, uint64(fPrev2)))
			if in[i-2].role {
				f = append(f, hRolePrev2)
			}
		}
	} else {
		f = append(f, hSentStart)
	}
	if i+1 < len(in) {
		n := &in[i+1]
		f = append(f,
			mix(n.hWord, uint64(fNext1)),
			mix(mix(x.hShape, uint64(fShapeNext)), n.hShape),
			mix(mix(n.hWord, uint64(fNextShape)), x.hShape),
		)
		if n.gaz != 0 {
			f = append(f, mix(hGazNext, uint64(n.gaz)))
		}
		if n.suffix {
			f = append(f, hSuffixNext)
		}
		if i+2 < len(in) {
			f = append(f, mix(in[i+2].hWord, uint64(fNext2)))
			if in[i+2].suffix {
				f = append(f, hSuffixNex2)
			}
		}
	} else {
		f = append(f, hSentEnd)
	}
	return f
}

// dynamic appends the features that depend on the two previous tags.
func dynamic(in []tokInfo, i int, t1, t2 int, f []uint64) []uint64 {
	return append(f,
		mix(hTag1, uint64(t1)),
		mix(mix(hTag12, uint64(t1)), uint64(t2)),
		mix(mix(in[i].hWord, uint64(fTag1Word)), uint64(t1)),
		mix(mix(in[i].hShape, uint64(fTag1Shape)), uint64(t1)),
	)
}

package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hebel-project/hebel/lang"
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
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashStr hashes a template byte and a string (FNV-1a, 64 bits).
func hashStr(tpl byte, s string) uint64 {
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

// tokInfo holds the per-token values the features are built from.
type tokInfo struct {
	word, lower string
	shape       string
	hWord       uint64 // hash of the lower-cased word
	hShape      uint64
	gaz         byte // gazetteer kind, B/I in gazBegin
	gazBegin    bool
	first       byte // first-name gender 'f', 'm', 'x' or 0
	role        bool // a role noun
	suffix      bool // an organisation suffix
	upper       bool // starts with an upper-case letter
	start       bool // first token of a sentence
}

// shapeOf returns a short word shape: "Xx", "x", "X", "d", "Xx-Xx", "X.X"
// – runs of the same class collapsed.
func shapeOf(w string) string {
	var b [16]byte
	n := 0
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			if r < 128 {
				c = byte(r)
			} else {
				c = '*'
			}
		}
		if c != last && n < len(b) {
			b[n] = c
			n++
			last = c
		}
	}
	return string(b[:n])
}

// lowerASCII lower-cases s, cheaply when it is ASCII.
func lowerWord(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		if 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// suffixN returns the last n runes of s.
func suffixN(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// prefixN returns the first n runes of s.
func prefixN(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// sentenceEnd reports whether a token ends a sentence for the tagger.
func sentenceEnd(w string) bool {
	return w == "." || w == "!" || w == "?" || w == ":" || w == ";"
}

// infos fills the per-token values for toks of text.
func (t *Tagger) infos(text string, toks []span, hits []gazHit, w *lang.ActorWords, buf []tokInfo) []tokInfo {
	buf = buf[:0]
	h := 0
	for i, tk := range toks {
		word := text[tk.start:tk.end]
		in := tokInfo{word: word, lower: lowerWord(word)}
		in.shape = shapeOf(word)
		in.hWord = hashStr(0, in.lower)
		in.hShape = hashStr(0, in.shape)
		r, _ := utf8.DecodeRuneInString(word)
		in.upper = unicode.IsUpper(r)
		in.start = i == 0 || sentenceEnd(text[toks[i-1].start:toks[i-1].end]) || strings.IndexByte(text[toks[i-1].end:tk.start], '\n') >= 0
		for h < len(hits) && hits[h].end <= tk.start {
			h++
		}
		if h < len(hits) && hits[h].start < tk.end {
			in.gaz = hits[h].kind
			in.gazBegin = hits[h].start >= tk.start
		}
		if in.upper {
			in.first = t.firstNames[word]
		}
		if w != nil && (in.upper || len(word) > 3) {
			_, in.role = w.Roles[word]
			if !in.role {
				if j := strings.LastIndexByte(word, '-'); j > 0 {
					_, in.role = w.Roles[word[j+1:]]
				}
			}
			in.suffix = in.upper && t.orgSuffix(w, word)
		}
		buf = append(buf, in)
	}
	return buf
}

// orgSuffix reports whether word is an organisation suffix of w.
func (t *Tagger) orgSuffix(w *lang.ActorWords, word string) bool {
	for _, s := range w.OrgSuffixes {
		if word == s {
			return true
		}
	}
	return false
}

// static appends the features of token i that do not depend on tags.
func static(in []tokInfo, i int, f []uint64) []uint64 {
	x := &in[i]
	f = append(f,
		hashStr(fBias, ""),
		hashStr(fWord, x.word),
		mix(x.hWord, uint64(fLower)),
		hashStr(fSuf2, suffixN(x.lower, 2)),
		hashStr(fSuf3, suffixN(x.lower, 3)),
		hashStr(fSuf4, suffixN(x.lower, 4)),
		hashStr(fPre3, prefixN(x.lower, 3)),
		mix(x.hShape, uint64(fShape)),
		mix(hashStr(fLen, ""), uint64(min(utf8.RuneCountInString(x.word), 12))),
	)
	if x.start {
		f = append(f, mix(mix(x.hShape, uint64(fStart)), 1))
	}
	g := uint64(x.gaz)
	if x.gazBegin {
		g |= 0x100
	}
	if x.gaz != 0 {
		f = append(f, mix(hashStr(fGaz, ""), g), mix(mix(x.hShape, uint64(fGazWord)), g))
	}
	if x.first != 0 {
		f = append(f, mix(hashStr(fFirst, ""), uint64(x.first)))
	}
	if x.suffix {
		f = append(f, hashStr(fSuffixNext, "self"))
	}
	if j := strings.LastIndexByte(x.lower, '-'); j > 0 && j < len(x.lower)-1 {
		f = append(f, hashStr(fHyphenTail, x.lower[j+1:]), hashStr(fHyphenHead, x.lower[:j]))
	}
	if i > 0 {
		p := &in[i-1]
		f = append(f,
			mix(p.hWord, uint64(fPrev1)),
			mix(mix(p.hShape, uint64(fShapePrev)), x.hShape),
			mix(mix(p.hWord, uint64(fBigram)), x.hWord),
		)
		if p.gaz != 0 {
			f = append(f, mix(hashStr(fGazPrev, ""), uint64(p.gaz)))
		}
		if p.first != 0 {
			f = append(f, mix(hashStr(fFirstPrev, ""), uint64(p.first)))
		}
		if p.role {
			f = append(f, hashStr(fRolePrev, "1"))
		}
		if i > 1 {
			f = append(f, mix(in[i-2].hWord, uint64(fPrev2)))
			if in[i-2].role {
				f = append(f, hashStr(fRolePrev, "2"))
			}
		}
	} else {
		f = append(f, hashStr(fPrev1, "<s>"))
	}
	if i+1 < len(in) {
		n := &in[i+1]
		f = append(f,
			mix(n.hWord, uint64(fNext1)),
			mix(mix(x.hShape, uint64(fShapeNext)), n.hShape),
		)
		if n.gaz != 0 {
			f = append(f, mix(hashStr(fGazNext, ""), uint64(n.gaz)))
		}
		if n.suffix {
			f = append(f, hashStr(fSuffixNext, "1"))
		}
		if i+2 < len(in) {
			f = append(f, mix(in[i+2].hWord, uint64(fNext2)))
			if in[i+2].suffix {
				f = append(f, hashStr(fSuffixNext, "2"))
			}
		}
	} else {
		f = append(f, hashStr(fNext1, "</s>"))
	}
	return f
}

// dynamic appends the features that depend on the two previous tags.
func dynamic(in []tokInfo, i int, t1, t2 int, f []uint64) []uint64 {
	return append(f,
		mix(hashStr(fTag1, ""), uint64(t1)),
		mix(mix(hashStr(fTag12, ""), uint64(t1)), uint64(t2)),
		mix(mix(in[i].hWord, uint64(fTag1Word)), uint64(t1)),
		mix(mix(in[i].hShape, uint64(fTag1Shape)), uint64(t1)),
	)
}

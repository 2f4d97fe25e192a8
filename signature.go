package hebel

import (
	"encoding/binary"
	"fmt"
	"unicode"
	"unicode/utf8"
)

// Near copies. DocumentID tells the same text twice; a Signature tells a
// near copy: a syndicated article with another headline, a last sentence
// cut, a word changed. It is a MinHash sketch of the text's word shingles,
// so that the share of equal slots of two signatures estimates the Jaccard
// similarity of their shingle sets (Broder 1997, "On the resemblance and
// containment of documents").

// Signature parameters. Changing them changes every signature: stores
// computed them with these values.
const (
	SignatureSize = 64 // hash values in a signature
	ShingleWords  = 5  // words per shingle

	// NearCopy is the least similarity at which two documents count as
	// copies of one text. Two unrelated news texts share almost no
	// 5-word shingles (similarity ≈ 0); a copy with a sentence cut and a
	// word changed keeps more than 0.9 of them.
	NearCopy = 0.8
)

// Signature is a document's MinHash sketch. The zero Signature (a text
// without words) is similar to nothing, itself included.
type Signature [SignatureSize]uint32

// NewSignature returns the signature of text: its words (runs of letters
// and digits, case-folded) taken ShingleWords at a time; a text of fewer
// words is one shingle. It reads the text once and allocates nothing
// beyond a small window.
func NewSignature(text string) Signature {
	var sig Signature
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	var window [ShingleWords]uint64 // hashes of the last words, a ring
	n := 0
	add := func() {
		h := uint64(fnvOffset)
		for k := 0; k < ShingleWords && k < n; k++ {
			h = mix(h ^ window[(n-1-k)%ShingleWords])
		}
		h = mix(h)
		for i := range sig {
			// multiply-shift hashing: seeds are odd, h is well mixed
			if v := uint32((h ^ seeds[i]) * (seeds[i] | 1) >> 32); v < sig[i] {
				sig[i] = v
			}
		}
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		h := uint64(fnvOffset)
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			h = (h ^ uint64(unicode.ToLower(r))) * fnvPrime
			i += size
		}
		window[n%ShingleWords] = h
		n++
		if n >= ShingleWords {
			add()
		}
	}
	switch {
	case n == 0:
		return Signature{}
	case n < ShingleWords:
		add()
	}
	return sig
}

// Similarity estimates the Jaccard similarity of the shingle sets of the
// texts of s and t: the share of slots that agree. Zero signatures are
// similar to nothing.
func (s Signature) Similarity(t Signature) float64 {
	if s.IsZero() || t.IsZero() {
		return 0
	}
	eq := 0
	for i := range s {
		if s[i] == t[i] {
			eq++
		}
	}
	return float64(eq) / SignatureSize
}

// IsZero reports whether s is the zero Signature.
func (s Signature) IsZero() bool { return s == Signature{} }

// Bytes returns s as 4·SignatureSize bytes, little-endian, for storage;
// nil for the zero Signature.
func (s Signature) Bytes() []byte {
	if s.IsZero() {
		return nil
	}
	b := make([]byte, 4*SignatureSize)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// SignatureFromBytes reads what Bytes wrote; no bytes give the zero
// Signature, any other length EINVALID.
func SignatureFromBytes(b []byte) (Signature, error) {
	var s Signature
	if len(b) == 0 {
		return s, nil
	}
	if len(b) != 4*SignatureSize {
		return s, &Error{Code: EINVALID, Op: "reading signature", Message: fmt.Sprintf("%d bytes, want %d", len(b), 4*SignatureSize)}
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s, nil
}

// FNV-1a, 64 bit, for the words.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix is SplitMix64's finaliser: a bijection that spreads every input bit
// over the output.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// seeds make SignatureSize hash functions out of one.
var seeds = func() [SignatureSize]uint64 {
	var s [SignatureSize]uint64
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		x += 0x9e3779b97f4a7c15
		s[i] = mix(x)
	}
	return s
}()

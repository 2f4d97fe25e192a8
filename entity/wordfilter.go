package entity

import (
	"sync"

	"github.com/hebel-project/hebel/lang"
)

// wordFilter answers "can this word be a key of the list?" without a map
// lookup for most words: by first byte and length.
type wordFilter struct {
	first  [256]bool
	maxLen int
}

// newWordFilter returns the filter for the keys of a map or list.
func newWordFilter(keys ...[]string) wordFilter {
	var f wordFilter
	for _, ks := range keys {
		for _, k := range ks {
			if k != "" {
				f.first[k[0]] = true
				f.maxLen = max(f.maxLen, len(k))
			}
		}
	}
	return f
}

// may reports whether w may be a key.
func (f *wordFilter) may(w string) bool {
	return w != "" && len(w) <= f.maxLen && f.first[w[0]]
}

// headFilter answers "can a key of lang.ActorWords.GenericHeads end here?"
// by the key's byte length and its last three bytes.
type headFilter struct {
	lens  [65]bool // byte lengths of the keys, up to 64
	last  [256]bool
	tails [1 << 12]uint64 // bit set over a hash of the last three bytes
	long  bool            // some key is longer than 64 bytes
	short bool            // some key is shorter than three bytes
}

// tail3 hashes the last three bytes of s (len(s) >= 3) into the bit
// range of headFilter.tails.
func tail3(s []byte) uint32 {
	n := len(s)
	return (uint32(s[n-3])*0x9E3779B1 ^ uint32(s[n-2])*0x85EBCA77 ^ uint32(s[n-1])*0xC2B2AE3D) >> 14
}

// mayEnd reports whether a key may be a suffix of the lower-case word lw.
func (f *headFilter) mayEnd(lw []byte) bool {
	if len(lw) == 0 || !f.last[lw[len(lw)-1]] {
		return false
	}
	if len(lw) < 3 || f.short {
		return true
	}
	h := tail3(lw)
	return f.tails[h>>6]&(1<<(h&63)) != 0
}

// wordFilters are the filters of one language's actor words.
type wordFilters struct {
	pronouns wordFilter // Pronouns and Possessives
	tailLast [256]bool  // last bytes of SourceTails
	heads    headFilter
	// classes maps the words of Determiners, OrgSuffixes, SourceNouns and
	// SourceAdverbs to their token flags (tfDet …): one lookup a token.
	classes map[string]uint8
}

// filterCache holds the wordFilters of each lang.ActorWords.
var filterCache sync.Map // *lang.ActorWords → *wordFilters

// filtersFor returns the filters of w, built once.
func filtersFor(w *lang.ActorWords) *wordFilters {
	if f, ok := filterCache.Load(w); ok {
		return f.(*wordFilters)
	}
	f := &wordFilters{}
	var pk []string
	for k := range w.Pronouns {
		pk = append(pk, k)
	}
	for k := range w.Possessives {
		pk = append(pk, k)
	}
	f.pronouns = newWordFilter(pk)
	f.classes = map[string]uint8{}
	for _, c := range []struct {
		words []string
		flag  uint8
	}{{w.Determiners, tfDet}, {w.OrgSuffixes, tfSuffix}, {w.SourceNouns, tfSource}, {w.SourceAdverbs, tfAdverb}} {
		for _, x := range c.words {
			f.classes[x] |= c.flag
		}
	}
	for k := range w.GenericHeads {
		if k == "" {
			continue
		}
		if len(k) < len(f.heads.lens) {
			f.heads.lens[len(k)] = true
		} else {
			f.heads.long = true
		}
		f.heads.last[k[len(k)-1]] = true
		if len(k) < 3 {
			f.heads.short = true
		} else {
			h := tail3([]byte(k))
			f.heads.tails[h>>6] |= 1 << (h & 63)
		}
	}
	for _, t := range w.SourceTails {
		if t != "" {
			f.tailLast[t[len(t)-1]] = true
		}
	}
	v, _ := filterCache.LoadOrStore(w, f)
	return v.(*wordFilters)
}

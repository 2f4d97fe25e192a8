package quantity

import (
	"sync"

	"github.com/hebel-project/hebel/lang"
)

// lexicon is a profile's number data prepared for scanning: a byte trie
// over the number words (to split German compounds) and a table of the
// bytes a candidate word can start with.
type lexicon struct {
	num   *lang.Numbers
	trie  []trieNode
	first [256]bool // lower-case first bytes of number, vague and minus words
}

type trieNode struct {
	keys  []byte  // edge labels, searched linearly (few per node)
	next  []int32 // child per label
	word  string  // non-empty when a number word ends here
	entry lang.NumberWord
	other bool // a vague or minus word, or an abbreviation, ends here
}

func (n *trieNode) child(c byte) (int, bool) {
	for k, b := range n.keys {
		if b == c {
			return int(n.next[k]), true
		}
	}
	return 0, false
}

// lexicons caches one lexicon per profile; profiles are immutable data.
var lexicons sync.Map // *lang.Numbers → *lexicon

func lexiconFor(p *lang.Profile) *lexicon {
	n := &p.Numbers
	if v, ok := lexicons.Load(n); ok {
		return v.(*lexicon)
	}
	lx := &lexicon{num: n, trie: []trieNode{{}}}
	for w, e := range n.Words {
		lx.add(w, e)
		lx.first[w[0]] = true
	}
	for w := range n.Vague {
		lx.first[w[0]] = true
		lx.trie[lx.node(w)].other = true
	}
	for w := range n.Minus {
		lx.first[w[0]] = true
		lx.trie[lx.node(w)].other = true
	}
	v, _ := lexicons.LoadOrStore(n, lx)
	return v.(*lexicon)
}

func (lx *lexicon) add(w string, e lang.NumberWord) {
	cur := lx.node(w)
	if w[len(w)-1] == '.' {
		lx.trie[cur].other = true // abbreviations are whole words, not morphemes
		lx.trie[lx.node(w[:len(w)-1])].other = true
		return
	}
	lx.trie[cur].word = w
	lx.trie[cur].entry = e
}

// node returns the trie node for w, adding the path as needed.
func (lx *lexicon) node(w string) int {
	cur := 0
	for i := 0; i < len(w); i++ {
		nx, ok := lx.trie[cur].child(w[i])
		if !ok {
			lx.trie = append(lx.trie, trieNode{})
			nx = len(lx.trie) - 1
			lx.trie[cur].keys = append(lx.trie[cur].keys, w[i])
			lx.trie[cur].next = append(lx.trie[cur].next, int32(nx))
		}
		cur = nx
	}
	return cur
}

// candidate reports whether the lower-case word w may start a number:
// a number, vague or minus word, an abbreviation without its dot, or –
// with compounds – a word starting with a number word.
func (lx *lexicon) candidate(w []byte) bool {
	cur := 0
	for _, c := range w {
		nx, ok := lx.trie[cur].child(c)
		if !ok {
			return false
		}
		cur = nx
		if lx.num.Compound && lx.trie[cur].word != "" {
			return true
		}
	}
	return lx.trie[cur].word != "" || lx.trie[cur].other
}

// morpheme is one piece of a compound number word.
type morpheme struct {
	word  string
	entry lang.NumberWord
}

// split breaks a lower-case word into lexicon words, preferring the
// longest first piece; it returns nil when the word is not a number word.
// Articles inside a compound count as the unit one ("einhundert").
func (lx *lexicon) split(w string, out []morpheme) []morpheme {
	if len(w) == 0 {
		return out
	}
	var ends [24]int
	n := 0
	cur := 0
	for i := 0; i < len(w); i++ {
		nx, ok := lx.trie[cur].child(w[i])
		if !ok {
			break
		}
		cur = nx
		if lx.trie[cur].word != "" && n < len(ends) {
			ends[n] = i + 1
			n++
		}
	}
	for k := n - 1; k >= 0; k-- {
		e := lx.entryAt(w[:ends[k]])
		if e.Kind == lang.WordArticle {
			if w[:ends[k]] != "ein" || ends[k] == len(w) {
				continue
			}
			e = lang.NumberWord{Value: 1, Kind: lang.WordUnit}
		}
		if rest := lx.split(w[ends[k]:], append(out, morpheme{w[:ends[k]], e})); rest != nil {
			return rest
		}
	}
	return nil
}

func (lx *lexicon) entryAt(w string) lang.NumberWord { return lx.num.Words[w] }

// prefixed reports whether some lexicon word is a prefix of w: the cheap
// test before splitting a compound.
func (lx *lexicon) prefixed(w []byte) bool {
	cur := 0
	for _, c := range w {
		nx, ok := lx.trie[cur].child(c)
		if !ok {
			return false
		}
		cur = nx
		if lx.trie[cur].word != "" {
			return true
		}
	}
	return false
}

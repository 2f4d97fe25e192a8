package relation

import (
	"strings"
	"sync"

	"github.com/hebel-project/hebel/lang"
)

// pattern is one compiled word pattern of lang.Relations.
type pattern struct {
	words []string // all but the first word of a multi-word pattern, exact
	kind  byte     // '=' exact, '<' prefix, '>' suffix, '~' contains
	stem  string
}

func compilePattern(s string) pattern {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return pattern{kind: '=', stem: "\x00"}
	}
	p := pattern{words: f[1:]}
	w := f[0]
	pre, suf := strings.HasPrefix(w, "*"), strings.HasSuffix(w, "*")
	w = strings.Trim(w, "*")
	switch {
	case pre && suf:
		p.kind = '~'
	case pre:
		p.kind = '>'
	case suf:
		p.kind = '<'
	default:
		p.kind = '='
	}
	p.stem = w
	return p
}

// first reports whether the first word of p matches tok.
func (p *pattern) first(tok string) bool {
	switch p.kind {
	case '=':
		return tok == p.stem
	case '<':
		return strings.HasPrefix(tok, p.stem)
	case '>':
		return strings.HasSuffix(tok, p.stem)
	default:
		return strings.Contains(tok, p.stem)
	}
}

// matcher finds which of a list of patterns match a token quickly: exact
// patterns by map, prefix and suffix patterns by their first and last
// three bytes, the few "contains" patterns by scanning.
type matcher struct {
	pats     []pattern
	exact    map[string][]int
	prefix   map[string][]int // key: first keyLen bytes of the stem
	short    []int            // prefix/suffix patterns with stems shorter than keyLen
	suffix   map[string][]int // key: last keyLen bytes of the stem
	contains []int
}

const keyLen = 3

func newMatcher(list []string) *matcher {
	m := &matcher{exact: map[string][]int{}, prefix: map[string][]int{}, suffix: map[string][]int{}}
	for i, s := range list {
		p := compilePattern(s)
		m.pats = append(m.pats, p)
		switch {
		case p.kind == '=':
			m.exact[p.stem] = append(m.exact[p.stem], i)
		case p.kind == '~':
			m.contains = append(m.contains, i)
		case len(p.stem) < keyLen:
			m.short = append(m.short, i)
		case p.kind == '<':
			k := p.stem[:keyLen]
			m.prefix[k] = append(m.prefix[k], i)
		default:
			k := p.stem[len(p.stem)-keyLen:]
			m.suffix[k] = append(m.suffix[k], i)
		}
	}
	return m
}

// match appends to dst the indexes of the patterns whose first word
// matches tok, in pattern order, and returns it.
func (m *matcher) match(dst []int, tok string) []int {
	start := len(dst)
	dst = append(dst, m.exact[tok]...)
	if len(tok) >= keyLen {
		for _, i := range m.prefix[tok[:keyLen]] {
			if m.pats[i].first(tok) {
				dst = append(dst, i)
			}
		}
		for _, i := range m.suffix[tok[len(tok)-keyLen:]] {
			if m.pats[i].first(tok) {
				dst = append(dst, i)
			}
		}
	}
	for _, i := range m.short {
		if m.pats[i].first(tok) {
			dst = append(dst, i)
		}
	}
	for _, i := range m.contains {
		if m.pats[i].first(tok) {
			dst = append(dst, i)
		}
	}
	sortInts(dst[start:])
	return dst
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// lexicon is lang.Relations compiled for matching.
type lexicon struct {
	rels     *lang.Relations
	triggers *matcher
	goods    *matcher
	troops   *matcher
	modality *matcher
	from     map[string]bool
	between  map[string]bool
	and      map[string]bool
	skip     map[string]bool
	not      [][]pattern     // per trigger: its Not patterns
	preps    map[string]bool // every word that marks a side
	ban      *matcher
	block    *matcher
	visitors *matcher
	attrib   map[string]bool
	opens    map[string]bool
	we       map[string]bool
	relative map[string]bool
	own      map[string]bool
	// anaphors: see lang.Relations
	pairNoun, stateNoun, pairWord, definite map[string]bool
	with                                    map[string]bool // every With word
	that                                    map[string]bool
	maxAnaphor, minAnaphor                  int         // bytes of the longest and shortest anaphor noun
	anaphorEnds                             *byteFilter // first and last bytes of the anaphor nouns
}

func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.ToLower(w)] = true
	}
	return m
}

func labelPatterns(ls []lang.Label) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.Pattern
	}
	return out
}

func compile(r *lang.Relations) *lexicon {
	trig := make([]string, len(r.Triggers))
	for i, t := range r.Triggers {
		trig[i] = t.Pattern
	}
	not := make([][]pattern, len(r.Triggers))
	for i, t := range r.Triggers {
		for _, n := range t.Not {
			not[i] = append(not[i], compilePattern(n))
		}
	}
	preps := set(append(append([]string{}, r.From...), r.Between...))
	with := map[string]bool{}
	for _, t := range r.Triggers {
		for _, w := range t.With {
			with[w] = true
		}
	}
	for _, t := range r.Triggers {
		for _, w := range append(append(append([]string{}, t.To...), t.With...), t.Of...) {
			preps[w] = true
		}
	}
	maxAnaphor, minAnaphor := 0, 1<<30
	ends := new(byteFilter)
	for _, w := range append(append([]string{}, r.PairNouns...), r.StateNouns...) {
		maxAnaphor, minAnaphor = max(maxAnaphor, len(w)), min(minAnaphor, len(w))
		ends.add(strings.ToLower(w))
	}
	return &lexicon{
		maxAnaphor:  maxAnaphor,
		anaphorEnds: ends,
		minAnaphor:  minAnaphor,
		preps:       preps,
		ban:         newMatcher(r.Ban),
		block:       newMatcher(r.Block),
		visitors:    newMatcher(r.Visitors),
		attrib:      set(r.Attribution),
		opens:       set(r.Opens),
		we:          set(r.We),
		relative:    set(r.Relative),
		own:         set(r.Own),
		not:         not,
		rels:        r,
		triggers:    newMatcher(trig),
		goods:       newMatcher(labelPatterns(r.Goods)),
		troops:      newMatcher(r.Troops),
		modality:    newMatcher(labelPatterns(r.Modality)),
		from:        set(r.From),
		between:     set(r.Between),
		and:         set(r.And),
		skip:        set(r.Skip),
		pairNoun:    set(r.PairNouns),
		stateNoun:   set(r.StateNouns),
		pairWord:    set(r.PairWords),
		definite:    set(r.Definite),
		with:        with,
		that:        set(r.That),
	}
}

var cache sync.Map // *lang.Profile → *lexicon

// lexiconOf returns the compiled lexicon of p, compiling it on first use.
// A profile must not change once used.
func lexiconOf(p *lang.Profile) *lexicon {
	if l, ok := cache.Load(p); ok {
		return l.(*lexicon)
	}
	l, _ := cache.LoadOrStore(p, compile(&p.Rels))
	return l.(*lexicon)
}

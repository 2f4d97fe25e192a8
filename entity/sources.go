package entity

import (
	"slices"
	"strings"
	"unicode"

	"github.com/hebel-project/hebel"
)

// Windows of the source rules in bytes: how far back a possessive source
// ("nach eigenen Angaben") or a source adverb ("demnach") looks for its
// actor.
const (
	selfSourceWindow = 400
	adverbWindow     = 800
)

// sources adds the actors that reported information names as its source
// (lang.ActorWords SourceNouns, SourceTails, SelfMarkers,
// SourceAdverbs): the author after a source noun ("Angaben von n24",
// "Stellungnahme des Ministeriums"), the first part of a source compound
// ("Behördenangaben" → "group:behoerden"), and, as coreferent mentions of
// the actor named just before, a possessive source ("nach eigenen
// Angaben") and a source adverb ("Demnach").
func (d *doc) sources() {
	w := d.w
	if len(w.SourceNouns) == 0 && len(w.SourceTails) == 0 && len(w.SourceAdverbs) == 0 {
		return
	}
	f := filtersFor(w)
	tf := d.flagsOf()
	add := d.pending()
	free := func(start, end int) bool {
		return !d.covered(start, end) && !add.overlaps(start, end)
	}
	for k := range d.toks {
		if d.stop.Stop() {
			break
		}
		word := d.word(k)
		switch {
		case tf[k]&tfSource != 0:
			if k > 0 && slices.Contains(w.SelfMarkers, d.word(k-1)) {
				start, end := d.toks[k-1].start, d.toks[k].end
				if id := d.lastActor(start, selfSourceWindow); id != "" && free(start, end) {
					add.add(ment{start: start, end: end, id: id, coref: true, extractor: ExtractorCoref})
				}
				continue
			}
			if k+2 < len(d.toks) && slices.Contains(w.SourceLinks, d.word(k+1)) {
				if m, ok := d.author(k + 2); ok && free(m.start, m.end) {
					add.add(m)
				}
			}
		case tf[k]&tfAdverb != 0:
			t := d.toks[k]
			if id := d.lastActor(t.start, adverbWindow); id != "" && free(t.start, t.end) {
				add.add(ment{start: t.start, end: t.end, id: id, coref: true, extractor: ExtractorCoref})
			}
		case word[0] >= 'a' && word[0] <= 'z' && isDomain(word):
			t := d.toks[k]
			if id := d.newActor('o', word, word, k); id != "" && free(t.start, t.end) {
				add.add(ment{start: t.start, end: t.end, id: id, extractor: ExtractorRule})
			}
		case f.tailLast[word[len(word)-1]] && upperWord(word):
			if m, ok := d.sourceCompound(k); ok && free(m.start, m.end) {
				add.add(m)
			}
		}
	}
	d.push(add.ms...)
	d.sort()
}

// author reads the author phrase starting at token j after a source noun
// and its link: an optional determiner, up to maxGenericAdjectives
// lower-case adjectives, a noun that names an actor (a generic head or a
// role noun) or a name with a digit or in capitals ("n24", "NASA"), and
// the names right after it ("Gewerkschaft Nahrung-Genuss-Gaststätten").
// The actor is new unless a mention already overlaps the phrase.
func (d *doc) author(j int) (ment, bool) {
	first := j
	if d.detAt(j) {
		j++
	}
	for n := 0; n < maxGenericAdjectives && j < len(d.toks) && lowerWordOnly(d.word(j)) && !strings.ContainsAny(d.word(j), "0123456789"); n++ {
		j++
	}
	if j >= len(d.toks) {
		return ment{}, false
	}
	head := d.word(j)
	if !upperWord(head) && !(strings.ContainsAny(head, "0123456789") && lowerWordOnly(head)) {
		return ment{}, false
	}
	if _, ok := d.w.Pronouns[head]; ok || d.detAt(j) {
		return ment{}, false
	}
	last := j
	for last+1 < len(d.toks) && last-j < 3 && d.nameWord(last+1) && d.toks[last+1].start-d.toks[last].end <= 1 {
		last++
	}
	start, end := d.toks[first].start, d.toks[last].end
	if first < j && !d.detAt(first) {
		start = d.toks[first].start
	}
	kind := headKind(head, d.w.GenericHeads, &filtersFor(d.w).heads)
	if kind == 0 {
		if _, ok := d.roleOf(j); ok {
			kind = 'p'
		} else if strings.ContainsAny(head, "0123456789") || acronym(head) {
			kind = 'o' // "n24", "NASA"
		} else {
			return ment{}, false // no actor: "Einschätzung der Lage"
		}
	}
	name := squeeze(d.text[d.toks[j].start:end])
	if first < j && !d.detAt(first) {
		name = squeeze(d.text[start:end])
	}
	id := d.newActor(kind, name, head, j)
	return ment{start: start, end: end, id: id, extractor: ExtractorRule}, id != ""
}

// headKind is genericHead for a noun that may carry a genitive or
// dative plural ending ("Ministeriums", "Umweltbundesamtes").
func headKind(w string, heads map[string]byte, f *headFilter) byte {
	if k := genericHead(w, heads, f); k != 0 {
		return k
	}
	for _, e := range []string{"es", "s", "n"} {
		if s, ok := strings.CutSuffix(w, e); ok && len(s) > 2 {
			if k := genericHead(s, heads, f); k != 0 {
				return k
			}
		}
	}
	return 0
}

// newActor records a generic actor of the given kind and name (head is
// its noun, token k) and returns its id, "" for an empty name.
func (d *doc) newActor(kind byte, name, head string, k int) string {
	prefix, typ := kindPrefix(kind)
	s := slug(name)
	if s == "" {
		return ""
	}
	id := prefix + s
	if d.info[id] == nil {
		m := &meta{typ: typ, name: name, role: head}
		if r, ok := d.roleOf(k); ok && typ == hebel.Person {
			m.gender, m.class = r.Gender, r.Class
		}
		d.info[id] = m
	}
	return id
}

// sourceCompound reads a compound whose end is a source tail and whose
// first part names the source: "Behördenangaben", "NASA-Angaben",
// "Regierungskreisen". The mention is the first part.
func (d *doc) sourceCompound(k int) (ment, bool) {
	word := d.word(k)
	for _, tail := range d.w.SourceTails {
		n := len(word) - len(tail)
		if n < 3 || !strings.EqualFold(word[n:], tail) {
			continue
		}
		prefix, hyphen := strings.CutSuffix(word[:n], "-")
		if !upperWord(prefix) {
			return ment{}, false
		}
		if !hyphen && !slices.Contains(d.w.SourcePrefixes, prefix) && headKind(prefix, d.w.GenericHeads, &filtersFor(d.w).heads) == 0 {
			return ment{}, false // "Lageberichten", "Jahresberichten": no source
		}
		start := d.toks[k].start
		id := d.newActor('g', prefix, prefix, k)
		return ment{start: start, end: start + len(prefix), id: id, extractor: ExtractorRule}, id != ""
	}
	return ment{}, false
}

// lastActor returns the actor of the last mention ending at most window
// bytes before pos, not counting countries (a country is rarely the
// source of a report); "" for none.
func (d *doc) lastActor(pos, window int) string {
	best := ""
	for _, m := range d.ms[d.from(pos-window):d.sorted] {
		if m.start >= pos {
			break
		}
		if m.end <= pos && pos-m.end <= window {
			if in := d.info[m.id]; in != nil && in.typ != hebel.Country {
				best = m.id
			}
		}
	}
	return best
}

// topDomains are the web top-level domains that make a dotted word a
// website: a source of its own ("laut news.bbc.co.uk").
var topDomains = []string{"com", "org", "net", "info", "de", "at", "ch", "uk", "eu", "fr", "it", "es", "nl", "ru", "cn", "jp", "us", "gov", "edu", "io"}

// isDomain reports whether w is a lower-case web address: two or more
// dotted parts ending in a top-level domain ("icelandreview.com").
func isDomain(w string) bool {
	i := strings.LastIndexByte(w, '.')
	if i <= 0 || !lowerWordOnly(w) {
		return false
	}
	return slices.Contains(topDomains, w[i+1:])
}

// acronym reports whether w has two or more letters, all upper case.
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

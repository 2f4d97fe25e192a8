package entity

import (
	"slices"
	"sort"
	"strings"

	"github.com/hebel-project/hebel"
)

// Coreference windows in bytes: how far back (or ahead, for role nouns)
// an anaphor looks for its actor.
const (
	pronounWindow    = 800
	farPronounWindow = 2000 // when nobody fits within pronounWindow
	roleWindow       = 1500
	countryWindow    = 1000
)

// coref adds the names nobody knew and follows every actor through the
// text: surnames and short forms, role nouns ("eine Expertin"), pronouns
// ("sie", "she"), possessives ("Ihrer Meinung nach") and "das Land".
func (d *doc) coref(tagged, rules []Name) {
	var singles []Name
	for _, n := range rules {
		if d.stop.Stop() {
			return
		}
		d.addName(n, ExtractorRule)
	}
	for _, n := range tagged {
		if d.stop.Stop() {
			return
		}
		if !strings.ContainsAny(strings.TrimSpace(d.text[n.Start:n.End]), " \n") {
			singles = append(singles, n)
			continue
		}
		d.addName(n, ExtractorTagger)
	}
	d.sort()
	d.surnames()
	for _, n := range singles {
		if d.stop.Stop() {
			return
		}
		d.addName(n, ExtractorTagger)
	}
	d.sort()
	d.roleAnaphors()
	d.generics()
	d.sources()
	d.relatives()
	d.pronouns()
	d.countryAnaphors()
}

// surnames links uses of a person's surname or short form ("Lee", "Kim",
// "Lees", "Kim-Regime") to the person named in full before; with two such
// people, to the one named last. A use before any full mention (a
// headline) goes to the person named first after it.
func (d *doc) surnames() {
	short := map[string][]string{}
	for id, m := range d.info {
		if m.typ == hebel.Person && m.short != "" {
			short[m.short] = append(short[m.short], id)
		}
		if m.typ == hebel.Person && m.family != "" {
			short[m.family] = append(short[m.family], id)
		}
	}
	if len(short) == 0 {
		return
	}
	// Per short form, the full (not coreferent) mentions of the people it
	// may stand for, and the first mention of each of them, by start.
	type at struct {
		start int
		id    string
	}
	keys := map[string][]string{} // id → its short forms
	for s, ids := range short {
		for _, id := range ids {
			keys[id] = append(keys[id], s)
		}
	}
	full := map[string][]at{}   // short form → full mentions
	firsts := map[string][]at{} // short form → first mentions
	seen := map[string]bool{}
	for _, m := range d.ms {
		for _, s := range keys[m.id] {
			if !seen[m.id] {
				firsts[s] = append(firsts[s], at{m.start, m.id})
			}
			if !m.coref {
				full[s] = append(full[s], at{m.start, m.id})
			}
		}
		seen[m.id] = true
	}
	// resolve returns the person a use of short form s at pos stands for:
	// the one with the last full mention before pos, else the one first
	// mentioned after pos; "" for none.
	resolve := func(s string, pos int) string {
		fm := full[s]
		if i := sort.Search(len(fm), func(i int) bool { return fm[i].start >= pos }); i > 0 {
			return fm[i-1].id
		}
		fs := firsts[s]
		if i := sort.Search(len(fs), func(i int) bool { return fs[i].start > pos }); i < len(fs) {
			return fs[i].id
		}
		return ""
	}
	var initial [256]bool // first bytes of the short forms
	for s := range short {
		initial[s[0]] = true
	}
	var add []ment
	for k, t := range d.toks {
		if d.stop.Stop() {
			break
		}
		w := d.word(k)
		if !initial[w[0]] {
			continue
		}
		end := t.end
		key := w
		_, ok := short[key]
		if !ok && strings.HasSuffix(w, "s") {
			key = w[:len(w)-1]
			_, ok = short[key]
		}
		if !ok {
			if j := strings.IndexByte(w, '-'); j > 0 {
				key = w[:j]
				_, ok = short[key]
				end = t.start + j
			}
		}
		if !ok || d.covered(t.start, end) {
			continue
		}
		best := resolve(key, t.start)
		if best != "" {
			add = append(add, ment{start: t.start, end: end, id: best, coref: true, extractor: ExtractorCoref})
		}
	}
	d.push(add...)
	d.sort()
}

// isDeterminer reports whether w may stand before a role noun anaphor.
func (d *doc) isDeterminer(w string) bool {
	return slices.Contains(d.w.Determiners, w)
}

// detAt reports whether token k is a determiner.
func (d *doc) detAt(k int) bool { return d.flagsOf()[k]&tfDet != 0 }

// roleAnaphors links a determiner and a role noun that is no title ("eine
// Expertin", "the analyst") to the nearest person with a role of the same
// class and a matching gender, before it or, failing that, after it.
func (d *doc) roleAnaphors() {
	var add []ment
	for k := 1; k < len(d.toks); k++ {
		if d.stop.Stop() {
			break
		}
		if !d.detAt(k - 1) {
			continue
		}
		r, ok := d.w.Roles[d.word(k)]
		if !ok {
			continue
		}
		if k+1 < len(d.toks) && d.nameWord(k+1) {
			continue // a title: "der Präsident Joe Biden"
		}
		start, end := d.toks[k-1].start, d.toks[k].end
		if d.covered(start, end) {
			continue
		}
		best, dist := "", roleWindow+1
		for i := d.from(start - roleWindow - 1); i < len(d.ms) && d.ms[i].start < end+roleWindow; i++ {
			m := d.ms[i]
			in := d.info[m.id]
			if in == nil || in.typ != hebel.Person || in.class != r.Class || !genderFits(in.gender, r.Gender) {
				continue
			}
			dd := start - m.end
			if m.start > end {
				dd = m.start - end + roleWindow/4 // prefer what came before
			}
			if dd >= 0 && dd < dist {
				best, dist = m.id, dd
			}
		}
		if best != "" {
			add = append(add, ment{start: start, end: end, id: best, coref: true, extractor: ExtractorCoref})
		}
	}
	d.push(add...)
	d.sort()
}

// genderFits reports whether two genders may be the same person's.
func genderFits(a, b byte) bool { return a == 0 || b == 0 || a == b }

// sentenceStart reports whether token k starts a sentence or a quote.
func (d *doc) sentenceStart(k int) bool {
	if k == 0 {
		return true
	}
	p := d.word(k - 1)
	switch p {
	case ".", "!", "?", ":", "„", "“", "\"", "«", "»", "‚", "'":
		return true
	}
	return strings.IndexByte(d.text[d.toks[k-1].end:d.toks[k].start], '\n') >= 0
}

// pronouns links personal pronouns and possessives before an opinion noun
// to the last person of the same (or an unknown) gender named shortly
// before. German
// "sie" must have a singular verb after it; capitalised "Sie" and
// "Ihrer" count only at the start of a sentence (else they are the polite
// "you").
func (d *doc) pronouns() {
	var add []ment
	f := &filtersFor(d.w).pronouns
	for k := range d.toks {
		if d.stop.Stop() {
			break
		}
		w := d.word(k)
		if !f.may(w) {
			continue
		}
		g, isPron := d.w.Pronouns[w]
		pg, isPoss := d.w.Possessives[w]
		if !isPron && !isPoss {
			continue
		}
		if upperWord(w) && !d.sentenceStart(k) && d.w.SingularVerbEnd != "" {
			continue
		}
		if k+1 >= len(d.toks) {
			continue
		}
		next := d.word(k + 1)
		if isPron {
			if d.pluralPronoun(k, w, next) {
				continue
			}
		} else {
			if !slices.Contains(d.w.OpinionNouns, next) {
				continue
			}
			g = pg
		}
		t := d.toks[k]
		best := d.antecedent(t.start, g, pronounWindow)
		if best == "" {
			best = d.antecedent(t.start, g, farPronounWindow)
		}
		if best != "" && !d.covered(t.start, t.end) {
			add = append(add, ment{start: t.start, end: t.end, id: best, coref: true, extractor: ExtractorCoref})
		}
	}
	d.push(add...)
	d.sort()
}

// countryAnaphors links "das Land" and "the country" to the country named
// last before it (by name or capital, not by adjective).
func (d *doc) countryAnaphors() {
	var add []ment
	for _, phrase := range d.w.CountryAnaphors {
		for from := 0; ; {
			if d.stop.Stop() {
				break
			}
			i := strings.Index(d.text[from:], phrase)
			if i < 0 {
				break
			}
			start := from + i
			end := start + len(phrase)
			from = end
			if ok, _ := wordAt(d.text, min(end, len(d.text)-1)); end < len(d.text) && ok {
				continue // "das Landgericht"
			}
			if start > 0 {
				if ok, _ := wordAt(d.text, start-1); ok {
					continue
				}
			}
			best := ""
			for _, m := range d.ms[d.from(start-countryWindow-1):] {
				if m.start >= start {
					break
				}
				if in := d.info[m.id]; in != nil && in.typ == hebel.Country && !m.coref && (m.kind == gzCountryN || m.kind == gzCountryC) && start-m.end <= countryWindow {
					best = m.id
				}
			}
			if best != "" && !d.covered(start, end) {
				add = append(add, ment{start: start, end: end, id: best, coref: true, extractor: ExtractorCoref})
			}
		}
	}
	d.push(add...)
	d.sort()
}

// singularVerb reports whether w ends like a singular verb.
func singularVerb(w, end string, others []string) bool {
	if strings.HasSuffix(w, end) {
		return true
	}
	for _, e := range others {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// pluralPronoun reports whether pronoun w at token k, followed by next,
// reads as a plural ("sie sagen", "fordern sie"), which refers to no one
// person. Only PluralPronouns may.
func (d *doc) pluralPronoun(k int, w, next string) bool {
	if d.w.SingularVerbEnd == "" || !slices.Contains(d.w.PluralPronouns, w) {
		return false
	}
	if strings.HasSuffix(next, d.w.PluralVerbEnd) && !d.detAt(k+1) || upperWord(next) || slices.Contains(d.w.PluralVerbs, next) {
		return true
	}
	if singularVerb(next, d.w.SingularVerbEnd, d.w.OtherSingularVerbEnds) {
		return false
	}
	if !lowerWordOnly(next) {
		return true
	}
	// No verb after it: the verb before it tells ("fordern sie", "sagte sie").
	if k > 0 {
		p := d.word(k - 1)
		return lowerWordOnly(p) && strings.HasSuffix(p, d.w.PluralVerbEnd) && !d.detAt(k-1)
	}
	return false
}

// antecedent returns the actor a pronoun of gender g at pos refers to:
// the last person of that (or an unknown) gender named at most window
// bytes before, or, for the feminine pronoun, an organisation or group
// named after a feminine article ("die Gewerkschaft … Sie"); "" for none.
func (d *doc) antecedent(pos int, g byte, window int) string {
	best := ""
	for _, m := range d.ms[d.from(pos-window-1):d.sorted] {
		if m.start >= pos {
			break
		}
		in := d.info[m.id]
		if in == nil || pos-m.end > window {
			continue
		}
		switch in.typ {
		case hebel.Person:
			if in.gender == g || in.gender == 0 && g != 0 {
				best = m.id
			}
		case hebel.Organisation, hebel.Group:
			if g == 'f' && !m.coref && d.feminineBefore(m.start) {
				best = m.id
			}
		}
	}
	return best
}

// feminineBefore reports whether the mention at pos starts with or
// follows a feminine article.
func (d *doc) feminineBefore(pos int) bool {
	k := d.tokenAt(pos)
	if k < len(d.toks) && d.toks[k].start == pos && slices.Contains(d.w.FeminineArticles, d.word(k)) {
		return true
	}
	return k > 0 && k <= len(d.toks) && slices.Contains(d.w.FeminineArticles, d.word(k-1))
}

// relatives links a relative pronoun after a comma ("Celebi, die auch
// angab", "die Polizei, die … bekannt gab") to the actor whose mention
// ends right before the comma: a person of a fitting gender, or an
// organisation or group for the feminine (and plural) pronoun. A
// capitalised word after the pronoun makes it an article ("Celebi, die
// Anwältin"), which generics handle.
func (d *doc) relatives() {
	if len(d.w.RelativePronouns) == 0 {
		return
	}
	var add []ment
	for k := 2; k+1 < len(d.toks); k++ {
		if d.stop.Stop() {
			break
		}
		g, ok := d.w.RelativePronouns[d.word(k)]
		if !ok || d.word(k-1) != "," || !lowerWordOnly(d.word(k+1)) && !d.detAt(k+1) {
			continue
		}
		comma := d.toks[k-1].start
		best := ""
		for _, m := range d.ms[d.from(comma-1):d.sorted] {
			if m.start >= comma {
				break
			}
			if m.end != comma {
				continue
			}
			in := d.info[m.id]
			if in == nil {
				continue
			}
			switch in.typ {
			case hebel.Person:
				if genderFits(in.gender, g) {
					best = m.id
				}
			case hebel.Organisation, hebel.Group:
				if g == 'f' {
					best = m.id
				}
			}
		}
		t := d.toks[k]
		if best != "" && !d.covered(t.start, t.end) {
			add = append(add, ment{start: t.start, end: t.end, id: best, coref: true, extractor: ExtractorCoref})
		}
	}
	d.push(add...)
	d.sort()
}

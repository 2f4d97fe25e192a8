package claim

import (
	"sort"
	"strings"

	"github.com/hebel-project/hebel"
)

// Typing a claim: what its number counts (a concept the same in every
// language), what happened to the people counted or what is measured (a
// measure), whose they are (the actor) and where (places, with a
// collective or distributive reading over several). The rules read the
// language's lang.Figures tables; they are tested with invented minimal
// pairs in measure_test.go.

// scope is the part of a sentence that speaks of one number: from the end
// of the number before it in the sentence (or the sentence's start) to
// the start of the number after it (or the sentence's end), as token
// indices [lo, hi); q is the number's first token, qe the token after it.
type scope struct {
	lo, hi, q, qe int
}

// typeClaim fills c's Measure, Concept, Actor, Places and Reading from
// the tokens of its sentence. cp is the counted phrase; ms the entity
// mentions of the claim's span.
//
// A counted phrase that is a pronoun or elided ("6.400 von ihnen", "…
// and 300 more") counts what prev, the claim before it in the same or
// the previous sentence, counts, and belongs to the same actor.
func (b *builder) typeClaim(w *words, c *hebel.Claim, cp phrase, sc scope, ms []mention, prev *hebel.Claim) {
	f := &b.p.Figures
	c.Concept = b.concept(w, cp, ms)
	if c.Concept == "" && unitMeasure(c.Quantity.Unit) != "" {
		c.Concept = b.conceptAfter(w, sc) // "$3 billion in military aid"
	}
	inherited := ""
	if c.Concept == "" && prev != nil && (cp.elided || cp.ok() && cp.end-cp.start == 1 && w.is(cp.start, b.c.Stop)) {
		c.Concept, inherited = prev.Concept, prev.Actor
	}
	measure, at := unitMeasure(c.Quantity.Unit), -1
	if measure == "" {
		measure, at = b.event(w, cp, sc)
	}
	switch {
	case measure.Person() && c.Concept == "" && (at >= cp.start && at < cp.end || !cp.ok()):
		c.Concept = hebel.ConceptPeople // "1,000 injured", "12.000 Tote"
	case measure.Person() && !c.Concept.Person():
		measure = "" // "500 Panzer zerstört": what happens to objects is not typed
	}
	if measure == "" {
		measure = defaultMeasure(c.Concept)
	}
	if c.Concept == hebel.ConceptPeople && (measure == hebel.MeasureDeployed || measure == hebel.MeasureWithdrawn) {
		c.Concept = hebel.ConceptTroops // "11.000 Nordkoreaner kämpfen in Kursk": people deployed are forces
	}
	c.Actor = b.actor(w, cp, sc, ms, measure)
	if c.Actor == "" {
		c.Actor = inherited
	}
	c.Places = b.placeIDs(w, sc, ms, measure, c.Actor)
	if measure == "" && c.Concept == hebel.ConceptTroops && abroad(c.Places, c.Actor) {
		measure = hebel.MeasureDeployed // "28.500 US-Soldaten in Südkorea": forces abroad are deployed
	}
	if measure == "" && c.Concept.Person() {
		measure = hebel.MeasureCount
	}
	c.Measure = measure
	if len(c.Places) > 1 {
		c.Reading = hebel.Collective
		for i := sc.lo; i < sc.hi; i++ {
			if w.is(i, f.Distributive) {
				c.Reading = hebel.Distributive
				break
			}
		}
	}
}

// unitMeasure returns the measure a quantity's unit implies: money for a
// currency (ISO 4217 codes), volume for units of goods, share for
// percentages; "" otherwise.
func unitMeasure(unit string) hebel.Measure {
	switch unit {
	case "":
		return ""
	case "%", "pp":
		return hebel.MeasureShare
	case "bbl", "t", "kt", "Mt", "kg", "l", "m3", "bcm":
		return hebel.MeasureVolume
	}
	if len(unit) == 3 && strings.ToUpper(unit) == unit && unit[0] >= 'A' && unit[0] <= 'Z' {
		return hebel.MeasureMoney
	}
	return ""
}

// defaultMeasure is the measure a concept implies when no word says what
// happened: refugees are displaced, hostages captured, goods a volume.
func defaultMeasure(c hebel.Concept) hebel.Measure {
	switch c {
	case hebel.ConceptRefugees:
		return hebel.MeasureDisplaced
	case hebel.ConceptHostages:
		return hebel.MeasureCaptured
	case hebel.ConceptOil, hebel.ConceptRefined, hebel.ConceptGas, hebel.ConceptCoal, hebel.ConceptFood, hebel.ConceptFertilizer:
		return hebel.MeasureVolume
	case hebel.ConceptTanks, hebel.ConceptVehicles, hebel.ConceptAircraft, hebel.ConceptHelicopters, hebel.ConceptShips,
		hebel.ConceptMissiles, hebel.ConceptDrones, hebel.ConceptArtillery, hebel.ConceptMunitions, hebel.ConceptWeapons:
		return hebel.MeasureCount
	}
	return ""
}

// concept returns what the counted phrase counts: the concept of its
// head word, else of the first word in it that names one (a two-word
// pattern before a one-word one: "refined petroleum"); a demonym as head
// ("11.000 Nordkoreaner") counts people.
func (b *builder) concept(w *words, cp phrase, ms []mention) hebel.Concept {
	if !cp.ok() {
		return ""
	}
	if cp.head >= 0 {
		if c, _ := b.conceptAt(w, cp.head, cp.end); c != "" {
			return c
		}
	}
	for i := cp.start; i < cp.end; i++ {
		if c, _ := b.conceptAt(w, i, cp.end); c != "" {
			return c
		}
	}
	for i := cp.start; i < cp.end; i++ {
		// a people's name is a noun: capitalised in German ("Russen",
		// not "russischen"), plural in English ("Russians", not "Russian")
		if !demonym(string(w.lower(i))) || b.c.CapitalNouns && !w.capital(i) || !b.c.CapitalNouns && !w.suffix(i, "s") {
			continue
		}
		h := w.toks[i].Span
		for _, m := range ms {
			if m.typ == hebel.Country && m.Span.Contains(h) {
				return hebel.ConceptPeople
			}
		}
	}
	return ""
}

// maxAfter is how many tokens after a measured amount may name what it
// measures ("$3 billion in military aid").
const maxAfter = 4

// conceptAfter returns the concept named within maxAfter tokens after the
// number, in its clause.
func (b *builder) conceptAfter(w *words, sc scope) hebel.Concept {
	_, hi := clause(w, sc)
	for i := sc.qe; i < hi && i < sc.qe+maxAfter; i++ {
		if c, _ := b.conceptAt(w, i, hi); c != "" {
			return c
		}
	}
	return ""
}

// demonym reports whether a word that names a state can be its people
// ("Nordkoreaner", "Russen", "Israelis", "North Koreans", "Chinese")
// rather than the state or its capital ("Peking", "Russland").
func demonym(word string) bool {
	if len(word) < 5 {
		return false
	}
	for _, sfx := range []string{"er", "ern", "en", "is", "ans", "ese", "ians"} {
		if strings.HasSuffix(word, sfx) {
			return true
		}
	}
	return false
}

// conceptAt returns the concept the words at token i name and how many
// tokens they take (two-word patterns first), ending before end.
func (b *builder) conceptAt(w *words, i, end int) (hebel.Concept, int) {
	if !w.letters(i) {
		return "", 0
	}
	best, n, bestLen := hebel.Concept(""), 0, -1
	for _, cw := range b.p.Figures.Concepts {
		k, ok := w.matches(i, cw.Pattern)
		if !ok || i+k > end {
			continue
		}
		// the longest match wins, then the most specific pattern
		if l := k*100 + len(cw.Pattern); l > bestLen {
			best, n, bestLen = cw.Concept, k, l
		}
	}
	return best, n
}

// event returns the measure the words around the number state and the
// token where they stand: the counted phrase's head when it is an event
// word ("1,000 injured", "Tote"), else the event word nearest the number
// in its clause (between commas), else in its scope; a separable verb
// ("ziehen … ab") counts at its stem. A withdrawal wins over a deployment
// in the same clause: a withdrawal names the deployment it ends.
func (b *builder) event(w *words, cp phrase, sc scope) (hebel.Measure, int) {
	if cp.ok() && cp.head >= 0 {
		if m := b.eventAt(w, cp.head); m != "" {
			return m, cp.head
		}
	}
	lo, hi := clause(w, sc)
	for _, r := range [][2]int{{lo, hi}, {sc.q, sc.hi}, {sc.lo, sc.q}} {
		if m, at := b.nearestEvent(w, sc, r[0], r[1]); m != "" {
			return b.together(w, m, at, r[1]), at
		}
	}
	return "", -1
}

// together returns casualties when the event word at token at is joined
// by a coordinator to another event word of people ("killed or wounded",
// "verletzt und getötet"): the number counts both together. Else m.
func (b *builder) together(w *words, m hebel.Measure, at, hi int) hebel.Measure {
	if !m.Person() || m == hebel.MeasureDeployed || m == hebel.MeasureWithdrawn {
		return m
	}
	for _, k := range []int{at + 2, at - 2} {
		if k < 0 || k >= hi || !w.is((at+k)/2, b.c.Coordinators) {
			continue
		}
		if o := b.eventAt(w, k); o != "" && o != m && o.Person() && o != hebel.MeasureDeployed && o != hebel.MeasureWithdrawn {
			return hebel.MeasureCasualties
		}
	}
	return m
}

// nearestEvent finds the event word nearest the number among tokens
// [lo, hi), skipping the number's own tokens.
func (b *builder) nearestEvent(w *words, sc scope, lo, hi int) (hebel.Measure, int) {
	best, at, dist := hebel.Measure(""), -1, 1<<30
	withdrawn := -1
	for i := lo; i < hi; i++ {
		if i >= sc.q && i < sc.qe {
			continue
		}
		m := b.eventAt(w, i)
		if m == "" {
			m = b.separableAt(w, i, hi)
		}
		if m == "" {
			continue
		}
		if m == hebel.MeasureWithdrawn {
			withdrawn = i
		}
		d := i - sc.q
		if d < 0 {
			d = sc.q - i
		}
		if d < dist {
			best, at, dist = m, i, d
		}
	}
	if withdrawn >= 0 && best == hebel.MeasureDeployed {
		return hebel.MeasureWithdrawn, withdrawn
	}
	return best, at
}

// eventAt returns the measure an event word at token i states, "" when
// it is none; phrases of several words count at their first.
func (b *builder) eventAt(w *words, i int) hebel.Measure {
	if !w.letters(i) {
		return ""
	}
	best, bestLen := hebel.Measure(""), -1
	for _, ev := range b.p.Figures.Events {
		k, ok := w.matches(i, ev.Pattern)
		if !ok {
			continue
		}
		if l := k*100 + len(ev.Pattern); l > bestLen {
			best, bestLen = ev.Measure, l
		}
	}
	return best
}

// separableAt returns the measure of a separable verb whose stem is
// token i and whose particle stands later, before hi.
func (b *builder) separableAt(w *words, i, hi int) hebel.Measure {
	for _, sv := range b.p.Figures.Separable {
		if !w.in(i, sv.Stems) {
			continue
		}
		for k := i + 1; k < hi; k++ {
			if w.letters(k) && string(w.lower(k)) == sv.Particle && !w.letters(k+1) {
				return sv.Measure
			}
		}
	}
	return ""
}

// clause returns the tokens of the clause around the number: the scope
// cut at the nearest commas, semicolons, colons, dashes and brackets.
func clause(w *words, sc scope) (int, int) {
	lo, hi := sc.q, sc.qe
	for lo > sc.lo && !w.boundary(lo-1) {
		lo--
	}
	for hi < sc.hi && !w.boundary(hi) {
		hi++
	}
	return lo, hi
}

// boundary reports whether token i ends a clause.
func (w *words) boundary(i int) bool {
	switch w.toks[i].Text(w.text) {
	case ",", ";", ":", "–", "—", "(", ")":
		return true
	}
	return false
}

// matches reports whether the tokens at i spell pattern (see
// lang.Figures) and how many tokens it takes.
func (w *words) matches(i int, pattern string) (int, bool) {
	for k, rest := 0, pattern; ; k++ {
		p, more, several := strings.Cut(rest, " ")
		if i+k >= len(w.toks) || !w.letters(i+k) || !wordMatch(string(w.lower(i+k)), p) {
			return 0, false
		}
		if !several {
			return k + 1, true
		}
		rest = more
	}
}

// wordMatch matches one lower-case word against one pattern word.
func wordMatch(word, p string) bool {
	pre, suf := strings.HasSuffix(p, "*"), strings.HasPrefix(p, "*")
	core := strings.Trim(p, "*")
	switch {
	case pre && suf:
		return strings.Contains(word, core)
	case pre:
		return strings.HasPrefix(word, core)
	case suf:
		// a compound's head: "us-soldaten", "kriegsschiffe"
		return strings.HasSuffix(word, core) && len(word) > len(core)
	}
	return word == core
}

// in reports whether token i, lower-cased, is one of list.
func (w *words) in(i int, list []string) bool {
	if !w.letters(i) {
		return false
	}
	l := string(w.lower(i))
	for _, s := range list {
		if l == s {
			return true
		}
	}
	return false
}

// state returns the state an actor mention stands for: a country's own
// id, the state a person or organisation belongs to; "" for places,
// groups and actors of no known state.
func (m mention) state() string {
	switch m.typ {
	case hebel.Country:
		return m.id
	case hebel.Person, hebel.Organisation:
		return m.country
	}
	return ""
}

// actor returns whose the counted are: the first state named in the
// counted phrase not after an origin preposition ("nordkoreanische
// Soldaten", "US-Soldaten", "Kim Jong-uns Kämpfern"), else one after it
// ("Soldaten aus Nordkorea"); for a deployment or withdrawal of troops
// with neither, the first state named before the number in its scope
// ("Nordkorea hat 10.000 Soldaten entsandt", "die USA ziehen 12.000
// Soldaten ab").
func (b *builder) actor(w *words, cp phrase, sc scope, ms []mention, measure hebel.Measure) string {
	if cp.ok() {
		start, end := w.toks[sc.q].Start, w.toks[cp.end-1].End
		origin := ""
		for _, m := range ms {
			if m.Start < start || m.End > end || m.state() == "" {
				continue
			}
			if b.after(w, m, b.p.Figures.Origin) {
				if origin == "" && measure != hebel.MeasureWithdrawn {
					origin = m.state() // withdrawn "aus Mali": the place left
				}
				continue
			}
			if b.after(w, m, b.p.Figures.For) || b.afterPlacePhrase(w, m) {
				continue // "der in der Ukraine eingesetzten russischen Soldaten"
			}
			return m.state()
		}
		if origin != "" {
			return origin
		}
	}
	if measure != hebel.MeasureDeployed && measure != hebel.MeasureWithdrawn {
		return ""
	}
	// the subject before the number, else after it in its clause
	// ("… soll Nordkoreas Diktator … geschickt haben")
	_, hi := clause(w, sc)
	for k, r := range [][2]int{{sc.lo, sc.q}, {sc.qe, hi}} {
		if r[1] <= r[0] {
			continue
		}
		start, end := w.toks[r[0]].Start, w.toks[r[1]-1].End
		for _, m := range ms {
			if m.Start < start || m.End > end || m.state() == "" || b.placeWord(w, m) {
				continue
			}
			if k == 1 && m.typ == hebel.Country {
				continue // after the number only an agent: a person or an organisation
			}
			return m.state()
		}
	}
	return ""
}

// after reports whether the token before mention m (past determiners) is
// in set.
func (b *builder) after(w *words, m mention, set map[string]bool) bool {
	i := sort.Search(len(w.toks), func(i int) bool { return w.toks[i].End > m.Start }) - 1
	for i >= 0 && w.is(i, b.c.Determiners) {
		i--
	}
	return i >= 0 && w.is(i, set)
}

// placeWord reports whether mention m follows a place, beneficiary or
// origin preposition: it names where, not who.
func (b *builder) placeWord(w *words, m mention) bool {
	f := &b.p.Figures
	return b.after(w, m, f.For) || b.after(w, m, f.Origin) || b.afterPlacePhrase(w, m)
}

// afterPlacePhrase reports whether one of the language's place phrases
// ("in", "im raum", "in the region of") stands right before mention m,
// past determiners.
func (b *builder) afterPlacePhrase(w *words, m mention) bool {
	k := sort.Search(len(w.toks), func(i int) bool { return w.toks[i].Start >= m.Start })
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if end, ok := w.phraseAt(j, b.c.PlaceBefore); ok {
			e := end
			for e < k && (w.is(e, b.c.Determiners) || w.is(e, b.c.PlaceAfter) || w.is(e, b.p.Figures.Within)) {
				e++
			}
			if e == k {
				return true
			}
		}
	}
	return false
}

// placeIDs returns the states where the number is stated for, in order of
// first mention, each once: states and places named after a place phrase
// in its scope ("in Japan und Südkorea", "in der Region Kursk"), places
// named anywhere in it ("the Kursk region"), for a deployment also after
// a beneficiary or destination preposition ("für Russland", "sent to
// Russia"), for a withdrawal only after an origin preposition ("aus
// Deutschland"). A place inside a state gives the state; states joined
// to one by "und", "and" or a comma join it.
//
// Places whose state is unknown ("Europa", a town the gazetteer places
// nowhere) count only when no state is named: "near Chongjin … to
// Russia" is Russia.
func (b *builder) placeIDs(w *words, sc scope, ms []mention, measure hebel.Measure, actor string) []string {
	lo, hi := clause(w, sc)
	out := b.placesIn(w, lo, hi, ms, measure, actor)
	if len(out) == 0 {
		out = b.placesIn(w, hi, sc.hi, ms, measure, actor) // "…verletzt, vor allem in der Region Kursk"
	}
	states := out[:0:0]
	for _, p := range out {
		if hebel.IsStateID(p) {
			states = append(states, p)
		}
	}
	if len(states) > 0 {
		return states
	}
	return out
}

// placesIn returns the places named in tokens [lo, hi) (see placeIDs).
func (b *builder) placesIn(w *words, lo, hi int, ms []mention, measure hebel.Measure, actor string) []string {
	f := &b.p.Figures
	if hi <= lo {
		return nil
	}
	start, end := w.toks[lo].Start, w.toks[hi-1].End
	var out []string
	add := func(id string) {
		for _, x := range out {
			if x == id {
				return
			}
		}
		out = append(out, id)
	}
	var chain []mention // mentions in the scope, for coordination
	for _, m := range ms {
		if m.Start >= start && m.End <= end && (m.typ == hebel.Country || m.typ == hebel.Place) {
			chain = append(chain, m)
		}
	}
	placed := func(m mention) bool {
		switch {
		case measure == hebel.MeasureWithdrawn:
			return b.after(w, m, f.Origin) && placeState(m) != actor
		case measure == hebel.MeasureDeployed && b.after(w, m, f.For):
			return true
		case m.typ == hebel.Place:
			return true
		}
		return b.afterPlacePhrase(w, m)
	}
	for i := 0; i < len(chain); i++ {
		m := chain[i]
		if !placed(m) {
			continue
		}
		add(placeState(m))
		for i+1 < len(chain) && b.coordinated(w, chain[i], chain[i+1]) {
			i++
			add(placeState(chain[i]))
		}
	}
	return out
}

// placeState returns the state a place mention stands for: a country
// itself, a place its state, else the place.
func placeState(m mention) string {
	if m.typ == hebel.Place && m.country != "" {
		return m.country
	}
	return m.id
}

// coordinated reports whether only a coordinator or a comma (and
// determiners) stand between mentions a and b: "Japan und Südkorea",
// "Italien, Belgien".
func (b *builder) coordinated(w *words, a, m mention) bool {
	i := sort.Search(len(w.toks), func(i int) bool { return w.toks[i].Start >= a.End })
	k := sort.Search(len(w.toks), func(i int) bool { return w.toks[i].Start >= m.Start })
	if k <= i {
		return false
	}
	for j := i; j < k; j++ {
		t := w.toks[j].Text(w.text)
		if t != "," && !w.is(j, b.c.Coordinators) && !w.is(j, b.c.Determiners) {
			return false
		}
	}
	return true
}

// abroad reports whether places name a state other than the actor's.
func abroad(places []string, actor string) bool {
	if actor == "" {
		return false
	}
	for _, p := range places {
		if p != actor && hebel.IsStateID(p) {
			return true
		}
	}
	return false
}

// scopeOf returns the scope of quantity qs[k] in the sentence whose span
// is sent and whose tokens w holds.
func scopeOf(w *words, qs []hebel.Quantity, k int, sent hebel.Span) scope {
	q := qs[k]
	lo, hi := sent.Start, sent.End
	if k > 0 && qs[k-1].End > lo && qs[k-1].End <= q.Start {
		lo = qs[k-1].End
	}
	if k+1 < len(qs) && qs[k+1].Start < hi && qs[k+1].Start >= q.End {
		hi = qs[k+1].Start
	}
	n := len(w.toks)
	first := func(off int) int { return sort.Search(n, func(i int) bool { return w.toks[i].Start >= off }) }
	sc := scope{lo: first(lo), hi: first(hi), q: sort.Search(n, func(i int) bool { return w.toks[i].End > q.Start }), qe: first(q.End)}
	sc.q = min(max(sc.q, sc.lo), n-1)
	sc.qe = max(min(sc.qe, sc.hi), sc.q+1)
	if sc.hi <= sc.lo {
		sc.hi = min(sc.lo+1, n)
	}
	return sc
}

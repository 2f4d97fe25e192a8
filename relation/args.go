package relation

import (
	"github.com/hebel-project/hebel/lang"
)

// pair is one relation's two sides, actor indexes into view.acts (-1:
// not found).
type pair struct{ from, to int }

// roles holds what the trigger at [t0, t1) needs to find its arguments.
type roles struct {
	v      *view
	lx     *lexicon
	tr     *lang.Trigger
	t0, t1 int
	clause int
	troop  int // token of the troops noun near the trigger, -1 when none
	// exclude is an actor taken as target before the source is sought
	// (Provide), -1 when none.
	exclude int
}

func contains(list []string, w string) bool {
	for _, s := range list {
		if s == w {
			return true
		}
	}
	return false
}

// free reports whether actor a is not marked by a preposition that gives
// it another role.
func (r *roles) free(a *actor) bool {
	if !r.eligible(a) {
		return false
	}
	m := a.marker
	if m == "" {
		return true
	}
	return !contains(r.tr.To, m) && !contains(r.tr.With, m) && !r.lx.from[m] && !r.lx.between[m]
}

// eligible reports whether a may take a role at all: not the first part
// of a compound ("Ukraine-Krieg"), not a genitive attribute of a noun
// other than the trigger ("Nachbarstaaten Chinas").
func (r *roles) eligible(a *actor) bool {
	if a.modifier || isPlace(a.id) || r.exclude >= 0 && &r.v.acts[r.exclude] == a || r.attributed(a) {
		return false
	}
	return a.noun < 0 || a.noun >= r.t0 && a.noun < r.t1
}

// isPlace reports whether id names a place, which is a location, not a
// side.
func isPlace(id string) bool { return len(id) > 6 && id[:6] == "place:" }

func (r *roles) inClause(a *actor) bool { return r.v.clause[a.tok] == r.clause }

// holds reports whether actor i may hold a symmetric trigger: named in
// it or in its clause, apposed to it, or the subject of the sentence (its
// first actor, with no word before it, before the trigger: "Russland, das … sucht,
// vertieft die Beziehungen zu China"). An actor a clause away is
// otherwise part of some other statement.
func (r *roles) holds(i int) bool {
	a := &r.v.acts[i]
	if r.inside(a) || r.inClause(a) || r.apposed(a) {
		return true
	}
	return i == 0 && a.end <= r.t0 && a.marker == ""
}

// apposed reports whether a ends the clause right before the trigger's,
// which is then an apposition to it: "China, der wichtigste Verbündete
// Russlands".
func (r *roles) apposed(a *actor) bool {
	v := r.v
	if v.clause[a.tok] != r.clause-2 || a.end+1 >= len(v.low) || v.clause[a.end] >= 0 {
		return false
	}
	// the apposition opens with an article, or with a genitive name:
	// "Belarus, Russia's closest ally"
	return r.lx.skip[v.low[a.end+1]] || v.actorAt(a.end+1)
}

// attributed reports whether a is marked as the source of an
// attribution ("laut Russland", "according to the United States"): it
// says what the clause states and has no role in it.
func (r *roles) attributed(a *actor) bool {
	if len(r.lx.attrib) == 0 {
		return false
	}
	v := r.v
	k := a.tok - 1
	for k >= 0 && r.lx.skip[v.low[k]] {
		k--
	}
	return k >= 0 && (r.lx.attrib[v.low[k]] || k > 0 && r.lx.attrib[v.low[k-1]] && r.lx.preps[v.low[k]])
}

// maxOfGap is how many tokens may stand between a symmetric trigger and
// a partner marked by one of its Of words ("ally of the United States").
const maxOfGap = 2

// of reports whether a is a partner marked by an Of word right after the
// trigger.
func (r *roles) of(a *actor) bool {
	return a.tok >= r.t1 && a.tok-r.t1 <= maxOfGap && contains(r.tr.Of, a.marker)
}

// inRelative reports whether a stands in a relative clause: one opened
// by a relative pronoun right after a comma ("Norwegen, das nicht zur EU
// gehört, …").
func (r *roles) inRelative(a *actor) bool {
	v := r.v
	c := v.clause[a.tok]
	k := a.tok
	for k > 0 && v.clause[k-1] == c {
		k--
	}
	return k > 0 && v.low[k-1] == "," && r.lx.relative[v.low[k]]
}

// hosted returns the pair of a Host trigger: the state whose troops the
// troops noun names, and the free actor before the trigger in its clause
// that receives them.
func (r *roles) hosted() []pair {
	if r.troop < r.t1 {
		return nil
	}
	from := r.troopActor(r.troop)
	if from < 0 {
		return nil
	}
	for i := range r.v.acts {
		a := &r.v.acts[i]
		if i != from && a.end <= r.t0 && r.inClause(a) && r.free(a) && !a.coord && a.id != r.v.acts[from].id {
			return []pair{{from, i}}
		}
	}
	return nil
}

// nextClause reports whether a stands in the clause right after the
// trigger's: "Bündnisse mit Nachbarn – unter anderem mit Japan".
func (r *roles) nextClause(a *actor) bool {
	v := r.v
	if a.tok < r.t1 || v.clause[a.tok] != r.clause+2 {
		return false
	}
	k := a.tok
	for k > 0 && v.clause[k-1] == v.clause[a.tok] {
		k--
	}
	if k == 0 {
		return false
	}
	switch v.low[k-1] { // an inserted clause, not one after a comma
	case "–", "—", "(", "-":
		return true
	}
	return false
}

// inside reports whether a is named inside the trigger ("UN-Sanktionen").
func (r *roles) inside(a *actor) bool { return a.tok >= r.t0 && a.end <= r.t1 }

// chain returns actor i and the actors coordinated after it.
func (r *roles) chain(i int) []int {
	var out []int
	for n := 0; i >= 0 && n < 16; n++ {
		out = append(out, i)
		i = r.v.acts[i].next
	}
	return out
}

// nearest returns the actor closest to the trigger that ok accepts,
// preferring the trigger's clause; -1 when none.
func (r *roles) nearest(ok func(i int, a *actor) bool, clauseOnly bool) int {
	best, bestD, bestIn := -1, 1<<30, false
	for i := range r.v.acts {
		a := &r.v.acts[i]
		if !r.eligible(a) || !ok(i, a) {
			continue
		}
		in := r.inClause(a)
		if clauseOnly && !in {
			continue
		}
		d := dist(a, r.t0, r.t1)
		if best < 0 || in && !bestIn || in == bestIn && d < bestD {
			best, bestD, bestIn = i, d, in
		}
	}
	return best
}

// troopActor returns the actor whose forces the troops noun at token k
// names: inside the noun ("US-Soldaten"), just before it ("nordkoreanische
// Soldaten") or marked as origin just after it ("Soldaten aus Nordkorea").
func (r *roles) troopActor(k int) int {
	if i := r.v.attached(k, k+1); i >= 0 {
		return i
	}
	for i := range r.v.acts {
		a := &r.v.acts[i]
		if a.end == k && !a.coord || a.tok > k && a.tok <= k+3 && r.lx.from[a.marker] {
			return i
		}
	}
	return -1
}

// findTroop returns the troops noun nearest the trigger in its clause, -1
// when none.
func (r *roles) findTroop() int {
	best, bestD := -1, 1<<30
	var buf [4]int
	for k := range r.v.low {
		if r.v.clause[k] != r.clause {
			continue
		}
		if len(r.lx.troops.match(buf[:0], r.v.low[k])) == 0 {
			continue
		}
		d := r.t0 - k // troops before the trigger first
		if d < 0 {
			d = 1000 - d
		}
		if d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// victim finds the side attacked and, when the sentence names it, the
// attacker; from is -1 when the document must supply it.
func (r *roles) victim() []pair {
	v := r.v
	if p, ok := r.hyphenPair(); ok {
		return []pair{p}
	}
	to := v.attached(r.t0, r.t1)
	if to < 0 {
		to = r.nearest(func(_ int, a *actor) bool { return !a.coord && contains(r.tr.To, a.marker) }, true)
	}
	if to < 0 {
		from := -1
		if r.t0 > 0 && r.lx.own[v.low[r.t0-1]] { // "Russland … in seinem Krieg": the subject's
			for i := range v.acts {
				if a := &v.acts[i]; a.end <= r.t0 && r.inClause(a) && r.free(a) && !a.coord {
					from = i
					break
				}
			}
		}
		if from < 0 {
			from = r.nearest(func(i int, a *actor) bool { return r.free(a) && a.end <= r.t0 && !a.coord }, true)
		}
		return []pair{{from, -1}}
	}
	from := -1
	if k := r.findTroop(); k >= 0 {
		if i := r.troopActor(k); i >= 0 && v.acts[i].id != v.acts[to].id {
			from = i
		}
	}
	if from < 0 {
		from = r.nearest(func(i int, a *actor) bool { return a.id != v.acts[to].id && r.free(a) && a.end <= r.t0 }, true)
	}
	return []pair{{from, to}}
}

// directed finds the source and target sides of a directed trigger.
func (r *roles) directed() []pair {
	v := r.v
	if r.tr.Import {
		return r.imported()
	}
	if r.tr.Host {
		return r.hosted()
	}
	provided := -1
	if r.tr.Provide {
		provided = r.provided()
		r.exclude = provided
		defer func() { r.exclude = -1 }()
	}
	from := -1
	if r.tr.Troops && r.troop >= 0 {
		from = r.troopActor(r.troop)
		if from >= 0 && v.acts[from].tok > r.troop && contains(r.tr.To, v.acts[from].marker) {
			from = -1 // "withdrew troops from Syria": the place left, not the troops' state
		}
	}
	if from < 0 {
		from = v.attached(r.t0, r.t1)
	}
	if from < 0 {
		from = r.nearest(func(_ int, a *actor) bool {
			return r.lx.from[a.marker] && !contains(r.tr.To, a.marker)
		}, true)
	}
	fromChain := false
	if from < 0 {
		for i := range v.acts { // leftmost free actor before the trigger in its clause
			a := &v.acts[i]
			if a.end <= r.t0 && r.inClause(a) && r.free(a) && !a.coord && !contains(r.tr.To, a.marker) {
				from, fromChain = i, true
				break
			}
		}
	}
	if from < 0 {
		from = r.nearest(func(_ int, a *actor) bool {
			return a.end <= r.t0 && r.free(a) && !a.coord && !r.lx.preps[a.marker] && !r.inRelative(a)
		}, false)
		fromChain = from >= 0
	}
	if from < 0 {
		from = r.nearest(func(_ int, a *actor) bool { return a.tok >= r.t1 && r.free(a) }, true)
	}
	if from < 0 {
		return nil
	}
	froms := []int{from}
	if fromChain {
		froms = r.chain(from)
	}
	isFrom := func(i int) bool { return contains2(froms, i) }

	to := -1
	if provided >= 0 {
		to = provided
	} else if len(r.tr.To) > 0 {
		to = r.nearest(func(i int, a *actor) bool {
			if r.tr.Near && (a.tok < r.t1 || a.tok-r.t1 > 3) {
				return false
			}
			marked := contains(r.tr.To, a.marker) || r.tr.Object && a.tok >= r.t1 && a.marker == r.v.low[r.t1-1]
			return !isFrom(i) && !a.coord && marked
		}, false)
	} else {
		to = r.nearest(func(i int, a *actor) bool {
			return !isFrom(i) && a.tok >= r.t1 && r.free(a) && !a.coord
		}, true)
		if to < 0 {
			for i := range v.acts { // "X betrachtet Y als Feind": the free actor after the source
				a := &v.acts[i]
				if !isFrom(i) && a.end <= r.t0 && a.tok > v.acts[from].tok && r.inClause(a) && r.free(a) {
					to = i
					break
				}
			}
		}
	}
	if to < 0 && r.tr.Content {
		to = r.contentSubject(isFrom)
	}
	if to < 0 {
		return nil
	}
	var out []pair
	for _, f := range froms {
		for _, t := range r.chain(to) {
			out = append(out, pair{f, t})
		}
	}
	return out
}

func contains2(list []int, i int) bool {
	for _, j := range list {
		if j == i {
			return true
		}
	}
	return false
}

// symmetric finds the two sides of a symmetric trigger: "zwischen X und
// Y", a holder and the partners marked by With, or the two actors
// nearest the trigger.
func (r *roles) symmetric() []pair {
	v := r.v
	for i := range v.acts {
		a := &v.acts[i]
		if r.inClause(a) && r.lx.between[a.marker] && !a.coord && a.next >= 0 {
			return []pair{{i, a.next}}
		}
	}
	if p, ok := r.coordinatedPair(); ok {
		return []pair{p}
	}
	holder := v.attached(r.t0, r.t1)
	if holder < 0 { // a subject first: an actor no preposition marks
		holder = r.nearest(func(_ int, a *actor) bool { return !r.lx.preps[a.marker] }, false)
	}
	if holder < 0 {
		holder = r.nearest(func(_ int, a *actor) bool { return !contains(r.tr.With, a.marker) }, false)
	}
	if holder < 0 || !r.holds(holder) {
		return nil
	}
	var out []pair
	for i := range v.acts {
		a := &v.acts[i]
		if i != holder && !a.coord && (r.inClause(a) || r.nextClause(a)) && (contains(r.tr.With, a.marker) || r.of(a)) {
			for _, p := range r.chain(i) {
				if p != holder {
					out = append(out, pair{holder, p})
				}
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	// Without partners marked, both sides stand in the trigger's clause
	// (or in it): an actor a clause away, or one a preposition marks
	// ("the summit in Japan", "trafficking to North Korea"), is some
	// other part of the sentence.
	h := &v.acts[holder]
	if !r.inside(h) && (!r.inClause(h) && !r.apposed(h) || r.lx.preps[h.marker]) {
		return nil
	}
	other := r.nearest(func(i int, a *actor) bool {
		return i != holder && a.id != h.id && (r.inClause(a) || r.inside(a) || r.apposed(a)) && !r.lx.preps[a.marker]
	}, false)
	if other < 0 {
		return nil
	}
	if v.acts[other].tok < v.acts[holder].tok {
		return []pair{{other, holder}}
	}
	return []pair{{holder, other}}
}

// hyphenPair finds the two sides of a war named by a hyphenated pair
// before or inside the trigger: "Russia-Ukraine war",
// "Iran-Irak-Krieg".
func (r *roles) hyphenPair() (pair, bool) {
	v := r.v
	for i := 0; i+1 < len(v.acts); i++ {
		a, b := &v.acts[i], &v.acts[i+1]
		if !a.modifier || a.id == b.id || isPlace(a.id) || isPlace(b.id) {
			continue
		}
		if b.tok > a.end || b.tok < a.tok {
			continue // not in the same hyphenated token
		}
		inside := a.tok >= r.t0 && b.end <= r.t1
		before := b.end == r.t0 || b.end == r.t0-1 && r.v.low[r.t0-1] == "-"
		if inside || before {
			return pair{i, i + 1}, true
		}
	}
	return pair{}, false
}

// maxPairGap is how many tokens may separate a symmetric trigger from a
// pair of coordinated actors that are its two sides.
const maxPairGap = 3

// coordinatedPair finds two different actors coordinated right before or
// after a symmetric trigger, not marked as partners: "Kim und Xi
// trafen sich", "der Pakt, den X und Y schlossen", "X and Y signed".
func (r *roles) coordinatedPair() (pair, bool) {
	v := r.v
	for i := range v.acts {
		a := &v.acts[i]
		if a.coord || a.next < 0 || !r.eligible(a) || contains(r.tr.With, a.marker) || r.lx.between[a.marker] {
			continue
		}
		b := &v.acts[a.next]
		if b.id == a.id || !r.eligible(b) || b.next >= 0 {
			continue
		}
		after := a.tok >= r.t1 && a.tok-r.t1 <= maxPairGap
		before := b.end <= r.t0 && r.t0-b.end <= maxPairGap
		if after || before {
			return pair{i, a.next}, true
		}
	}
	return pair{}, false
}

// contentSubject returns the first free actor of the content clause
// right after the trigger's ("prangerte an, dass Russland …"), -1 when
// the next clause opens with no That word or names no free actor.
func (r *roles) contentSubject(isFrom func(int) bool) int {
	v := r.v
	k := r.t1
	for k < len(v.low) && v.clause[k] == r.clause {
		k++
	}
	for k < len(v.low) && v.clause[k] < 0 {
		k++
	}
	if k >= len(v.low) || !r.lx.that[v.low[k]] {
		return -1
	}
	c := v.clause[k]
	for i := range v.acts {
		a := &v.acts[i]
		if a.tok > k && v.clause[a.tok] == c && !isFrom(i) && r.free(a) {
			return i
		}
	}
	return -1
}

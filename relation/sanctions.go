package relation

import "github.com/hebel-project/hebel"

// issuer returns the actor that imposes the sanctions of the trigger when
// the sentence names it right at the trigger: inside the compound
// ("UN-Sanktionen"), just before it ("UN sanctions") or as its attribute
// right after it ("Sanktionen der Vereinten Nationen"); -1 when none.
func (r *roles) issuer() int {
	v := r.v
	if i := v.attached(r.t0, r.t1); i >= 0 {
		return i
	}
	for i := range v.acts {
		a := &v.acts[i]
		if isPlace(a.id) || a.coord {
			continue
		}
		if a.end == r.t0 || a.end == r.t0-1 && v.low[r.t0-1] == "-" {
			return i
		}
		if a.tok >= r.t1 && a.tok-r.t1 <= 2 && r.lx.rels.NounAttribute && a.noun >= r.t0 && a.noun < r.t1 {
			return i
		}
	}
	return -1
}

// resolveSanctions completes the sanctions stated with their issuer only
// ("UN sanctions", "Sanktionen der Vereinten Nationen"): the target is
// the target of the sanctions the document states fully, else the state
// the document names most often in the sentences that speak of
// sanctions, else the state it names most often.
func (f *finder) resolveSanctions() {
	if len(f.sanctions) == 0 {
		return
	}
	st := newSanctionTally(f)
	for _, s := range f.sanctions {
		if f.stop.Now() {
			return
		}
		to := st.target(s.from)
		if to == "" {
			to = st.mostInTalk(s.from)
		}
		if to == "" || to == s.from {
			continue
		}
		f.emit(&s.r, s.from, to)
		st.add(f.out[len(f.out)-1], len(f.out)-1)
		rel := &f.out[len(f.out)-1]
		if sp, ok := f.nearestMention(to, s.r.v.sent.Span); ok && !s.r.v.sent.Span.Contains(sp) {
			rel.Evidence = append(rel.Evidence, sp)
		}
	}
}

// sanctionTally keeps what resolveSanctions asks of the relations found
// so far, updated as it adds relations, so that each question costs the
// targets of sanctions, not all relations.
type sanctionTally struct {
	f *finder
	// per target of a sanctions relation: how many there are, how many
	// by each issuer, the position of the last one and its issuer, and
	// the position of the last one by another issuer than that
	count        map[string]int
	byIssuer     map[[2]string]int
	last, other  map[string]int
	lastFrom     map[string]string
	targets      []string       // the targets, in order of first appearance
	toAll        map[string]int // relations of any type per target
	talk         map[string]int // state mentions in sentences about sanctions
	named        map[string]int // mentions per actor in the document
	talkByCounts []string       // the states of talk
}

func newSanctionTally(f *finder) *sanctionTally {
	st := &sanctionTally{f: f, count: map[string]int{}, byIssuer: map[[2]string]int{}, last: map[string]int{},
		other: map[string]int{}, lastFrom: map[string]string{}, toAll: map[string]int{}}
	for i, r := range f.out {
		st.add(r, i)
	}
	return st
}

// add counts relation r at position i of f.out.
func (st *sanctionTally) add(r hebel.Relation, i int) {
	st.toAll[r.To]++
	if r.Type != hebel.RelationSanctions {
		return
	}
	if _, ok := st.count[r.To]; !ok {
		st.targets = append(st.targets, r.To)
		st.other[r.To] = -1
	}
	st.count[r.To]++
	st.byIssuer[[2]string{r.From, r.To}]++
	if from, ok := st.lastFrom[r.To]; ok && from != r.From {
		st.other[r.To] = st.last[r.To]
	}
	st.last[r.To], st.lastFrom[r.To] = i, r.From
}

// target returns the target of the most sanctions relations not issued
// by from; of targets with as many, the one that reached that number
// first (a scan of the relations in order keeping the first to exceed
// the best so far); "" when there is none.
func (st *sanctionTally) target(from string) string {
	best, bestN, bestAt := "", 0, 0
	for _, t := range st.targets {
		n := st.count[t] - st.byIssuer[[2]string{from, t}]
		if n == 0 {
			continue
		}
		at := st.last[t] // where the count of t reached n
		if st.lastFrom[t] == from {
			at = st.other[t]
		}
		if n > bestN || n == bestN && at < bestAt {
			best, bestN, bestAt = t, n, at
		}
	}
	return best
}

// mostInTalk returns the state other than not that the sentences
// speaking of sanctions name most often, ties going to the state that is
// the target of more relations found, then the one named more often; the
// most named state when they name none.
func (st *sanctionTally) mostInTalk(not string) string {
	f := st.f
	if st.talk == nil {
		st.talk, st.named = map[string]int{}, map[string]int{}
		for _, sp := range f.sanctionSents {
			for _, m := range mentionsIn(f.ms, sp) {
				if hebel.IsStateID(m.id) {
					if st.talk[m.id] == 0 {
						st.talkByCounts = append(st.talkByCounts, m.id)
					}
					st.talk[m.id]++
				}
			}
		}
		for _, m := range f.ms {
			st.named[m.id]++
		}
	}
	all := func(id string) int { return 1000*st.toAll[id] + st.named[id] }
	best := ""
	for _, id := range st.talkByCounts {
		if id == not {
			continue
		}
		c, cb := st.talk[id], st.talk[best]
		if best == "" || c > cb || c == cb && (all(id) > all(best) || all(id) == all(best) && id < best) {
			best = id
		}
	}
	if best == "" {
		return f.mostNamedState(not)
	}
	return best
}

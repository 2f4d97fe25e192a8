package relation

import (
	"github.com/hebel-project/hebel"
)

// war is a war or invasion the text speaks of without naming both sides
// in the sentence: "the war", "Russia's invasion", "the war in Ukraine".
// Its missing sides are taken from the document once all sentences are
// read (resolveWars).
type war struct {
	r        roles
	from, to string // "" when the sentence does not name the side
}

// figurative reports whether the trigger ti at token k is used
// figuratively or historically ("trade war", "Cold War"): one of its Not
// patterns matches it or the word before or after it.
func (f *finder) figurative(v *view, k, ti int) bool {
	for _, p := range f.lx.not[ti] {
		if p.first(v.low[k]) || k > 0 && p.first(v.low[k-1]) || k+1 < len(v.low) && p.first(v.low[k+1]) {
			return true
		}
	}
	return false
}

// partialWar records a war trigger whose sentence names one side or none.
func (f *finder) partialWar(r *roles, p pair) {
	w := war{r: *r}
	if p.from >= 0 {
		w.from = r.v.acts[p.from].id
	}
	if p.to >= 0 {
		w.to = r.v.acts[p.to].id
	}
	f.wars = append(f.wars, w)
}

// minWarTalk is how many times a document must speak of war before a war
// with no side named is taken to be the war the document is about.
const minWarTalk = 2

// resolveWars completes the wars stated with missing sides from the
// document: the side attacked is the victim of the wars the document
// states fully with the same attacker, else the state of a place the
// sentence names ("im Raum Kursk"), else the victim of the other wars it
// states, else the state it names most often besides the attacker; the attacker is the attacker of the wars stated
// fully against the same victim, else the actor named most often in
// sentences that name the victim. A war with no side named is the war
// the document is about, when it speaks of war at least minWarTalk times.
// The nearest mention of a side taken from the document joins the
// evidence.
func (f *finder) resolveWars() {
	if len(f.wars) == 0 {
		return
	}
	type side struct{ from, to string }
	known := map[side]int{}
	for _, r := range f.out {
		if r.Type == hebel.RelationArmedConflict {
			known[side{r.From, r.To}]++
		}
	}
	best := func(ok func(s side) bool) (side, bool) {
		var b side
		n := 0
		for s, c := range known {
			if ok(s) && (c > n || c == n && s.from+s.to < b.from+b.to) {
				b, n = s, c
			}
		}
		return b, n > 0
	}
	resolved := make([]side, len(f.wars))
	for i, w := range f.wars {
		if f.stop.Now() {
			return
		}
		s := side{w.from, w.to}
		switch {
		case s.from != "" && s.to == "":
			if k, ok := best(func(k side) bool { return k.from == s.from }); ok {
				s.to = k.to
			} else if c := f.placeState(&w.r, s.from); c != "" {
				s.to = c
			} else if k, ok := best(func(k side) bool { return k.to != s.from }); ok {
				s.to = k.to
			} else if len(f.wars) >= minWarTalk {
				s.to = f.mostNamedState(s.from)
			}
		case s.from == "" && s.to != "":
			if k, ok := best(func(k side) bool { return k.to == s.to }); ok {
				s.from = k.from
			} else {
				s.from = f.mostWith(s.to)
			}
		}
		resolved[i] = s
		if s.from != "" && s.to != "" && s.from != s.to {
			known[s]++
		}
	}
	main, hasMain := best(func(side) bool { return true })
	for i, w := range f.wars {
		if f.stop.Now() {
			return
		}
		s := resolved[i]
		if s.from == "" && s.to == "" {
			if !hasMain || len(f.wars) < minWarTalk {
				continue
			}
			s = main
		}
		if s.from == "" || s.to == "" || s.from == s.to {
			continue
		}
		f.emit(&w.r, s.from, s.to)
		rel := &f.out[len(f.out)-1]
		for _, id := range []string{s.from, s.to} {
			if id == w.from || id == w.to {
				continue
			}
			if sp, ok := f.nearestMention(id, w.r.v.sent.Span); ok && !w.r.v.sent.Span.Contains(sp) {
				rel.Evidence = append(rel.Evidence, sp)
			}
		}
	}
}

// inferAllies adds the war of a state that receives another state's
// troops to that other state: when X deploys troops to Y and Y is at war
// with Z, X's troops fight Z. The evidence joins both statements: those
// of the first deployment and the first war that imply it.
func (f *finder) inferAllies() {
	n := len(f.out)
	type pair struct{ from, to string }
	wars := map[string][]int{} // state → its wars (indexes into f.out), each enemy once
	known := map[pair]bool{}   // armed conflicts stated or inferred
	for j := 0; j < n; j++ {
		if w := f.out[j]; w.Type == hebel.RelationArmedConflict {
			if !known[pair{w.From, w.To}] {
				wars[w.From] = append(wars[w.From], j)
			}
			known[pair{w.From, w.To}] = true
		}
	}
	done := map[pair]bool{} // deployments whose wars were followed
	for i := 0; i < n; i++ {
		if f.stop.Now() {
			return
		}
		d := f.out[i]
		if d.Type != hebel.RelationTroopDeployment || d.Attributes["modality"] != string(hebel.Asserted) || done[pair{d.From, d.To}] {
			continue
		}
		done[pair{d.From, d.To}] = true
		for _, j := range wars[d.To] {
			w := f.out[j]
			if w.To == d.From || known[pair{d.From, w.To}] {
				continue
			}
			known[pair{d.From, w.To}] = true
			f.out = append(f.out, hebel.Relation{
				Type: hebel.RelationArmedConflict, From: d.From, To: w.To,
				Attributes: map[string]any{"modality": string(hebel.Asserted), "inferred": true},
				Evidence:   append(append([]hebel.Span{}, d.Evidence[0]), w.Evidence...),
				Extractor:  Extractor,
			})
		}
	}
}

// placeState returns the state of a place named in the sentence of r
// other than not, "" when none.
func (f *finder) placeState(r *roles, not string) string {
	for _, a := range r.v.acts {
		if c := f.placeIn[a.id]; c != "" && c != not {
			return c
		}
	}
	return ""
}

package relation

import "github.com/hebel-project/hebel"

// imported finds the sides of a supply stated from the receiver: the
// source is the actor named with the goods ("russisches Öl", "Russian
// oil") or else marked as origin in the clause ("aus Russland"), the receiver the
// nearest other actor no preposition marks.
func (r *roles) imported() []pair {
	v := r.v
	// The actor named with the goods first ("russisches Öl"): a From
	// word also marks times ("von März bis Oktober").
	from := -1
	var buf [4]int
	for i := range v.acts {
		a := &v.acts[i]
		if a.end < len(v.low) && r.eligible(a) && len(r.lx.goods.match(buf[:0], v.low[a.end])) > 0 {
			from = i
			break
		}
	}
	if from < 0 {
		from = r.nearest(func(_ int, a *actor) bool { return r.lx.from[a.marker] && !a.coord }, true)
	}
	if from < 0 {
		return nil
	}
	to := r.nearest(func(i int, a *actor) bool {
		return i != from && a.id != v.acts[from].id && !a.coord && !r.lx.preps[a.marker] &&
			!r.followedByGoods(a)
	}, false)
	if to < 0 {
		return nil
	}
	return []pair{{from, to}}
}

// followedByGoods reports whether a goods word follows actor a.
func (r *roles) followedByGoods(a *actor) bool {
	var buf [4]int
	return a.end < len(r.v.low) && len(r.lx.goods.match(buf[:0], r.v.low[a.end])) > 0
}

// provided returns the receiver of a Provide trigger: the actor of the
// clause right before a With word ("die DVRK mit Öl") or, after the
// trigger, the actor right after it ("supplying North Korea with oil");
// -1 when none.
func (r *roles) provided() int {
	v := r.v
	for i := range v.acts {
		a := &v.acts[i]
		if !r.inClause(a) || !r.eligible(a) || a.coord {
			continue
		}
		j := a.end
		for p := a.next; p >= 0; p = v.acts[p].next {
			j = v.acts[p].end
		}
		if j < len(v.low) && contains(r.tr.With, v.low[j]) {
			return i
		}
		if a.tok >= r.t1 && a.marker == v.low[r.t1-1] {
			return i
		}
	}
	return -1
}

// banned reports whether a ban word stands in the clause of the trigger:
// a ban on deliveries is a sanction.
func (f *finder) banned(r *roles) bool {
	var buf [4]int
	for k, w := range r.v.low {
		if r.v.clause[k] == r.clause && len(f.lx.ban.match(buf[:0], w)) > 0 {
			return true
		}
	}
	return false
}

// blocked reports whether a Block word in the trigger's clause says its
// deed was blocked, vetoed, stopped or undone.
func (f *finder) blocked(r *roles) bool {
	if len(f.lx.rels.Block) == 0 {
		return false
	}
	var buf [4]int
	for k, w := range r.v.low {
		if r.v.clause[k] == r.clause && (k < r.t0 || k >= r.t1) && len(f.lx.block.match(buf[:0], w)) > 0 {
			return true
		}
	}
	return false
}

// visitor reports whether actor a may visit: a person, or a state named
// with a Visitors noun inside its token ("US-Präsident"), right after it
// ("der chinesische Präsident", "Russia's president") or before its From
// word ("a delegation from Japan").
func (r *roles) visitor(a *actor) bool {
	if a.person {
		return true
	}
	v, vs := r.v, r.lx.visitors
	var buf [4]int
	is := func(k int) bool { return k >= 0 && k < len(v.low) && len(vs.match(buf[:0], v.low[k])) > 0 }
	if is(a.tok) && a.modifier {
		return true // "US-Präsident"
	}
	for k := a.end; k < a.end+3 && k < r.t0; k++ {
		if is(k) {
			return true // "the Chinese president", "Russia's foreign minister"
		}
	}
	return r.lx.from[a.marker] && (is(a.tok-2) || is(a.tok-3))
}

// also records a relation of type typ between from and to that the
// trigger r states besides its own.
func (f *finder) also(r *roles, typ hebel.RelationType, from, to string) {
	t := *r.tr
	t.Type = typ
	r2 := *r
	r2.tr = &t
	f.emit(&r2, from, to)
}

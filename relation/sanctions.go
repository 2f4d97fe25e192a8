package relation

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
	for _, s := range f.sanctions {
		if f.stop.Now() {
			return
		}
		to := ""
		n := 0
		count := map[string]int{}
		for _, r := range f.out {
			if r.Type == "sanctions" && r.From != s.from {
				count[r.To]++
				if count[r.To] > n {
					to, n = r.To, count[r.To]
				}
			}
		}
		if to == "" {
			to = f.mostInSanctionTalk(s.from)
		}
		if to == "" || to == s.from {
			continue
		}
		f.emit(&s.r, s.from, to)
		rel := &f.out[len(f.out)-1]
		if sp, ok := f.nearestMention(to, s.r.v.sent.Span); ok && !s.r.v.sent.Span.Contains(sp) {
			rel.Evidence = append(rel.Evidence, sp)
		}
	}
}

// mostInSanctionTalk returns the state other than not that the sentences
// speaking of sanctions name most often, ties going to the state that is
// the target of more relations found, then the one named more often; the most named state when they name none.
func (f *finder) mostInSanctionTalk(not string) string {
	count := map[string]int{}
	for _, sp := range f.sanctionSents {
		for _, m := range mentionsIn(f.ms, sp) {
			if m.id != not && isState(m.id) {
				count[m.id]++
			}
		}
	}
	if len(count) == 0 {
		return f.mostNamedState(not)
	}
	all := map[string]int{} // ties: the target of more relations, then the more named
	for _, r := range f.out {
		all[r.To] += 1000
	}
	for _, m := range f.ms {
		all[m.id]++
	}
	best := ""
	for id, c := range count {
		if best == "" || c > count[best] || c == count[best] && (all[id] > all[best] || all[id] == all[best] && id < best) {
			best = id
		}
	}
	return best
}

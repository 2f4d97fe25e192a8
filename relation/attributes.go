package relation

import (
	"strconv"
	"strings"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/segment"
)

// modalityRank orders modalities from weakest to strongest cue: a
// negation in the clause outweighs a conditional, which outweighs a
// possibility.
var modalityRank = map[hebel.Modality]int{
	hebel.Asserted: 0, hebel.Possible: 1, hebel.Hypothetical: 2, hebel.Negated: 3,
}

// modality returns the modality of the trigger: possibility and
// hypothesis cues count from the start of the sentence to the end of the
// trigger's clause, negation cues only inside the clause.
func (f *finder) modality(r *roles) hebel.Modality {
	v := r.v
	end := r.t1
	for end < len(v.low) && v.clause[end] == r.clause {
		end++
	}
	mod := hebel.Asserted
	var buf [4]int
	for k := 0; k < end; k++ {
		for _, i := range f.lx.modality.match(buf[:0], v.low[k]) {
			m := hebel.Modality(f.lx.rels.Modality[i].Value)
			if m == hebel.Negated && v.clause[k] != r.clause {
				continue
			}
			if modalityRank[m] > modalityRank[mod] {
				mod = m
			}
		}
	}
	return mod
}

// attributes returns modality, goods, count and location where stated.
func (f *finder) attributes(r *roles) map[string]any {
	attrs := map[string]any{"modality": string(f.modality(r))}
	switch r.tr.Type {
	case hebel.RelationSupplies, hebel.EventAid:
		if g := f.goods(r); len(g) > 0 {
			attrs["goods"] = g
		}
	}
	if r.troop >= 0 {
		if n, ok := troopCount(r.v, r.troop); ok {
			attrs["count"] = n
		}
	}
	if loc := location(r); loc != "" {
		attrs["location"] = loc
	}
	return attrs
}

// goods lists the goods named in the trigger's clause, or in its sentence
// when the clause names none.
func (f *finder) goods(r *roles) []string {
	var out []string
	seen := map[string]bool{}
	var buf [4]int
	scan := func(inClause bool) {
		for k, w := range r.v.low {
			if inClause && r.v.clause[k] != r.clause {
				continue
			}
			for _, i := range f.lx.goods.match(buf[:0], w) {
				g := f.lx.rels.Goods[i].Value
				if !seen[g] {
					seen[g] = true
					out = append(out, g)
				}
				break
			}
		}
	}
	scan(true)
	if len(out) == 0 {
		scan(false)
	}
	return out
}

// troopCount reads the number just before the troops noun at token k,
// skipping the actor named there ("10.000 nordkoreanische Soldaten").
func troopCount(v *view, k int) (int, bool) {
	j := k - 1
	for j >= 0 && k-j <= 4 {
		if v.actorCovers(j) {
			j--
			continue
		}
		break
	}
	if j < 0 || v.sent.Tokens[j].Kind != segment.Number {
		return 0, false
	}
	return parseCount(v.text[v.sent.Tokens[j].Start:v.sent.Tokens[j].End])
}

// actorCovers reports whether token j is part of an actor mention.
func (v *view) actorCovers(j int) bool {
	for _, a := range v.acts {
		if a.tok <= j && j < a.end {
			return true
		}
	}
	return false
}

// parseCount reads a whole number written with or without thousands
// separators ("10.000", "10,000", "10 000", "2500").
func parseCount(s string) (int, bool) {
	var b strings.Builder
	groups := strings.FieldsFunc(s, func(r rune) bool {
		return r == '.' || r == ',' || r == '\u202f' || r == '\u00a0' || r == '\'' || r == '’'
	})
	if len(groups) == 0 {
		return 0, false
	}
	for i, g := range groups {
		if i > 0 && len(g) != 3 {
			return 0, false // a decimal, not a count
		}
		b.WriteString(g)
	}
	n, err := strconv.Atoi(b.String())
	if err != nil || n <= 0 {
		return 0, false
	}
	return n, true
}

// location returns the place actor marked as location ("in", "im") in
// the trigger's clause for deployments and fighting.
func location(r *roles) string {
	switch r.tr.Type {
	case hebel.RelationTroopDeployment, hebel.RelationArmedConflict, hebel.EventAssault:
	default:
		return ""
	}
	for _, a := range r.v.acts {
		if strings.HasPrefix(a.id, "place:") && r.inClause(&a) && (a.marker == "in" || a.marker == "im") {
			return r.v.text[a.Start:a.End]
		}
	}
	return ""
}

// merged returns f.out with one relation per type and pair of actors
// (either order for symmetric types): evidence is joined, and the most
// asserted modality wins.
func (f *finder) merged() []hebel.Relation {
	type key struct {
		typ  hebel.RelationType
		a, b string
	}
	idx := map[key]int{}
	var out []hebel.Relation
	for _, r := range f.out {
		k := key{r.Type, r.From, r.To}
		if Symmetric(r.Type) && k.b < k.a {
			k.a, k.b = k.b, k.a
		}
		i, ok := idx[k]
		if !ok {
			idx[k] = len(out)
			out = append(out, r)
			continue
		}
		m := &out[i]
		if !spanIn(m.Evidence, r.Evidence[0]) {
			m.Evidence = append(m.Evidence, r.Evidence...)
		}
		if modalityRank[hebel.Modality(r.Attributes["modality"].(string))] <
			modalityRank[hebel.Modality(m.Attributes["modality"].(string))] {
			ev, src := m.Evidence, m.Source
			*m = r
			m.Evidence = ev
			if m.Source == nil {
				m.Source = src
			}
			continue
		}
		for k, val := range r.Attributes {
			if _, ok := m.Attributes[k]; !ok {
				m.Attributes[k] = val
			}
		}
	}
	return out
}

func spanIn(list []hebel.Span, s hebel.Span) bool {
	for _, t := range list {
		if t == s {
			return true
		}
	}
	return false
}

// Symmetric reports whether relations of type typ hold both ways: the
// symmetric standing relations (hebel.RelationType.Symmetric) and the
// PLOVER consult (a meeting).
func Symmetric(typ hebel.RelationType) bool {
	return typ.Symmetric() || typ == hebel.EventConsult
}

// PLOVER returns the PLOVER event type that a relation of type typ is an
// instance of (hebel.RelationType.Event).
func PLOVER(typ hebel.RelationType) hebel.RelationType { return typ.Event() }

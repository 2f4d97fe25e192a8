package eval

import (
	"fmt"
	"io"
	"sort"

	"github.com/hebel-project/hebel"
)

// TokenScores are the token-level scores of the German Wikinews
// quotation dataset's own evaluation (uhh-lt/german-news-quotation-
// attribution-2024, eval/eval.py): system and gold quotations are paired
// one to one by the F1 of their quote tokens; each pair, and each
// quotation left unpaired, gives a token precision and recall per part
// (quote; roles addressee, cue, frame, speaker) where defined; the scores
// are the means of those values ("macro") and F1 their harmonic mean.
// Messages is the quote part, Roles the four roles, Joint all parts.
// Hebel's frame is the rest of a statement's sentence outside every
// content when the statement has a cue outside its content (the
// dataset's frame: "Lee sagte am Montag,", "laut Lee"); a cue inside the
// content (a continued statement's Konjunktiv) counts as none, as the
// dataset marks no cue there. One deviation: pairs are chosen
// greedily by descending overlap, not by an optimal assignment.
type TokenScores struct {
	P, R [3]float64 // messages, roles, joint
	n    [2][3]int
}

// F1 returns the F1 of part i (0 messages, 1 roles, 2 joint).
func (s *TokenScores) F1(i int) float64 {
	p, r := s.mean(0, i), s.mean(1, i)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s *TokenScores) mean(k, i int) float64 {
	if s.n[k][i] == 0 {
		return 0
	}
	if k == 0 {
		return s.P[i] / float64(s.n[k][i])
	}
	return s.R[i] / float64(s.n[k][i])
}

// add adds one precision (k 0) or recall (k 1) value of a quote (role
// false) or role (role true) part.
func (s *TokenScores) add(k int, v float64, role bool) {
	parts := []int{0, 2}
	if role {
		parts = []int{1, 2}
	}
	for _, i := range parts {
		if k == 0 {
			s.P[i] += v
		} else {
			s.R[i] += v
		}
		s.n[k][i]++
	}
}

// Write prints the scores as a Markdown table.
func (s *TokenScores) Write(w io.Writer) {
	fmt.Fprintln(w, "\ntoken level, macro over quotation pairs (the dataset's eval.py; greedy pairing)")
	fmt.Fprintln(w, "\n| part | P | R | F1 |")
	fmt.Fprintln(w, "|---|---:|---:|---:|")
	for i, name := range []string{"messages (quote)", "roles", "joint"} {
		fmt.Fprintf(w, "| %s | %.3f | %.3f | %.3f |\n", name, s.mean(0, i), s.mean(1, i), s.F1(i))
	}
}

// tokenGroup is one quotation as sorted token ids per part: 0 quote, 1
// addressee, 2 cue, 3 frame, 4 speaker.
type tokenGroup [5][]int

// tokensIn returns the ids of the tokens (rune spans toks) overlapping
// the rune spans sp.
func tokensIn(toks [][2]int, sp [][2]int) []int {
	var out []int
	for i, t := range toks {
		for _, s := range sp {
			if t[0] < s[1] && s[0] < t[1] {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// counts returns the shared, gold-only and system-only tokens of two
// sorted id lists.
func counts(g, s []int) (both, onlyG, onlyS int) {
	i, j := 0, 0
	for i < len(g) && j < len(s) {
		switch {
		case g[i] == s[j]:
			both++
			i++
			j++
		case g[i] < s[j]:
			onlyG++
			i++
		default:
			onlyS++
			j++
		}
	}
	return both, onlyG + len(g) - i, onlyS + len(s) - j
}

// scoreTokens pairs sys with gold in one document and adds the values.
func (s *TokenScores) scoreTokens(gold, sys []tokenGroup) {
	type cand struct {
		f    float64
		g, y int
	}
	var cs []cand
	for i, g := range gold {
		for j, y := range sys {
			b, og, os := counts(g[0], y[0])
			if b == 0 {
				continue
			}
			p, r := float64(b)/float64(b+os), float64(b)/float64(b+og)
			cs = append(cs, cand{2 * p * r / (p + r), i, j})
		}
	}
	sort.SliceStable(cs, func(a, b int) bool { return cs[a].f > cs[b].f })
	usedG, usedS := make([]bool, len(gold)), make([]bool, len(sys))
	var empty tokenGroup
	for _, c := range cs {
		if usedG[c.g] || usedS[c.y] {
			continue
		}
		usedG[c.g], usedS[c.y] = true, true
		s.pair(gold[c.g], sys[c.y])
	}
	for i, g := range gold {
		if !usedG[i] {
			s.pair(g, empty)
		}
	}
	for j, y := range sys {
		if !usedS[j] {
			s.pair(empty, y)
		}
	}
}

// pair adds the per-part values of one gold/system pair.
func (s *TokenScores) pair(g, y tokenGroup) {
	for part := range g {
		b, og, os := counts(g[part], y[part])
		if b+os > 0 {
			s.add(0, float64(b)/float64(b+os), part > 0)
		}
		if b+og > 0 {
			s.add(1, float64(b)/float64(b+og), part > 0)
		}
	}
}

// runeSpan converts a byte span of text to rune offsets.
func runeSpan(br func(int) int, sp hebel.Span) [2]int { return [2]int{br(sp.Start), br(sp.End)} }

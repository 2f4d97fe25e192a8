package quote

import (
	"strings"
	"sync"

	"github.com/hebel-project/hebel/lang"
)

// rules are the lists of a lang.Speech as sets, compiled once per profile.
type rules struct {
	verbs, postposed, comp, subj, cond   map[string]bool
	det, def, stops, links, adverbs, con map[string]bool
	passive, that, subord, addressee     map[string]bool
	times, told, finite, count, holders  map[string]bool
	agents, clauseVerbs, interviewer     map[string]bool
	quoting, pointers, relatives         map[string]bool
	quotingAs                            [][]string
	figure                               map[string]string
	around, anaphoric                    [][]string
	particles                            map[string]string
	pronouns, possessives, roles         map[string]string
	before, after, opinion, impersonal   [][]string
	sourcePrep, as, demonstr, carry      map[string]bool
	sourceNouns                          []string
	own                                  string
	starts                               map[string]bool // first words of the frames; "*" for a possessive
	german                               bool            // nouns are capitalised: lower-case words in a name are not nouns
}

var cache sync.Map // *lang.Profile → *rules

// rulesFor returns the compiled rules of p, building them on first use.
func rulesFor(p *lang.Profile) *rules {
	if p == nil {
		return empty
	}
	if r, ok := cache.Load(p); ok {
		return r.(*rules)
	}
	r, _ := cache.LoadOrStore(p, compile(&p.Speech, p.Code == "de"))
	return r.(*rules)
}

var empty = compile(&lang.Speech{}, false)

func compile(s *lang.Speech, german bool) *rules {
	r := &rules{
		verbs: set(s.Verbs), postposed: set(s.Postposed), comp: set(s.Complementizers),
		subj: set(s.Subjunctive), cond: set(s.Conditional),
		det: set(s.Determiners), def: set(s.Definite), stops: set(s.Stops),
		links: set(s.Links), passive: set(s.Passive), adverbs: set(s.Adverbs), con: set(s.Conjunctions),
		particles: lowerMap(s.Particles), pronouns: lowerMap(s.Pronouns),
		possessives: lowerMap(s.Possessives), roles: lowerMap(s.Roles),
		before: split(s.Before), after: split(s.After), opinion: split(s.Opinion),
		impersonal: split(s.Impersonal),
		that:       set(s.ThatVerbs), subord: set(s.Subordinators), addressee: set(s.Addressees),
		times: set(s.Times), told: set(s.Told), finite: set(s.Finite),
		count: set(s.CountVerbs), agents: set(s.Agents), clauseVerbs: set(s.ClauseVerbs), quoting: set(s.Quoting), pointers: set(s.Pointers), relatives: set(s.Relatives), quotingAs: split(s.QuotingAs), interviewer: set(s.Interviewer), holders: set(s.CountHolders), figure: lowerMap(s.FigureVerbs),
		around: split(s.Around), anaphoric: split(s.Anaphoric),
		sourcePrep: set(s.SourcePrepositions), sourceNouns: s.SourceNouns, own: s.Own,
		as: set(s.As), demonstr: set(s.Demonstratives), carry: set(s.Carry),
		german: german,
	}
	r.starts = map[string]bool{}
	for _, l := range [][][]string{r.before, r.after, r.opinion, r.around, r.anaphoric} {
		for _, ph := range l {
			r.starts[ph[0]] = true
		}
	}
	return r
}

func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.ToLower(w)] = true
	}
	return m
}

func lowerMap(in map[string]string) map[string]string {
	m := make(map[string]string, len(in))
	for k, v := range in {
		m[strings.ToLower(k)] = v
	}
	return m
}

func split(phrases []string) [][]string {
	out := make([][]string, 0, len(phrases))
	for _, p := range phrases {
		if f := strings.Fields(strings.ToLower(p)); len(f) > 0 {
			out = append(out, f)
		}
	}
	return out
}

// Package relation finds relations and events between actors: alliances,
// troop deployments, supplies, sanctions, hostility, armed conflict,
// cooperation and PLOVER events, each with its evidence, modality and
// source. Actors and attributions come in from the other extractors
// through package pipeline; this package imports none of them, finds no
// names itself and keeps its word lists in the language profiles.
//
// The method is shallow and fast: a trigger word ("Verteidigungspakt",
// "stationed", "Sanktionen") found in a sentence with actor mentions
// takes its two sides from the prepositions that mark them ("für
// Russland", "gegen Nordkorea", "mit Japan und Südkorea"), from the
// troops noun it speaks of ("US-Soldaten", "Soldaten aus Nordkorea"), or
// from the actors nearest to it, clause first.
package relation

import (
	"context"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/analysis"
	"github.com/hebel-project/hebel/internal/cancel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/segment"
)

// Extractor is the name relations found here carry.
const Extractor = "relation"

// Find returns the relations stated in text between the actors of ents,
// one per type and pair of actors, in the order first stated. A relation
// stated inside the content of a quote is attributed to its speaker.
// Every relation has a "modality" attribute (asserted, possible,
// hypothetical, negated); supplies have "goods" when named, deployments
// and fighting a "count" when a number of troops is given.
func Find(text string, sents []segment.Sentence, ents []hebel.Entity, quotes []hebel.Quote, p *lang.Profile) []hebel.Relation {
	rs, _ := findAll(analysis.New(text, p), sents, ents, quotes, nil)
	return rs
}

// FindDoc returns the relations of the analysed document d between the
// entities set on it (analysis.Doc.SetEntities), as Find does for its
// text and sentences. It stops soon after ctx is done and then returns
// ctx's error and no relations.
func FindDoc(ctx context.Context, d *analysis.Doc, quotes []hebel.Quote) ([]hebel.Relation, error) {
	return findAll(d, d.Sentences, d.Entities(), quotes, cancel.New(ctx))
}

func findAll(d *analysis.Doc, sents []segment.Sentence, ents []hebel.Entity, quotes []hebel.Quote, stop *cancel.Poll) ([]hebel.Relation, error) {
	p, text := d.Profile, d.Text
	if p == nil || len(ents) == 0 {
		return nil, stop.Err()
	}
	f := finder{text: text, d: d, lx: lexiconOf(p), quotes: quotes, placeIn: map[string]string{}, stop: stop}
	for _, e := range ents {
		if e.Type == hebel.Place && e.Country != "" {
			f.placeIn[e.ID] = e.Country
		}
	}
	f.ms, f.sents = sortedMentions(ents, len(text)), sents
	if len(quotes) > 0 && len(f.lx.we) > 0 {
		f.sides = make(map[string]string, len(ents))
		for i := range ents {
			f.sides[ents[i].ID] = sideOf(&ents[i])
		}
	}
	f.run(sents, f.ms, false)
	if stop.Now() {
		return nil, stop.Err()
	}
	f.resolveWars()
	f.resolveSanctions()
	f.inferAllies()
	if stop.Now() {
		return nil, stop.Err()
	}
	return f.merged(), nil
}

// Events returns every event and relation the triggers of p state in
// text, weak triggers included and sides left empty when the sentence
// does not name them, in text order without merging. It serves the
// event-coding evaluations (PLOVER, PETRARCH2), which ask for the event
// type of each sentence.
func Events(text string, sents []segment.Sentence, ents []hebel.Entity, p *lang.Profile) []hebel.Relation {
	if p == nil {
		return nil
	}
	f := finder{text: text, d: analysis.New(text, p), lx: lexiconOf(p)}
	f.run(sents, sortedMentions(ents, len(text)), true)
	return f.out
}

// finder holds the state of one Find or Events call.
type finder struct {
	text   string
	d      *analysis.Doc
	lx     *lexicon
	quotes []hebel.Quote
	ms     []mention // every mention of the document, in text order
	sents  []segment.Sentence
	out    []hebel.Relation
	buf    []int
	wars   []war // wars stated with one side or none (Find only)
	// sanctions stated with their issuer but not their target (Find only)
	sanctions     []war
	sanctionSents []hebel.Span      // sentences that speak of sanctions
	placeIn       map[string]string // place id → ISO3 of its state
	stop          *cancel.Poll      // nil: never stop

	// indexes built on first use (docindex.go)
	quoteIx    *analysis.SpanIndex
	mentionsOf map[string]*idMentions
	states     *stateCounts
	with       map[string]string // victim → mostWith

	sides map[string]string // entity id → the side it acts for (only with quotes)
}

func (f *finder) run(sents []segment.Sentence, ms []mention, events bool) {
	for _, s := range sents {
		if f.stop.Stop() {
			return
		}
		if !s.Valid(len(f.text)) || len(s.Tokens) == 0 {
			continue
		}
		sm := mentionsIn(ms, s.Span)
		if !events && len(sm) == 0 && !f.lx.hasAnaphor(f.text, s) {
			continue
		}
		f.sentence(s, sm, events)
	}
}

func (f *finder) sentence(s segment.Sentence, ms []mention, events bool) {
	lx := f.lx
	v := lx.newView(f.d, s, ms, f.ms)
	if f.sides != nil {
		if sm := f.withSpeakers(s, v.low, ms); len(sm) > len(ms) {
			v = lx.newView(f.d, s, sm, f.ms) // rare: a "we" inside a quotation
		}
	}
	covered := 0 // tokens before this one belong to a phrase trigger that matched
	for k := range v.low {
		if f.stop.Stop() {
			return
		}
		if v.clause[k] < 0 || k < covered {
			continue
		}
		f.buf = lx.triggers.match(f.buf[:0], v.low[k])
		if !events {
			for _, ti := range f.buf {
				if lx.rels.Triggers[ti].Type == hebel.RelationSanctions {
					f.sanctionSents = append(f.sanctionSents, v.sent.Span)
					break
				}
			}
		}
		for _, ti := range f.buf {
			tr := &lx.rels.Triggers[ti]
			if f.figurative(v, k, ti) {
				continue
			}
			if tr.Weak && !events {
				continue
			}
			n := lx.triggers.pats[ti].tail(v.low, k)
			if n == 0 {
				continue
			}
			if n > 1 { // "strategische Partnerschaft": not also "Partnerschaft"
				covered = max(covered, k+n)
			}
			r := roles{v: v, lx: lx, tr: tr, t0: k, t1: k + n, clause: v.clause[k], troop: -1, exclude: -1}
			if tr.Troops {
				r.troop = r.findTroop()
				if r.troop < 0 && tr.Type == hebel.RelationTroopDeployment && len(f.goods(&r)) > 0 {
					sup := *tr // "schickte Öl nach X": goods sent, not troops
					sup.Type, sup.Troops = hebel.RelationSupplies, false
					r.tr = &sup
				}
			}
			var pairs []pair
			if tr.Victim {
				pairs = r.victim()
				if len(pairs) == 1 && (pairs[0].from < 0 || pairs[0].to < 0) {
					if !events {
						f.partialWar(&r, pairs[0])
					}
					pairs = nil
				}
			} else if tr.Symmetric {
				pairs = r.symmetric()
			} else {
				pairs = r.directed()
				if len(pairs) == 0 && tr.Type == hebel.RelationSanctions && !events {
					if i := r.issuer(); i >= 0 {
						f.sanctions = append(f.sanctions, war{r: r, from: v.acts[i].id})
					}
				}
			}
			if r.tr.Goods && len(f.goods(&r)) == 0 {
				pairs = nil // "dependence on tourism": no goods, no supply
			}
			blocked := r.tr.Type != hebel.EventRetreat && f.blocked(&r)
			emitted := false
			for _, pr := range pairs {
				a, b := &v.acts[pr.from], &v.acts[pr.to]
				if a.id == b.id || stateOnly(r.tr.Type) && !hebel.IsStateID(b.id) {
					continue
				}
				if r.tr.Person && !r.visitor(a) {
					continue // states and crowds do not visit
				}
				if r.tr.Goods && !hebel.IsStateID(b.id) {
					continue // a state depends on goods, not a campaign or a firm
				}
				if !r.inClause(a) && !r.inClause(b) && v.attached(r.t0, r.t1) < 0 {
					continue
				}
				emitted = true
				if !events && r.tr.Type == hebel.RelationSupplies && f.banned(&r) {
					f.also(&r, hebel.RelationSanctions, a.id, b.id) // a ban on deliveries
					continue
				}
				if blocked {
					continue // "blocked new sanctions": no sanctions
				}
				f.emit(&r, a.id, b.id)
				f.anteEvidence(a, b)
				// A withdrawal is no deployment: the retreat relation stands
				// alone, and its count is what was withdrawn.
			}
			if events && !emitted {
				f.emitPartial(&r)
			}
		}
	}
}

// tail reports how many tokens from k the pattern covers, 0 when the
// words after the first do not follow.
func (p *pattern) tail(low []string, k int) int {
	for i, w := range p.words {
		if k+1+i >= len(low) || low[k+1+i] != w {
			return 0
		}
	}
	return 1 + len(p.words)
}

func (f *finder) emit(r *roles, from, to string) {
	rel := hebel.Relation{
		Type:       r.tr.Type,
		From:       from,
		To:         to,
		Attributes: f.attributes(r),
		Evidence:   []hebel.Span{r.v.sent.Span},
		Source:     f.source(r),
		Extractor:  Extractor,
	}
	f.out = append(f.out, rel)
}

// emitPartial records an event whose sides the sentence does not both
// name (Events only).
func (f *finder) emitPartial(r *roles) {
	from, to := "", ""
	if i := r.nearest(func(_ int, a *actor) bool { return a.end <= r.t0 }, false); i >= 0 {
		from = r.v.acts[i].id
	}
	if i := r.nearest(func(_ int, a *actor) bool { return a.tok >= r.t1 && a.id != from }, false); i >= 0 {
		to = r.v.acts[i].id
	}
	f.out = append(f.out, hebel.Relation{
		Type: r.tr.Type, From: from, To: to,
		Attributes: map[string]any{"modality": string(f.modality(r))},
		Evidence:   []hebel.Span{r.v.sent.Span},
		Extractor:  Extractor,
	})
}

// source returns the speaker of the quote whose content holds the
// trigger, nil when none.
func (f *finder) source(r *roles) *hebel.Source {
	tok := r.v.sent.Tokens
	return f.speakerOf(hebel.Span{Start: tok[r.t0].Start, End: tok[r.t1-1].End})
}

// stateOnly reports whether relations of type typ go to a state only:
// troops are deployed to and withdrawn from a country.
func stateOnly(typ hebel.RelationType) bool {
	return typ == hebel.RelationTroopDeployment || typ == hebel.EventRetreat
}

// anteEvidence adds to the last relation the mentions that anaphors among
// its sides stand for, when outside its sentence.
func (f *finder) anteEvidence(sides ...*actor) {
	rel := &f.out[len(f.out)-1]
	for _, a := range sides {
		if a.ante.End > 0 && !rel.Evidence[0].Contains(a.ante) && !spanIn(rel.Evidence, a.ante) {
			rel.Evidence = append(rel.Evidence, a.ante)
		}
	}
}

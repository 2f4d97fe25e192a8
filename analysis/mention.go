package analysis

import (
	"slices"
	"sort"

	"github.com/hebel-project/hebel"
)

// Mention is one mention of an entity, placed on the tokens.
type Mention struct {
	hebel.Span
	// Entity is the index of the mention's entity in Doc.Entities(),
	// Index that of the mention in the entity's Mentions.
	Entity, Index int
	// Coref says the mention was found by coreference (a pronoun, a
	// surname, a role noun).
	Coref bool
	// Tokens are the tokens the mention overlaps.
	Tokens Range
}

// mentionIndex holds the mentions by position.
type mentionIndex struct {
	ents   []hebel.Entity
	ms     []Mention
	maxLen int // bytes of the longest mention
}

// SetEntities indexes the mentions of ents by position: by start, and
// for the same start in the order of ents and of each entity's mentions.
// The actor stage calls it once; readers then use Mentions, MentionsIn
// and MentionsNear.
func (d *Doc) SetEntities(ents []hebel.Entity) {
	n := 0
	for _, e := range ents {
		n += len(e.Mentions)
	}
	ms := make([]Mention, 0, n)
	maxLen := 0
	for k, e := range ents {
		for j, m := range e.Mentions {
			if !m.Span.Valid(len(d.Text)) {
				continue
			}
			ms = append(ms, Mention{Span: m.Span, Entity: k, Index: j, Coref: m.Coref, Tokens: d.Cover(m.Span)})
			maxLen = max(maxLen, m.Len())
		}
	}
	slices.SortFunc(ms, func(a, b Mention) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		if a.Entity != b.Entity {
			return a.Entity - b.Entity
		}
		return a.Index - b.Index
	})
	d.mentions = mentionIndex{ents: ents, ms: ms, maxLen: maxLen}
}

// Entities returns the entities given to SetEntities.
func (d *Doc) Entities() []hebel.Entity { return d.mentions.ents }

// Entity returns the entity of mention m.
func (d *Doc) Entity(m Mention) *hebel.Entity { return &d.mentions.ents[m.Entity] }

// Mentions returns every mention, by position (see SetEntities).
func (d *Doc) Mentions() []Mention { return d.mentions.ms }

// MentionsIn returns the mentions that start inside s (they may end after
// it), by position: a sub-slice of Mentions, found in log time.
func (d *Doc) MentionsIn(s hebel.Span) []Mention {
	ms := d.mentions.ms
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= s.Start })
	j := i + sort.Search(len(ms)-i, func(k int) bool { return ms[i+k].Start >= s.End })
	return ms[i:j:j]
}

// MentionsNear returns the mentions that may overlap s or end within
// window bytes before it: every mention that starts in [s.Start-window-L,
// s.End), where L is the length of the longest mention. A search around a
// position costs the mentions near it, not all of the document's.
func (d *Doc) MentionsNear(s hebel.Span, window int) []Mention {
	return d.MentionsIn(hebel.Span{Start: s.Start - window - d.mentions.maxLen, End: s.End})
}

package timex

import (
	"strings"

	"github.com/hebel-project/hebel/segment"
)

// Tense is what a sentence's verbs say about when it holds, as far as
// cue words tell: enough to pick the last or the next March, and to date
// a statement without time words.
type Tense uint8

// Tenses.
const (
	Present Tense = iota // present, or no cue
	Perfect              // "hat … abgeschlossen", "has signed"
	Past                 // "schloss", "wurde", "signed", "was"
	Future               // "wird", "will", "plans to"
)

var tenseNames = [...]string{"present", "perfect", "past", "future"}

// String returns the name of t.
func (t Tense) String() string {
	if int(t) < len(tenseNames) {
		return tenseNames[t]
	}
	return "Tense(?)"
}

// tense reads the cue words of the sentence: a future cue wins; then a
// perfect auxiliary with a participle after it; then a past cue.
func (c *cursor) tense() Tense { return c.tenseIn(0, len(c.toks)) }

// tenseIn reads the tense of the tokens [from, to).
func (c *cursor) tenseIn(from, to int) Tense {
	future, past, aux := false, false, false
	perfect := false
	for i := from; i < to; i++ {
		if c.kind(i) != segment.Word {
			continue
		}
		w := c.low[i]
		switch {
		case c.t.Future[w]:
			future = true
		case c.t.Perfect[w]:
			aux = true
		case c.t.Past[w]:
			past = true
		case aux && c.participle(w):
			perfect = true
		case c.pastForm(w):
			past = true
		}
	}
	switch {
	case future:
		return Future
	case perfect:
		return Perfect
	case past:
		return Past
	}
	return Present
}

// participle reports whether w looks like a past participle: German
// "ge…t"/"ge…en" or a verb in "-iert"; English "-ed", "-en".
func (c *cursor) participle(w string) bool {
	if len(w) < 5 {
		return false
	}
	if p := c.t.PerfectParticiple; p != "" {
		ending := strings.HasSuffix(w, "t") || strings.HasSuffix(w, "en")
		if strings.HasPrefix(w, p) && ending || strings.HasSuffix(w, "iert") || strings.Contains(w[1:], p) && ending {
			return true
		}
		for _, pre := range c.t.ParticiplePrefixes {
			if strings.HasPrefix(w, pre) && strings.HasSuffix(w, "t") {
				return true
			}
		}
		return false
	}
	return c.pastForm(w) || strings.HasSuffix(w, "en") || w == "been"
}

// pastForm reports whether w ends like a simple past form ("signed").
func (c *cursor) pastForm(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, s := range c.t.PastSuffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

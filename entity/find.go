package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/internal/cancel"
	"github.com/hebel-project/hebel/lang"
)

// Find returns the entities named in text with every mention (byte spans,
// Text = text[Start:End], Extractor "gazetteer"), entities ordered by
// first mention. p selects the language's forms and inflections; a nil p
// matches the base forms of every language.
//
// Matching is case-sensitive and prefers the longest form. A hyphenated
// word that is no form itself is searched part by part: the mention of
// "Nordkorea-Soldaten" is "Nordkorea". An elided compound ("Nord- und
// Südkorea", "North and South Korea") is completed from its partner.
func (g *Gazetteer) Find(text string, p *lang.Profile) []hebel.Entity {
	return g.find(text, p, nil)
}

// find is Find that gives up, returning nil, once stop says so.
func (g *Gazetteer) find(text string, p *lang.Profile, stop *cancel.Poll) []hebel.Entity {
	ix := g.index(p)
	var ms []hebel.Mention
	var prev [2]token // the two tokens before the current one, nearest first
	matchedEnd := 0   // end of the last mention
	for pos := 0; ; {
		t, ok := nextToken(text, pos)
		if !ok {
			break
		}
		if stop.Stop() {
			return nil
		}
		pos = t.end
		e, hit := ix.get(text[t.start:t.end])
		if hit {
			end, e, n := ix.longest(text, t, e)
			if e.found() {
				if e.dotted && end < len(text) && text[end] == '.' {
					end++
				}
				if e.country >= 0 {
					ms = ix.elided(ms, text, prev, t, end, n, matchedEnd, g)
					ms = append(ms, g.mention(text, t.start, end, e.country))
					matchedEnd = end
				}
				pos = end
				prev = [2]token{{start: t.start, end: end}, prev[0]}
				continue
			}
		}
		if t.inner {
			before := len(ms)
			ms = ix.parts(ms, text, t, g)
			if len(ms) > before {
				matchedEnd = t.end
			}
		}
		prev = [2]token{t, prev[0]}
	}
	return g.group(ms)
}

// longest returns the end of the longest form that starts with token t
// (whose own entry is e), its entry and its number of tokens.
func (ix *index) longest(text string, t token, e entry) (int, entry, int) {
	if e.span > 1 {
		var ends [16]int
		n, pos := 0, t.end
		for n < int(e.span)-1 && n < len(ends) {
			u, ok := nextToken(text, pos)
			if !ok {
				break
			}
			ends[n], pos = u.end, u.end
			n++
		}
		for ; n > 0; n-- {
			key := text[t.start:ends[n-1]]
			f, ok := ix.m[key]
			if !ok && oddSpace(key) {
				f, ok = ix.m[squeeze(key)]
			}
			if ok && f.found() {
				return ends[n-1], f, n + 1
			}
		}
	}
	return t.end, e, 1
}

// oddSpace reports whether s has white space other than single spaces.
func oddSpace(s string) bool {
	return strings.ContainsAny(s, "\n\t\r\u00a0\u2009\u202f") || strings.Contains(s, "  ")
}

// squeeze replaces every run of white space in s by one space.
func squeeze(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// parts searches a token with inner hyphens or dots part by part, longest run of parts
// first, and appends a mention for each run that is a form.
func (ix *index) parts(ms []hebel.Mention, text string, t token, g *Gazetteer) []hebel.Mention {
	var bounds [8][2]int
	n := 0
	for i := t.start; n < len(bounds); {
		j := strings.IndexAny(text[i:t.end], "-.")
		if j < 0 {
			bounds[n] = [2]int{i, t.end}
			n++
			break
		}
		bounds[n] = [2]int{i, i + j}
		n++
		i += j + 1
	}
	for i := 0; i < n; {
		next := i + 1
		for j := min(n, i+4); j > i; j-- {
			if i == 0 && bounds[j-1][1] == t.end {
				continue // the whole token was tried already
			}
			start, end := bounds[i][0], bounds[j-1][1]
			e, ok := ix.get(text[start:end])
			if !ok || !e.found() {
				continue
			}
			if e.dotted && end < t.end && text[end] == '.' {
				end++
			}
			if e.country >= 0 {
				ms = append(ms, g.mention(text, start, end, e.country))
			}
			next = j
			break
		}
		i = next
	}
	return ms
}

// elided completes an elided compound before a match of n tokens at t:
// "Nord- und Südkorea" (prefix, hyphen, coordinator, compound) or "North
// and South Korea" (word, coordinator, phrase), and appends its mention.
func (ix *index) elided(ms []hebel.Mention, text string, prev [2]token, t token, end, n, matchedEnd int, g *Gazetteer) []hebel.Mention {
	w, c := prev[1], prev[0]
	if len(ix.coordinators) == 0 || w.end == 0 || w.start < matchedEnd || !ix.coordinators[text[c.start:c.end]] {
		return ms
	}
	word := text[w.start:w.end]
	if w.end < len(text) && text[w.end] == '-' {
		// German: prefix + the tail of the compound after a lower-case letter.
		head := text[t.start:t.end]
		for k := 1; k < len(head); {
			r, size := utf8.DecodeRuneInString(head[k:])
			if unicode.IsLower(r) {
				if e, ok := ix.m[word+head[k:]]; ok && e.country >= 0 {
					return append(ms, g.mention(text, w.start, w.end+1, e.country))
				}
			}
			k += size
		}
		return ms
	}
	if n > 1 {
		// English: the word + the phrase after its first word.
		if u, ok := nextToken(text, t.end); ok {
			if e, ok := ix.m[word+" "+text[u.start:end]]; ok && e.country >= 0 {
				return append(ms, g.mention(text, w.start, w.end, e.country))
			}
		}
	}
	return ms
}

func (g *Gazetteer) mention(text string, start, end int, c int16) hebel.Mention {
	return hebel.Mention{
		Span:      hebel.Span{Start: start, End: end},
		Text:      text[start:end],
		EntityID:  g.countries[c].id,
		Extractor: Extractor,
	}
}

// group gathers mentions into entities ordered by first mention. The
// entities' mentions share one array; each slice is capped at its own.
func (g *Gazetteer) group(ms []hebel.Mention) []hebel.Entity {
	if len(ms) == 0 {
		return nil
	}
	var out []hebel.Entity
	var count []int
	at := map[string]int{}
	of := make([]int32, len(ms))
	for k, m := range ms {
		i, ok := at[m.EntityID]
		if !ok {
			i = len(out)
			at[m.EntityID] = i
			out = append(out, hebel.Entity{ID: m.EntityID, Type: g.typeOf(m.EntityID)})
			count = append(count, 0)
		}
		of[k] = int32(i)
		count[i]++
	}
	all := make([]hebel.Mention, len(ms))
	for i, off := 0, 0; i < len(out); i++ {
		out[i].Mentions = all[off : off : off+count[i]]
		off += count[i]
	}
	for k, m := range ms {
		out[of[k]].Mentions = append(out[of[k]].Mentions, m)
	}
	for i := range out {
		out[i].Name = g.countries[g.byID[out[i].ID]].name
	}
	return out
}

package entity

import (
	"slices"

	"github.com/hebel-project/hebel"
	"strings"
	"unicode"
	"unicode/utf8"
)

// checkNames corrects the tagger's names with what the words show
// plainly, before they become mentions:
//
//   - a name neither starts nor ends with a lower-case word ("Öl in" →
//     "Öl"); "Frankfurt am Main" keeps its inner particle;
//   - a person's title is no part of the name ("Mr Xi" → "Xi");
//   - a name whose last word is a place noun is a place, whatever the
//     tagger said ("Jordan Aquarium", "Rotes Meer");
//   - a lone person's name right after a place preposition is a place
//     ("in Kaunas"), and so is one coordinated with a city or place
//     ("Vilnius oder Kaunas").
func (d *doc) checkNames(names []Name) []Name {
	out := names[:0]
	for _, n := range names {
		i, j := d.tokenAt(n.Start), d.tokenAt(n.End-1)+1
		for i < j && !nameEdge(d.word(i)) {
			i++
		}
		for j > i && !nameEdge(d.word(j-1)) {
			j--
		}
		if n.Class == PER {
			for i < j-1 && slices.Contains(d.w.Honorifics, d.word(i)) {
				i++
			}
		}
		if i >= j {
			continue
		}
		n.Start, n.End = d.toks[i].start, d.toks[j-1].end
		switch {
		case n.Class != LOC && placeHead(d.word(j-1), d.w.PlaceHeads):
			n.Class = LOC
		case n.Class == PER && j == i+1 && i > 0 && slices.Contains(d.w.PlacePrepositions, d.word(i-1)):
			n.Class = LOC
		case n.Class == PER && j == i+1 && d.coordinatedPlace(i, names):
			n.Class = LOC
		}
		out = append(out, n)
	}
	return out
}

// nameEdge reports whether w may start or end a name: it starts with an
// upper-case letter or a digit.
func nameEdge(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// placeHead reports whether w is a place noun of heads: an entry as
// written, or a lower-case entry that ends the compound w after at least
// three more letters.
func placeHead(w string, heads []string) bool {
	for _, h := range heads {
		if w == h {
			return true
		}
		if h != "" && h[0] >= 'a' && h[0] <= 'z' && len(w) >= len(h)+3 && strings.HasSuffix(strings.ToLower(w), h) {
			return true
		}
	}
	return false
}

// coordinatedPlace reports whether token i is joined by a coordinator
// ("und", "or", "/", ",") to a city or place: a capital, a curated place
// or a place the tagger found.
func (d *doc) coordinatedPlace(i int, names []Name) bool {
	joins := func(k int) bool {
		w := d.word(k)
		return w == "/" || w == "," || slices.Contains(d.p.Actors.Coordinators, w)
	}
	l := i - 1
	for l >= 0 && i-l <= 3 && joins(l) {
		l--
	}
	r := i + 1
	for r < len(d.toks) && r-i <= 3 && joins(r) {
		r++
	}
	return l >= 0 && l < i-1 && d.placeAt(d.toks[l].end, false, names) ||
		r < len(d.toks) && r > i+1 && d.placeAt(d.toks[r].start, true, names)
}

// placeAt reports whether a city or place starts (start) or ends at byte
// pos.
func (d *doc) placeAt(pos int, start bool, names []Name) bool {
	at := func(s, e int) bool { return start && s == pos || !start && e == pos }
	for _, m := range d.ms {
		if !at(m.start, m.end) {
			continue
		}
		if m.kind == gzCountryC {
			return true
		}
		if in := d.info[m.id]; in != nil && in.typ == hebel.Place {
			return true
		}
	}
	for _, n := range names {
		if n.Class == LOC && at(n.Start, n.End) {
			return true
		}
	}
	return false
}

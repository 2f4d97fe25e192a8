package timex

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/segment"
)

// DatelineHead is how far into a text Dateline looks: the head of an
// article, where agencies and sites print the place and date.
const DatelineHead = 600

// Date is a publication date read from a text, with the words it came
// from.
type Date struct {
	Date      time.Time
	Precision hebel.Precision
	hebel.Span
	Text string
}

// Dateline reads the publication date from the head of a news text: a
// dateline ("BERLIN, 3. März 2024 (dpa) –", "Moskau/Kiew, 05.03.2024:",
// "WASHINGTON, March 3, 2024 (Reuters) -") or, beside a dateline without
// a date ("WASHINGTON (Reuters) -"), a line that holds only a date ("3.
// März 2024", "March 3, 2024 10:32 AM", "Stand: 03.03.2024, 10:32 Uhr").
// The date must be complete with its year: no reference is used. ok is
// false when the head holds neither; problems report an impossible date
// there.
func Dateline(text string, p *lang.Profile) (Date, []hebel.Problem, bool) {
	head := text
	if len(head) > DatelineHead {
		cut := DatelineHead
		for cut > 0 && !utf8.RuneStart(head[cut]) {
			cut--
		}
		head = head[:cut]
	}
	start := 0
	for line := 0; line < 6 && start < len(head); line++ {
		end := strings.IndexByte(head[start:], '\n')
		if end < 0 {
			end = len(head)
		} else {
			end += start
		}
		if d, probs, ok := datelineIn(text, start, end, p); ok || len(probs) > 0 {
			return d, probs, ok
		}
		start = end + 1
	}
	return Date{}, nil, false
}

// datelineIn reads one line [start, end) of text.
func datelineIn(text string, start, end int, p *lang.Profile) (Date, []hebel.Problem, bool) {
	line := text[start:end]
	if strings.TrimSpace(line) == "" {
		return Date{}, nil, false
	}
	sents := segment.Split(line, p)
	if len(sents) == 0 {
		return Date{}, nil, false
	}
	// The line as one token run: sentences may split at "3." or "dpa)".
	var toks []segment.Token
	for _, s := range sents {
		toks = append(toks, s.Tokens...)
	}
	c := newCursor(line, "", segment.Sentence{Span: hebel.Span{Start: 0, End: len(line)}, Tokens: toks}, p)
	i := 0
	placed := false
	// A place in capitals or capitalised words, maybe "Moskau/Kiew", then ",".
	for i < len(toks) && i < 5 && c.kind(i) == segment.Word && c.capital(i) && !c.isDateWord(i) {
		i++
		if c.word(i) == "/" {
			i++
		}
	}
	if i > 0 && c.word(i) == "," {
		i++
		placed = true
	}
	if !placed {
		i = 0
		for _, lead := range []string{"stand:", "stand", "updated", "updated:", "veröffentlicht", "published", "published:", "am"} {
			if c.word(i) == lead {
				i++
			}
		}
		if c.word(i) == ":" || c.word(i) == "am" || c.word(i) == "on" {
			i++
		}
	}
	m, mend, bad, ok := c.atom(c.weekdayPrefixAt(i), false)
	if !ok || m.kind != mCal || m.y == 0 || m.m == 0 || m.d == 0 {
		return Date{}, nil, false
	}
	span := hebel.Span{Start: start + toks[i].Start, End: start + toks[mend-1].End}
	if bad != "" {
		return Date{}, []hebel.Problem{{Code: hebel.ProblemBadDate, Extractor: extractorName, Span: &span,
			Message: "impossible date in the dateline " + quoteText(text[span.Start:span.End]) + ": " + bad}}, false
	}
	// What follows must be the end of a dateline: an agency, a dash, a
	// colon, a time of day, or the end of the line.
	if !c.datelineTail(mend, placed) {
		return Date{}, nil, false
	}
	s, ok := m.resolveAbs()
	if !ok {
		return Date{}, nil, false
	}
	return Date{Date: s.start, Precision: s.prec, Span: span, Text: text[span.Start:span.End]}, nil, true
}

func (c *cursor) weekdayPrefixAt(i int) int { return c.weekdayPrefix(i) }

// isDateWord reports whether token i is a month or weekday name, which
// cannot be a place.
func (c *cursor) isDateWord(i int) bool {
	if _, n := c.month(i); n > 0 {
		return true
	}
	_, n := c.weekday(i)
	return n > 0
}

// datelineTail reports whether the tokens from i close a dateline.
func (c *cursor) datelineTail(i int, placed bool) bool {
	if i >= len(c.toks) {
		return true
	}
	if c.word(i) == "," || c.word(i) == "|" {
		i++
	}
	if i >= len(c.toks) {
		return true
	}
	switch w := c.word(i); {
	case w == "(" && c.t.Agencies[c.raw(i+1)]:
		return true
	case c.isDash(i), w == ":" || w == "—":
		return placed || i+1 >= len(c.toks)
	}
	// A time of day: "10:32", "10.32 Uhr", "10:32 AM".
	if _, _, ok := c.digits(i); ok || strings.Contains(c.word(i), ":") {
		rest := strings.ToLower(strings.TrimSpace(c.text[c.toks[i].Start:]))
		for _, r := range rest {
			if !(unicode.IsDigit(r) || unicode.IsSpace(r) || strings.ContainsRune(":.apmuhrcestz", r)) {
				return false
			}
		}
		return true
	}
	return false
}

package analysis

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
	"github.com/hebel-project/hebel/segment"
)

// tokens returns the texts of the tokens of d that have flag f.
func flagged(d *Doc, f Flag) []string {
	var out []string
	for i := range d.Tokens {
		if d.Is(i, f) {
			out = append(out, d.Token(i))
		}
	}
	return out
}

func eq(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("%s = %q, want %q", what, got, want)
	}
}

func TestTokensAreSplit(t *testing.T) {
	text := "Dr. Lee sagte am 3. Oktober: „Wir bleiben.“ Dann ging sie.\n\nNeuer Absatz."
	d := New(text, de.Profile)
	want := segment.Split(text, de.Profile)
	if len(d.Sentences) != len(want) {
		t.Fatalf("%d sentences, want %d", len(d.Sentences), len(want))
	}
	n := 0
	for i, s := range want {
		r := d.Sentence(i)
		if r.Len() != len(s.Tokens) || d.Span(r) != s.Span {
			t.Errorf("sentence %d: range %v (%v), want %d tokens at %v", i, r, d.Span(r), len(s.Tokens), s.Span)
		}
		for k, tok := range s.Tokens {
			if d.Tokens[n] != tok || d.SentenceOf(n) != i || d.TokenAt(tok.Start) != n {
				t.Errorf("token %d (%q): got %v in sentence %d", n, tok.Text(text), d.Tokens[n], d.SentenceOf(n))
			}
			if k == 0 != d.Is(n, FlagSentenceStart) || k == len(s.Tokens)-1 != d.Is(n, FlagSentenceEnd) {
				t.Errorf("token %d (%q): sentence edge flags %b", n, tok.Text(text), d.Flags[n])
			}
			n++
		}
	}
	if n != len(d.Tokens) || len(d.Flags) != n || len(d.Words) != n {
		t.Errorf("%d tokens, %d flags, %d words; want %d", len(d.Tokens), len(d.Flags), len(d.Words), n)
	}
}

func TestFlags(t *testing.T) {
	text := "Die NATO und Olaf sagten, 3 Staaten – nicht alle – seien (so) bereit…\nZeile; Ende: ja.\n\nAbsatz - neu"
	d := New(text, de.Profile)
	eq(t, "upper", flagged(d, FlagUpper), []string{"Die", "NATO", "Olaf", "Staaten", "Zeile", "Ende", "Absatz"})
	eq(t, "lower", flagged(d, FlagLower), []string{"und", "sagten", "nicht", "alle", "seien", "so", "bereit", "ja", "neu"})
	eq(t, "caps", flagged(d, FlagCaps), []string{"NATO"})
	eq(t, "digit", flagged(d, FlagDigit), []string{"3"})
	eq(t, "comma", flagged(d, FlagComma), []string{","})
	eq(t, "dash", flagged(d, FlagDash), []string{"–", "–"})
	eq(t, "paren", flagged(d, FlagParen), []string{"(", ")"})
	eq(t, "ellipsis", flagged(d, FlagEllipsis), []string{"…"})
	eq(t, "semicolon, colon", flagged(d, FlagSemicolon), []string{";"})
	eq(t, "colon", flagged(d, FlagColon), []string{":"})
	eq(t, "period", flagged(d, FlagPeriod), []string{"."})
	eq(t, "hyphen", flagged(d, FlagHyphen), []string{"-"})
	eq(t, "line before", flagged(d, FlagLineBefore), []string{"Zeile", "Absatz"})
	eq(t, "paragraph before", flagged(d, FlagParagraphBefore), []string{"Absatz"})
	eq(t, "determiner", flagged(d, FlagDeterminer), []string{"Die"})
	eq(t, "conjunction", flagged(d, FlagConjunction), []string{"und"})
	if d.Is(0, FlagSpaceBefore) || !d.Is(1, FlagSpaceBefore) || d.Is(d.TokenAt(strings.Index(text, ",")), FlagSpaceBefore) {
		t.Error("space before: wrong on the first token, a word or a comma")
	}
}

func TestQuotations(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"„a ‚b‘ c“", []string{"a ‚b‘ c", "b"}},
		{"»x« and «y»", []string{"x", "y"}},
		{"“one” and \"two\"", []string{"one", "two"}},
		{"„open\n„still“", []string{"open\n„still"}},
		{"„never closed\nnext line“", nil},
		{"don't 'quote'", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range New(tt.text, nil).Quotations {
			got = append(got, tt.text[q.Inner.Start:q.Inner.End])
		}
		eq(t, "quotations of "+tt.text, got, tt.want)
	}
	d := New("Lee sagte: „Wir ‚bleiben‘ hier.“ Dann ging er.", de.Profile)
	eq(t, "open", flagged(d, FlagOpen), []string{"„", "‚"})
	eq(t, "close", flagged(d, FlagClose), []string{"‘", "“"})
	eq(t, "quoted", flagged(d, FlagQuoted), []string{"„", "Wir", "‚", "bleiben", "‘", "hier", ".", "“"})
	if q := d.Quotations[1]; q.Depth != 1 {
		t.Errorf("inner pair depth %d, want 1", q.Depth)
	}
}

// TestQuotationsBounded checks that marks opened far deeper than any
// quotation nests do not make the pairing quadratic: a hostile run of
// single openers followed by double closers.
func TestQuotationsBounded(t *testing.T) {
	text := "„" + strings.Repeat("‚", 200000) + strings.Repeat("“", 200000)
	qs := New(text, nil).Quotations
	for _, q := range qs {
		if q.Depth >= maxOpenMarks {
			t.Fatalf("a pair at depth %d", q.Depth)
		}
	}
}

func TestClauses(t *testing.T) {
	text := "Lee sagte, dass es – wie erwartet – regnet. „Gut“, meinte er."
	d := New(text, de.Profile)
	var got []string
	for _, c := range d.Clauses {
		got = append(got, d.Span(c.Range).Text(text))
		for i := c.Start; i < c.End; i++ {
			if d.ClauseOf(i) < 0 || d.Clauses[d.ClauseOf(i)].Range != c.Range {
				t.Errorf("token %q is not in its clause", d.Token(i))
			}
		}
	}
	eq(t, "clauses", got, []string{"Lee sagte", "dass es", "wie erwartet", "regnet.", "Gut", "meinte er."})
	c := d.Clauses[2]
	if d.Token(c.Before) != "–" || d.Token(c.After) != "–" || c.Sentence != 0 {
		t.Errorf("inserted clause: before %d, after %d, sentence %d", c.Before, c.After, c.Sentence)
	}
	if d.Clauses[0].Before != -1 || d.Clauses[3].After != -1 || !d.Clauses[4].Quoted || d.Clauses[5].Quoted {
		t.Errorf("clause edges or quoting wrong: %+v", d.Clauses)
	}
	if i := d.TokenAt(strings.Index(text, ",")); d.ClauseOf(i) != -1 {
		t.Errorf("the comma is in clause %d", d.ClauseOf(i))
	}
	eq(t, "clause starts", flagged(d, FlagClauseStart), []string{"Lee", "dass", "wie", "regnet", "Gut", "meinte"})
}

func TestWords(t *testing.T) {
	d := New("Sie SAGTE, dass Xylofonbauer schweigen.", de.Profile)
	lx := d.Lexicon
	if d.Words[0] == 0 || lx.String(d.Words[0]) != "sie" {
		t.Errorf("word of Sie = %d (%q)", d.Words[0], lx.String(d.Words[0]))
	}
	if d.Words[1] != lx.ID("sagte") || d.Words[1] == 0 {
		t.Error("SAGTE is not the word of the verb sagte")
	}
	if d.Words[4] != 0 {
		t.Errorf("an unknown word has id %d", d.Words[4])
	}
	verbs := lx.NewSet(de.Profile.Speech.Verbs)
	if !verbs.Has(d.Words[1]) || verbs.Has(d.Words[0]) || verbs.Has(0) {
		t.Error("the set of speech verbs is wrong")
	}
	for _, w := range de.Profile.Speech.Verbs {
		if lx.ID(strings.ToLower(w)) == 0 {
			t.Errorf("verb %q has no id", w)
		}
	}
	if New("anything", nil).Lexicon.Len() != 1 {
		t.Error("the neutral lexicon is not empty")
	}
	if a, b := LexiconOf(en.Profile), LexiconOf(en.Profile); a == LexiconOf(de.Profile) || a != b {
		t.Error("lexicons are not one per profile")
	}
}

func TestLowerToken(t *testing.T) {
	text := "İSTANBUL und STRAẞE Öl"
	d := New(text, nil)
	for i := range d.Tokens {
		want := strings.ToLower(d.Token(i))
		if got := d.LowerToken(i); got != want {
			t.Errorf("LowerToken(%q) = %q, want %q", d.Token(i), got, want)
		}
		if got := d.LowerSpan(d.Tokens[i].Span); got != want {
			t.Errorf("LowerSpan(%q) = %q, want %q", d.Token(i), got, want)
		}
	}
	eq(t, "inexact", flagged(d, FlagInexact), []string{"İSTANBUL", "STRAẞE"})
	if len(d.Lower) != len(text) {
		t.Error("Lower changed the offsets")
	}
}

func TestMentions(t *testing.T) {
	text := "China und Nordkorea. Später sprach China."
	d := New(text, de.Profile)
	at := func(w string, n int) hebel.Span {
		i := 0
		for ; n > 0; n-- {
			i += strings.Index(text[i:], w) + 1
		}
		return hebel.Span{Start: i - 1, End: i - 1 + len(w)}
	}
	ents := []hebel.Entity{
		{ID: "CHN", Mentions: []hebel.Mention{{Span: at("China", 1)}, {Span: at("China", 2)}}},
		{ID: "PRK", Mentions: []hebel.Mention{{Span: at("Nordkorea", 1)}}},
	}
	d.SetEntities(ents)
	var got []string
	for _, m := range d.Mentions() {
		got = append(got, d.Entity(m).ID+":"+m.Text(text))
		if d.Span(m.Tokens) != m.Span {
			t.Errorf("mention %q covers tokens %v", m.Text(text), m.Tokens)
		}
	}
	eq(t, "mentions", got, []string{"CHN:China", "PRK:Nordkorea", "CHN:China"})
	if ms := d.MentionsIn(d.Sentences[0].Span); len(ms) != 2 {
		t.Errorf("%d mentions in the first sentence", len(ms))
	}
	// a superset of the mentions within 2 bytes before "Später": the
	// longest mention (9 bytes) bounds how far back one may start
	spät := at("Später", 1)
	if ms := d.MentionsNear(spät, 2); len(ms) != 1 || d.Entity(ms[0]).ID != "PRK" {
		t.Errorf("mentions near Später: %v", ms)
	}
	if ms := d.MentionsNear(spät, 30); len(ms) != 2 {
		t.Errorf("mentions within 30 bytes of Später: %v", ms)
	}
}

func TestNewContextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if d, err := NewContext(ctx, strings.Repeat("Ein Satz. ", 10000), de.Profile); d != nil || !errors.Is(err, context.Canceled) {
		t.Errorf("NewContext(cancelled) = %v, %v", d != nil, err)
	}
}

func TestSpanIndex(t *testing.T) {
	spans := []hebel.Span{{Start: 10, End: 20}, {Start: 0, End: 100}, {Start: 12, End: 15}, {Start: 30, End: 40}, {Start: 12, End: 18}}
	x := NewSpanIndex(spans)
	collect := func(f func(hebel.Span, func(int) bool), s hebel.Span) (out []int) {
		f(s, func(i int) bool { out = append(out, i); return true })
		return out
	}
	for _, s := range []hebel.Span{{Start: 13, End: 14}, {Start: 12, End: 18}, {Start: 35, End: 45}, {Start: 99, End: 100}, {Start: 100, End: 101}} {
		var wantC, wantO []int
		for _, k := range x.order { // brute force, in the index's order
			if spans[k].Contains(s) {
				wantC = append(wantC, k)
			}
			if spans[k].Overlaps(s) {
				wantO = append(wantO, k)
			}
		}
		if got := collect(x.Containing, s); !slices.Equal(got, wantC) {
			t.Errorf("Containing(%v) = %v, want %v", s, got, wantC)
		}
		if got := collect(x.Overlapping, s); !slices.Equal(got, wantO) {
			t.Errorf("Overlapping(%v) = %v, want %v", s, got, wantO)
		}
	}
}

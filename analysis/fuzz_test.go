package analysis

import (
	"testing"

	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

// FuzzNew checks the invariants of an analysis on any input: tokens in
// order inside the text, one flag and word per token, clauses inside
// their sentences and disjoint, quotation pairs inside the text with the
// inner text inside the marks.
func FuzzNew(f *testing.F) {
	for _, s := range []string{
		"Lee sagte: „Wir ‚bleiben‘ hier.“ Dann ging sie.",
		"“Quote,” he said – (maybe) … 3,5 %; http://x.org\n\nNext",
		"\xff\xfe„\n„“", "İ ẞ ǅ", "",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, german bool) {
		p := en.Profile
		if german {
			p = de.Profile
		}
		d := New(text, p)
		if len(d.Lower) != len(text) || len(d.Flags) != len(d.Tokens) || len(d.Words) != len(d.Tokens) {
			t.Fatalf("lengths: lower %d text %d flags %d words %d tokens %d", len(d.Lower), len(text), len(d.Flags), len(d.Words), len(d.Tokens))
		}
		end := 0
		for i, tok := range d.Tokens {
			if tok.Start < end || tok.End <= tok.Start || tok.End > len(text) {
				t.Fatalf("token %d at %v after %d", i, tok.Span, end)
			}
			end = tok.End
			if int(d.Words[i]) >= d.Lexicon.Len() {
				t.Fatalf("token %d has word %d of %d", i, d.Words[i], d.Lexicon.Len())
			}
		}
		prev := -1
		for _, c := range d.Clauses {
			s := d.Sentence(c.Sentence)
			if c.Len() == 0 || c.Start < s.Start || c.End > s.End || c.Start <= prev {
				t.Fatalf("clause %v in sentence %v after %d", c.Range, s, prev)
			}
			prev = c.End - 1
		}
		for _, q := range d.Quotations {
			if !q.Marks.Valid(len(text)) || !q.Marks.Contains(q.Inner) || q.Inner.Len() < 0 {
				t.Fatalf("quotation %+v", q)
			}
		}
	})
}

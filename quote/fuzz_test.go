package quote

import (
	"testing"

	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
	"github.com/hebel-project/hebel/segment"
)

// FuzzFind checks that Find never panics, that every span lies inside the
// text and that each content lies inside its statement.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"„Das ist gut“, sagt Lee.",
		"Lee betont: „Es war schon immer so“. Sie sagt: »Ja.«",
		"Peking zeige sich besorgt, so Lee. Zudem sei alles offen.",
		"\"It is over,\" she said. According to the agency, 300 died.",
		"„unclosed\n„continued“ and ‚nested‘ ' \" « »",
		"Ihrer Meinung nach wird es schwer, glaubt eine Expertin.",
		"", "„", "“”", ", so", "sagte:", "\xff„\xfe“",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, prof := range profiles {
			for _, q := range Find(text, segment.Split(text, prof), nil, prof) {
				if q.Start < 0 || q.End > len(text) || q.Start > q.End {
					t.Fatalf("span %v outside text of %d bytes", q.Span, len(text))
				}
				if q.Content.Start < q.Start || q.Content.End > q.End || q.Content.Start >= q.Content.End {
					t.Fatalf("content %v not inside span %v", q.Content, q.Span)
				}
				if s := q.Speaker; s != nil && (s.Start < 0 || s.End > len(text) || s.Start > s.End) {
					t.Fatalf("speaker span %v outside text", s.Span)
				}
			}
		}
	})
}

var profiles = []*lang.Profile{de.Profile, en.Profile}

package main

import (
	"path/filepath"
	"testing"

	"github.com/hebel-project/hebel/record"
)

// TestRelationEvidenceNewsDev checks, over every news-dev record the real
// pipeline produces, that each relation carries a modality and evidence
// spans inside which a mention of each of its two actors lies (issue 6).
func TestRelationEvidenceNewsDev(t *testing.T) {
	dir := sharedDir(t, "data/eval/news-dev")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	seed := sharedDir(t, "seed")
	files = append(files, filepath.Join(seed, "seed-article.de.txt"))
	code, out, errOut := run(t, "", nil, append([]string{"extract"}, files...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	n := 0
	for _, r := range decodeAll(t, out) {
		// A state's mentions include those of the people and organs that
		// act for it (Entity.Country), as relation takes heads of state,
		// ministers and governments for their state.
		mentions := map[string][]record.Mention{}
		for _, e := range r.Entities {
			mentions[e.ID] = append(mentions[e.ID], e.Mentions...)
			if e.Country != "" {
				mentions[e.Country] = append(mentions[e.Country], e.Mentions...)
			}
		}
		for _, rel := range r.Relations {
			n++
			if m, ok := rel.Attributes["modality"].(string); !ok || m == "" {
				t.Errorf("%s: %s %s→%s has no modality", r.Document.Source, rel.Type, rel.From, rel.To)
			}
			if len(rel.Evidence) == 0 {
				t.Errorf("%s: %s %s→%s has no evidence", r.Document.Source, rel.Type, rel.From, rel.To)
				continue
			}
			for _, id := range []string{rel.From, rel.To} {
				if !mentionedIn(mentions[id], rel.Evidence) {
					t.Errorf("%s: %s %s→%s: no mention of %s inside its evidence %v", r.Document.Source, rel.Type, rel.From, rel.To, id, rel.Evidence)
				}
			}
		}
	}
	if n < 50 {
		t.Errorf("only %d relations over news-dev and the seed", n)
	}
}

func mentionedIn(ms []record.Mention, evidence []record.Span) bool {
	for _, m := range ms {
		for _, ev := range evidence {
			if ev.Start <= m.Start && m.End <= ev.End {
				return true
			}
		}
	}
	return false
}

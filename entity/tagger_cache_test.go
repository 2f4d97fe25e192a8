package entity

import (
	"slices"
	"strings"
	"testing"

	"github.com/hebel-project/hebel/lang/de"
)

// TestScoreAtSameScores checks that the scores decoding takes from word
// sums (scoreAt) are exactly those of the features static and dynamic
// give (which training uses), for every token and pair of previous tags.
func TestScoreAtSameScores(t *testing.T) {
	tg := TaggerFor(de.Profile)
	if tg == nil {
		t.Skip("no German tagger model")
	}
	check := func(t *testing.T, text string) {
		toks := tagTokens(text, nil)
		in := tg.infos(text, toks, gazetteerHits(text, de.Profile), &de.Profile.Actors.Words, nil)
		var sc scratch
		var want [nTags]int32
		for i := range in {
			for t1 := range nTags {
				for t2 := range nTags {
					tg.score(dynamic(in, i, t1, t2, static(in, i, nil)), &want)
					tg.scoreAt(in, i, t1, t2, &sc)
					if sc.scores != want {
						t.Fatalf("token %d %q after %d %d: scores %v, want %v", i, text[toks[i].start:toks[i].end], t1, t2, sc.scores, want)
					}
				}
			}
		}
	}
	check(t, "Der Präsident Joe Biden sagte am Mittwoch in Washington, die Nordkorea-Soldaten seien im Kursk-Gebiet.")
	check(t, "Rachel Minyoung Lee vom Stimson Center.")
	check(t, "X")
	t.Run("news-dev", func(t *testing.T) {
		n := 0
		for _, text := range newsDev(t) {
			if n++; n > 3 {
				break
			}
			check(t, text)
		}
	})
}

// TestWordCacheSameNames checks that tagging with a warm word cache gives
// the names of tagging with a cold one.
func TestWordCacheSameNames(t *testing.T) {
	tg := TaggerFor(de.Profile)
	if tg == nil {
		t.Skip("no German tagger model")
	}
	text := strings.Repeat("Die Regierung in Berlin und Kanzler Olaf Scholz sagten am Montag, Pjöngjang habe Soldaten geschickt. ", 3)
	cold := tg.Names(text, de.Profile)
	for range 3 {
		if warm := tg.Names(text, de.Profile); !slices.Equal(warm, cold) {
			t.Fatalf("warm cache: %v, cold: %v", warm, cold)
		}
	}
}

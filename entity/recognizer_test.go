package entity

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

// actorMentions renders the mentions of Actors().Find as "Text=ID" (a
// trailing * for coreferent ones) in text order, countries left out.
func actorMentions(text string, p *lang.Profile) string {
	var ms []hebel.Mention
	for _, e := range Actors().Find(text, p) {
		if e.Type != hebel.Country {
			ms = append(ms, e.Mentions...)
		}
	}
	slices.SortStableFunc(ms, func(a, b hebel.Mention) int { return a.Start - b.Start })
	var out []string
	for _, m := range ms {
		s := m.Text + "=" + m.EntityID
		if m.Coref {
			s += "*"
		}
		out = append(out, s)
	}
	return strings.Join(out, ", ")
}

func TestRecognizer(t *testing.T) {
	tests := []struct {
		name string
		p    *lang.Profile
		text string
		want string
	}{
		{"de curated person", de.Profile, "Der russische Präsident Wladimir Putin traf Xi Jinping. Xi sagte nichts.",
			"Wladimir Putin=person:vladimir-putin, Xi Jinping=person:xi-jinping, Xi=person:xi-jinping*"},
		{"de institution", de.Profile, "Das teilte das russische Verteidigungsministerium mit.",
			"russische Verteidigungsministerium=org:rus-defence-ministry"},
		{"de hyphen institution", de.Profile, "Das US-Außenministerium widersprach.",
			"US-Außenministerium=org:usa-foreign-ministry"},
		{"de service with acronym", de.Profile, "so der südkoreanische Geheimdienst NIS.",
			"südkoreanische Geheimdienst=org:nis, NIS=org:nis"},
		{"de group", de.Profile, "laut westlichen Geheimdiensten und Regierungskreisen",
			"westlichen Geheimdiensten=group:western-intelligence, Regierungskreisen=group:government-circles"},
		{"de unknown person, surname, pronoun", de.Profile, "Anna Maria Schneider, Analystin am Institut, warnt. Sie sagt, Schneider bleibe skeptisch.",
			"Anna Maria Schneider=person:anna-maria-schneider, Sie=person:anna-maria-schneider*, Schneider=person:anna-maria-schneider*"},
		{"de polite Sie is no pronoun", de.Profile, "Anna Maria Schneider fragt: Wissen Sie das?",
			"Anna Maria Schneider=person:anna-maria-schneider"},
		{"de plural sie", de.Profile, "Anna Maria Schneider kam. Dann sagen sie nichts.",
			"Anna Maria Schneider=person:anna-maria-schneider"},
		{"en institution", en.Profile, "China's foreign ministry said the Chinese foreign ministry would respond.",
			"China's foreign ministry=org:chn-foreign-ministry, Chinese foreign ministry=org:chn-foreign-ministry"},
		{"en person and she", en.Profile, "Rachel Minyoung Lee, an analyst at the Stimson Center, said she was worried. Lee added more.",
			"Rachel Minyoung Lee=person:rachel-minyoung-lee, an analyst=person:rachel-minyoung-lee*, Stimson Center=org:stimson-center, she=person:rachel-minyoung-lee*, Lee=person:rachel-minyoung-lee*"},
		{"en group", en.Profile, "US officials and Western intelligence agencies said so.",
			"US officials=group:us-officials, Western intelligence agencies=group:western-intelligence"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := actorMentions(tt.text, tt.p); got != tt.want {
				t.Errorf("Find(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestCountryAnaphor(t *testing.T) {
	text := "Kim besuchte Belarus. Das Land liefert Dünger."
	for _, e := range Actors().Find(text, de.Profile) {
		if e.ID == "BLR" {
			if len(e.Mentions) != 2 || e.Mentions[1].Text != "Das Land" || !e.Mentions[1].Coref {
				t.Errorf("BLR mentions %+v", e.Mentions)
			}
			return
		}
	}
	t.Error("no BLR")
}

// checkActors checks the invariants of Recognizer.Find on text.
func checkActors(t *testing.T, text string, p *lang.Profile) {
	t.Helper()
	seen := map[string]bool{}
	last := -1
	for _, e := range Actors().Find(text, p) {
		if seen[e.ID] || len(e.Mentions) == 0 || e.Type == "" || e.ID == "" {
			t.Errorf("bad entity %+v", e)
		}
		seen[e.ID] = true
		if e.Mentions[0].Start < last {
			t.Errorf("entities not ordered by first mention at %s", e.ID)
		}
		last = e.Mentions[0].Start
		for i, m := range e.Mentions {
			if !m.Valid(len(text)) || m.Len() == 0 || text[m.Start:m.End] != m.Text || m.EntityID != e.ID {
				t.Errorf("bad mention %+v", m)
			}
			if i > 0 && m.Start < e.Mentions[i-1].Start {
				t.Errorf("mentions of %s out of order", e.ID)
			}
		}
	}
}

func FuzzRecognizer(f *testing.F) {
	for _, s := range []string{
		"Rachel Minyoung Lee, Nordkorea-Spezialistin am US-amerikanischen Stimson Center, glaubt: Sie sagt es.",
		"das chinesische Außenministerium", "US-Außenministerium", "China's foreign ministry", "Kim-Regime",
		"Ihrer Meinung nach", "Das Land", "eine Expertin", "Sie", "-", "'s", "Lee Lee Lee", "\xff\xfeKim\xc3",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, german bool) {
		p := en.Profile
		if german {
			p = de.Profile
		}
		checkActors(t, text, p)
	})
}

func TestNewsDevActors(t *testing.T) {
	for name, text := range newsDev(t) {
		checkActors(t, text, profileFor(name))
	}
}

func TestTaggerRoundTrip(t *testing.T) {
	sents := []TrainSentence{
		{Tokens: []string{"Angela", "Merkel", "besucht", "Paris", "."}, Labels: []string{"B-PER", "I-PER", "O", "B-LOC", "O"}},
		{Tokens: []string{"Die", "SPD", "tagt", "in", "Berlin", "."}, Labels: []string{"O", "B-ORG", "O", "O", "B-LOC", "O"}},
	}
	opt := DefaultTrainOptions()
	opt.MinWeight = 0 // two sentences: keep every weight
	tg := TrainTagger(sents, de.Profile, opt)
	var a, b bytes.Buffer
	if _, err := tg.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	back, err := ReadTagger(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := back.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("model changed on a round trip")
	}
	got := back.Labels(sents[0].Tokens, de.Profile)
	if strings.Join(got, " ") != strings.Join(sents[0].Labels, " ") {
		t.Errorf("labels %v, want %v", got, sents[0].Labels)
	}
	if _, err := ReadTagger(strings.NewReader("not a model")); err == nil {
		t.Error("ReadTagger accepted junk")
	}
}

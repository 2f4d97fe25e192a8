package relation

import (
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
	"github.com/hebel-project/hebel/segment"
)

// FuzzFind checks that Find never panics and that every relation has a
// type, two different sides, a modality and evidence inside the text.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Rund 5.000 Soldaten aus Nordkorea sind für Russland im Einsatz.",
		"Der Pakt zwischen Moskau und Pjöngjang, den Russland und Nordkorea schlossen.",
		"US-Soldaten sind in Japan, Südkorea und Deutschland stationiert",
		"Russia has supplied North Korea with oil. The UN imposed sanctions on North Korea.",
		"Nordkorea-Soldaten kämpfen im Ukraine-Krieg: „Krieg“",
		"„US-“ – , und Krieg gegen",
		"\xff\xfeChina",
		"",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, german bool) {
		p := en.Profile
		if german {
			p = de.Profile
		}
		sents := segment.Split(text, p)
		ents := actors(text)
		q := []hebel.Quote{{Span: hebel.Span{End: len(text)}, Content: hebel.Span{End: len(text)},
			Speaker: &hebel.Source{Text: "x"}}}
		for _, r := range Find(text, sents, ents, q, p) {
			if r.Type == "" || r.From == "" || r.To == "" || r.From == r.To {
				t.Errorf("bad relation %+v", r)
			}
			if _, ok := r.Attributes["modality"].(string); !ok {
				t.Errorf("no modality: %+v", r)
			}
			if len(r.Evidence) == 0 {
				t.Errorf("no evidence: %+v", r)
			}
			for _, ev := range r.Evidence {
				if !ev.Valid(len(text)) {
					t.Errorf("evidence %v outside text of %d bytes", ev, len(text))
				}
			}
		}
		Events(text, sents, ents, p)
	})
}

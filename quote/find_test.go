package quote

import (
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
	"github.com/hebel-project/hebel/segment"
)

// want is one expected statement: speaker text (or resolved name), cue,
// content and kind. An empty speaker means none.
type want struct {
	speaker, cue, content string
	kind                  hebel.QuoteKind
}

func run(t *testing.T, p *lang.Profile, text string) []hebel.Quote {
	t.Helper()
	return Statements(Find(text, segment.Split(text, p), nil, p))
}

func check(t *testing.T, p *lang.Profile, text string, ws []want) {
	t.Helper()
	qs := run(t, p, text)
	if len(qs) != len(ws) {
		for _, q := range qs {
			t.Logf("got %s %q cue %q: %q", q.Kind, speakerOf(q), q.Cue, q.Content.Text(text))
		}
		t.Fatalf("%q: got %d statements, want %d", text, len(qs), len(ws))
	}
	for i, w := range ws {
		q := qs[i]
		if got := q.Content.Text(text); got != w.content {
			t.Errorf("%q: content %q, want %q", text, got, w.content)
		}
		if q.Kind != w.kind {
			t.Errorf("%q: kind %s, want %s", text, q.Kind, w.kind)
		}
		if q.Cue != w.cue {
			t.Errorf("%q: cue %q, want %q", text, q.Cue, w.cue)
		}
		if got := speakerOf(q); got != w.speaker {
			t.Errorf("%q: speaker %q, want %q", text, got, w.speaker)
		}
	}
}

func speakerOf(q hebel.Quote) string {
	if q.Speaker == nil {
		return ""
	}
	if q.Speaker.Name != "" {
		return q.Speaker.Name
	}
	return q.Speaker.Text
}

func TestFindGerman(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"postposed sagt", "„Wir bleiben hier“, sagt die Bürgermeisterin Anna Roth.",
			[]want{{"die Bürgermeisterin Anna Roth", "sagt", "Wir bleiben hier", hebel.Direct}}},
		{"postposed so", "Die Brücke sei marode, so der Ingenieur Paul Kern.",
			[]want{{"der Ingenieur Paul Kern", "so", "Die Brücke sei marode", hebel.Indirect}}},
		{"colon", "Kern betont: »Die Brücke muss gesperrt werden.«",
			[]want{{"Kern", "betont", "Die Brücke muss gesperrt werden.", hebel.Direct}}},
		{"dass clause", "Die Ministerin erklärte am Montag, dass die Mittel knapp würden.",
			[]want{{"Die Ministerin", "erklärte", "die Mittel knapp würden", hebel.Indirect}}},
		{"separable verb", "Im Gespräch weist Kern darauf hin, dass die Stadt sparen müsse.",
			[]want{{"Kern", "weist hin", "die Stadt sparen müsse", hebel.Indirect}}},
		{"mixed", "Anna Roth glaubt: Die Stadt ist „gut gerüstet“ für den Winter.",
			[]want{{"Anna Roth", "glaubt", "Die Stadt ist „gut gerüstet“ für den Winter", hebel.Mixed}}},
		{"konjunktiv continues", "Kern sagte, die Brücke sei alt. Sie müsse bald ersetzt werden.",
			[]want{{"Kern", "sagte", "die Brücke sei alt", hebel.Indirect},
				{"Kern", "müsse", "Sie müsse bald ersetzt werden.", hebel.Indirect}}},
		{"indicative breaks conditional", "Kern sagte, die Brücke sei alt. Der Fluss ist breit. Man könnte sie ersetzen.",
			[]want{{"Kern", "sagte", "die Brücke sei alt", hebel.Indirect}}},
		{"pronoun", "Anna Roth sagte, das Amt sei offen. Sie sagt: „Wir planen neu.“",
			[]want{{"Anna Roth", "sagte", "das Amt sei offen", hebel.Indirect},
				{"Anna Roth", "sagt", "Wir planen neu.", hebel.Direct}}},
		{"scare quote", "Die Stadt nennt den Plan einen „Meilenstein“ und feiert.", nil},
		{"quote over sentences", "„Das ist gut. Das ist richtig“, sagt Kern.",
			[]want{{"Kern", "sagt", "Das ist gut. Das ist richtig", hebel.Direct}}},
		{"zufolge", "Dem Bericht zufolge fehlen Lehrer an vielen Schulen.",
			[]want{{"Dem Bericht", "zufolge", "fehlen Lehrer an vielen Schulen", hebel.Indirect}}},
		{"opinion frame", "Kern sagte, das sei teuer. Seiner Meinung nach wird der Bau länger dauern.",
			[]want{{"Kern", "sagte", "das sei teuer", hebel.Indirect},
				{"Kern", "Seiner Meinung nach", "wird der Bau länger dauern", hebel.Indirect}}},
		{"bare figure is a source only", "Mindestens 300 Häuser seien beschädigt, so die Feuerwehr.", nil},
		{"no cue", "Der Vertrag legt fest, dass die Stadt zahlt.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, de.Profile, tt.text, tt.want) })
	}
}

func TestFindEnglish(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"postposed pronoun", "Mary Stone said the port was closed. \"We are ready for the storm,\" she said.",
			[]want{{"Mary Stone", "said", "the port was closed", hebel.Indirect},
				{"Mary Stone", "said", "We are ready for the storm", hebel.Direct}}},
		{"said name", "“The bridge is old,” said Paul Kern.",
			[]want{{"Paul Kern", "said", "The bridge is old", hebel.Direct}}},
		{"said that", "The mayor said on Monday that the roads would stay closed.",
			[]want{{"The mayor", "said", "the roads would stay closed", hebel.Indirect}}},
		{"postposed subject", "The roads will stay closed until Friday, the agency said.",
			[]want{{"the agency", "said", "The roads will stay closed until Friday", hebel.Indirect}}},
		{"according to", "According to the ministry, the roads will stay closed.",
			[]want{{"the ministry", "According to", "the roads will stay closed", hebel.Indirect}}},
		{"nested single quotes", "Kern said: “They called it ‘a disaster’ and left.”",
			[]want{{"Kern", "said", "They called it ‘a disaster’ and left.", hebel.Direct}}},
		{"apostrophe is no quote", "Kern's plan didn't work, he said.",
			[]want{{"he", "said", "Kern's plan didn't work", hebel.Indirect}}},
		{"scare quote", "The so-called \"deal\" was signed in May.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, en.Profile, tt.text, tt.want) })
	}
}

package quote

import (
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
	"github.com/hebel-project/hebel/segment"
)

// TestAttachment checks the attachment the analyser records for each
// construction, on invented sentences: the last attribution of the text
// (statements and source frames alike) and its speaker.
func TestAttachment(t *testing.T) {
	for _, c := range []struct {
		p       *lang.Profile
		text    string
		speaker string
		how     hebel.Attachment
	}{
		{de.Profile, "Der Bürgermeister sagte, die Brücke werde gesperrt.", "Der Bürgermeister", hebel.AttachSubject},
		{de.Profile, "Die Brücke werde gesperrt, sagte der Bürgermeister.", "der Bürgermeister", hebel.AttachAfter},
		{de.Profile, "Laut der Feuerwehr brannten zwölf Häuser.", "der Feuerwehr", hebel.AttachFrame},
		{de.Profile, "Wie die Polizei mitteilte, wurden 45 Verdächtige festgenommen.", "die Polizei", hebel.AttachClause},
		{de.Profile, "Von der Regierung wurde erklärt, dass die Grenze offen bleibe.", "der Regierung", hebel.AttachAgent},
		{de.Profile, "Die Agentur zitierte den Minister mit den Worten, die Lage sei unter Kontrolle.", "den Minister", hebel.AttachObject},
		{de.Profile, "Bei dem Angriff wurden zwölf Soldaten getötet. Dies bestätigte das Ministerium.", "das Ministerium", hebel.AttachNext},
		{de.Profile, "Die Ministerin sagte, die Lage sei ernst. Es gebe keinen Grund zur Sorge.", "Die Ministerin", hebel.AttachCarried},
		{en.Profile, "The agency quoted the minister as saying the situation was under control.", "the minister", hebel.AttachObject},
		{en.Profile, "Figures published by the statistics office show that 3,000 firms closed.", "the statistics office", hebel.AttachAgent},
		{en.Profile, "It was stated by the government that the border would stay open.", "the government", hebel.AttachAgent},
		{en.Profile, "The minister, who spoke of heavy losses, called for an inquiry.", "The minister", hebel.AttachClause},
	} {
		qs := Find(c.text, segment.Split(c.text, c.p), nil, c.p)
		if len(qs) == 0 {
			t.Errorf("%q: no attribution", c.text)
			continue
		}
		q := qs[len(qs)-1]
		if q.Speaker == nil || q.Speaker.Text != c.speaker || q.Speaker.Attach != c.how {
			t.Errorf("%q: speaker %+v, want %q attached as %s", c.text, q.Speaker, c.speaker, c.how)
		}
		if q.Confidence <= 0 || q.Confidence > 1 {
			t.Errorf("%q: confidence %v outside (0, 1]", c.text, q.Confidence)
		}
	}
}

// TestConfidence checks the documented factors of Confidence.
func TestConfidence(t *testing.T) {
	linked := &hebel.Source{EntityID: "org:un", Attach: hebel.AttachSubject}
	for _, c := range []struct {
		q    hebel.Quote
		want float64
	}{
		{hebel.Quote{Kind: hebel.Direct, Speaker: linked}, 1},
		{hebel.Quote{Kind: hebel.Indirect, Speaker: linked}, 0.9},
		{hebel.Quote{Kind: hebel.Direct, Speaker: &hebel.Source{Attach: hebel.AttachCarried}}, 0.595},
		{hebel.Quote{Kind: hebel.Direct, Speaker: &hebel.Source{EntityID: "x", Attach: hebel.AttachFrame}}, 0.95},
		{hebel.Quote{Kind: hebel.Mixed}, 0.475},
	} {
		if got := Confidence(&c.q); got != c.want {
			t.Errorf("%+v: confidence %v, want %v", c.q, got, c.want)
		}
	}
}

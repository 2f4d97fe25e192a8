package quote

import (
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang/de"
)

// TestHeadlineQuoteHasNoSpeaker: a quotation standing as a line of its
// own without closing punctuation is a headline; it does not inherit the
// speaker of the statement before it, while a quoted sentence that opens
// the next paragraph still does.
func TestHeadlineQuoteHasNoSpeaker(t *testing.T) {
	check(t, de.Profile, "„Wir bleiben neutral in dieser Frage“, sagte der Sprecher Hans Berger.\n\n„Neutralität ist keine Schwäche der Regierung“\n\nDer Streit geht weiter.", []want{
		{content: "Wir bleiben neutral in dieser Frage", kind: hebel.Direct, cue: "sagte", speaker: "der Sprecher Hans Berger"},
		{content: "Neutralität ist keine Schwäche der Regierung", kind: hebel.Direct, cue: "", speaker: ""},
	})
}

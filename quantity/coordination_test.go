package quantity

import (
	"testing"

	hebel "github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

// TestHedgeOverCoordination checks that a hedge reaches over a
// coordination of counts ("at least 100 dead and 300 injured") and over
// a word of an unstated multiple ("up to several hundred"), and not past
// a comma, a semicolon or a longer clause. Invented sentences.
func TestHedgeOverCoordination(t *testing.T) {
	ex, ap, al, am := hebel.Exact, hebel.Approx, hebel.AtLeast, hebel.AtMost
	tests := []struct {
		p    *lang.Profile
		text string
		want []want
	}{
		{en.Profile, "Rescuers found at least 12 dead and 40 injured.",
			[]want{{"at least 12", 12, al, "", 0, 0}, {"40", 40, al, "", 0, 0}}},
		{en.Profile, "About 30 farms or 8 hamlets lost power.",
			[]want{{"About 30", 30, ap, "", 0, 0}, {"8", 8, ap, "", 0, 0}}},
		{en.Profile, "Rescuers found at least 12 dead; later 40 injured were counted.",
			[]want{{"at least 12", 12, al, "", 0, 0}, {"40", 40, ex, "", 0, 0}}},
		{en.Profile, "Rescuers found at least 12 dead in the village and 40 injured.",
			[]want{{"at least 12", 12, al, "", 0, 0}, {"40", 40, ex, "", 0, 0}}},
		{en.Profile, "About 30 percent and 8 farms.",
			[]want{{"About 30 percent", 30, ap, "%", 0, 0}, {"8", 8, ex, "", 0, 0}}},
		{en.Profile, "Up to several thousand people fled.",
			[]want{{"Up to several thousand", 1000, am, "", 0, 0}}},
		{en.Profile, "Several thousand people fled.",
			[]want{{"thousand", 1000, ex, "", 0, 0}}},
		{de.Profile, "Die Retter fanden mindestens 12 Tote und 40 Verletzte.",
			[]want{{"mindestens 12", 12, al, "", 0, 0}, {"40", 40, al, "", 0, 0}}},
		{de.Profile, "Die Retter fanden mindestens 12 Tote, am Abend 40 Verletzte.",
			[]want{{"mindestens 12", 12, al, "", 0, 0}, {"40", 40, ex, "", 0, 0}}},
		{de.Profile, "Bis zu mehreren tausend Menschen flohen.",
			[]want{{"Bis zu mehreren tausend", 1000, am, "", 0, 0}}},
		{de.Profile, "Mehrere tausend Menschen flohen.",
			[]want{{"tausend", 1000, ex, "", 0, 0}}},
	}
	for _, tt := range tests {
		checkFind(t, tt.text, Find(tt.text, tt.p), tt.want)
	}
}

package leverage

import (
	"fmt"
	"testing"

	"github.com/hebel-project/hebel"
)

// CheckProvenance fails t for every number of the JSON result data that
// ResolveProvenance cannot trace to a row of w, a claim or an assumption,
// and returns how many figures it checked.
func CheckProvenance(t *testing.T, data []byte, w *hebel.World) int {
	t.Helper()
	n, errs := ResolveProvenance(data, w)
	for _, err := range errs {
		t.Error(err)
	}
	return n
}

// TestFlowTextAsFmt: flowText writes what fmt's "%s %s→%s %d: %g %s" does.
func TestFlowTextAsFmt(t *testing.T) {
	for _, f := range []hebel.Flow{
		{Channel: hebel.ChannelTrade, From: "CHN", To: "PRK", Year: 2014, Value: 3883.25, Unit: "USD million"},
		{Channel: hebel.ChannelRefined, From: "RUS", To: "PRK", Year: 2024, Value: 1e21, Unit: "bbl", Note: "partial year"},
		{Channel: hebel.ChannelCrude, From: "A", To: "B", Year: 0, Value: 0.000012345, Unit: ""},
		{Channel: "hs:05", From: "X", To: "Y", Year: 1999, Value: 123456789, Unit: "t"},
	} {
		want := fmt.Sprintf("%s %s→%s %d: %g %s", f.Channel, f.From, f.To, f.Year, f.Value, f.Unit)
		if partialYear(&f) {
			want += " (partial year)"
		}
		if got := flowText(&f); got != want {
			t.Errorf("flowText = %q, want %q", got, want)
		}
	}
}

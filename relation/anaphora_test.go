package relation

import (
	"testing"

	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

// TestFindClausesAndAnaphors covers sides named by anaphors, appositions
// and content clauses, and the sides a clause away that must not count.
func TestFindClausesAndAnaphors(t *testing.T) {
	runCases(t, de.Profile, []relCase{
		{"pair anaphor between", "Russland liefert Öl nach Nordkorea. Die Allianz zwischen den beiden Staaten wächst.",
			[]string{"supplies RUS→PRK asserted [oil]", "alliance RUS→PRK asserted"}},
		{"pair anaphor coordinated first", "Israel sprach mit dem Iran. Die Zusammenarbeit zwischen Polen und Litauen sowie der beiden Länder wächst.",
			[]string{"cooperation POL→LTU asserted"}},
		{"apposition holds", "Still schweigt China, der wichtigste Verbündete Russlands, dazu.",
			[]string{"alliance CHN→RUS asserted"}},
		{"accused in content clause", "Am Montag prangerte Südkorea an, dass Russland Raketen nach Nordkorea liefert.",
			[]string{"accuse KOR→RUS asserted", "supplies RUS→PRK asserted [arms]"}},
		{"goods origin before time", "Von Januar bis März importierte Nordkorea russische Ölprodukte.",
			[]string{"supplies RUS→PRK asserted [oil]"}},
		{"phrase trigger once", "Nordkorea und Russland schlossen eine strategische Partnerschaft.",
			[]string{"alliance PRK→RUS asserted"}},
	})
	runCases(t, en.Profile, []relCase{
		{"pair anaphor", "China's trade with Russia grew as the two countries pushed for closer economic ties.",
			[]string{"trade_partner CHN→RUS asserted", "cooperation CHN→RUS asserted"}},
		{"holder a clause away", "The captives speak Russian, so the interviews run in collaboration with South Korea.", nil},
		{"holder after the trigger's clause", "Trade with China would grow; Russia would sell arms.", nil},
		{"location is no partner", "The G-20 summit in Japan opens on Friday.", nil},
		{"state anaphor with partner", "Putin will visit North Korea, a trip that underlines Moscow's partnership with the reclusive state.",
			[]string{"cooperation RUS→PRK asserted"}},
		{"accused in content clause", "South Korea accused on Monday, that Russia sends missiles.",
			[]string{"accuse KOR→RUS asserted"}},
	})
}

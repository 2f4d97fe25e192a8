package quote

import (
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

func TestFindSourceRules(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"source noun", "Nach ersten Informationen der Feuerwehr brannte die Scheune vollständig ab.",
			[]want{{"ersten Informationen der Feuerwehr", "Nach", "brannte die Scheune vollständig ab", hebel.Indirect}}},
		{"compound source noun", "Die Scheune ist nach Polizeiangaben vollständig abgebrannt.",
			[]want{{"Polizeiangaben", "nach", "Die Scheune ist nach Polizeiangaben vollständig abgebrannt", hebel.Indirect}}},
		{"own statement", "Der Verein hat nach eigenen Angaben keine Schulden.",
			[]want{{"Der Verein", "nach", "Der Verein hat nach eigenen Angaben keine Schulden", hebel.Indirect}}},
		{"temporal nach is no frame", "Nach dem Spiel fuhren die Fans nach Hause.", nil},
		{"leading as-clause", "Wie die Feuerwehr mitteilte, wurde niemand verletzt.",
			[]want{{"die Feuerwehr", "mitteilte", "wurde niemand verletzt", hebel.Indirect}}},
		{"demonstrative object", "Der Bürgermeister tritt im Herbst nicht mehr an. Dies bestätigte ein Sprecher der Stadt.",
			[]want{{"ein Sprecher der Stadt", "bestätigte", "Der Bürgermeister tritt im Herbst nicht mehr an.", hebel.Indirect}}},
		{"demonstrative takes over a statement", "Der Plan sei gescheitert, hieß es. Das bestätigte Anna Roth.",
			[]want{{"Anna Roth", "bestätigte", "Der Plan sei gescheitert", hebel.Indirect}}},
		{"demnach after a speaker", "Anna Roth sagte, der Plan sei fertig. Demnach sollen drei Brücken erneuert werden.",
			[]want{{"Anna Roth", "sagte", "der Plan sei fertig", hebel.Indirect},
				{"Anna Roth", "Demnach", "Demnach sollen drei Brücken erneuert werden.", hebel.Indirect}}},
		{"reported object", "Der Verband forderte eine schnellere Entscheidung.",
			[]want{{"Der Verband", "forderte", "eine schnellere Entscheidung", hebel.Indirect}}},
		{"object before a relative clause", "Der Verband forderte eine Prüfung des Unfalls, bei dem zwei Radfahrer verletzt wurden.",
			[]want{{"Der Verband", "forderte", "eine Prüfung des Unfalls, bei dem zwei Radfahrer verletzt wurden", hebel.Indirect}}},
		{"clause-final participle", "Die Stadt hat inzwischen eine Prüfung angekündigt.",
			[]want{{"Die Stadt", "angekündigt", "inzwischen eine Prüfung", hebel.Indirect}}},
		{"separable reported verb", "Der Rat lehnte den Antrag der Opposition ab.",
			[]want{{"Der Rat", "lehnte ab", "den Antrag der Opposition", hebel.Indirect}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, de.Profile, tt.text, tt.want) })
	}
}

func TestFindReportedEnglish(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"condemned", "The union condemned the closure of the plant.",
			[]want{{"The union", "condemned", "the closure of the plant", hebel.Indirect}}},
		{"proposed", "The mayor proposed a new tax on parking.",
			[]want{{"The mayor", "proposed", "a new tax on parking", hebel.Indirect}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, en.Profile, tt.text, tt.want) })
	}
}

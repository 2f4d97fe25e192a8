package de

import (
	hebel "github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
)

// Hedges of German before a number, from the table of the extraction
// format (spec/extraction-format.md), written for this project; licence:
// same as the repository. Longer phrases come first.
var hedges = []lang.Hedge{
	hedge(hebel.LessThan, "weniger", "als"),
	hedge(hebel.MoreThan, "mehr", "als"),
	hedge(hebel.AtMost, "bis", "zu"),
	hedge(hebel.Approx, "rund"),
	hedge(hebel.Approx, "etwa"),
	hedge(hebel.Approx, "ca."),
	hedge(hebel.Approx, "circa"),
	hedge(hebel.Approx, "zirka"),
	hedge(hebel.Approx, "ungefähr"),
	hedge(hebel.Approx, "gut"),
	hedge(hebel.Approx, "knapp"),
	hedge(hebel.Approx, "schätzungsweise"),
	hedge(hebel.Approx, "annähernd"),
	hedge(hebel.Approx, "fast"),
	hedge(hebel.Approx, "beinahe"),
	hedge(hebel.AtLeast, "mindestens"),
	hedge(hebel.AtLeast, "wenigstens"),
	hedge(hebel.MoreThan, "über"),
	hedge(hebel.AtMost, "höchstens"),
	hedge(hebel.AtMost, "maximal"),
	hedge(hebel.LessThan, "unter"),
}

// hedgesAfter follow the number: "100 oder mehr".
var hedgesAfter = []lang.Hedge{
	hedge(hebel.AtLeast, "oder", "mehr"),
	hedge(hebel.AtLeast, "und", "mehr"),
	hedge(hebel.AtMost, "oder", "weniger"),
}

// hedge keeps the tables above short.
func hedge(q hebel.Qualifier, words ...string) lang.Hedge {
	return lang.Hedge{Words: words, Qualifier: q}
}

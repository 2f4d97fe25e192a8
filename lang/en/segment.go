package en

import "github.com/hebel-project/hebel/lang"

// English writes ordinals with letters ("3rd"), not with a dot, so
// OrdinalDot stays false and the ordinal word lists stay empty.
var segmentation = lang.Segmentation{
	Abbreviations:       abbreviations,
	EndingAbbreviations: endingAbbreviations,
	NumberAbbreviations: numberAbbreviations,
}

package en

import (
	_ "embed"

	"github.com/hebel-project/hebel/lang"
)

// The abbreviation lists are plain text beside this file; each names its
// source and licence in its header.
var (
	//go:embed abbrev.txt
	abbrevText string
	//go:embed abbrev_ending.txt
	abbrevEndingText string
	//go:embed abbrev_number.txt
	abbrevNumberText string

	abbreviations       = lang.Words(abbrevText)
	endingAbbreviations = lang.Words(abbrevEndingText)
	numberAbbreviations = lang.Words(abbrevNumberText)
)

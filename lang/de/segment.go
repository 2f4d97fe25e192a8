package de

import "github.com/hebel-project/hebel/lang"

var segmentation = lang.Segmentation{
	Abbreviations:       abbreviations,
	EndingAbbreviations: endingAbbreviations,
	NumberAbbreviations: numberAbbreviations,
	OrdinalDot:          true,
	OrdinalBefore:       ordinalBefore,
	OrdinalAfter:        ordinalAfter,
}

// ordinalBefore and ordinalAfter are the words around "N." that make it an
// ordinal ("am 3. Oktober", "der 2. Weltkrieg", "zum 5. Mal").
// Source: written for Hebel from German grammar (articles, contractions of
// preposition and article, possessives) and the nouns German news most
// often counts with ordinals. Licence: same as the Hebel repository.
var ordinalBefore = []string{
	"der", "die", "das", "dem", "den", "des",
	"Der", "Die", "Das", "Dem", "Den", "Des",
	"am", "im", "vom", "zum", "zur", "beim", "ins",
	"Am", "Im", "Vom", "Zum", "Zur", "Beim", "Ins",
	"ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres",
	"sein", "seine", "seinem", "seinen", "seiner", "seines",
	"unser", "unsere", "unserem", "unseren",
	"jeder", "jede", "jedes", "jedem", "jeden",
	"einer", "eines", "einem", "einen",
}

var ordinalAfter = []string{
	"Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli",
	"August", "September", "Oktober", "November", "Dezember",
	"Jan", "Feb", "Febr", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
	"Okt", "Nov", "Dez",
	"Jahrhundert", "Jahrhunderts", "Jahrtausend", "Jahrtausends",
	"Jahrestag", "Jahrestages", "Jahrestags", "Geburtstag", "Geburtstages",
	"Todestag", "Mal", "Platz", "Rang", "Runde", "Spieltag", "Liga",
	"Bundesliga", "Weltkrieg", "Weltkrieges", "Weltkriegs", "Kalenderwoche",
	"Klasse", "Stock", "Etage", "Armee", "Division", "Brigade", "Flotte",
	"Legislaturperiode", "Amtszeit", "Sitzung", "Quartal", "Halbjahr",
	"Lebensjahr", "Tag", "Tages", "Woche", "Monat", "Sanktionspaket",
	"Parteitag", "Gipfel", "Wahlgang", "Lesung", "Staffel", "Folge",
	"Auflage", "Ausgabe", "Kapitel", "Absatz", "Artikel",
}

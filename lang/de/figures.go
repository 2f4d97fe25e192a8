package de

import (
	"sort"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
)

// German words for typing claims: what is counted, what happened to the
// people counted, and where. Written for this project from general
// knowledge of German; licence: same as the repository.
var figures = lang.Figures{
	Concepts: concepts(map[hebel.Concept][]string{
		hebel.ConceptTroops: {"soldat", "soldaten", "*soldaten", "soldatinnen", "*soldatinnen", "truppe", "truppen", "*truppen",
			"kämpfer", "kämpfern", "*kämpfer", "*kämpfern", "infanteristen", "streitkräfte", "*streitkräfte",
			"spezialkräfte", "einsatzkräfte", "militärs", "armeeangehörige", "mann", "söldner", "rekruten",
			"reservisten", "wehrpflichtige", "marines", "fallschirmjäger"},
		hebel.ConceptOfficers:    {"offiziere", "offizieren", "*offiziere", "generäle", "generälen", "generale", "kommandeure", "befehlshaber"},
		hebel.ConceptPeople:      {"menschen", "personen", "zivilisten", "*zivilisten", "einwohner", "bewohner", "bürger", "männer", "frauen"},
		hebel.ConceptChildren:    {"kinder", "kindern"},
		hebel.ConceptHostages:    {"geiseln", "geisel"},
		hebel.ConceptPrisoners:   {"häftlinge", "*häftlinge", "häftlingen", "gefangene", "gefangenen", "*gefangene", "inhaftierte"},
		hebel.ConceptRefugees:    {"flüchtlinge", "*flüchtlinge", "flüchtlingen", "vertriebene", "vertriebenen", "*vertriebene"},
		hebel.ConceptTanks:       {"panzer", "*panzer", "panzern"},
		hebel.ConceptVehicles:    {"fahrzeuge", "*fahrzeuge", "fahrzeugen"},
		hebel.ConceptAircraft:    {"flugzeuge", "*flugzeuge", "kampfjets", "jets"},
		hebel.ConceptHelicopters: {"hubschrauber", "*hubschrauber", "helikopter"},
		hebel.ConceptShips:       {"schiffe", "*schiffe", "schiffen", "tanker", "*tanker", "boote", "*boote"},
		hebel.ConceptMissiles:    {"raketen", "*raketen", "flugkörper", "*flugkörper"},
		hebel.ConceptDrones:      {"drohnen", "*drohnen"},
		hebel.ConceptArtillery:   {"geschütze", "haubitzen", "*werfer", "artillerie*"},
		hebel.ConceptMunitions:   {"granaten", "*granaten", "munition", "*munition", "geschosse", "patronen"},
		hebel.ConceptWeapons:     {"waffen", "*waffen"},
		hebel.ConceptRefined:     {"diesel", "benzin", "kerosin", "treibstoff", "kraftstoff", "*ölprodukte", "*ölprodukten", "raffinerieprodukte"},
		hebel.ConceptOil:         {"öl", "*öl", "öls", "*öls", "erdöl", "rohöl"},
		hebel.ConceptGas:         {"gas", "*gas", "gases", "*gases", "lng"},
		hebel.ConceptCoal:        {"kohle", "*kohle"},
		hebel.ConceptFood:        {"lebensmittel", "nahrungsmittel", "getreide", "weizen", "reis", "mais"},
		hebel.ConceptFertilizer:  {"dünger", "*dünger", "düngemittel"},
		hebel.ConceptTrade:       {"handel", "*handel", "handels", "handelsvolumen", "exporte", "importe", "ausfuhren", "einfuhren"},
		hebel.ConceptAid:         {"hilfe", "*hilfe", "hilfen", "*hilfen", "hilfspaket", "*hilfspaket", "unterstützung"},
		hebel.ConceptReserves:    {"reserven", "*reserven", "vermögen", "*vermögen"},
		hebel.ConceptSpending:    {"ausgaben", "*ausgaben", "haushalt", "budget", "kosten"},
	}),
	Events: events(map[hebel.Measure][]string{
		hebel.MeasureDeployed: {"stationiert*", "stationierung*", "im einsatz", "eingesetzt*", "entsandt", "entsendet", "entsenden",
			"entsendung", "geschickt", "schicken", "schickt", "schickte", "schickten", "entsandte", "entsandten", "verlegt", "verlegen", "transferiert", "kämpfen", "kämpft", "kämpften", "kämpfenden",
			"an der front"},
		hebel.MeasureWithdrawn: {"abgezogen", "abziehen", "abzug*", "zurückgezogen", "zurückziehen", "zurückgebracht",
			"zurückgeholt", "rückzug*", "heimgeholt", "zurückkehr*", "heimkehr*"},
		hebel.MeasureKilled: {"getötet", "tot", "tote", "toten", "*tote", "*toten", "todesopfer*", "gefallen", "gefallene",
			"gefallenen", "gestorben", "starben", "ums leben", "umgekommen", "ermordet", "hingerichtet"},
		hebel.MeasureWounded:    {"verletzt", "verletzte", "verletzten", "*verletzte", "verwundet", "verwundete", "verwundeten"},
		hebel.MeasureCasualties: {"verluste", "verlusten", "ausfälle", "ausfällen", "opfer"},
		hebel.MeasureCaptured: {"gefangen genommen", "gefangengenommen", "festgenommen", "gefangennahme", "entführt",
			"verschleppt", "kriegsgefangen*", "in gefangenschaft"},
		hebel.MeasureMissing:   {"vermisst", "vermisste", "vermissten"},
		hebel.MeasureDisplaced: {"vertrieben", "geflohen", "geflüchtet", "flohen", "flüchteten", "*vertrieben"},
	}),
	Separable: []lang.SeparableVerb{
		{Stems: []string{"ziehen", "zieht", "zog", "zogen", "ziehe"}, Particle: "ab", Measure: hebel.MeasureWithdrawn},
		{Stems: []string{"ziehen", "zieht", "zog", "zogen", "ziehe"}, Particle: "zurück", Measure: hebel.MeasureWithdrawn},
		{Stems: []string{"holen", "holt", "holte", "holten"}, Particle: "zurück", Measure: hebel.MeasureWithdrawn},
		{Stems: []string{"bringen", "bringt", "brachte", "brachten"}, Particle: "zurück", Measure: hebel.MeasureWithdrawn},
		{Stems: []string{"setzen", "setzt", "setzte", "setzten"}, Particle: "ein", Measure: hebel.MeasureDeployed},
		{Stems: []string{"kommen", "kommt", "kam", "kamen"}, Particle: "um", Measure: hebel.MeasureKilled},
		{Stems: []string{"kehren", "kehrt", "kehrte", "kehrten"}, Particle: "zurück", Measure: hebel.MeasureWithdrawn},
	},
	Distributive: claimWords("je", "jeweils"),
	For:          claimWords("für", "nach"),
	Origin:       claimWords("aus"),
	Within: claimWords("osten", "westen", "norden", "süden", "nordosten", "südosten", "nordwesten", "südwesten",
		"grenze", "grenzgebiet", "zentrum", "hauptstadt"),
}

// concepts flattens a table of concepts and their word patterns.
func concepts(m map[hebel.Concept][]string) []lang.ConceptWord {
	var out []lang.ConceptWord
	for c, ws := range m {
		for _, w := range ws {
			out = append(out, lang.ConceptWord{Pattern: w, Concept: c})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Pattern < out[j].Pattern })
	return out
}

// events flattens a table of measures and their word patterns.
func events(m map[hebel.Measure][]string) []lang.EventWord {
	var out []lang.EventWord
	for ms, ws := range m {
		for _, w := range ws {
			out = append(out, lang.EventWord{Pattern: w, Measure: ms})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Pattern < out[j].Pattern })
	return out
}

package en

import (
	"sort"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/lang"
)

// English words for typing claims: what is counted, what happened to the
// people counted, and where. Written for this project from general
// knowledge of English; licence: same as the repository.
var figures = lang.Figures{
	Concepts: concepts(map[hebel.Concept][]string{
		hebel.ConceptTroops: {"troops", "troop", "soldiers", "soldier", "servicemembers", "service members", "forces",
			"fighters", "personnel", "infantry", "infantrymen", "mercenaries", "recruits", "reservists", "conscripts",
			"marines", "paratroopers", "special forces"},
		hebel.ConceptOfficers:    {"officers", "generals", "commanders"},
		hebel.ConceptPeople:      {"people", "persons", "civilians", "residents", "citizens", "men", "women", "pople"},
		hebel.ConceptChildren:    {"children", "kids"},
		hebel.ConceptHostages:    {"hostages", "hostage"},
		hebel.ConceptPrisoners:   {"prisoners", "detainees", "inmates", "pows", "prisoners of war"},
		hebel.ConceptRefugees:    {"refugees", "displaced"},
		hebel.ConceptTanks:       {"tanks"},
		hebel.ConceptVehicles:    {"vehicles", "armoured vehicles", "armored vehicles"},
		hebel.ConceptAircraft:    {"aircraft", "planes", "jets", "fighter jets", "warplanes"},
		hebel.ConceptHelicopters: {"helicopters"},
		hebel.ConceptShips:       {"ships", "warships", "vessels", "tankers", "boats", "landing ships", "escort ships"},
		hebel.ConceptMissiles:    {"missiles", "rockets", "cruise missiles", "ballistic missiles"},
		hebel.ConceptDrones:      {"drones"},
		hebel.ConceptArtillery:   {"artillery", "howitzers", "launchers", "rocket launchers", "guns"},
		hebel.ConceptMunitions:   {"shells", "rounds", "ammunition", "artillery rounds", "artillery shells", "munitions"},
		hebel.ConceptWeapons:     {"weapons", "arms"},
		hebel.ConceptRefined:     {"refined petroleum", "petroleum products", "refined products", "fuel", "diesel", "gasoline", "petrol", "kerosene"},
		hebel.ConceptOil:         {"oil", "crude", "crude oil"},
		hebel.ConceptGas:         {"gas", "natural gas", "lng"},
		hebel.ConceptCoal:        {"coal"},
		hebel.ConceptFood:        {"food", "grain", "wheat", "rice", "maize", "corn", "cereals"},
		hebel.ConceptFertilizer:  {"fertilizer", "fertilizers", "fertiliser", "fertilisers"},
		hebel.ConceptTrade:       {"trade", "exports", "imports", "two-way trade"},
		hebel.ConceptAid:         {"aid", "assistance", "military aid", "package"},
		hebel.ConceptReserves:    {"reserves", "assets"},
		hebel.ConceptSpending:    {"spending", "expenditure", "budget", "costs"},
	}),
	Events: events(map[hebel.Measure][]string{
		hebel.MeasureDeployed: {"deploy*", "redeploy*", "stationed", "stationing", "sent", "send", "sending", "dispatch*",
			"fighting", "fight", "fought", "serving", "relocat*", "on the ground", "in combat"},
		hebel.MeasureWithdrawn: {"withdr*", "pull out", "pulled out", "pulling out", "pull back", "pulled back",
			"brought home", "bring home", "bringing home", "sent home", "return home", "returned home", "returning home"},
		hebel.MeasureKilled: {"killed", "kill", "killing", "dead", "died", "die", "deaths", "death", "fatalities",
			"death toll", "lost their lives", "slain"},
		hebel.MeasureWounded:    {"wounded", "injured", "injuries", "injuring"},
		hebel.MeasureCasualties: {"casualties", "losses"},
		hebel.MeasureCaptured:   {"captured", "taken prisoner", "abducted", "kidnapped", "held hostage", "taken hostage"},
		hebel.MeasureMissing:    {"missing"},
		hebel.MeasureDisplaced:  {"displaced", "fled", "fleeing", "uprooted"},
	}),
	Distributive: claimWords("each", "apiece", "respectively"),
	For:          claimWords("for", "to", "into"),
	Origin:       claimWords("from"),
	Within:       claimWords("east", "west", "north", "south", "northeast", "southeast", "northwest", "southwest", "of", "border", "capital"),
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

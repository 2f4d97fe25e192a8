package hebel

// Measure says what a claim's number counts: for people, what happened to
// them (deployed, killed, wounded …); for other things, what is measured
// (money, a volume of goods, a share, a count of objects). Package claim
// types claims with it; package figure consolidates claims of one measure.
type Measure string

// Measures of people: what happened to the people counted.
const (
	MeasureDeployed   Measure = "deployed"   // sent, stationed or fighting abroad or for another state
	MeasureWithdrawn  Measure = "withdrawn"  // pulled out or brought home: never a deployment
	MeasureKilled     Measure = "killed"     // killed, fallen, dead
	MeasureWounded    Measure = "wounded"    // wounded, injured
	MeasureCasualties Measure = "casualties" // losses that do not say how (killed and wounded together)
	MeasureCaptured   Measure = "captured"   // captured, taken prisoner, held hostage
	MeasureMissing    Measure = "missing"    // missing
	MeasureDisplaced  Measure = "displaced"  // displaced, fled, refugees
)

// Measures of things.
const (
	MeasureMoney  Measure = "money"  // an amount of money (the unit is a currency)
	MeasureVolume Measure = "volume" // an amount of goods: barrels, tonnes, cubic metres, litres
	MeasureShare  Measure = "share"  // a share of something (the unit is %)
	MeasureCount  Measure = "count"  // a number of people or objects to which nothing is said to happen
)

// Measures lists every measure, people first.
var Measures = []Measure{
	MeasureDeployed, MeasureWithdrawn, MeasureKilled, MeasureWounded, MeasureCasualties,
	MeasureCaptured, MeasureMissing, MeasureDisplaced,
	MeasureMoney, MeasureVolume, MeasureShare, MeasureCount,
}

// Valid reports whether m is one of Measures.
func (m Measure) Valid() bool {
	for _, x := range Measures {
		if m == x {
			return true
		}
	}
	return false
}

// Person reports whether m says what happened to people.
func (m Measure) Person() bool {
	switch m {
	case MeasureDeployed, MeasureWithdrawn, MeasureKilled, MeasureWounded, MeasureCasualties,
		MeasureCaptured, MeasureMissing, MeasureDisplaced:
		return true
	}
	return false
}

// Event reports whether m counts what happened in a period (people killed,
// withdrawn …) rather than a level at a time (people deployed, a share):
// estimates of an event over different periods are different figures,
// estimates of a level at different times are one figure's series.
func (m Measure) Event() bool {
	switch m {
	case MeasureWithdrawn, MeasureKilled, MeasureWounded, MeasureCasualties, MeasureCaptured, MeasureMissing, MeasureMoney, MeasureVolume:
		return true
	}
	return false
}

// Concept is what a claim counts, named the same in every language:
// "Soldaten", "Truppen" and "troops" are all ConceptTroops. Package claim
// maps the counted words to a concept with the language's word lists.
type Concept string

// Concepts of people.
const (
	ConceptTroops    Concept = "troops"    // soldiers, troops, fighters, forces
	ConceptOfficers  Concept = "officers"  // officers, generals, commanders
	ConceptPeople    Concept = "people"    // people, civilians, residents, a nationality
	ConceptChildren  Concept = "children"  // children
	ConceptHostages  Concept = "hostages"  // hostages
	ConceptPrisoners Concept = "prisoners" // prisoners, detainees
	ConceptRefugees  Concept = "refugees"  // refugees, displaced people
)

// Concepts of objects.
const (
	ConceptTanks       Concept = "tanks"
	ConceptVehicles    Concept = "vehicles"
	ConceptAircraft    Concept = "aircraft"
	ConceptHelicopters Concept = "helicopters"
	ConceptShips       Concept = "ships"
	ConceptMissiles    Concept = "missiles"
	ConceptDrones      Concept = "drones"
	ConceptArtillery   Concept = "artillery" // guns and rocket launchers
	ConceptMunitions   Concept = "munitions" // shells, rounds, ammunition
	ConceptWeapons     Concept = "weapons"   // weapons not named more closely
)

// Concepts of goods and money.
const (
	ConceptOil        Concept = "oil"               // crude oil, or oil not named more closely
	ConceptRefined    Concept = "refined_petroleum" // diesel, petrol, fuel, petroleum products
	ConceptGas        Concept = "gas"               // natural gas, LNG
	ConceptCoal       Concept = "coal"
	ConceptFood       Concept = "food" // food, grain, wheat, rice
	ConceptFertilizer Concept = "fertilizer"
	ConceptTrade      Concept = "trade"    // trade, exports, imports
	ConceptAid        Concept = "aid"      // aid, assistance, support packages
	ConceptReserves   Concept = "reserves" // reserves, assets
	ConceptSpending   Concept = "spending" // budgets, spending, costs
)

// Person reports whether c counts people.
func (c Concept) Person() bool {
	switch c {
	case ConceptTroops, ConceptOfficers, ConceptPeople, ConceptChildren, ConceptHostages, ConceptPrisoners, ConceptRefugees:
		return true
	}
	return false
}

// Reading says how a number relates to two places or more it is stated
// for: "more than 80,000 soldiers in Japan and South Korea" is one total
// over both (collective); "5,000 soldiers each in Poland and Lithuania" is
// that many in each (distributive).
type Reading string

// Readings of a claim over several places; "" when it names one place or
// none.
const (
	Collective   Reading = "collective"
	Distributive Reading = "distributive"
)

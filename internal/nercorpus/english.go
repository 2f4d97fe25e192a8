package nercorpus

// CoNLL maps CoNLL-style classes: PER, LOC, ORG as they are, MISC to OTH.
func CoNLL(class string) string {
	switch class {
	case "PER", "LOC", "ORG":
		return class
	case "MISC":
		return "OTH"
	}
	return ""
}

// WNUT17 maps the classes of WNUT 2017 emerging entities (Derczynski et
// al. 2017): person PER, location LOC, corporation and group ORG,
// creative works and products OTH.
func WNUT17(class string) string {
	switch class {
	case "person":
		return "PER"
	case "location":
		return "LOC"
	case "corporation", "group":
		return "ORG"
	case "creative-work", "product":
		return "OTH"
	}
	return ""
}

// Re3d maps the classes of re3d (DSTL 2017): Person, Location,
// Organisation; nationalities, weapons and military platforms OTH; dates,
// quantities, money and document references no name.
func Re3d(class string) string {
	switch class {
	case "Person":
		return "PER"
	case "Location":
		return "LOC"
	case "Organisation":
		return "ORG"
	case "Nationality", "Weapon", "MilitaryPlatform":
		return "OTH"
	}
	return ""
}

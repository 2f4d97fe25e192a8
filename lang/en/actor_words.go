package en

import "github.com/hebel-project/hebel/lang"

// roleNouns lists English role nouns and titles by role class with their
// gender (0 when the noun does not mark it). Source: written for Hebel
// from common English news usage; same licence as the project.
var roleNouns = map[string]map[string]byte{
	"expert": {
		"expert": 0, "experts": 0, "analyst": 0, "specialist": 0, "researcher": 0, "scholar": 0,
		"professor": 0, "economist": 0, "historian": 0, "observer": 0, "fellow": 0,
		"political scientist": 0,
	},
	"spokesperson": {"spokesperson": 0, "spokesman": 'm', "spokeswoman": 'f', "Spokesperson": 0, "Spokesman": 'm', "Spokeswoman": 'f'},
	"president":    {"president": 0, "President": 0, "head of state": 0},
	"head of government": {
		"prime minister": 0, "Prime Minister": 0, "chancellor": 0, "Chancellor": 0, "premier": 0, "Premier": 0,
	},
	"minister": {
		"minister": 0, "Minister": 0, "foreign minister": 0, "Foreign Minister": 0, "defence minister": 0,
		"defense minister": 0, "Defense Minister": 0, "Defence Minister": 0, "secretary": 0, "Secretary": 0,
		"Secretary of State": 0,
	},
	"leader":     {"leader": 0, "dictator": 0, "chairman": 'm', "chairwoman": 'f', "chief": 0, "head": 0},
	"official":   {"official": 0, "diplomat": 0, "ambassador": 0, "Ambassador": 0, "envoy": 0, "lawmaker": 0, "senator": 0, "Senator": 0, "governor": 0, "Governor": 0, "mayor": 0, "Mayor": 0},
	"military":   {"general": 0, "General": 0, "commander": 0, "officer": 0, "Gen.": 0},
	"journalist": {"journalist": 0, "correspondent": 0, "reporter": 0},
}

// actorWords are the English words for unknown actors and coreference.
// Source: written for Hebel from standard English grammar and news usage;
// same licence as the project.
var actorWords = func() lang.ActorWords {
	w := lang.ActorWords{
		Roles: map[string]lang.Role{},
		OrgSuffixes: []string{
			"Center", "Centre", "Institute", "Institution", "Ministry", "Agency", "Foundation", "Council",
			"Association", "Society", "Party", "University", "College", "Academy", "Commission", "Bank",
			"Group", "Corporation", "Corp", "Inc", "Ltd", "LLC", "Company", "Co", "Committee",
			"Organization", "Organisation", "Federation", "Union", "Alliance", "Service", "Department",
			"Office", "Bureau", "Times", "Post", "Journal", "News", "Network", "Fund", "Authority",
		},
		PlaceHeads: []string{
			"Aquarium", "Airport", "Stadium", "Arena", "Station", "Bridge", "Street", "Avenue", "Square",
			"Zoo", "Hotel", "Beach", "Island", "Islands", "Sea", "Ocean", "Lake", "Valley", "Mountains",
			"Canal", "Strait", "Gulf", "Bay", "Waterpark", "waterpark",
		},
		PlacePrepositions: []string{"in"},
		Honorifics:        []string{"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "Sir"},
		Institutions: map[string]lang.Institution{
			"foreign ministry":      {Slug: "foreign-ministry", Name: "Ministry of Foreign Affairs"},
			"Foreign Ministry":      {Slug: "foreign-ministry", Name: "Ministry of Foreign Affairs"},
			"defence ministry":      {Slug: "defence-ministry", Name: "Ministry of Defence"},
			"Defence Ministry":      {Slug: "defence-ministry", Name: "Ministry of Defence"},
			"defense ministry":      {Slug: "defence-ministry", Name: "Ministry of Defence"},
			"Defense Ministry":      {Slug: "defence-ministry", Name: "Ministry of Defence"},
			"interior ministry":     {Slug: "interior-ministry", Name: "Ministry of the Interior"},
			"Interior Ministry":     {Slug: "interior-ministry", Name: "Ministry of the Interior"},
			"finance ministry":      {Slug: "finance-ministry", Name: "Ministry of Finance"},
			"Finance Ministry":      {Slug: "finance-ministry", Name: "Ministry of Finance"},
			"trade ministry":        {Slug: "trade-ministry", Name: "Ministry of Trade"},
			"intelligence service":  {Slug: "intelligence", Name: "Intelligence Service"},
			"intelligence agency":   {Slug: "intelligence", Name: "Intelligence Service"},
			"spy agency":            {Slug: "intelligence", Name: "Intelligence Service"},
			"military intelligence": {Slug: "military-intelligence", Name: "Military Intelligence"},
			"central bank":          {Slug: "central-bank", Name: "Central Bank"},
			"state media":           {Slug: "state-media", Name: "State Media"},
			"news agency":           {Slug: "news-agency", Name: "News Agency"},
		},
		Pronouns:        map[string]byte{"she": 'f', "She": 'f', "he": 'm', "He": 'm'},
		Possessives:     map[string]byte{"her": 'f', "Her": 'f', "his": 'm', "His": 'm'},
		OpinionNouns:    []string{"view", "opinion", "assessment", "words", "estimate", "account"},
		CountryAnaphors: []string{"the country", "The country"},
		Determiners:     []string{"the", "The", "a", "A", "an", "An"},
	}
	for class, forms := range roleNouns {
		for form, g := range forms {
			w.Roles[form] = lang.Role{Class: class, Gender: g}
		}
	}
	return w
}()

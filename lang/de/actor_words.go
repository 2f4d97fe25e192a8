package de

import (
	"strings"

	"github.com/hebel-project/hebel/lang"
)

// roleNouns lists German role nouns and titles by role class: masculine
// singular, then the feminine singular. Source: written for Hebel from
// common German news usage; same licence as the project.
var roleNouns = map[string][][2]string{
	"expert": {
		{"Experte", "Expertin"}, {"Spezialist", "Spezialistin"}, {"Analyst", "Analystin"},
		{"Fachmann", "Fachfrau"}, {"Kenner", "Kennerin"}, {"Forscher", "Forscherin"},
		{"Wissenschaftler", "Wissenschaftlerin"}, {"Politologe", "Politologin"},
		{"Politikwissenschaftler", "Politikwissenschaftlerin"}, {"Ökonom", "Ökonomin"},
		{"Historiker", "Historikerin"}, {"Beobachter", "Beobachterin"}, {"Professor", "Professorin"},
	},
	"spokesperson": {{"Sprecher", "Sprecherin"}, {"Regierungssprecher", "Regierungssprecherin"}},
	"president":    {{"Präsident", "Präsidentin"}, {"Staatschef", "Staatschefin"}, {"Staatspräsident", "Staatspräsidentin"}},
	"head of government": {
		{"Regierungschef", "Regierungschefin"}, {"Kanzler", "Kanzlerin"}, {"Bundeskanzler", "Bundeskanzlerin"},
		{"Premierminister", "Premierministerin"}, {"Ministerpräsident", "Ministerpräsidentin"},
		{"Premier", "Premierministerin"},
	},
	"minister": {
		{"Minister", "Ministerin"}, {"Außenminister", "Außenministerin"},
		{"Verteidigungsminister", "Verteidigungsministerin"}, {"Innenminister", "Innenministerin"},
		{"Finanzminister", "Finanzministerin"}, {"Wirtschaftsminister", "Wirtschaftsministerin"},
	},
	"leader":     {{"Machthaber", "Machthaberin"}, {"Diktator", "Diktatorin"}, {"Anführer", "Anführerin"}, {"Chef", "Chefin"}, {"Vorsitzender", "Vorsitzende"}, {"Parteichef", "Parteichefin"}},
	"official":   {{"Sekretär", "Sekretärin"}, {"Generalsekretär", "Generalsekretärin"}, {"Beamter", "Beamtin"}, {"Diplomat", "Diplomatin"}, {"Botschafter", "Botschafterin"}, {"Gesandter", "Gesandte"}, {"Abgeordneter", "Abgeordnete"}, {"Senator", "Senatorin"}, {"Bürgermeister", "Bürgermeisterin"}, {"Gouverneur", "Gouverneurin"}},
	"military":   {{"General", "Generalin"}, {"Kommandeur", "Kommandeurin"}, {"Offizier", "Offizierin"}, {"Generalstabschef", "Generalstabschefin"}, {"Oberbefehlshaber", "Oberbefehlshaberin"}},
	"journalist": {{"Journalist", "Journalistin"}, {"Korrespondent", "Korrespondentin"}, {"Reporter", "Reporterin"}},
}

// adjectivalNouns are role nouns declined like adjectives.
var adjectivalNouns = map[string]bool{"Vorsitzender": true, "Beamter": true, "Gesandter": true, "Abgeordneter": true}

// germanRoleForms returns the inflected forms of a masculine and a
// feminine role noun with their genders.
func germanRoleForms(m, f string) map[string]byte {
	out := map[string]byte{}
	switch {
	case adjectivalNouns[m]:
		// "Vorsitzender", "Beamter": "den Vorsitzenden", "der Beamte".
		stem := m[:len(m)-1]
		out[m], out[stem], out[stem+"n"] = 'm', 'm', 'm'
	case strings.HasSuffix(m, "er") || strings.HasSuffix(m, "eur") || strings.HasSuffix(m, "ef"):
		for _, s := range []string{"", "s", "n"} {
			out[m+s] = 'm'
		}
	case strings.HasSuffix(m, "e"):
		out[m], out[m+"n"] = 'm', 'm'
	default:
		for _, s := range []string{"", "en", "s"} {
			out[m+s] = 'm'
		}
	}
	if strings.HasSuffix(f, "in") {
		out[f], out[f+"nen"] = 'f', 'f'
	} else {
		out[f] = 'f'
	}
	return out
}

// genericHeads are noun endings of role and institution phrases that
// name an actor without a name: "der Staatsanwalt", "ein Polizeisprecher",
// "die Fluglotsengewerkschaft", "der 58-Jährige". 'p' marks a person, 'o'
// an organisation. Source: written for Hebel from common German news
// usage; same licence as the project.
var genericHeads = map[string]byte{
	"sprecher": 'p', "sprecherin": 'p', "anwalt": 'p', "anwältin": 'p', "jährige": 'p', "jähriger": 'p',
	"vorsitzende": 'p', "vorsitzender": 'p', "beamte": 'p', "beamter": 'p', "beamtin": 'p',
	"reporter": 'p', "reporterin": 'p', "korrespondent": 'p', "korrespondentin": 'p',
	"minister": 'p', "ministerin": 'p', "präsident": 'p', "präsidentin": 'p', "chef": 'p', "chefin": 'p',
	"direktor": 'p', "direktorin": 'p', "leiter": 'p', "leiterin": 'p', "richter": 'p', "richterin": 'p',
	"experte": 'p', "expertin": 'p', "zeuge": 'p', "zeugin": 'p', "angestellte": 'p', "angestellten": 'p',
	"mitglied": 'p', "geschäftsführer": 'p', "geschäftsführerin": 'p', "sprecherinnen": 'p',
	"polizei": 'o', "staatsanwaltschaft": 'o', "gericht": 'o', "gerichtshof": 'o', "ministerium": 'o',
	"kommission": 'o', "gewerkschaft": 'o', "verband": 'o', "behörde": 'o', "konzern": 'o',
	"regierung": 'o', "opposition": 'o', "verteidigung": 'o', "verfassungsschutz": 'o', "amt": 'o',
	"agentur": 'o', "zeitung": 'o', "magazin": 'o', "nachrichtenmagazin": 'o', "sender": 'o',
	"fernsehsender": 'o', "unternehmen": 'o', "armee": 'o', "militär": 'o', "feuerwehr": 'o',
	"forschergruppe": 'o', "organisation": 'o', "partei": 'o', "vereinigung": 'o', "stiftung": 'o',
	"institut": 'o', "universität": 'o', "plattenfirma": 'o', "firma": 'o', "sprachschule": 'o',
	"mann": 'p', "mitarbeiter": 'p', "mitarbeiterin": 'p', "rednerin": 'p', "redner": 'p', "autoren": 'p',
	"veranstalter": 'o', "ausschuss": 'o', "kammer": 'o', "staatsanwälte": 'p',
	"botschaft": 'o', "bundesrat": 'o', "bundestag": 'o', "parlament": 'o', "senat": 'o', "frau": 'p', "sekretär": 'p', "sekretärin": 'p',
	// Groups of people ('g'), found also without a determiner: "Kritiker
	// bemängeln", "lokale Medien berichten".
	"parlamentarier": 'g', "parlamentariern": 'g', "mönche": 'g', "mönchen": 'g', "demonstranten": 'g',
	"medien": 'g', "farmer": 'g', "farmern": 'g', "wahlbeobachter": 'g', "wahlbeobachtern": 'g',
	"kritiker": 'g', "kritikern": 'g', "aktivisten": 'g', "angehörige": 'g', "angehörigen": 'g',
	"gewerkschaften": 'g', "verteidiger": 'g', "ermittler": 'g', "ermittlern": 'g', "behörden": 'g',
	"anwohner": 'g', "anwohnern": 'g', "augenzeugen": 'g', "rebellen": 'g', "aufständischen": 'g',
	"beobachtern": 'g', "ämter": 'o', "ämtern": 'o',
}

// actorWords are the German words for unknown actors and coreference.
// Source: written for Hebel from standard German grammar and news usage;
// same licence as the project.
var actorWords = func() lang.ActorWords {
	w := lang.ActorWords{
		Roles: map[string]lang.Role{},
		OrgSuffixes: []string{
			"Center", "Centre", "Institut", "Instituts", "Institute", "Ministerium", "Ministeriums",
			"Agentur", "Agency", "Stiftung", "Gesellschaft", "Verband", "Verbands", "Bund", "Partei",
			"Universität", "Hochschule", "Akademie", "Kommission", "Rat", "Bank", "Gruppe", "Group",
			"AG", "GmbH", "SE", "KG", "e.V.", "Verlag", "Zeitung", "Rundfunk", "Amt", "Amts", "Behörde",
			"Komitee", "Organisation", "Föderation", "Union", "Allianz", "Konzern", "Werke", "Bündnis",
		},
		Institutions: map[string]lang.Institution{},
		PlaceHeads: []string{
			"Aquarium", "Flughafen", "Airport", "Stadion", "Arena", "Bahnhof", "Hauptbahnhof", "Brücke",
			"Straße", "Allee", "Platz", "Zoo", "Hotel", "Strand", "Insel", "Inseln", "Meer", "Meeres",
			"See", "Gebirge", "Kanal", "Kanals", "Therme",
			"wasserpark", "freizeitpark", "erlebnisbad", "nationalpark", "stadion", "flughafen",
			"bahnhof", "straße", "platz", "gebirge", "kanal",
		},
		PlacePrepositions: []string{"in"},
		ModifierEnds:      []string{"e", "en", "er", "es", "em"},
		Honorifics:        []string{"Herr", "Herrn", "Frau", "Dr.", "Prof."},
		Pronouns:          map[string]byte{"sie": 'f', "Sie": 'f', "er": 'm', "Er": 'm', "Diese": 'f'},
		Possessives: map[string]byte{
			"ihrer": 'f', "Ihrer": 'f', "ihren": 'f', "Ihren": 'f',
			"seiner": 'm', "Seiner": 'm', "seinen": 'm', "Seinen": 'm',
		},
		OpinionNouns:          []string{"Meinung", "Ansicht", "Einschätzung", "Auffassung", "Überzeugung", "Worten", "Angaben", "Darstellung", "Schätzung"},
		CountryAnaphors:       []string{"das Land", "Das Land", "dem Land", "des Landes", "Des Landes", "dem Lande"},
		Determiners:           []string{"die", "Die", "das", "Das", "eine", "Eine", "der", "Der", "ein", "Ein", "den", "dem", "des", "einer", "einem", "eines"},
		SingularVerbEnd:       "t",
		PluralVerbEnd:         "en",
		PluralPronouns:        []string{"sie", "Sie", "Diese"},
		OtherSingularVerbEnds: []string{"e", "i"},
		GenericHeads:          genericHeads,
		PluralVerbs:           []string{"sind"},
		RelativePronouns:      map[string]byte{"der": 'm', "die": 'f'},
		FeminineArticles:      []string{"die", "Die"},
		SourceNouns: []string{
			"Angaben", "Informationen", "Berichten", "Berichte", "Bericht", "Aussagen", "Aussage",
			"Stellungnahme", "Einschätzung", "Erklärung", "Mitteilung", "Meldungen", "Meldung",
			"Darstellung", "Schätzungen", "Schätzung", "Positionspapier", "Schreiben", "Recherchen",
			"Auskunft", "Auskünften", "Worten", "Ansicht", "Auffassung", "Warnung", "Appell",
		},
		SourceLinks: []string{"von", "vom", "des", "der", "eines", "einer"},
		SourceTails: []string{"angaben", "berichten", "berichte", "kreisen", "kreise", "aussagen", "informationen", "meldungen", "recherchen"},
		SourcePrefixes: []string{"Presse", "Medien", "Zeitungs", "Agentur", "Nachrichten", "Regierungs", "Geheimdienst", "Sicherheits", "Diplomaten",
			"Militär", "Korrespondenten", "Augenzeugen", "Zeugen", "Polizei", "Behörden", "Ministeriums", "Unternehmens", "Branchen", "Verhandlungs", "Partei"},
		SelfMarkers:   []string{"eigenen", "eigener", "ihren", "seinen", "ihrer", "seiner"},
		SourceAdverbs: []string{"demnach", "Demnach"},
	}
	for class, pairs := range roleNouns {
		for _, p := range pairs {
			for form, g := range germanRoleForms(p[0], p[1]) {
				w.Roles[form] = lang.Role{Class: class, Gender: g}
			}
		}
	}
	inst := map[string]lang.Institution{
		"Außenministerium":         {Slug: "foreign-ministry", Name: "Ministry of Foreign Affairs"},
		"Verteidigungsministerium": {Slug: "defence-ministry", Name: "Ministry of Defence"},
		"Innenministerium":         {Slug: "interior-ministry", Name: "Ministry of the Interior"},
		"Finanzministerium":        {Slug: "finance-ministry", Name: "Ministry of Finance"},
		"Wirtschaftsministerium":   {Slug: "economy-ministry", Name: "Ministry of Economy"},
		"Handelsministerium":       {Slug: "trade-ministry", Name: "Ministry of Trade"},
		"Geheimdienst":             {Slug: "intelligence", Name: "Intelligence Service"},
		"Auslandsgeheimdienst":     {Slug: "foreign-intelligence", Name: "Foreign Intelligence Service"},
		"Militärgeheimdienst":      {Slug: "military-intelligence", Name: "Military Intelligence"},
		"Generalstab":              {Slug: "general-staff", Name: "General Staff"},
		"Zentralbank":              {Slug: "central-bank", Name: "Central Bank"},
		"Staatsmedien":             {Slug: "state-media", Name: "State Media"},
		"Nachrichtenagentur":       {Slug: "news-agency", Name: "News Agency"},
	}
	for noun, in := range inst {
		w.Institutions[noun] = in
		if strings.HasSuffix(noun, "um") || strings.HasSuffix(noun, "st") || strings.HasSuffix(noun, "ab") {
			w.Institutions[noun+"s"] = in
			w.Institutions[noun+"es"] = in
		}
	}
	return w
}()

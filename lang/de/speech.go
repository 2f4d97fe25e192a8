package de

import (
	"strings"

	"github.com/hebel-project/hebel/lang"
)

// Speech cues of German: speech and cognition verbs in their common finite
// and participle forms, source frames, Konjunktiv forms, pronouns, role
// nouns and the function words that bound a speaker's noun phrase.
// Written for this project from general knowledge of German grammar
// (Duden-style verb paradigms); licence: same as the repository.
var speech = lang.Speech{
	Verbs: speechWords(`
		sagt sagte sagten sagen gesagt sage
		erklärt erklärte erklärten erklären
		betont betonte betonten betonen
		warnt warnte warnten warnen gewarnt
		glaubt glaubte glaubten glauben geglaubt
		meint meinte meinten meinen gemeint
		findet fand fanden
		denkt dachte dachten
		berichtet berichtete berichteten berichten
		erläutert erläuterte erläuterten
		unterstreicht unterstrich unterstrichen
		bekräftigt bekräftigte bekräftigten
		versichert versicherte versicherten
		behauptet behauptete behaupteten behaupten
		bestätigt bestätigte bestätigten bestätigen
		verkündet verkündete verkündeten
		kritisiert kritisierte kritisierten
		fordert forderte forderten
		mahnt mahnte mahnten
		schreibt schrieb schrieben geschrieben
		erzählt erzählte erzählten
		ergänzt ergänzte ergänzten
		antwortet antwortete antworteten
		lautet lautete
		räumt räumte
		äußert äußerte äußerten geäußert
		vermutet vermutete vermuteten
		schätzt schätzte schätzten schätzen geschätzt
		nennt nannte nannten
		spricht sprach sprachen sprechen
		erwartet erwartete erwarteten
		kündigt kündigte kündigten angekündigt
		teilt teilte teilten mitgeteilt
		weist wies wiesen hingewiesen
		gibt gab gaben angegeben
		fügt fügte fügten hinzugefügt
		führt führte führten ausgeführt
		stellt stellte stellten klargestellt
		zitiert zitierte
		hebt hob hoben hervorgehoben
		hält hielt
		befürchtet befürchtete befürchten fürchtet fürchtete
		rechnet rechnete rechneten
		geht ging gingen
		bezeichnet bezeichnete bezeichneten
		verlangt verlangte verlangten
		bestreitet bestritt bestritten
		dementiert dementierte
		widerspricht widersprach
		beklagt beklagte beklagten
		begrüßt begrüßte begrüßten
		meldet meldete meldeten
		verweist verwies
		wirft warf
		ruft rief riefen
		appelliert appellierte
		verurteilt verurteilte verurteilten
		lobt lobte lobten gelobt
		wertet wertete werteten
		plädiert plädierte plädierten
		beschuldigt beschuldigte beschuldigten
		lehnt lehnte lehnten abgelehnt
		empfiehlt empfahl empfahlen empfohlen
		schlägt schlug schlugen vorgeschlagen
		regt regte regten angeregt
		bezweifelt bezweifelte bezweifelten
		begründet begründete begründeten
		gefordert
		nimmt nahm nehmen
		deutet deuten deutete
		kontert konterte konterten entgegnet entgegnete erwidert erwiderte
		mitteilte mitteilten bekanntgab bekanntgaben hinwies hinwiesen ankündigte ankündigten
		ausführte hinzufügte klarstellte hervorhob einräumte vorwarf zurückwies
		ist war`),
	Particles: map[string]string{
		"teilt": "mit", "teilte": "mit", "teilten": "mit",
		"gibt": "an|bedenken|bekannt", "gab": "an|bedenken|bekannt", "gaben": "an|bedenken|bekannt",
		"rechnet": "damit", "rechnete": "damit", "rechneten": "damit",
		"geht": "davon", "ging": "davon", "gingen": "davon",
		"fügt": "hinzu", "fügte": "hinzu", "fügten": "hinzu",
		"führt": "aus", "führte": "aus", "führten": "aus",
		"stellt": "klar", "stellte": "klar", "stellten": "klar",
		"hebt": "hervor", "hob": "hervor", "hoben": "hervor",
		"räumt": "ein", "räumte": "ein",
		"kündigt": "an", "kündigte": "an", "kündigten": "an",
		"spricht": "aus|von", "sprach": "aus|von", "sprachen": "aus|von", "sprechen": "aus|von",
		"verweist": "auf", "verwies": "auf",
		"wirft": "vor", "warf": "vor",
		"ruft": "auf", "rief": "auf", "riefen": "auf",
		"wies": "hin|zurück", "weist": "hin|zurück", "wiesen": "hin|zurück",
		"hält": "für", "hielt": "für",
		"lehnt": "ab", "lehnte": "ab", "lehnten": "ab",
		"schlägt": "vor", "schlug": "vor", "schlugen": "vor",
		"regt": "an", "regte": "an", "regten": "an",
		"nennt": "als", "nannte": "als", "nannten": "als",
		"ist": "überzeugt", "war": "überzeugt",
		"nimmt": "an,", "nahm": "an,", "nehmen": "an,",
		"deutet": "hin,", "deuten": "hin,", "deutete": "hin,",
	},
	Postposed:       speechWords(`so`),
	Before:          speechPhrases(`laut`, `gemäß`, `nach angaben`, `nach ansicht`, `nach meinung`, `nach einschätzung`, `nach informationen`, `nach auffassung`, `nach darstellung`, `nach aussage`, `nach aussagen`, `nach worten`, `nach erkenntnissen`, `unter berufung auf`),
	After:           speechWords(`zufolge`),
	Opinion:         speechPhrases(`* meinung nach`, `* ansicht nach`, `* auffassung nach`, `* einschätzung nach`, `* einschätzung zufolge`, `* angaben zufolge`, `* angaben nach`, `nach * angaben`, `nach * einschätzung`, `nach * ansicht`, `nach * worten`, `* worten nach`),
	Complementizers: speechWords(`dass ob`),
	Subjunctive: speechWords(`
		sei seien seiest habe werde könne müsse solle wolle dürfe möge wisse
		gebe liege zeige gehe stehe komme lasse bleibe brauche fehle gelte
		halte heiße mache nehme sehe setze stelle suche trage treffe verfüge
		wachse wirke ziehe führe plane arbeite beginne bedeute erwarte finde
		folge gehöre hänge kämpfe kenne leide lebe reiche sitze spreche
		sterbe unterstütze versuche verliere verstoße bestehe entstehe
		erhalte gewinne handle befinde betrage erreiche steige sinke falle
		drohe diene laufe liefere schaffe sende sorge spiele stamme
		verhindere verlange zähle umfasse betreffe benötige beabsichtige
		entspreche schütze bezahle zahle`),
	Conditional: speechWords(`hätte hätten wäre wären würde würden könnte könnten müssten sollten dürften wollten soll sollen`),
	Pronouns: map[string]string{
		"sie": "*", "er": "m", "es": "n",
	},
	Possessives: map[string]string{
		"ihrer": "*", "seiner": "m", "ihren": "*", "seinen": "m",
	},
	Roles: map[string]string{
		"expertin": "f", "experte": "m", "experten": "p", "expertinnen": "p",
		"spezialistin": "f", "spezialist": "m",
		"ministerin": "f", "minister": "m", "sprecherin": "f", "sprecher": "m",
		"präsidentin": "f", "präsident": "m", "kanzlerin": "f", "kanzler": "m",
		"politikerin": "f", "politiker": "m", "analystin": "f", "analyst": "m",
		"forscherin": "f", "forscher": "m", "generalin": "f", "general": "m",
		"botschafterin": "f", "botschafter": "m", "staatschef": "m", "staatschefin": "f",
		"regierungschef": "m", "regierungschefin": "f", "diplomat": "m", "diplomatin": "f",
		"militärexperte": "m", "militärexpertin": "f", "ökonomin": "f", "ökonom": "m",
	},
	Determiners: speechWords(`der die das den dem des ein eine einer eines einem einen`),
	Definite:    speechWords(`der die das den dem des`),
	Stops: speechWords(`
		in im am an auf bei beim mit nach vor gegenüber zu zum zur über für seit
		während als wie um unter durch ohne gegen
		anhand angesichts aufgrund wegen trotz dank infolge
		hat hatte haben hatten habe ist war sind waren wird wurde werden wurden
		auch bereits zudem nun jetzt kürzlich dabei allerdings jedoch außerdem
		gestern heute morgen darauf daran davor dazu damit darüber dagegen
		zuletzt erneut weiter ebenfalls später zuvor noch schon nicht ausdrücklich
		verlässlich bislang derzeit demnach laut zufolge dass ob und oder wenn weil`),
	Links: speechWords(`aus von des der vom`),
	Adverbs: speechWords(`
		dabei zudem außerdem gleichzeitig auch dann nun jetzt so doch aber
		allerdings jedoch bereits weiter ferner zugleich ebenso dennoch trotzdem
		deshalb daher darum gestern heute zuvor später zuletzt erneut schließlich
		zunächst inzwischen mittlerweile zwar`),
	Passive:      speechWords(`wurde wurden worden werden wird`),
	Impersonal:   speechPhrases(`hieß es`, `heißt es`),
	Conjunctions: speechWords(`doch aber und denn sondern zwar`),
	Around: speechPhrases(`wie aus _ hervorgeht`, `wie aus _ hervorging`, `wie aus _ hervorgehe`,
		`aus _ geht hervor`, `aus _ ging hervor`),
	Anaphoric: speechPhrases(`nach der rechnung`, `nach dieser rechnung`, `nach diesen angaben`,
		`nach dieser schätzung`, `nach der schätzung`, `nach dieser berechnung`, `nach der berechnung`,
		`dieser rechnung zufolge`, `dieser schätzung zufolge`, `diesen angaben zufolge`),
	ThatVerbs: speechWords(`deutet deuten deutete zeigt zeigte zeigen zeigten belegt belegte belegen ergibt ergab ergaben`),
	FigureVerbs: map[string]string{
		"beziffert": "auf|mit", "bezifferte": "auf|mit", "bezifferten": "auf|mit", "beziffern": "auf|mit",
		"veranschlagt": "auf|mit", "veranschlagte": "auf|mit", "veranschlagten": "auf|mit",
		"taxiert": "auf", "taxierte": "auf", "taxierten": "auf",
		"schätzt": "auf", "schätzte": "auf", "schätzten": "auf", "schätzen": "auf",
	},
	Subordinators:      speechWords(`als nachdem weil da während wenn obwohl seit bevor`),
	Addressees:         speechWords(`gegenüber`),
	SourcePrepositions: speechWords(`nach`),
	SourceNouns: speechWords(`angaben angabe informationen information erkenntnissen erkenntnis
		berichten bericht aussagen aussage schätzungen schätzung meinung ansicht auffassung
		darstellung studie studien stellungnahme mitteilung meldungen meldung umfrage umfragen
		recherchen untersuchungen ermittlungen worten`),
	Own:            "eigenen",
	As:             speechWords(`wie`),
	Demonstratives: speechWords(`dies das dieses`),
	Carry:          speechWords(`demnach`),
	ClauseVerbs:    speechWords(`kontert konterte konterten entgegnet entgegnete erwidert erwiderte`),
	Agents:         speechWords(`von vom`),
	Relatives:      speechWords(`der die das welcher welche welches`),
	Quoting:        speechWords(`zitierte zitierten zitiert`),
	QuotingAs:      speechPhrases(`mit den worten`, `mit der aussage`, `mit den aussagen`),
	Pointers:       speechWords(`dies das dieses`),
	Interviewer:    speechWords(`frage interviewer moderator moderatorin`),
	CountVerbs:     speechWords(`zählte zählten`),
	CountHolders:   speechWords(`stadt städte gemeinde dorf land länder region kreis bezirk provinz staat insel hauptstadt`),
	Times: speechWords(`
		mitte anfang ende
		januar februar märz april mai juni juli august september oktober november dezember
		montag dienstag mittwoch donnerstag freitag samstag sonntag`),
}

// speechWords splits a list written as white-space separated words.
func speechWords(s string) []string { return strings.Fields(s) }

// speechPhrases returns its arguments, each a phrase of one or more words.
func speechPhrases(p ...string) []string { return p }

package lang

// Speech is what package quote needs to find who says what in one
// language: quotation marks, speech and cognition verbs, source frames
// ("laut", "according to"), Konjunktiv forms. Every list holds lower-case
// words or phrases; words within a phrase are separated by one space.
// Package quote compiles the lists once per profile, so a profile must
// not change once used.
type Speech struct {
	// Verbs are the forms of speech and cognition verbs that cue a
	// statement in any tense and word order: "sagt", "sagte", "gesagt",
	// "says", "said", "told", "believes".
	Verbs []string

	// Particles maps the finite form of a separable verb to the particle
	// that must follow it in the same clause: "weist" → "hin" ("weist
	// darauf hin, dass"), "teilte" → "mit". A form listed here cues only
	// with its particle; alternatives are separated by "|" ("gibt" →
	// "an|bedenken": "gibt an", "gibt zu bedenken"). A particle written
	// with a trailing comma ("an,") must end its clause: "nimmt an, dass"
	// cues, "nimmt an der Sitzung teil" does not.
	Particles map[string]string

	// Postposed are the cue words that follow the content after a comma
	// and take the speaker after them: "so" in "…, so Lee".
	Postposed []string

	// Before are the frames that precede their source: "laut" in "laut
	// Lee", "according to", "nach Angaben" ("nach Angaben von X", "nach
	// Angaben des X"). A following "von" or "of" is skipped.
	Before []string

	// After are the frames that follow their source: "zufolge" in "Lee
	// zufolge".
	After []string

	// Opinion are frames around a possessive pronoun, written with "*"
	// for the pronoun: "* meinung nach" ("Ihrer Meinung nach"), "in *
	// view".
	Opinion []string

	// Complementizers open a reported clause after a cue: "dass", "ob",
	// "that", "whether".
	Complementizers []string

	// Subjunctive are Konjunktiv I forms that mark reported speech on
	// their own ("sei", "seien", "habe", "zeige", "liege", "könne",
	// "werde"). Empty for languages without it.
	Subjunctive []string

	// Conditional are Konjunktiv II forms that continue reported speech
	// only right after an attributed statement ("hätte", "würden",
	// "wäre", "könnte").
	Conditional []string

	// Pronouns are personal pronouns a speaker may be given by, with the
	// class of antecedent they take: "f" (feminine singular), "m"
	// (masculine singular), "p" (plural), "*" (any).
	Pronouns map[string]string

	// Possessives are possessive pronouns in opinion frames with their
	// class as in Pronouns: "ihrer" → "*", "seiner" → "m", "her" → "f".
	Possessives map[string]string

	// Roles are nouns naming a speaker by role ("Expertin", "Minister",
	// "spokesman") with their class as in Pronouns. A definite role noun
	// is resolved to the most recent named speaker of its class.
	Roles map[string]string

	// Determiners open a noun phrase: "der", "die", "eine", "the", "a".
	Determiners []string

	// Definite are the definite determiners among Determiners.
	Definite []string

	// Stops end a speaker noun phrase: prepositions, auxiliaries and
	// adverbs ("im", "am", "hat", "auch", "on", "has", "also").
	Stops []string

	// Links continue a speaker noun phrase that follows its cue: "aus",
	// "von", "des" ("ein Sprecher des Ministeriums"), "of", "for".
	Links []string

	// Adverbs open a clause without being its subject; a cue verb after
	// them takes its speaker from after the verb (German verb-second:
	// "Dabei betont Lee"). Prepositions in Stops count too.
	Adverbs []string

	// Passive are auxiliaries that make a following cue participle
	// passive ("was reported", "wurde berichtet"): such a cue does not
	// take its subject as speaker.
	Passive []string

	// Impersonal are postposed frames without a speaker ("hieß es",
	// "heißt es"): the content before them is the most recent speaker's
	// when one is in reach, else a statement without a speaker.
	Impersonal []string

	// Conjunctions may open a content clause and are trimmed from it:
	// "doch", "aber", "und", "but", "and".
	Conjunctions []string

	// Around are source frames that enclose their source, written with
	// "_" for it: "wie aus _ hervorgeht" ("…, wie aus einer Analyse
	// hervorgeht"), "aus _ geht hervor".
	Around []string

	// Anaphoric are frames whose source is the speaker of the statement
	// before: "nach dieser Rechnung", "by that count". The frame's words
	// after the first are the source as written; its entity and name
	// are the most recent speaker's.
	Anaphoric []string

	// ThatVerbs cue a statement only right before a complementizer
	// ("zeigt, dass", "shows that"): a report, study or statistic as the
	// source. Without the complementizer they are ordinary verbs.
	ThatVerbs []string

	// FigureVerbs map verb forms that put a figure on something to the
	// particles that introduce the figure, alternatives separated by "|":
	// "beziffert" → "auf|mit", "put" → "at" ("put the figure at 3,000").
	// They cue only when a number follows the particle in the clause.
	FigureVerbs map[string]string

	// Subordinators open a verb-final clause whose subject follows them:
	// "als" in "als Lee von 300 Toten sprach". A separable verb's
	// particle then stands before the verb. In English they open a
	// clause whose cue's subject follows them ("after the government
	// announced that …").
	Subordinators []string

	// Addressees are prepositions that introduce whom a statement is
	// addressed to ("gegenüber" in "Lee sagte gegenüber der Zeitung"):
	// the noun phrase after them is never the speaker.
	Addressees []string

	// Times are words that end a speaker's noun phrase even when
	// capitalised: "Mitte", "März", "Monday" ("so der Politiker Mitte
	// März").
	Times []string

	// Told are cue verbs that take the addressee as an object before the
	// content ("told reporters that", "warned Seoul that"). After other
	// cues, a word that is no stop, time or complementizer opens the
	// content right away in a language without Konjunktiv ("said two
	// soldiers who were captured testified that …"): the later
	// complementizer is embedded.
	Told []string

	// Interviewer are the labels of an interviewer's lines in an
	// interview ("Frage:", "Q:"); the "Name:" lines between them are
	// answers, and the labels themselves no speakers.
	Interviewer []string

	// Quoting are verbs of quoting whose object is the speaker, QuotingAs
	// the phrases that open what the speaker said: "quoted the minister
	// as saying …", "zitierte den Minister mit den Worten, …". The one
	// who quotes is no speaker.
	Quoting   []string
	QuotingAs []string

	// Pointers are the demonstratives that stand for the statement
	// before as the subject of a passive cue: "This was confirmed by the
	// ministry."
	Pointers []string

	// Relatives are the relative pronouns that open a clause whose cue
	// verb's speaker is the noun before the comma: "Der Minister, der von
	// 300 Toten sprach, …", "The agency, which put the damage at …".
	Relatives []string

	// Agents are the prepositions that name the agent of a participle
	// inside the subject of an evidence cue; the agent is the source:
	// "by" in "figures published by the statistics office show", "vom"
	// in "vom Statistikamt veröffentlichte Zahlen zeigen".
	Agents []string

	// CountVerbs are verbs whose subject reports a figure it counted:
	// "zählte" in "Die Hilfsorganisation zählte 120 Angriffe", "counted".
	// They cue only with a number right after them, and only as the
	// source of that figure, never as a quote. CountHolders are the nouns
	// of places whose "counted N" means they had N ("Die Stadt zählte
	// 5000 Einwohner"): no source.
	CountVerbs   []string
	CountHolders []string

	// ClauseVerbs are the cue verbs whose content is a clause, not an
	// object, in a language without Konjunktiv: "said", "believe",
	// "assume". Finite are verb forms that make the words right after
	// such a cue a clause: auxiliaries, modals and common irregular past
	// forms ("said the talks had failed", "assume some species are at
	// risk"); a regular past in "-ed" counts too. Without one, the words
	// are the cue's object ("assumed office", "said nothing about …") and
	// no statement. Cues of other verbs take objects as content ("the
	// union condemned the closure").
	ClauseVerbs []string
	Finite      []string

	// SourcePrepositions open a source frame when a noun phrase headed by
	// one of SourceNouns follows: "nach" in "nach ersten Informationen",
	// "nach einer Studie der Universität".
	SourcePrepositions []string

	// SourceNouns are the endings of nouns that name where information
	// comes from ("angaben" also matches "Polizeiangaben",
	// "erkenntnissen", "studie"). Own is the adjective that makes the
	// subject of the clause the source ("nach eigenen Angaben").
	SourceNouns []string
	Own         string

	// As open a clause that frames the statement after it: "wie" in "Wie
	// die Polizei mitteilte, …", "as" in "As the minister said, …".
	As []string

	// Demonstratives are pronouns that stand for the sentence before as
	// the object of a cue verb: "Dies bestätigte die Polizei." gives the
	// sentence before to the police.
	Demonstratives []string

	// Carry are adverbs that attribute their sentence to the source of
	// the statement before: "demnach" ("Demnach soll …").
	Carry []string
}

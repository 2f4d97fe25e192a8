package en

import (
	"strings"

	"github.com/hebel-project/hebel/lang"
)

// Speech cues of English: speech and cognition verbs in their common
// forms, source frames, pronouns, role nouns and the function words that
// bound a speaker's noun phrase. Written for this project from general
// knowledge of English grammar; licence: same as the repository.
var speech = lang.Speech{
	Verbs: speechWords(`
		says said say saying
		tells told tell
		adds added
		warns warned warn
		believes believed believe
		thinks thought think
		states stated
		claims claimed claim
		explains explained
		insists insisted
		argues argued argue
		notes noted
		reports reported report
		writes wrote written
		announces announced
		confirms confirmed confirm
		denies denied
		stresses stressed
		emphasizes emphasized emphasised
		asserts asserted
		suggests suggested
		acknowledges acknowledged
		admits admitted
		urges urged
		calls called
		fears feared
		predicts predicted
		estimates estimated estimate
		assumes assumed assume
		counters countered retorts retorted responds responded
		speaks spoke
		alleges alleged
		concludes concluded
		recalls recalled
		describes described
		mentions mentioned
		indicates indicated indicate
		reiterates reiterated
		declares declared
		answers answered replied replies
		cautions cautioned
		contends contended
		maintains maintained
		observes observed
		remarks remarked
		requests requested demands demanded
		condemns condemned criticises criticised criticizes criticized
		praises praised proposes proposed rejects rejected
		accuses accused welcomes welcomed vows vowed pledges pledged
		promises promised threatens threatened
		appeals appealed
		adding stressing emphasizing emphasising noting warning
		insisting arguing claiming stating calling urging`),
	Particles: map[string]string{
		"calls": "for", "called": "for", "calling": "for",
		"appeals": "for", "appealed": "for",
		"speaks": "of", "spoke": "of",
	},
	Postposed:       nil,
	Before:          speechPhrases("according to", "in the view of", "in the words of", "as reported by", "citing", "quoting"),
	After:           nil,
	Opinion:         speechPhrases("in * view", "in * opinion", "in * words", "to * mind"),
	Complementizers: speechWords(`that whether if`),
	Pronouns: map[string]string{
		"she": "f", "he": "m", "they": "p", "it": "n",
	},
	Possessives: map[string]string{
		"her": "f", "his": "m", "their": "p",
	},
	Roles: map[string]string{
		"expert": "*", "experts": "p", "minister": "*", "spokesman": "m", "spokeswoman": "f",
		"spokesperson": "*", "president": "*", "official": "*", "officials": "p",
		"analyst": "*", "analysts": "p", "general": "*", "ambassador": "*",
		"lawmaker": "*", "diplomat": "*", "secretary": "*", "chancellor": "*",
		"researcher": "*", "professor": "*", "leader": "*",
	},
	Determiners: speechWords(`the a an this that these those`),
	Definite:    speechWords(`the this that these those`),
	Stops: speechWords(`
		in on at to for with during after before from by about over into
		has have had is was are were will would could should may might
		also previously recently earlier later again then now already
		told reporters that whether if and but who which while when as
		according`),
	Links: speechWords(`of for at from`),
	Adverbs: speechWords(`
		however meanwhile also then now earlier later previously still yet
		moreover furthermore additionally but and so`),
	Passive:      speechWords(`was were is are be been being`),
	Conjunctions: speechWords(`but and so yet however`),
	Around:       speechPhrases(`as _ showed`, `as _ shows`, `as _ revealed`),
	Anaphoric:    speechPhrases(`by that count`, `by this count`, `by that estimate`, `by this estimate`, `by their count`, `by its count`),
	ThatVerbs:    speechWords(`shows showed show found finds revealed reveals`),
	FigureVerbs: map[string]string{
		"put": "at", "puts": "at", "putting": "at",
		"estimated": "at", "estimates": "at", "estimate": "at",
		"placed": "at", "places": "at",
	},
	Addressees: speechWords(`to`),
	As:         speechWords(`as`),
	// Subordinators open a clause whose cue's subject follows them
	// ("after the government announced that …").
	Subordinators: speechWords(`after before when while because since although`),
	Agents:        speechWords(`by`),
	Relatives:     speechWords(`who which`),
	Quoting:       speechWords(`quoted quotes`),
	QuotingAs:     speechPhrases(`as saying`, `as telling`, `as stating`),
	Pointers:      speechWords(`this that`),
	Interviewer:   speechWords(`q question interviewer`),
	CountVerbs:    speechWords(`counted`),
	CountHolders:  speechWords(`town towns city cities village country countries region district province state island capital`),
	ClauseVerbs: speechWords(`counters countered retorts retorted responds responded
		says said say believes believed believe thinks thought think
		assumes assumed assume argues argued argue insists insisted adds added
		fears feared indicates indicated indicate suggests suggested`),
	Finite: speechWords(`
		is are was were be been has have had do does did
		will would can could may might must should shall
		rose fell grew went came made took gave saw became began left lost
		won hit cut fled died killed remains remain remained stood stands`),
	Told: speechWords(`told tell tells telling informed assured reminded asked urged warned warns warn`),
	Times: speechWords(`
		monday tuesday wednesday thursday friday saturday sunday
		january february march april june july august september october november december`),
}

// speechWords splits a list written as white-space separated words.
func speechWords(s string) []string { return strings.Fields(s) }

// speechPhrases returns its arguments, each a phrase of one or more words.
func speechPhrases(p ...string) []string { return p }

package relation

import (
	"strings"

	"github.com/hebel-project/hebel"
)

// stateOffices are the words of an office (hebel.Entity.Role, canonical
// English) whose holder acts for the state: "Kim met Xi" is a meeting of
// North Korea and China. Written for this project; licence: same as the
// repository.
var stateOffices = []string{
	"president", "prime minister", "premier", "chancellor", "leader", "minister",
	"king", "queen", "emir", "head of state", "head of government", "secretary of state",
	"secretary of the security council", "foreign secretary", "defence secretary", "defense secretary",
}

// stateOrgans are the kinds of organisation (hebel.Entity.Role) that act
// for their state: its government, ministries and armed forces. Other
// organisations with a home state (news agencies, intelligence services,
// think tanks, parties) report and assess; they take no side.
var stateOrgans = []string{
	"government", "ministry", "armed forces", "army", "navy", "air force", "military",
}

// sideOf returns the actor id the mentions of e stand for in a relation:
// a state for itself, a head of state, government or minister and a state
// organ for their state, an international organisation or a group
// without a home state for itself; "" for people without office,
// collective sources, and organisations that only report on states.
func sideOf(e *hebel.Entity) string {
	switch {
	case e.ID == "":
		return ""
	case e.Type == hebel.Person || strings.HasPrefix(e.ID, "person:"):
		if e.Country != "" && roleIn(e.Role, stateOffices) {
			return e.Country
		}
		return ""
	case e.Type == hebel.Group || strings.HasPrefix(e.ID, "group:"):
		return ""
	case e.Type == hebel.Organisation && e.Country != "":
		if roleIn(e.Role, stateOrgans) {
			return e.Country
		}
		return ""
	}
	return e.ID
}

func roleIn(role string, words []string) bool {
	r := strings.ToLower(role)
	for _, w := range words {
		if strings.Contains(r, w) {
			return true
		}
	}
	return false
}

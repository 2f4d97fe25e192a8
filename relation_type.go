package hebel

// RelationType is the type of a Relation: a standing relation between two
// actors or, for events that are no standing relation, a PLOVER event
// type in lower case (extraction-format.md, "Relation types"). The record
// writes it as its string.
type RelationType string

// Standing relations.
const (
	// RelationAlliance is a pact, treaty, alliance or strategic
	// partnership (symmetric).
	RelationAlliance RelationType = "alliance"
	// RelationTroopDeployment is forces of From stationed in or fighting
	// for To.
	RelationTroopDeployment RelationType = "troop_deployment"
	// RelationSupplies is From delivering goods to To (attribute "goods").
	RelationSupplies RelationType = "supplies"
	// RelationTradePartner is trade between the two (symmetric).
	RelationTradePartner RelationType = "trade_partner"
	// RelationSanctions is From imposing, enforcing or supporting
	// sanctions against To.
	RelationSanctions RelationType = "sanctions"
	// RelationHostility is From treating To as an enemy.
	RelationHostility RelationType = "hostility"
	// RelationArmedConflict is From fighting To.
	RelationArmedConflict RelationType = "armed_conflict"
	// RelationCooperation is any other declared cooperation (symmetric).
	RelationCooperation RelationType = "cooperation"
)

// PLOVER event types (Halterman et al., "PLOVER and POLECAT"), lower case.
const (
	EventAgree     RelationType = "agree"     // agree to, sign, settle
	EventConsult   RelationType = "consult"   // meet, visit, talk
	EventSupport   RelationType = "support"   // back, endorse
	EventConcede   RelationType = "concede"   // ease, yield, release
	EventCooperate RelationType = "cooperate" // cooperate on a matter
	EventAid       RelationType = "aid"       // give aid
	EventRetreat   RelationType = "retreat"   // withdraw forces
	EventRequest   RelationType = "request"   // ask, demand, appeal
	EventAccuse    RelationType = "accuse"    // accuse, blame, criticise
	EventReject    RelationType = "reject"    // refuse, veto, block
	EventThreaten  RelationType = "threaten"  // threaten, warn
	EventProtest   RelationType = "protest"   // protest, demonstrate
	EventSanction  RelationType = "sanction"  // impose a sanction (the event)
	EventMobilize  RelationType = "mobilize"  // mobilise, send forces
	EventCoerce    RelationType = "coerce"    // seize, arrest, blockade
	EventAssault   RelationType = "assault"   // attack, strike, kill
)

// RelationTypes lists every relation type: the standing relations, then
// the PLOVER events.
func RelationTypes() []RelationType {
	return []RelationType{
		RelationAlliance, RelationTroopDeployment, RelationSupplies, RelationTradePartner,
		RelationSanctions, RelationHostility, RelationArmedConflict, RelationCooperation,
		EventAgree, EventConsult, EventSupport, EventConcede, EventCooperate, EventAid,
		EventRetreat, EventRequest, EventAccuse, EventReject, EventThreaten, EventProtest,
		EventSanction, EventMobilize, EventCoerce, EventAssault,
	}
}

// Known reports whether t is one of RelationTypes.
func (t RelationType) Known() bool {
	for _, k := range RelationTypes() {
		if k == t {
			return true
		}
	}
	return false
}

// Symmetric reports whether t relates its two sides alike, so that From
// and To may be read either way: alliance, trade partner, cooperation.
func (t RelationType) Symmetric() bool {
	switch t {
	case RelationAlliance, RelationTradePartner, RelationCooperation:
		return true
	}
	return false
}

// Standing reports whether t is a standing relation rather than an event.
func (t RelationType) Standing() bool {
	switch t {
	case RelationAlliance, RelationTroopDeployment, RelationSupplies, RelationTradePartner,
		RelationSanctions, RelationHostility, RelationArmedConflict, RelationCooperation:
		return true
	}
	return false
}

// Event returns the PLOVER event type that a relation of type t is an
// instance of: an event type maps to itself, a standing relation to the
// event that states it (alliance and trade partner → agree, cooperation
// → cooperate, troop deployment → mobilize, supplies → aid, sanctions →
// sanction, hostility → threaten, armed conflict → assault).
func (t RelationType) Event() RelationType {
	switch t {
	case RelationAlliance, RelationTradePartner:
		return EventAgree
	case RelationCooperation:
		return EventCooperate
	case RelationTroopDeployment:
		return EventMobilize
	case RelationSupplies:
		return EventAid
	case RelationSanctions:
		return EventSanction
	case RelationHostility:
		return EventThreaten
	case RelationArmedConflict:
		return EventAssault
	}
	return t
}

// String returns t as the record writes it.
func (t RelationType) String() string { return string(t) }

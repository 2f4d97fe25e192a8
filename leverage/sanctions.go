package leverage

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
)

// The sanctions channel: how far A decides the sanctions B lives under.
//
// It exists for B when at least one sanctions regime against B is in force
// as of the date asked (a "sanctions" tie from GSDB, TIES or the news, or a
// UN designation of B's country regime listed on or before the date and
// not yet delisted). A's lever has two parts:
//
//	e_A  enforcement share: the mean, over the channels the regimes restrict
//	     and in which A's share is known, of A's share of B's imports
//	     there — how much of what the sanctions can reach passes through A,
//	     so A's enforcing or relaxing them decides that much. Restricted
//	     are the channels with a cap on B's imports (the UN caps on refined
//	     petroleum and crude oil), total trade when a regime names trade,
//	     arms when one names arms; when no regime says which goods (UN
//	     designations alone), total trade stands for them (an assumption,
//	     cited).
//	p_A  A's voting power over a UN regime in force against B: the
//	     Shapley–Shubik index of the Security Council's rule (nine of
//	     fifteen votes, no veto from the five permanent members; UN
//	     Charter Art. 27(3)) for a permanent member, 0 otherwise (elected
//	     members hold 0.0019 each for two years and are not in the data)
//	     and 0 when no UN regime is in force.
//
//	L_sanctions = 1 − (1 − e_A)(1 − p_A)
//
// the chance-style union of the two levers: 1 only when everything the
// sanctions reach passes through A, p_A alone when nothing does. Unknown
// (not 0) when A's share is unknown in every restricted channel.

// designationKind is the Tie kind of one UN designation (package dataset's
// KindUNDesignation).
const designationKind = "un_designation"

// permanentMember is a permanent seat on the UN Security Council and the
// day its holder took it (UN Charter Art. 23; the PRC holds China's seat
// since Resolution 2758, Russia the USSR's since December 1991).
type permanentMember struct {
	cty, since string
}

var permanentMembers = []permanentMember{
	{"CHN", "1971-10-25"}, {"FRA", "1945-10-24"}, {"GBR", "1945-10-24"}, {"RUS", "1991-12-24"}, {"USA", "1945-10-24"},
}

// permanentPower is the Shapley–Shubik index of one permanent member of
// the Security Council, electedPower that of one elected member: a
// decision needs nine of fifteen votes including all five permanent ones.
var permanentPower, electedPower = securityCouncilPower()

// securityCouncilPower computes the Shapley–Shubik indexes of the Security
// Council's voting rule. An elected member is pivotal when it comes after
// all five permanent members and exactly three of the other nine elected
// ones: C(9,3) · 8! · 6! of the 15! orders.
func securityCouncilPower() (permanent, elected float64) {
	lf := func(n int) float64 { v, _ := math.Lgamma(float64(n + 1)); return v }
	c93 := 84.0
	elected = c93 * math.Exp(lf(8)+lf(6)-lf(15))
	return (1 - 10*elected) / 5, elected
}

// SanctionsExposure is the sanctions channel of a pair: the regimes in
// force against B as of the date asked and A's levers over them.
type SanctionsExposure struct {
	Channel hebel.Channel `json:"channel"` // "sanctions"
	Year    int           `json:"year"`    // the year of the regimes' data
	Date    string        `json:"date"`    // the day regimes and listings are counted on
	// Regimes are the sanctions ties in force against B (GSDB, TIES, the
	// news), each with its start and, when known, end.
	Regimes []Sanction `json:"regimes"`
	// UNRegime: a UN Security Council regime is in force against B.
	UNRegime bool `json:"un_regime"`
	// UNDesignations is the number of UN designations (individuals and
	// entities) of B's country regime in force on Date; nil when the UN
	// lists hold none.
	UNDesignations *Figure `json:"un_designations,omitempty"`
	// UNSince is the earliest listing day of those designations (the
	// regime may be older: designations follow the resolution that set it
	// up).
	UNSince string `json:"un_since,omitempty"`
	// Permanent: A holds a permanent seat on the Security Council on Date.
	Permanent bool `json:"permanent_member"`
	// Vote p_A: A's Shapley–Shubik power over a UN regime in force against
	// B (0 without a permanent seat or without a UN regime).
	Vote Figure `json:"vote"`
	// Restricted are the channels the regimes restrict, with A's share of
	// B's imports in each (nil when unknown).
	Restricted []RestrictedChannel `json:"restricted"`
	// Enforcement e_A: the mean of A's known shares over Restricted; nil
	// when A's share is unknown in all of them.
	Enforcement *Figure `json:"enforcement_share"`
	Weight      Figure  `json:"weight"`
	// Score L = 1 − (1 − e_A)(1 − p_A); nil when e_A is unknown.
	Score    *Figure  `json:"score"`
	Stale    bool     `json:"stale,omitempty"`
	Coverage Coverage `json:"coverage"`
}

// RestrictedChannel is one channel a sanctions regime restricts, with A's
// share of B's imports there.
type RestrictedChannel struct {
	Channel hebel.Channel `json:"channel"`
	Year    int           `json:"year"`
	Why     string        `json:"why"`
	Share   *Figure       `json:"share"` // nil: A's deliveries unknown
}

// sanctionsBasis is what the sanctions channel of B rests on for one
// request year, whoever A is.
type sanctionsBasis struct {
	year, dataYear int
	date           string
	regimes        []*hebel.Tie
	regimeRefs     []int
	un             bool
	unRefs         []int // UN ties and designations in force
	designations   int
	desRefs        []int
	since          string
	restricted     []restrictedUse
	datasets       []string
}

type restrictedUse struct {
	ch      hebel.Channel
	why     string
	assumed int // assumption ID when the channel stands in for unnamed goods
	yi      *yearIndex
	dim     string
}

// dayOf is the day a request of year ry counts regimes on: the as-of date
// when it falls in or before ry, else 31 December ry.
func (m *Model) dayOf(ry int) string {
	if !m.opts.AsOf.IsZero() && m.opts.AsOf.Year() <= ry {
		return m.opts.AsOf.Format("2006-01-02")
	}
	return fmt.Sprintf("%04d-12-31", ry)
}

// designationInForce reports whether a designation tie is in force on
// day d (yyyy-mm-dd): listed on or before it and not delisted by then.
func designationInForce(t *hebel.Tie, d string) bool {
	on := t.Attributes["listed_on"]
	if on == "" || on > d {
		return false
	}
	by := t.Attributes[attrDelistedBy]
	return by == "" || d < by
}

// sanctionsBasis returns the regimes in force against b in request year
// ry and the channels they restrict; nil when none is in force.
func (m *Model) sanctionsBasis(b string, ry int) *sanctionsBasis {
	regimes, refs := m.sanctionsAgainst(b, ry)
	day := m.dayOf(ry)
	sb := &sanctionsBasis{year: ry, dataYear: ry, date: day, regimes: regimes, regimeRefs: refs}
	lastList := 0
	for _, i := range m.designationsOn[b] {
		t := &m.world.Ties[i]
		if !designationInForce(t, day) {
			continue
		}
		sb.designations++
		sb.desRefs = append(sb.desRefs, m.tieRef(int(i)))
		if on := t.Attributes["listed_on"]; sb.since == "" || on < sb.since {
			sb.since = on
		}
		if ld := t.Attributes["list_date"]; len(ld) >= 4 {
			y := 0
			fmt.Sscanf(ld[:4], "%d", &y)
			lastList = max(lastList, min(y, ry))
		}
		if !contains(sb.datasets, t.Prov.Dataset) {
			sb.datasets = append(sb.datasets, t.Prov.Dataset)
		}
	}
	sb.un = sb.designations > 0
	sb.unRefs = append(sb.unRefs, sb.desRefs...)
	types := map[string]bool{}
	for i, t := range regimes {
		if t.From == "UN" {
			sb.un = true
			sb.unRefs = append(sb.unRefs, refs[i])
		}
		for _, x := range strings.Split(t.Attributes["types"], ",") {
			types[strings.TrimSpace(x)] = true
		}
		if !contains(sb.datasets, t.Prov.Dataset) {
			sb.datasets = append(sb.datasets, t.Prov.Dataset)
		}
	}
	if len(regimes) == 0 && sb.designations == 0 {
		return nil
	}
	if len(regimes) == 0 && lastList > 0 {
		sb.dataYear = lastList // the lists attest the designations up to their day
	}
	sort.Strings(sb.datasets)
	sb.unRefs = union(sb.unRefs)
	trade := types["trade"] || types["total_embargo"] || types["partial_embargo"] || types["import_restriction"] || types["export_restriction"] || types["blockade"]
	for _, ch := range m.chans {
		why := ""
		switch {
		case ch == hebel.ChannelTrade && trade:
			why = "a regime in force restricts trade"
		case ch == hebel.ChannelArms && types["arms"]:
			why = "a regime in force restricts arms"
		case m.opts.CapIndicator[ch] != "":
			if cy, ok := m.channelYear(ch, b, ry); ok {
				if _, capped := m.indicator(b, m.opts.CapIndicator[ch], cy, 1000); capped {
					why = "a cap on " + b + "'s imports applies"
				}
			}
		}
		if why != "" {
			sb.addRestricted(m, ch, b, why, 0)
		}
	}
	named := false
	for t := range types {
		named = named || t != ""
	}
	if !named && !trade {
		id := m.led.assume("sanctions: where no regime in force names the goods it restricts (UN designations alone), B's total imports stand for them")
		sb.addRestricted(m, hebel.ChannelTrade, b, "no regime in force names its goods: total trade stands for them", id)
	}
	return sb
}

func (sb *sanctionsBasis) addRestricted(m *Model, ch hebel.Channel, b, why string, assumed int) {
	cy, ok := m.channelYear(ch, b, sb.year)
	if !ok {
		sb.restricted = append(sb.restricted, restrictedUse{ch: ch, why: why, assumed: assumed})
		return
	}
	yi := m.year(cy, ch)
	dims := m.orderDims(ch, yi.importDim[ckey{ch, b}])
	if len(dims) == 0 {
		sb.restricted = append(sb.restricted, restrictedUse{ch: ch, why: why, assumed: assumed})
		return
	}
	sb.restricted = append(sb.restricted, restrictedUse{ch: ch, why: why, assumed: assumed, yi: yi, dim: dims[0]})
}

// shareOf returns A's share of B's imports in a restricted channel (the
// first unit dimension in which A's deliveries are known), with its
// sources when full; ok is false when unknown.
func (m *Model) shareOf(u *restrictedUse, a, b string, full bool) (share float64, refs []int, year int, ok bool) {
	if u.yi == nil {
		return 0, nil, 0, false
	}
	dims := m.orderDims(u.ch, u.yi.importDim[ckey{u.ch, b}])
	for _, dim := range dims {
		bk := u.yi.imports[bkey{u.ch, b, dim}]
		if bk == nil {
			continue
		}
		total, totalRefs := bk.bilateral, bk.refs
		if r, found := m.indicator(b, m.opts.ImportsIndicator[u.ch], u.yi.year, 0); found && unitOf(r.unit).dim == dim {
			if v := r.value * unitOf(r.unit).factor; v > total {
				total = v
				if full {
					totalRefs = union(bk.refs, []int{r.ref})
				}
			}
		}
		xa, pa, known := bk.known(a)
		if !known || total <= 0 {
			continue
		}
		if full {
			var aRefs []int
			if pa != nil {
				aRefs = pa.refs
			} else {
				aRefs = union(bk.refs, []int{m.led.assume(fmt.Sprintf("%s→%s %s %d: the data list %s's partners and no delivery from %s: 0",
					a, b, u.ch, u.yi.year, b, a))})
			}
			refs = union(totalRefs, aRefs)
			if u.assumed != 0 {
				refs = union(refs, []int{u.assumed})
			}
		}
		return clamp01(xa / total), refs, u.yi.year, true
	}
	return 0, nil, u.yi.year, false
}

// isPermanent reports whether a holds a permanent Security Council seat
// on day d.
func isPermanent(a, d string) bool {
	for _, p := range permanentMembers {
		if p.cty == a && p.since <= d {
			return true
		}
	}
	return false
}

// sanctionsScore is L_sanctions of A over B from the basis; NaN when A's
// enforcement share is unknown.
func (m *Model) sanctionsScore(sb *sanctionsBasis, a, b string) float64 {
	e, n := 0.0, 0
	for i := range sb.restricted {
		if s, _, _, ok := m.shareOf(&sb.restricted[i], a, b, false); ok {
			e += s
			n++
		}
	}
	if n == 0 {
		return math.NaN()
	}
	e /= float64(n)
	p := 0.0
	if sb.un && isPermanent(a, sb.date) {
		p = permanentPower
	}
	return clamp01(1 - (1-e)*(1-p))
}

// sanctionsExposure builds the sanctions channel of A over B for request
// year ry; nil when no regime is in force against B.
func (m *Model) sanctionsExposure(a, b string, ry int, full bool) *SanctionsExposure {
	sb := m.sanctionsBasis(b, ry)
	if sb == nil {
		return nil
	}
	se := &SanctionsExposure{Channel: hebel.ChannelSanctions, Year: sb.dataYear, Date: sb.date, UNRegime: sb.un,
		Regimes: []Sanction{}, Restricted: []RestrictedChannel{}}
	for i, t := range sb.regimes {
		se.Regimes = append(se.Regimes, Sanction{Sender: t.From, Target: t.To, Start: t.Start, End: t.End,
			Attributes: t.Attributes, Sources: []int{sb.regimeRefs[i]}})
	}
	if sb.designations > 0 {
		se.UNDesignations = &Figure{Value: float64(sb.designations), Unit: "entries", Sources: sb.desRefs}
		se.UNSince = sb.since
	}
	se.Permanent = isPermanent(a, sb.date)
	var voteText string
	switch {
	case !sb.un:
		voteText = "sanctions vote p = 0: no UN Security Council regime is in force against B, so no Council vote bears on B's sanctions"
	case se.Permanent:
		voteText = fmt.Sprintf("sanctions vote p = %.4f: a permanent member's Shapley–Shubik power in the UN Security Council (a decision needs 9 of 15 votes and no veto of the 5 permanent members, UN Charter Art. 23 and 27(3)); CHN (PRC since 1971), FRA, GBR, RUS (since 1991), USA", permanentPower)
	default:
		voteText = fmt.Sprintf("sanctions vote p = 0: no permanent seat on the UN Security Council (an elected member holds %.4f for its two years; elected seats are not in the data)", electedPower)
	}
	p := 0.0
	if sb.un && se.Permanent {
		p = permanentPower
	}
	se.Vote = Figure{Value: p, Unit: UnitShare, Sources: union(sb.unRefs, sb.regimeRefs, []int{m.led.assume(voteText)})}
	e, n := 0.0, 0
	var eRefs []int
	var unknown []string
	for i := range sb.restricted {
		u := &sb.restricted[i]
		s, refs, year, ok := m.shareOf(u, a, b, true)
		rc := RestrictedChannel{Channel: u.ch, Year: year, Why: u.why}
		if ok {
			rc.Share = &Figure{Value: s, Unit: UnitShare, Sources: refs}
			e += s
			n++
			eRefs = union(eRefs, refs)
		} else {
			unknown = append(unknown, string(u.ch))
		}
		se.Restricted = append(se.Restricted, rc)
	}
	se.Coverage = Coverage{Partners: len(se.Regimes), Complete: false, Datasets: append([]string{}, sb.datasets...)}
	if !m.hasDataset("gsdb") && !m.hasDataset("ties") {
		se.Coverage.Lacks = "unilateral sanctions (GSDB, TIES) are not loaded: only UN regimes and the news' sanctions are known"
	}
	if sb.since != "" {
		note := fmt.Sprintf("UN designations count from their listing day (the earliest in force: %s); the resolution that set up the regime may be older, and designations delisted before the earliest list held are in no list", sb.since)
		se.Coverage.Lacks = strings.TrimPrefix(se.Coverage.Lacks+"; "+note, "; ")
	}
	if len(unknown) > 0 {
		se.Coverage.Unknown = fmt.Sprintf("%s's share of %s's imports is unknown in %s", a, b, strings.Join(unknown, ", "))
	}
	w := m.opts.weight(hebel.ChannelSanctions)
	se.Weight = Figure{Value: w, Unit: "weight"}
	if full {
		se.Weight.Sources = []int{m.led.assume(weightText(hebel.ChannelSanctions, w))}
	}
	if n > 0 {
		e /= float64(n)
		se.Enforcement = &Figure{Value: e, Unit: UnitShare, Sources: eRefs}
		se.Score = &Figure{Value: clamp01(1 - (1-e)*(1-p)), Unit: UnitShare, Sources: union(eRefs, se.Vote.Sources)}
	}
	return se
}

// hasDataset reports whether the model's world describes dataset id.
func (m *Model) hasDataset(id string) bool {
	_, ok := m.world.Sources[id]
	return ok
}

// mergeDesignations keeps one tie per UN designation (target and
// reference) of the lists in ties — the one of the latest list that holds
// it — and marks one that a later list lacks as delisted by that list's
// day (attrDelistedBy). Designations listed after asOf (when set) are
// dropped, and a delisting known only from a list generated after asOf is
// not marked. Other ties are kept as they are, in order.
func mergeDesignations(ties []hebel.Tie, asOf time.Time) []hebel.Tie {
	var lists []string
	latest := map[[2]string]int{}
	for i := range ties {
		t := &ties[i]
		if t.Kind != designationKind {
			continue
		}
		ld := t.Attributes["list_date"]
		if !contains(lists, ld) {
			lists = append(lists, ld)
		}
		k := [2]string{t.To, t.Attributes["reference"]}
		if j, ok := latest[k]; !ok || ties[j].Attributes["list_date"] < ld {
			latest[k] = i
		}
	}
	if len(lists) == 0 {
		return ties
	}
	sort.Strings(lists)
	day := ""
	if !asOf.IsZero() {
		day = asOf.Format("2006-01-02")
	}
	out := ties[:0:0]
	for i := range ties {
		t := ties[i]
		if t.Kind == designationKind {
			k := [2]string{t.To, t.Attributes["reference"]}
			if latest[k] != i || day != "" && t.Attributes["listed_on"] > day {
				continue
			}
			ld := t.Attributes["list_date"]
			for _, l := range lists {
				if l > ld && (day == "" || l <= day) {
					attrs := make(map[string]string, len(t.Attributes)+1)
					for k, v := range t.Attributes {
						attrs[k] = v
					}
					attrs[attrDelistedBy] = l
					t.Attributes = attrs
					break
				}
			}
		}
		out = append(out, t)
	}
	return out
}

// attrDelistedBy names the day of the first list that lacks a designation
// an earlier list held: it was delisted on or before that day.
const attrDelistedBy = "delisted_by"

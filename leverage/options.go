package leverage

import (
	"strings"
	"time"

	"github.com/hebel-project/hebel"
)

// Defaults of Options.
const (
	DefaultHeadroom    = 1.0 // a substitute can add up to its current deliveries (at most double them)
	DefaultExportShare = 0.1 // and divert a tenth of its exports in a goods channel to other buyers
	DefaultMaxLag      = 10  // a channel falls back at most this many years to its latest data
	DefaultStaleAfter  = 3   // a channel whose data are older than this many years is flagged
	DefaultMinPartners = 3   // total trade needs this many partners (or a reported total) in a year
)

// Options are the assumptions of the model. Every assumption that shapes
// a figure is listed among that figure's sources.
type Options struct {
	// Headroom h: a substitute k can add up to h × its current deliveries
	// to B in the channel (h = 1: it can at most double them; h = 0: no
	// substitution).
	Headroom float64
	// ExportShare e: a substitute can in addition divert up to e × its
	// exports in the channel to all other states (0 = off), in the
	// Divertible channels. Only states with recorded exports in the channel
	// gain capacity this way.
	ExportShare float64
	// Divertible are the channels of goods a supplier can sell to another
	// buyer (oil, gas, food, fertiliser, arms); total trade, finance and
	// security are not.
	Divertible []hebel.Channel
	// AsOf, when set, is the date the model answers for: nothing dated
	// after it is used (rows of later years, partial-year figures whose
	// period ends later, ties that start later), and each channel uses its
	// latest data on or before it. Zero: all data.
	AsOf time.Time
	// MaxLag: when B has no data in a channel for the requested year, the
	// latest year at most MaxLag years earlier is used and named; a
	// supplier without a figure that year keeps its latest figure at most
	// MaxLag years old (carried forward, named with its year).
	MaxLag int
	// StaleAfter: a channel whose data year lies more than this many years
	// before the year asked for (or the as-of year) is flagged as stale.
	StaleAfter int
	// Units orders, per channel, the unit dimensions of one quantity
	// measured in several ways ("t" before "USD" for crude oil): a pair's
	// channel uses the first in which A's deliveries are known. Security
	// keeps all its dimensions (allies and troops are different things).
	Units map[hebel.Channel][]string
	// MinPartners: the trade channel of B counts in a year only when B has
	// at least this many suppliers there or a reported total; and A's
	// counter-dependence only when A has this many buyers or a reported
	// total. A lone bilateral figure is no denominator.
	MinPartners int
	// Weights ω_c of the channels in the pair score; a channel missing
	// here weighs 1.
	Weights map[hebel.Channel]float64
	// ImportsIndicator names, per channel, the Indicator that holds a
	// state's total imports (from all partners, including those no flow
	// lists); when its unit fits, it is the denominator of import shares.
	ImportsIndicator map[hebel.Channel]string
	// ExportsIndicator names, per channel, the Indicator of total exports.
	ExportsIndicator map[hebel.Channel]string
	// SupplyIndicator names, per channel, the Indicator of a state's total
	// supply or consumption; imports ÷ supply is the import reliance m.
	SupplyIndicator map[hebel.Channel]string
	// CapIndicator names, per channel, the Indicator of a ceiling on a
	// state's imports (the UN cap on refined petroleum for the DPRK).
	CapIndicator map[hebel.Channel]string
	// SuppliedIndicator names, per channel, the prefix of the Indicators
	// that report B's imports from all suppliers together (those ending
	// "_partial" cover part of a year); Deliveries lists them as totals.
	SuppliedIndicator map[hebel.Channel]string
	// BarrelsPerTonne, when > 0, puts tonnes figures beside a cap in
	// barrels (Deliveries). It is an assumption, cited with
	// BarrelsPerTonneSource; the converted figures are never added to
	// barrel figures. 0 (the default) leaves tonnes as tonnes.
	BarrelsPerTonne       float64
	BarrelsPerTonneSource string
	// PowerIndicator weighs allies in the security channel (COW CINC).
	PowerIndicator string
	// AllianceKinds are the Tie kinds that make an ally a security supplier;
	// TroopKinds the directed ties of troops stationed (From sends, To hosts).
	AllianceKinds, TroopKinds []string
	// SanctionKinds are the Tie kinds of sanctions (From sends, To is the target).
	SanctionKinds []string
	// NeighbourKinds are the Tie kinds of neighbours (a shared border or a
	// short sea crossing): a neighbour's deliveries are never taken for a
	// mirror-data artefact.
	NeighbourKinds []string
	// Prefer orders datasets when several report the same flow: earlier wins.
	// Unlisted datasets come after listed ones, in the order first seen.
	Prefer []string
	// Claimants maps a claim id to who made the claim, for news inputs.
	Claimants map[string]string
}

// DefaultOptions returns the documented defaults.
func DefaultOptions() Options {
	return Options{
		Headroom:    DefaultHeadroom,
		ExportShare: DefaultExportShare,
		Divertible: []hebel.Channel{hebel.ChannelCrude, hebel.ChannelRefined, hebel.ChannelGas, hebel.ChannelLNG,
			hebel.ChannelCereals, hebel.ChannelFood, hebel.ChannelFertilizer, hebel.ChannelArms},
		MaxLag:      DefaultMaxLag,
		StaleAfter:  DefaultStaleAfter,
		MinPartners: DefaultMinPartners,
		Weights:     map[hebel.Channel]float64{},
		Units: map[hebel.Channel][]string{
			hebel.ChannelTrade:      {"USD"},
			hebel.ChannelCrude:      {"t", "bbl", "USD"},
			hebel.ChannelRefined:    {"bbl", "t", "USD"},
			hebel.ChannelLNG:        {"t", "USD"},
			hebel.ChannelCereals:    {"t", "USD"},
			hebel.ChannelFood:       {"t", "USD"},
			hebel.ChannelFertilizer: {"t", "USD"},
			hebel.ChannelArms:       {"TIV", "USD"},
		},
		ImportsIndicator: map[hebel.Channel]string{
			hebel.ChannelTrade:   "imports_total",
			hebel.ChannelFood:    "cereal_imports",
			hebel.ChannelCereals: "cereal_imports",
		},
		ExportsIndicator: map[hebel.Channel]string{
			hebel.ChannelTrade: "exports_total",
		},
		SupplyIndicator: map[hebel.Channel]string{},
		CapIndicator: map[hebel.Channel]string{
			hebel.ChannelRefined: "refined_petroleum_cap",
			hebel.ChannelCrude:   "crude_oil_cap",
		},
		SuppliedIndicator: map[hebel.Channel]string{
			hebel.ChannelRefined: "refined_petroleum_supplied_total",
			hebel.ChannelCrude:   "crude_oil_supplied_total",
		},
		PowerIndicator: "cinc",
		AllianceKinds:  []string{"defense"},
		TroopKinds:     []string{"troops"},
		SanctionKinds:  []string{"sanctions"},
		NeighbourKinds: []string{"contiguity"},
	}
}

// weight returns ω_c: as set in Weights, else 0 for HS sections ("hs:…",
// broad groups that overlap total trade and the product channels) and for
// development finance (its data cover one lender, so no share of B's
// finance can be formed), else 1.
func (o *Options) weight(c hebel.Channel) float64 {
	if w, ok := o.Weights[c]; ok {
		return w
	}
	if strings.HasPrefix(string(c), "hs:") || c == hebel.ChannelFinance {
		return 0
	}
	return 1
}

// divertible reports whether substitutes may divert exports in channel c.
func (o *Options) divertible(c hebel.Channel) bool {
	for _, x := range o.Divertible {
		if x == c {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

package leverage

import "github.com/hebel-project/hebel"

// Defaults of Options.
const (
	DefaultHeadroom    = 1.0 // a substitute can add up to its current deliveries (at most double them)
	DefaultExportShare = 0.0 // substitutes divert none of their exports to third states
	DefaultMaxLag      = 10  // a channel falls back at most this many years to its latest data
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
	// exports in the channel to all other states (0 = off). Only states with
	// recorded exports in the channel gain capacity this way.
	ExportShare float64
	// MaxLag: when B has no data in a channel for the requested year, the
	// latest year at most MaxLag years earlier is used and named.
	MaxLag int
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
		MaxLag:      DefaultMaxLag,
		MinPartners: DefaultMinPartners,
		Weights:     map[hebel.Channel]float64{},
		ImportsIndicator: map[hebel.Channel]string{
			hebel.ChannelTrade: "imports_total",
			hebel.ChannelFood:  "cereal_imports",
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
	}
}

func (o *Options) weight(c hebel.Channel) float64 {
	if w, ok := o.Weights[c]; ok {
		return w
	}
	return 1
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

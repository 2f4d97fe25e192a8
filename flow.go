package hebel

// Channel names a kind of dependency between two states. Trade channels
// are flows of goods; the others are ties (alliances, troops, sanctions).
type Channel string

// Channels of the world model.
const (
	ChannelTrade      Channel = "trade"             // total bilateral trade
	ChannelRefined    Channel = "refined_petroleum" // refined petroleum products
	ChannelCrude      Channel = "crude_oil"
	ChannelFood       Channel = "food" // cereals and other food
	ChannelFertilizer Channel = "fertilizer"
	ChannelArms       Channel = "arms"
	ChannelSecurity   Channel = "security" // alliances, defence pacts, troops stationed
	ChannelSanctions  Channel = "sanctions"
	ChannelGas        Channel = "gas"     // natural gas, pipeline and LNG together (Eurostat)
	ChannelLNG        Channel = "lng"     // liquefied natural gas (HS 271111)
	ChannelCereals    Channel = "cereals" // wheat, maize, rice and other cereals (FAOSTAT trade matrix)
	ChannelFinance    Channel = "finance" // development finance committed (loans and grants)
	// ChannelExportMarket is A as the buyer: the share of B's exports that
	// go to A. It is derived from the flows of ChannelTrade, never loaded.
	ChannelExportMarket Channel = "export_market"
)

// Flow is an amount of something moving from one state to another in one
// year, as one dataset row (or one sourced claim) states it. From and To
// are ISO 3166-1 alpha-3 codes; From exports or supplies, To imports.
type Flow struct {
	Year     int
	From, To string
	Channel  Channel
	Value    float64
	Unit     string // "USD million", "USD", "bbl", "t", "kt" …: never mixed in one sum
	Prov     Provenance
	ClaimID  string // set when the flow comes from a news claim instead of a dataset
	Note     string
}

// Tie is a standing relation between two states over a span of years: an
// alliance, a defence pact, troops stationed, a sanctions regime. End is
// 0 while it lasts.
type Tie struct {
	Kind       string // "defense", "neutrality", "nonaggression", "entente", "troops", "sanctions", "rivalry", "igo"
	From, To   string // ISO3; symmetric kinds list the pair in either order
	Start, End int    // years
	Value      float64
	Unit       string
	Attributes map[string]string
	Prov       Provenance
}

// Indicator is one number about one state in one year: military
// expenditure, CINC score, total imports, cereal imports.
type Indicator struct {
	Country string // ISO3
	Year    int
	Name    string // "milex", "cinc", "imports_total", "cereal_imports" …
	Value   float64
	Unit    string
	Prov    Provenance
	Note    string // what the source says about the figure (caveats, underlying source)
}

// World is the data the leverage model reads: flows, ties and indicators
// from datasets and from sourced news claims.
type World struct {
	Flows      []Flow
	Ties       []Tie
	Indicators []Indicator
	// Sources describes each dataset the world was built from, keyed by
	// Provenance.Dataset: full citation, licence, URL.
	Sources map[string]DatasetInfo
}

// DatasetInfo cites one dataset and says what it covers.
type DatasetInfo struct {
	Name     string
	Version  string
	Citation string
	Licence  string
	URL      string
	// Complete is set for a full matrix of partners: in a year in which the
	// dataset reports an importer's imports in a channel, a partner without
	// a row delivered nothing the source records (a zero the source says).
	// In a sparse dataset (hand-transcribed figures, news) a missing row is
	// unknown.
	Complete bool `json:",omitempty"`
	// Exporters, when set, are the only exporters the dataset lists: an
	// importer's deliveries from anyone else are unknown, and its imports
	// summed over the dataset are a lower bound.
	Exporters []string `json:",omitempty"`
	// Coverage says in words what the dataset covers and lacks.
	Coverage string `json:",omitempty"`
	// Gaps are flows the dataset is known to lack: there, a missing row is
	// unknown even in a complete dataset.
	Gaps []DataGap `json:",omitempty"`
}

// DataGap is a flow a dataset is known not to record from a year on (a
// state that stopped declaring it), with what is known about it.
type DataGap struct {
	From, To string
	Channel  Channel
	Since    int
	Note     string
}

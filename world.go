package hebel

import "context"

// WorldFilter selects world data. Zero fields select all.
type WorldFilter struct {
	Dataset string
	Year    int // 0: every year
}

// DatasetLoad describes one file loaded into a WorldStore.
type DatasetLoad struct {
	Dataset    string
	File       string
	Flows      int
	Ties       int
	Indicators int
	Errors     int // rows refused while loading
	Loaded     string
}

// WorldStore keeps world data (flows, ties, indicators) that users load
// from files too large or too restricted to ship in the embedded bundle,
// such as a year of CEPII BACI.
//
// Implementations: sqlite.WorldStore, postgres.WorldStore. The conformance suite in package
// storetest states the contract in code.
type WorldStore interface {
	// PutWorld stores w's rows. Rows are grouped by their provenance's
	// dataset and file; a group that was loaded before is replaced whole,
	// so loading the same file twice leaves one copy. errors is the number
	// of rows the loader refused, kept for the listing.
	PutWorld(ctx context.Context, w *World, errors int) error

	// FindWorld returns the stored rows that match the filter, with their
	// provenance. An empty store gives an empty World, not an error.
	FindWorld(ctx context.Context, filter WorldFilter) (*World, error)

	// DatasetLoads lists what was loaded, one entry per dataset file.
	DatasetLoads(ctx context.Context) ([]DatasetLoad, error)
}

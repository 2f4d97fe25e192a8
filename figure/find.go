package figure

import (
	"context"

	"github.com/hebel-project/hebel"
)

// Find reads the estimates the filter selects from a store and
// consolidates them with the default options. A filter on the key's
// fields (measure, concept, actor) selects whole figures: every estimate
// of a figure shares them.
func Find(ctx context.Context, s hebel.FigureStore, f hebel.EstimateFilter) (*Result, error) {
	ests, err := s.FindEstimates(ctx, f)
	if err != nil {
		return nil, err
	}
	return Consolidate(ests, DefaultOptions()), nil
}

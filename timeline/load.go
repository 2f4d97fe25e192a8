package timeline

import (
	"context"
	"fmt"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/figure"
)

// Load reads what the stores hold about actor (the records that name it
// and the estimates of the figures it is counted in) and builds its
// timeline.
func Load(ctx context.Context, rs hebel.RecordStore, fs hebel.FigureStore, actor string) ([]Item, error) {
	docs, _, err := rs.FindDocuments(ctx, hebel.DocumentFilter{Entity: actor})
	if err != nil {
		return nil, err
	}
	recs := make([]*hebel.Record, 0, len(docs))
	for _, d := range docs {
		rec, err := rs.FindRecordByID(ctx, d.ID)
		if err != nil {
			return nil, fmt.Errorf("reading stored document %s: %w", d.ID, err)
		}
		recs = append(recs, rec)
	}
	res, err := figure.Find(ctx, fs, hebel.EstimateFilter{Actor: actor})
	if err != nil {
		return nil, err
	}
	return Build(actor, recs, res.Figures), nil
}

package main

import (
	"context"
	"fmt"
	"time"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/leverage"
)

// newsWorld reads every stored record and turns its asserted relations
// into model inputs marked as claims (leverage.NewsWorld): a pact or a
// deployment the datasets do not know yet enters the leverage figures
// with the article and claimant behind it. Undated articles count for
// the current year.
func newsWorld(ctx context.Context, store hebel.RecordStore) (*hebel.World, error) {
	docs, _, err := store.FindDocuments(ctx, hebel.DocumentFilter{})
	if err != nil {
		return nil, fmt.Errorf("listing stored documents: %w", err)
	}
	recs := make([]*hebel.Record, 0, len(docs))
	for _, d := range docs {
		if d.Relations == 0 {
			continue
		}
		rec, err := store.FindRecordByID(ctx, d.ID)
		if err != nil {
			return nil, fmt.Errorf("reading stored document %s: %w", d.ID, err)
		}
		recs = append(recs, rec)
	}
	return leverage.NewsWorld(recs, time.Now().Year()), nil
}

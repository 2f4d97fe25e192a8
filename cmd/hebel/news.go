package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/leverage"
)

// undatedFlag is the flag by which a user dates undated news for the
// model; without it undated documents and estimates are no input.
const undatedFlag = "undated-as"

// registerUndated adds --undated-as to a command that models news.
func registerUndated(cmd *cobra.Command) {
	cmd.Flags().String(undatedFlag, "", "date undated articles and estimates as of DATE (YYYY, YYYY-MM or YYYY-MM-DD) for the model; without it they are no input")
}

// newsOptions reads --undated-as where the command has it.
func newsOptions(cmd *cobra.Command) (leverage.NewsOptions, error) {
	var o leverage.NewsOptions
	if cmd.Flags().Lookup(undatedFlag) == nil {
		return o, nil
	}
	s, _ := cmd.Flags().GetString(undatedFlag)
	if s == "" {
		return o, nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			o.Undated = t.UTC()
			return o, nil
		}
	}
	return o, usagef("--%s must be a date YYYY, YYYY-MM or YYYY-MM-DD, not %q", undatedFlag, s)
}

// newsWorld reads every stored record with claims or relations and turns
// them into model inputs marked as claims (leverage.NewsWorld): figures
// consolidated across the documents (one estimate per figure and year,
// the latest by date), and the pacts and sanctions they report. Undated
// articles enter only with --undated-as.
func newsWorld(ctx context.Context, store hebel.RecordStore, opts leverage.NewsOptions, extra []*hebel.Record) (*hebel.World, error) {
	docs, _, err := store.FindDocuments(ctx, hebel.DocumentFilter{})
	if err != nil {
		return nil, fmt.Errorf("listing stored documents: %w", err)
	}
	recs := append(make([]*hebel.Record, 0, len(docs)+len(extra)), extra...)
	given := map[string]bool{}
	for _, r := range extra {
		given[r.Document.ID] = true
	}
	for _, d := range docs {
		if d.Relations == 0 && d.Claims == 0 || given[d.ID] {
			continue
		}
		rec, err := store.FindRecordByID(ctx, d.ID)
		if err != nil {
			return nil, fmt.Errorf("reading stored document %s: %w", d.ID, err)
		}
		recs = append(recs, rec)
	}
	return leverage.NewsWorld(recs, opts), nil
}

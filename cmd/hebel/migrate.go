package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
)

// migratePage is how many documents 'hebel migrate' lists at a time.
const migratePage = 500

// ingestedPutter is a record store that can keep a record's ingest time
// (sqlite.RecordStore, postgres.RecordStore).
type ingestedPutter interface {
	PutRecordIngested(ctx context.Context, rec *hebel.Record, ingested time.Time) (bool, error)
}

// loadedPutter is a world store that can keep a load's time.
type loadedPutter interface {
	PutWorldLoaded(ctx context.Context, w *hebel.World, errors int, loaded time.Time) error
}

func (m *Main) newMigrateCommand() *cobra.Command {
	var from, to string
	var quiet bool
	cmd := &cobra.Command{
		Use:   "migrate --from sqlite:PATH --to postgres://…",
		Short: "Copy every record and loaded dataset from one store to another",
		Long: `Migrate copies a store into another without loss: every record as stored
(document, extractions, dating, the Hebel version that extracted it) with its
ingest time, and every loaded dataset file with its rows, refused-row count
and load time. Either side is a SQLite path (with or without "sqlite:") or a
postgres:// URL; the usual move is a local SQLite file into the team's
PostgreSQL. Records the target has already are left alone, so migrate can be
run again after an interruption; dataset files are replaced whole. At the end
it checks that the target lists every document of the source.`,
		Example: `  hebel migrate --from sqlite:hebel.db --to postgres://hebel@db.example.org/hebel
  hebel migrate --from postgres://…/hebel --to sqlite:copy.db`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if from == "" || to == "" {
				return usagef("migrate needs --from and --to")
			}
			ctx := cmd.Context()
			src, err := openStores(ctx, from)
			if err != nil {
				return err
			}
			defer src.Close()
			dst, err := openStores(ctx, to)
			if err != nil {
				return err
			}
			defer dst.Close()
			start := time.Now()
			copied, had, err := m.migrateRecords(ctx, src, dst, quiet)
			if err != nil {
				return err
			}
			files, rows, err := migrateWorld(ctx, src, dst)
			if err != nil {
				return err
			}
			if err := checkMigrated(ctx, src, dst); err != nil {
				return err
			}
			fmt.Fprintf(m.Stderr, "%s: %s → %s: %d records copied, %d there already; %d dataset files (%d rows) in %s\n",
				programName, src.Name, dst.Name, copied, had, files, rows, time.Since(start).Round(time.Millisecond))
			return nil
		},
	}
	cmd.Flags().StringVar(&from, "from", "", "the store to copy: sqlite:PATH or postgres://…")
	cmd.Flags().StringVar(&to, "to", "", "the store to copy into: postgres://… or sqlite:PATH")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "no progress on stderr")
	return cmd
}

// migrateRecords copies every record, oldest ingest first, keeping ingest
// times where the target can.
func (m *Main) migrateRecords(ctx context.Context, src, dst *stores, quiet bool) (copied, had int, err error) {
	_, total, err := src.Records.FindDocuments(ctx, hebel.DocumentFilter{Limit: 1})
	if err != nil {
		return 0, 0, err
	}
	keep, canKeep := dst.Records.(ingestedPutter)
	if !canKeep {
		fmt.Fprintf(m.Stderr, "%s: %s cannot keep ingest times; records count as ingested now\n", programName, dst.Name)
	}
	last := time.Now()
	// Listings are newest first: page from the end so the oldest goes
	// first and the target lists them in the same order.
	for end := total; end > 0; end -= migratePage {
		off := max(0, end-migratePage)
		page, _, err := src.Records.FindDocuments(ctx, hebel.DocumentFilter{Offset: off, Limit: end - off})
		if err != nil {
			return copied, had, err
		}
		for i := len(page) - 1; i >= 0; i-- {
			sum := page[i]
			rec, err := src.Records.FindRecordByID(ctx, sum.ID)
			if err != nil {
				return copied, had, fmt.Errorf("reading %s: %w", sum.ID, err)
			}
			var created bool
			if canKeep {
				created, err = keep.PutRecordIngested(ctx, rec, sum.Ingested)
			} else {
				created, err = dst.Records.PutRecord(ctx, rec, false)
			}
			if err != nil {
				return copied, had, fmt.Errorf("writing %s: %w", sum.ID, err)
			}
			if created {
				copied++
			} else {
				had++
			}
			if !quiet && time.Since(last) > 5*time.Second {
				fmt.Fprintf(m.Stderr, "%s: %d of %d records\n", programName, copied+had, total)
				last = time.Now()
			}
		}
	}
	return copied, had, nil
}

// migrateWorld copies every loaded dataset file with its refused-row
// count and load time.
func migrateWorld(ctx context.Context, src, dst *stores) (files, rows int, err error) {
	loads, err := src.World.DatasetLoads(ctx)
	if err != nil {
		return 0, 0, err
	}
	if len(loads) == 0 {
		return 0, 0, nil
	}
	w, err := src.World.FindWorld(ctx, hebel.WorldFilter{})
	if err != nil {
		return 0, 0, err
	}
	type key struct{ dataset, file string }
	groups := map[key]*hebel.World{}
	get := func(p hebel.Provenance) *hebel.World {
		k := key{p.Dataset, p.File}
		if groups[k] == nil {
			groups[k] = &hebel.World{}
		}
		return groups[k]
	}
	for _, f := range w.Flows {
		g := get(f.Prov)
		g.Flows = append(g.Flows, f)
	}
	for _, t := range w.Ties {
		g := get(t.Prov)
		g.Ties = append(g.Ties, t)
	}
	for _, in := range w.Indicators {
		g := get(in.Prov)
		g.Indicators = append(g.Indicators, in)
	}
	keep, canKeep := dst.World.(loadedPutter)
	for _, l := range loads {
		g := groups[key{l.Dataset, l.File}]
		if g == nil {
			continue // a load of no rows: nothing the target could hold
		}
		loaded, perr := time.Parse(time.RFC3339Nano, l.Loaded)
		if canKeep && perr == nil {
			err = keep.PutWorldLoaded(ctx, g, l.Errors, loaded)
		} else {
			err = dst.World.PutWorld(ctx, g, l.Errors)
		}
		if err != nil {
			return files, rows, fmt.Errorf("copying dataset %s file %s: %w", l.Dataset, l.File, err)
		}
		files++
		rows += len(g.Flows) + len(g.Ties) + len(g.Indicators)
	}
	return files, rows, nil
}

// checkMigrated checks that the target lists every document of the
// source.
func checkMigrated(ctx context.Context, src, dst *stores) error {
	_, n, err := src.Records.FindDocuments(ctx, hebel.DocumentFilter{Limit: 1})
	if err != nil {
		return err
	}
	for off := 0; off < n; off += migratePage {
		page, _, err := src.Records.FindDocuments(ctx, hebel.DocumentFilter{Offset: off, Limit: migratePage})
		if err != nil {
			return err
		}
		for _, d := range page {
			if _, err := dst.Records.FindRecordByID(ctx, d.ID); err != nil {
				return fmt.Errorf("checking the copy: %s: %w", d.ID, err)
			}
		}
	}
	return nil
}

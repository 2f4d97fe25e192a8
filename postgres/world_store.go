package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/hebel-project/hebel"
)

// loadedLayout is how DatasetLoad.Loaded is written: UTC, microseconds,
// as the SQLite store writes it.
const loadedLayout = "2006-01-02T15:04:05.000000Z"

// WorldStore keeps user-loaded world data in PostgreSQL. Rows go in with
// COPY, so a year of a large trade dataset loads in one pass.
type WorldStore struct {
	db *DB
}

var _ hebel.WorldStore = (*WorldStore)(nil)

// NewWorldStore returns a WorldStore on db.
func NewWorldStore(db *DB) *WorldStore { return &WorldStore{db: db} }

type group struct{ dataset, file string }

type groupCounts struct{ flows, ties, inds int }

// PutWorld stores w, replacing each (dataset, file) group loaded before.
// Loads of the same group are serialised by an advisory lock, so two
// loaders of one file at once leave one copy.
func (s *WorldStore) PutWorld(ctx context.Context, w *hebel.World, errors int) error {
	return s.putWorld(ctx, w, errors, time.Time{})
}

// PutWorldLoaded stores w like PutWorld but records loaded as the time of
// the load: for copying a store into this one.
func (s *WorldStore) PutWorldLoaded(ctx context.Context, w *hebel.World, errors int, loaded time.Time) error {
	return s.putWorld(ctx, w, errors, loaded)
}

func (s *WorldStore) putWorld(ctx context.Context, w *hebel.World, errors int, loaded time.Time) error {
	const op = "storing world data"
	counts := map[group]*groupCounts{}
	count := func(p hebel.Provenance) (*groupCounts, error) {
		if p.Dataset == "" {
			return nil, &hebel.Error{Code: hebel.EINVALID, Op: op, Message: "row without a dataset in its provenance"}
		}
		g := group{p.Dataset, p.File}
		c := counts[g]
		if c == nil {
			c = &groupCounts{}
			counts[g] = c
		}
		return c, nil
	}
	for _, f := range w.Flows {
		c, err := count(f.Prov)
		if err != nil {
			return err
		}
		c.flows++
	}
	for _, t := range w.Ties {
		c, err := count(t.Prov)
		if err != nil {
			return err
		}
		c.ties++
	}
	for _, in := range w.Indicators {
		c, err := count(in.Prov)
		if err != nil {
			return err
		}
		c.inds++
	}
	groups := make([]group, 0, len(counts))
	for g := range counts {
		groups = append(groups, g)
	}
	// Lock in one order everywhere, so two loaders never deadlock.
	sort.Slice(groups, func(i, j int) bool {
		if groups[i].dataset != groups[j].dataset {
			return groups[i].dataset < groups[j].dataset
		}
		return groups[i].file < groups[j].file
	})
	var loadedArg any
	if !loaded.IsZero() {
		loadedArg = loaded.UTC()
	}

	err := pgx.BeginFunc(ctx, s.db.pool, func(tx pgx.Tx) error {
		for _, g := range groups {
			c := counts[g]
			if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('hebel-world:' || $1 || '/' || $2))`, g.dataset, g.file); err != nil {
				return err
			}
			for _, table := range []string{"world_flows", "world_ties", "world_indicators", "world_loads"} {
				if _, err := tx.Exec(ctx, `DELETE FROM `+table+` WHERE dataset = $1 AND file = $2`, g.dataset, g.file); err != nil {
					return fmt.Errorf("replacing %s/%s: %w", g.dataset, g.file, err)
				}
			}
			if _, err := tx.Exec(ctx, `INSERT INTO world_loads (dataset, file, n_flows, n_ties, n_inds, n_errors, loaded_at)
				VALUES ($1, $2, $3, $4, $5, $6, coalesce($7::timestamptz, clock_timestamp()))`,
				g.dataset, g.file, c.flows, c.ties, c.inds, errors, loadedArg); err != nil {
				return err
			}
		}
		if err := copyWorld(ctx, tx, "world_flows",
			[]string{"dataset", "version", "file", "row", "url", "year", "src", "dst", "channel", "value", "unit", "claim_id", "note"},
			w.Flows, func(f hebel.Flow) ([]any, error) {
				p := f.Prov
				return []any{p.Dataset, p.Version, p.File, p.Row, p.URL, f.Year, f.From, f.To,
					string(f.Channel), f.Value, f.Unit, f.ClaimID, f.Note}, nil
			}); err != nil {
			return err
		}
		if err := copyWorld(ctx, tx, "world_ties",
			[]string{"dataset", "version", "file", "row", "url", "kind", "src", "dst", "start_year", "end_year", "value", "unit", "attributes"},
			w.Ties, func(t hebel.Tie) ([]any, error) {
				p := t.Prov
				attrs := t.Attributes
				if attrs == nil {
					attrs = map[string]string{}
				}
				b, err := json.Marshal(attrs)
				if err != nil {
					return nil, err
				}
				return []any{p.Dataset, p.Version, p.File, p.Row, p.URL, t.Kind, t.From, t.To,
					t.Start, t.End, t.Value, t.Unit, string(b)}, nil
			}); err != nil {
			return err
		}
		return copyWorld(ctx, tx, "world_indicators",
			[]string{"dataset", "version", "file", "row", "url", "country", "year", "name", "value", "unit", "note"},
			w.Indicators, func(in hebel.Indicator) ([]any, error) {
				p := in.Prov
				return []any{p.Dataset, p.Version, p.File, p.Row, p.URL, in.Country, in.Year,
					in.Name, in.Value, in.Unit, in.Note}, nil
			})
	})
	if err != nil {
		return wrapError(op, "", err)
	}
	return nil
}

// copyWorld copies items into table without holding every row twice.
func copyWorld[T any](ctx context.Context, tx pgx.Tx, table string, columns []string, items []T, row func(T) ([]any, error)) error {
	if len(items) == 0 {
		return nil
	}
	i := 0
	src := pgx.CopyFromFunc(func() ([]any, error) {
		if i == len(items) {
			return nil, nil
		}
		i++
		return row(items[i-1])
	})
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{table}, columns, src); err != nil {
		return fmt.Errorf("writing %s: %w", table, err)
	}
	return nil
}

// FindWorld returns the stored rows matching filter, in load order.
func (s *WorldStore) FindWorld(ctx context.Context, f hebel.WorldFilter) (*hebel.World, error) {
	const op = "reading world data"
	w := &hebel.World{}
	where, args := worldWhere(f, "year")
	rows, err := s.db.pool.Query(ctx, `SELECT dataset, version, file, row, url, year, src, dst, channel,
		value, unit, claim_id, note FROM world_flows`+where+` ORDER BY seq`, args...)
	if err != nil {
		return nil, wrapError(op, "", err)
	}
	w.Flows, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (hebel.Flow, error) {
		var fl hebel.Flow
		var ch string
		p := &fl.Prov
		err := row.Scan(&p.Dataset, &p.Version, &p.File, &p.Row, &p.URL, &fl.Year, &fl.From, &fl.To, &ch,
			&fl.Value, &fl.Unit, &fl.ClaimID, &fl.Note)
		fl.Channel = hebel.Channel(ch)
		return fl, err
	})
	if err != nil {
		return nil, wrapError(op, "", err)
	}

	tieWhere, tieArgs := worldWhere(hebel.WorldFilter{Dataset: f.Dataset}, "")
	if f.Year != 0 {
		if tieWhere == "" {
			tieWhere = " WHERE "
		} else {
			tieWhere += " AND "
		}
		n := len(tieArgs)
		tieWhere += fmt.Sprintf("start_year <= $%d AND (end_year = 0 OR end_year >= $%d)", n+1, n+2)
		tieArgs = append(tieArgs, f.Year, f.Year)
	}
	rows, err = s.db.pool.Query(ctx, `SELECT dataset, version, file, row, url, kind, src, dst, start_year,
		end_year, value, unit, attributes::text FROM world_ties`+tieWhere+` ORDER BY seq`, tieArgs...)
	if err != nil {
		return nil, wrapError(op, "", err)
	}
	w.Ties, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (hebel.Tie, error) {
		var t hebel.Tie
		var attrs string
		p := &t.Prov
		if err := row.Scan(&p.Dataset, &p.Version, &p.File, &p.Row, &p.URL, &t.Kind, &t.From, &t.To, &t.Start,
			&t.End, &t.Value, &t.Unit, &attrs); err != nil {
			return t, err
		}
		if attrs != "{}" {
			if err := json.Unmarshal([]byte(attrs), &t.Attributes); err != nil {
				return t, fmt.Errorf("attributes of %s:%d: %w", p.File, p.Row, err)
			}
		}
		return t, nil
	})
	if err != nil {
		return nil, wrapError(op, "", err)
	}

	rows, err = s.db.pool.Query(ctx, `SELECT dataset, version, file, row, url, country, year, name, value,
		unit, note FROM world_indicators`+where+` ORDER BY seq`, args...)
	if err != nil {
		return nil, wrapError(op, "", err)
	}
	w.Indicators, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (hebel.Indicator, error) {
		var in hebel.Indicator
		p := &in.Prov
		err := row.Scan(&p.Dataset, &p.Version, &p.File, &p.Row, &p.URL, &in.Country, &in.Year, &in.Name,
			&in.Value, &in.Unit, &in.Note)
		return in, err
	})
	if err != nil {
		return nil, wrapError(op, "", err)
	}
	// No rows are nil slices, as the World type has them when empty.
	if len(w.Flows) == 0 {
		w.Flows = nil
	}
	if len(w.Ties) == 0 {
		w.Ties = nil
	}
	if len(w.Indicators) == 0 {
		w.Indicators = nil
	}
	return w, nil
}

// worldWhere returns the WHERE clause for a dataset and, if yearCol is
// set, a year.
func worldWhere(f hebel.WorldFilter, yearCol string) (string, []any) {
	var conds []string
	var args []any
	if f.Dataset != "" {
		args = append(args, f.Dataset)
		conds = append(conds, fmt.Sprintf("dataset = $%d", len(args)))
	}
	if f.Year != 0 && yearCol != "" {
		args = append(args, f.Year)
		conds = append(conds, fmt.Sprintf("%s = $%d", yearCol, len(args)))
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// DatasetLoads lists the loaded dataset files, sorted by dataset and file.
func (s *WorldStore) DatasetLoads(ctx context.Context) ([]hebel.DatasetLoad, error) {
	rows, err := s.db.pool.Query(ctx, `SELECT dataset, file, n_flows, n_ties, n_inds, n_errors, loaded_at
		FROM world_loads ORDER BY dataset COLLATE "C", file COLLATE "C"`)
	if err != nil {
		return nil, wrapError("listing world data", "", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (hebel.DatasetLoad, error) {
		var l hebel.DatasetLoad
		var loaded time.Time
		err := row.Scan(&l.Dataset, &l.File, &l.Flows, &l.Ties, &l.Indicators, &l.Errors, &loaded)
		l.Loaded = loaded.UTC().Format(loadedLayout)
		return l, err
	})
	if err != nil {
		return nil, wrapError("listing world data", "", err)
	}
	return out, nil
}

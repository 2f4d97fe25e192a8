package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/hebel-project/hebel"
)

// WorldStore keeps user-loaded world data in SQLite.
type WorldStore struct {
	db *DB
}

var _ hebel.WorldStore = (*WorldStore)(nil)

// NewWorldStore returns a WorldStore on db.
func NewWorldStore(db *DB) *WorldStore { return &WorldStore{db: db} }

type group struct{ dataset, file string }

type groupCounts struct{ flows, ties, inds int }

// PutWorld stores w, replacing each (dataset, file) group loaded before.
func (s *WorldStore) PutWorld(ctx context.Context, w *hebel.World, errors int) error {
	return s.putWorld(ctx, w, errors, time.Time{})
}

// PutWorldLoaded stores w like PutWorld but records loaded as the time of
// the load: for copying a store into this one (hebel migrate).
func (s *WorldStore) PutWorldLoaded(ctx context.Context, w *hebel.World, errors int, loaded time.Time) error {
	return s.putWorld(ctx, w, errors, loaded.UTC().Truncate(time.Microsecond))
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

	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	defer tx.Rollback()
	now := formatTime(ingestedOrNow(loaded, s.db.now()))
	for g, c := range counts {
		for _, table := range []string{"world_flows", "world_ties", "world_indicators", "world_loads"} {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE dataset = ? AND file = ?`, g.dataset, g.file); err != nil {
				return fmt.Errorf("%s: replacing %s/%s: %w", op, g.dataset, g.file, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO world_loads (dataset, file, n_flows, n_ties, n_inds, n_errors, loaded_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, g.dataset, g.file, c.flows, c.ties, c.inds, errors, now); err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
	}
	if err := insertFlows(ctx, tx, w.Flows); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if err := insertTies(ctx, tx, w.Ties); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if err := insertIndicators(ctx, tx, w.Indicators); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return nil
}

func insertFlows(ctx context.Context, tx *sql.Tx, flows []hebel.Flow) error {
	st, err := tx.PrepareContext(ctx, `INSERT INTO world_flows
		(dataset, version, file, row, url, year, src, dst, channel, value, unit, claim_id, note)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, f := range flows {
		p := f.Prov
		if _, err := st.ExecContext(ctx, p.Dataset, p.Version, p.File, p.Row, p.URL, f.Year, f.From, f.To,
			string(f.Channel), f.Value, f.Unit, f.ClaimID, f.Note); err != nil {
			return fmt.Errorf("flow %s:%d: %w", p.File, p.Row, err)
		}
	}
	return nil
}

func insertTies(ctx context.Context, tx *sql.Tx, ties []hebel.Tie) error {
	st, err := tx.PrepareContext(ctx, `INSERT INTO world_ties
		(dataset, version, file, row, url, kind, src, dst, start_year, end_year, value, unit, attributes)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, t := range ties {
		p := t.Prov
		attrs := t.Attributes
		if attrs == nil {
			attrs = map[string]string{}
		}
		b, err := json.Marshal(attrs)
		if err != nil {
			return err
		}
		if _, err := st.ExecContext(ctx, p.Dataset, p.Version, p.File, p.Row, p.URL, t.Kind, t.From, t.To,
			t.Start, t.End, t.Value, t.Unit, string(b)); err != nil {
			return fmt.Errorf("tie %s:%d: %w", p.File, p.Row, err)
		}
	}
	return nil
}

func insertIndicators(ctx context.Context, tx *sql.Tx, inds []hebel.Indicator) error {
	st, err := tx.PrepareContext(ctx, `INSERT INTO world_indicators
		(dataset, version, file, row, url, country, year, name, value, unit, note)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, in := range inds {
		p := in.Prov
		if _, err := st.ExecContext(ctx, p.Dataset, p.Version, p.File, p.Row, p.URL, in.Country, in.Year,
			in.Name, in.Value, in.Unit, in.Note); err != nil {
			return fmt.Errorf("indicator %s:%d: %w", p.File, p.Row, err)
		}
	}
	return nil
}

// FindWorld returns the stored rows matching filter, in load order.
func (s *WorldStore) FindWorld(ctx context.Context, f hebel.WorldFilter) (*hebel.World, error) {
	const op = "reading world data"
	w := &hebel.World{}
	where, args := worldWhere(f, "year")
	rows, err := s.db.db.QueryContext(ctx, `SELECT dataset, version, file, row, url, year, src, dst, channel,
		value, unit, claim_id, note FROM world_flows`+where+` ORDER BY rowid`, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	for rows.Next() {
		var fl hebel.Flow
		var ch string
		p := &fl.Prov
		if err := rows.Scan(&p.Dataset, &p.Version, &p.File, &p.Row, &p.URL, &fl.Year, &fl.From, &fl.To, &ch,
			&fl.Value, &fl.Unit, &fl.ClaimID, &fl.Note); err != nil {
			rows.Close()
			return nil, fmt.Errorf("%s: %w", op, err)
		}
		fl.Channel = hebel.Channel(ch)
		w.Flows = append(w.Flows, fl)
	}
	if err := closeRows(rows); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}

	tieWhere, tieArgs := worldWhere(hebel.WorldFilter{Dataset: f.Dataset}, "")
	if f.Year != 0 {
		if tieWhere == "" {
			tieWhere = " WHERE "
		} else {
			tieWhere += " AND "
		}
		tieWhere += "start_year <= ? AND (end_year = 0 OR end_year >= ?)"
		tieArgs = append(tieArgs, f.Year, f.Year)
	}
	rows, err = s.db.db.QueryContext(ctx, `SELECT dataset, version, file, row, url, kind, src, dst, start_year,
		end_year, value, unit, attributes FROM world_ties`+tieWhere+` ORDER BY rowid`, tieArgs...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	for rows.Next() {
		var t hebel.Tie
		var attrs string
		p := &t.Prov
		if err := rows.Scan(&p.Dataset, &p.Version, &p.File, &p.Row, &p.URL, &t.Kind, &t.From, &t.To, &t.Start,
			&t.End, &t.Value, &t.Unit, &attrs); err != nil {
			rows.Close()
			return nil, fmt.Errorf("%s: %w", op, err)
		}
		if attrs != "{}" {
			if err := json.Unmarshal([]byte(attrs), &t.Attributes); err != nil {
				rows.Close()
				return nil, fmt.Errorf("%s: attributes of %s:%d: %w", op, p.File, p.Row, err)
			}
		}
		w.Ties = append(w.Ties, t)
	}
	if err := closeRows(rows); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}

	rows, err = s.db.db.QueryContext(ctx, `SELECT dataset, version, file, row, url, country, year, name, value,
		unit, note FROM world_indicators`+where+` ORDER BY rowid`, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	for rows.Next() {
		var in hebel.Indicator
		p := &in.Prov
		if err := rows.Scan(&p.Dataset, &p.Version, &p.File, &p.Row, &p.URL, &in.Country, &in.Year, &in.Name,
			&in.Value, &in.Unit, &in.Note); err != nil {
			rows.Close()
			return nil, fmt.Errorf("%s: %w", op, err)
		}
		w.Indicators = append(w.Indicators, in)
	}
	if err := closeRows(rows); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	return w, nil
}

func worldWhere(f hebel.WorldFilter, yearCol string) (string, []any) {
	var conds []string
	var args []any
	if f.Dataset != "" {
		conds = append(conds, "dataset = ?")
		args = append(args, f.Dataset)
	}
	if f.Year != 0 && yearCol != "" {
		conds = append(conds, yearCol+" = ?")
		args = append(args, f.Year)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

func closeRows(rows *sql.Rows) error {
	err := rows.Err()
	if cerr := rows.Close(); err == nil {
		err = cerr
	}
	return err
}

// DatasetLoads lists the loaded dataset files, sorted by dataset and file.
func (s *WorldStore) DatasetLoads(ctx context.Context) ([]hebel.DatasetLoad, error) {
	rows, err := s.db.db.QueryContext(ctx, `SELECT dataset, file, n_flows, n_ties, n_inds, n_errors, loaded_at FROM world_loads`)
	if err != nil {
		return nil, fmt.Errorf("listing world data: %w", err)
	}
	var out []hebel.DatasetLoad
	for rows.Next() {
		var l hebel.DatasetLoad
		if err := rows.Scan(&l.Dataset, &l.File, &l.Flows, &l.Ties, &l.Indicators, &l.Errors, &l.Loaded); err != nil {
			rows.Close()
			return nil, fmt.Errorf("listing world data: %w", err)
		}
		out = append(out, l)
	}
	if err := closeRows(rows); err != nil {
		return nil, fmt.Errorf("listing world data: %w", err)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Dataset != out[j].Dataset {
			return out[i].Dataset < out[j].Dataset
		}
		return out[i].File < out[j].File
	})
	return out, nil
}

// ingestedOrNow returns t, or now when t is zero.
func ingestedOrNow(t, now time.Time) time.Time {
	if t.IsZero() {
		return now
	}
	return t
}

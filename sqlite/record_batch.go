package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/hebel-project/hebel"
)

// PutRecords stores recs in one transaction, as hebel.RecordBatchStore
// says: every statement is prepared once for the batch, and the records
// are encoded before the transaction begins, so that the write lock is
// held only for the inserts.
func (s *RecordStore) PutRecords(ctx context.Context, recs []*hebel.Record, replace bool) (created []bool, err error) {
	return s.putBatch(ctx, recs, replace, time.Time{})
}

// PutRecordIngested stores rec like PutRecord without replace, but keeps
// the given ingest time instead of the clock's: for copying a store into
// this one without losing when each document came in (hebel migrate).
func (s *RecordStore) PutRecordIngested(ctx context.Context, rec *hebel.Record, ingested time.Time) (created bool, err error) {
	if ingested.IsZero() {
		return false, &hebel.Error{Code: hebel.EINVALID, Op: "putting record", Message: "no ingest time"}
	}
	c, err := s.putBatch(ctx, []*hebel.Record{rec}, false, ingested.UTC().Truncate(time.Microsecond))
	if err != nil {
		return false, err
	}
	return c[0], nil
}

// putBatch stores recs as PutRecords says, stamped as ingested at at, or
// now when at is zero.
func (s *RecordStore) putBatch(ctx context.Context, recs []*hebel.Record, replace bool, at time.Time) (created []bool, err error) {
	const op = "putting records"
	encs, err := encodeAll(recs)
	if err != nil {
		return nil, err
	}
	created = make([]bool, len(recs))
	if len(recs) == 0 {
		return created, nil
	}
	tx, err := s.db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	defer tx.Rollback()
	stmts := &txStmts{tx: tx}
	defer stmts.close()
	now := formatTime(ingestedOrNow(at, s.db.now()))
	fts := &ftsBatch{}
	for i, e := range encs {
		if created[i], err = putOne(ctx, stmts, fts, e, replace, now); err != nil {
			return nil, err
		}
	}
	if err := stmts.flushRows(ctx); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if err := fts.flush(ctx, stmts); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("%s: committing: %w", op, err)
	}
	return created, nil
}

// encodeAll encodes recs, on all CPUs when there are several: the
// encoding (JSON of the record, the text's signature) is a third of the
// work of storing and needs no lock.
func encodeAll(recs []*hebel.Record) ([]encoded, error) {
	encs := make([]encoded, len(recs))
	errs := make([]error, len(recs))
	workers := min(runtime.GOMAXPROCS(0), len(recs)/8+1)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(recs); i += workers {
				encs[i], errs[i] = encode(recs[i])
			}
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			if len(recs) > 1 {
				err = fmt.Errorf("record %d of the batch: %w", i, err)
			}
			return nil, err
		}
	}
	return encs, nil
}

// txStmts prepares each statement once per transaction and collects the
// rows of INSERTs to write them many to a statement.
type txStmts struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	rows  []*pendingRows // in the order of their first row
}

// pendingRows are rows waiting to be inserted by one INSERT query.
type pendingRows struct {
	what, query string
	width       int // arguments per row
	args        []any
}

// rowsPerInsert is how many rows one multi-row INSERT writes at most; a
// statement costs about as much as a row, so a few dozen rows per
// statement halve the cost of the child tables. (Statements for fewer
// rows are made in powers of two, so that a batch prepares few.)
const rowsPerInsert = 64

// addRow queues a row of query (an INSERT … VALUES (?, …)).
func (t *txStmts) addRow(what, query string, args []any) {
	for _, p := range t.rows {
		if p.query == query {
			p.args = append(p.args, args...)
			return
		}
	}
	t.rows = append(t.rows, &pendingRows{what: what, query: query, width: len(args), args: args})
}

// flushRows inserts the queued rows, each query's rows in order, and
// empties the queue.
func (t *txStmts) flushRows(ctx context.Context) error {
	for _, p := range t.rows {
		if err := t.insertMany(ctx, p); err != nil {
			return fmt.Errorf("inserting %s: %w", p.what, err)
		}
	}
	t.rows = t.rows[:0]
	return nil
}

// insertMany writes p's rows with as few statements as its sizes allow.
func (t *txStmts) insertMany(ctx context.Context, p *pendingRows) error {
	values := strings.LastIndex(strings.ToUpper(p.query), "VALUES")
	if values < 0 {
		return fmt.Errorf("query without VALUES: %.40s", p.query)
	}
	head, tuple := p.query[:values+len("VALUES")], strings.TrimSpace(p.query[values+len("VALUES"):])
	for args := p.args; len(args) > 0; {
		n := min(rowsPerInsert, len(args)/p.width)
		for n&(n-1) != 0 { // the largest power of two ≤ n
			n &= n - 1
		}
		query := head + " " + strings.TrimSuffix(strings.Repeat(tuple+", ", n), ", ")
		if err := t.exec(ctx, query, args[:n*p.width]...); err != nil {
			return err
		}
		args = args[n*p.width:]
	}
	return nil
}

// prepare returns the transaction's prepared statement for query.
func (t *txStmts) prepare(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := t.stmts[query]; ok {
		return st, nil
	}
	st, err := t.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if t.stmts == nil {
		t.stmts = map[string]*sql.Stmt{}
	}
	t.stmts[query] = st
	return st, nil
}

// exec runs query with args as a prepared statement.
func (t *txStmts) exec(ctx context.Context, query string, args ...any) error {
	st, err := t.prepare(ctx, query)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(ctx, args...)
	return err
}

// insert runs an INSERT and returns the new row's rowid.
func (t *txStmts) insert(ctx context.Context, query string, args ...any) (int64, error) {
	st, err := t.prepare(ctx, query)
	if err != nil {
		return 0, err
	}
	res, err := st.ExecContext(ctx, args...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// exists reports whether a document with id is stored.
func (t *txStmts) exists(ctx context.Context, id string) (bool, error) {
	st, err := t.prepare(ctx, `SELECT count(*) FROM documents WHERE id = ?`)
	if err != nil {
		return false, err
	}
	var n int
	err = st.QueryRowContext(ctx, id).Scan(&n)
	return n > 0, err
}

// close closes the prepared statements.
func (t *txStmts) close() {
	for _, st := range t.stmts {
		st.Close()
	}
}

// ftsBatch collects the rowids of the documents a batch inserted, whose
// full-text entries are added in one statement (migration 0005 says why).
type ftsBatch struct {
	rowids []int64
}

func (f *ftsBatch) add(rowid int64) { f.rowids = append(f.rowids, rowid) }

// flush adds the full-text entries of the documents collected so far.
func (f *ftsBatch) flush(ctx context.Context, tx *txStmts) error {
	if len(f.rowids) == 0 {
		return nil
	}
	ids, err := json.Marshal(f.rowids)
	if err != nil {
		return err
	}
	f.rowids = f.rowids[:0]
	if err := tx.exec(ctx, `INSERT INTO documents_fts (rowid, title, text)
		SELECT rowid, title, text FROM documents WHERE rowid IN (SELECT value FROM json_each(?))`, string(ids)); err != nil {
		return fmt.Errorf("indexing the text: %w", err)
	}
	return nil
}

package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/hebel-project/hebel"
)

// PutRecords stores recs in one transaction, as hebel.RecordBatchStore
// says: every statement is prepared once for the batch, and the records
// are encoded before the transaction begins, so that the write lock is
// held only for the inserts.
func (s *RecordStore) PutRecords(ctx context.Context, recs []*hebel.Record, replace bool) (created []bool, err error) {
	const op = "putting records"
	encs := make([]encoded, len(recs))
	for i, rec := range recs {
		if encs[i], err = encode(rec); err != nil {
			if len(recs) > 1 {
				err = fmt.Errorf("record %d of the batch: %w", i, err)
			}
			return nil, err
		}
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
	now := formatTime(s.db.now())
	for i, e := range encs {
		if created[i], err = putOne(ctx, stmts, e, replace, now); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("%s: committing: %w", op, err)
	}
	return created, nil
}

// txStmts prepares each statement once per transaction.
type txStmts struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
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

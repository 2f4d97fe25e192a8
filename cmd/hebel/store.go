package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/sqlite"
)

// openStore opens the record store the command line names.
func (m *Main) openStore(cmd *cobra.Command) (hebel.RecordStore, func() error, error) {
	path := m.dbPath(cmd)
	db, err := sqlite.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("opening database %s: %w", path, err)
	}
	return sqlite.NewRecordStore(db), db.Close, nil
}

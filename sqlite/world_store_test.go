package sqlite_test

import (
	"path/filepath"
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/sqlite"
	"github.com/hebel-project/hebel/storetest"
)

func TestWorldStoreFile(t *testing.T) {
	storetest.WorldStore(t, func(t *testing.T) hebel.WorldStore {
		return sqlite.NewWorldStore(openDB(t, filepath.Join(t.TempDir(), "hebel.db")))
	})
}

func TestWorldStoreMemory(t *testing.T) {
	storetest.WorldStore(t, func(t *testing.T) hebel.WorldStore {
		return sqlite.NewWorldStore(openDB(t, sqlite.MemoryPath))
	})
}

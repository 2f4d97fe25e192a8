package servicetest

import (
	"errors"
	"testing"
)

func TestUnavailableSkipsOutsideCI(t *testing.T) {
	t.Setenv(EnvCI, "")
	skipped := false
	t.Run("service", func(t *testing.T) {
		defer func() { skipped = t.Skipped() }()
		Unavailable(t, "PostgreSQL", errors.New("connection refused"))
	})
	if !skipped {
		t.Error("Unavailable did not skip outside CI")
	}
}

func TestRequired(t *testing.T) {
	t.Setenv(EnvCI, "1")
	if !Required() {
		t.Error("Required() = false with HEBEL_CI=1")
	}
	t.Setenv(EnvCI, "0")
	if Required() {
		t.Error("Required() = true with HEBEL_CI=0")
	}
}

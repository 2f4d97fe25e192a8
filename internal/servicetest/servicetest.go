// Package servicetest decides what a test does when an outside service it
// needs (PostgreSQL, NATS JetStream, a Chromium browser) cannot be reached:
// on a developer's fresh machine it skips with one clear message; under CI
// ($HEBEL_CI set to 1 by .ci/run) it fails, so that a missing service never
// passes as a green run. Only _test files import it.
package servicetest

import (
	"os"
	"testing"
)

// EnvCI names the environment variable .ci/run sets to 1: services are then
// required, not optional.
const EnvCI = "HEBEL_CI"

// Required reports whether missing services fail tests ($HEBEL_CI=1).
func Required() bool { return os.Getenv(EnvCI) == "1" }

// Unavailable ends tb because service cannot be used (err says why): a
// failure under CI, a skip with one line naming the service and how to
// provide it elsewhere.
func Unavailable(tb testing.TB, service string, err error) {
	tb.Helper()
	if Required() {
		tb.Fatalf("%s unavailable under CI ($%s=1): %v", service, EnvCI, err)
	}
	tb.Skipf("%s unavailable, skipping (start it, or set $%s=1 to make this a failure): %v", service, EnvCI, err)
}

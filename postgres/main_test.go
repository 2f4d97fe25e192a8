package postgres_test

import (
	"flag"
	"os"
	"testing"
)

// TestMain lets more of the suites' subtests run at once than there are
// cores (unless -parallel is given): they wait on the server, mostly for
// it to create their schemas, not on the CPU.
func TestMain(m *testing.M) {
	flag.Parse()
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "test.parallel" })
	if !set {
		flag.Set("test.parallel", "8")
	}
	os.Exit(m.Run())
}

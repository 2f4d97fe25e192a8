// Package cputime measures the CPU time a process spends, for benchmarks
// on a shared machine: wall-clock time per operation grows with the load
// of other processes, CPU time much less. Benchmarks report it beside
// ns/op as cpu-ns/op and, with SetBytes, as cpu-MB/s. Only tests and
// benchmarks import it.
package cputime

import "testing"

// Now returns the CPU time (user and system) the process has used so far,
// in nanoseconds; 0 where the system does not tell.
func Now() int64 { return now() }

// Report adds cpu-ns/op (and cpu-MB/s when bytes > 0) to b, from the CPU
// time used since start (a value of Now taken when the timed loop began).
// Run the benchmark with GOMAXPROCS=1 so that the figure is one core's
// work; the garbage collector's work is included, as it should be.
func Report(b *testing.B, start int64, bytes int64) {
	d := Now() - start
	if d <= 0 || b.N == 0 {
		return
	}
	per := float64(d) / float64(b.N)
	b.ReportMetric(per, "cpu-ns/op")
	if bytes > 0 {
		b.ReportMetric(float64(bytes)/per*1e3, "cpu-MB/s")
	}
}

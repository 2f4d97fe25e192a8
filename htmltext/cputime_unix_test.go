//go:build unix

package htmltext

import (
	"syscall"
	"time"
)

// cpuTime returns the user and system CPU time of this process so far;
// on a shared machine it measures work where wall time measures the load.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

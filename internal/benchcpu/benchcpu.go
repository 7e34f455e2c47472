// Package benchcpu reports a benchmark's CPU time per operation beside its
// wall time: on a shared machine the wall time counts other processes'
// turns, while CPU time counts only this process's work (garbage
// collection included).
package benchcpu

import (
	"syscall"
	"testing"
	"time"
)

// Report starts counting and returns the function that reports cpu-ns/op;
// call it as defer benchcpu.Report(b)() after the setup.
func Report(b *testing.B) func() {
	start := cpuTime()
	return func() {
		b.ReportMetric(float64((cpuTime()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
